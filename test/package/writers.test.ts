// Table 1 as every writer available here writes it (exceljs, SheetJS, openpyxl, XlsxWriter, LibreOffice's two
// xlsx filters, Excel-shaped XML; built by scripts/writers), through report (with the history of its two day
// sheets), allocate and merge. Every copy passes the package linter (runCli), and openpyxl and LibreOffice
// read the figures table 1 was made of back from the sheets the copy added.
import * as path from "path";
import { makeWriterInputs, type WrittenInput } from "../../scripts/writers/make-writer-inputs";
import { TABLE1_DONE, TABLE1_UNITS, table1Target } from "../../scripts/writers/table1";
import { runCli, tempDir } from "../support/run-cli";
import { describeWithSoffice } from "../libreoffice/soffice";
import { expectReportFigures, readWithLibreOffice, readWithOpenpyxl, rowOf, TOTAL_TARGET, type Rows } from "./second-readers";

/** The history sheet keeps both days' cumulative results of each unit. */
function expectHistory(rows: Rows, where: string): void {
  const cells = rows.flat().map((v) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v));
  for (const day of ["14-9", "15-9"] as const) {
    expect({ where, day, present: TABLE1_DONE[day].every((d) => cells.includes(d)) }).toEqual({ where, day, present: true });
  }
}

/** The allocation of table 1's own total by its targets gives back each target. */
function expectAllocation(rows: Rows, where: string): void {
  TABLE1_UNITS.forEach((unit, i) => expect({ where, unit, ok: rowOf(rows, unit)?.filter((n) => n === table1Target(i)).length }).toEqual({ where, unit, ok: 2 }));
}

const sheetNamed = (book: Record<string, unknown>, prefix: string): Rows => {
  const name = Object.keys(book).find((n) => n.startsWith(prefix));
  return (name ? book[name] : []) as Rows;
};

describeWithSoffice()("table 1 from every writer: report, allocate, merge; copies read back by openpyxl and LibreOffice", () => {
  let dir: string;
  let inputs: WrittenInput[];
  const reports: string[] = [];
  const allocations: string[] = [];
  const merges: string[] = [];

  beforeAll(async () => {
    dir = tempDir("writers-");
    inputs = await makeWriterInputs(path.join(dir, "in"));
  }, 300000);

  test("every writer's file goes through report, allocate and merge (each copy passes the package linter)", async () => {
    for (const [n, input] of inputs.entries()) {
      const report = path.join(dir, `report-${n}.xlsx`);
      const r = await runCli(["report", input.file, "-o", report]);
      expect({ writer: input.writer, code: r.code, stderr: r.stderr }).toEqual({ writer: input.writer, code: 0, stderr: "" });
      reports.push(report);
      const allocation = path.join(dir, `allocate-${n}.xlsx`);
      const a = await runCli(["allocate", input.file, "--total", String(TOTAL_TARGET), "--base-col", "E", "-o", allocation]);
      expect({ writer: input.writer, code: a.code }).toEqual({ writer: input.writer, code: 0 });
      allocations.push(allocation);
      const merged = path.join(dir, `merge-${n}.xlsx`);
      const m = await runCli(["merge", input.file, inputs[0].file, "-o", merged]);
      expect({ writer: input.writer, code: m.code }).toEqual({ writer: input.writer, code: 0 });
      merges.push(merged);
    }
  }, 300000);

  test("openpyxl opens every copy and reads the report, the history, the allocation and the merged targets", () => {
    const read = readWithOpenpyxl([...reports, ...allocations, ...merges]);
    inputs.forEach((input, n) => {
      const report = read[reports[n]];
      expect({ writer: input.writer, error: report.error }).toEqual({ writer: input.writer, error: undefined });
      expectReportFigures(sheetNamed(report, "Báo cáo 15-09-2024"), `openpyxl ${input.writer}`);
      expectHistory(sheetNamed(report, "Lịch sử tiến độ"), `openpyxl ${input.writer}`);
      expectAllocation(sheetNamed(read[allocations[n]], "Phân bổ"), `openpyxl ${input.writer}`);
      const merged = sheetNamed(read[merges[n]], "Tổng hợp");
      TABLE1_UNITS.forEach((unit, i) => expect({ writer: input.writer, unit, target: rowOf(merged, unit)?.includes(table1Target(i)) }).toEqual({ writer: input.writer, unit, target: true }));
    });
  });

  test("LibreOffice opens every report and allocation copy (one soffice call) and shows the same figures", () => {
    const read = readWithLibreOffice([...reports, ...allocations], path.join(dir, "csv"));
    inputs.forEach((input, n) => {
      expectReportFigures(sheetNamed(read[reports[n]], "Báo cáo 15-09-2024"), `LibreOffice ${input.writer}`);
      expectAllocation(sheetNamed(read[allocations[n]], "Phân bổ"), `LibreOffice ${input.writer}`);
    });
  }, 600000);
});
