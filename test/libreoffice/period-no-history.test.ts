// `report --week` on a workbook with one day's figures and no saved history: no unit has a result for the
// week. The sheet's totals were SUMs over blank cells, so LibreOffice (and Excel) showed 0 and 0%, and a leader
// reading "0" believed nothing was done while the picture left them blank. The copy is recalculated by
// LibreOffice with every cached result set to 0 first, so only the formulas can make a cell blank.
import * as fs from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import { t } from "../../src/core/messages";
import { openXlsx, runCli, SAMPLE, tempDir } from "../support/run-cli";
import { convert, CSV_ALL_SHEETS, describeWithSoffice, parseCsv } from "./soffice";

const PERIOD_FIGURES = ["history.period.col.done", "history.period.col.completion", "history.period.col.perDay"] as const;

describeWithSoffice()("a week's report with no earlier figures, recalculated by LibreOffice", () => {
  const dir = tempDir("quota-report-week-blank-");
  const out = path.join(dir, "tuan.xlsx");
  const zeroed = path.join(dir, "zeroed.xlsx");
  let rows: string[][] = [];

  beforeAll(async () => {
    const r = await runCli(["report", SAMPLE, "-o", out, "--week"]);
    expect(r.code).toBe(0);
    const wb = await openXlsx(out);
    const sheet = wb.worksheets.find((w) => w.name.startsWith(t("vi", { key: "history.period.sheetWeek" }))) as ExcelJS.Worksheet;
    sheet.eachRow((row) => row.eachCell((cell) => {
      const v = cell.value as { formula?: string } | null;
      if (v && typeof v === "object" && v.formula) cell.value = { formula: v.formula, result: 0 } as ExcelJS.CellFormulaValue;
    }));
    await wb.xlsx.writeFile(zeroed);
    convert(zeroed, CSV_ALL_SHEETS, dir);
    rows = parseCsv(fs.readFileSync(path.join(dir, `zeroed-${sheet.name}.csv`), "utf8"));
  }, 180000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("the sheet says the period has no figures yet, in the clerk's words", () => {
    expect(rows.slice(0, 4).flat()).toContain(t("vi", { key: "history.period.noHistory" }));
  });

  test("no unit and no total shows a result or a share for the week: blank, not 0 or 0%", () => {
    const headers = rows.map((r, i) => [r, i] as const).filter(([r]) => r.includes(t("vi", { key: "history.period.col.done" })));
    expect(headers.length).toBeGreaterThan(0);
    for (const [header, at] of headers) {
      const total = rows.findIndex((r, i) => i > at && r.includes(t("vi", { key: "report.totalRow" })));
      const units = rows.slice(at + 1, total);
      expect(units.length).toBeGreaterThan(0);
      // Every period column, every unit row and the total: blank.
      for (const key of PERIOD_FIGURES) {
        const col = header.indexOf(t("vi", { key }));
        expect({ key, cells: [...units, rows[total]].map((r) => r[col]) }).toEqual({ key, cells: [...units, rows[total]].map(() => "") });
      }
      // The week's targets are there (the table has targets): their total is their sum, a real figure.
      const target = header.indexOf(t("vi", { key: "history.period.col.target" }));
      const sum = units.reduce((s, r) => s + Number(r[target]), 0);
      expect(sum).toBeGreaterThan(0);
      expect(Number(rows[total][target])).toBe(sum);
    }
  });
});
