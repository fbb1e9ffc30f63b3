import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { isAddinRule } from "../../../src/core/colour";
import { SAMPLE, openXlsx, runCli, sheetValues, tempDir, writeInjectionWorkbook } from "../../support/run-cli";

type Rules = { conditionalFormattings: { ref: string; rules: { type: string; formulae?: string[] }[] }[] };
const rulesOf = (ws: ExcelJS.Worksheet) => (ws as unknown as Rules).conditionalFormattings ?? [];
const addinRuleCount = (ws: ExcelJS.Worksheet) =>
  rulesOf(ws).flatMap((cf) => cf.rules).filter((r) => (r.formulae ?? []).some((f) => isAddinRule(f))).length;
const hash = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

const dir = tempDir("quota-report-cli-");
const input = path.join(dir, "tien-do.xlsx");
const output = path.join(dir, "bao-cao.xlsx");
const args = ["--sheet", "Tiến độ CCCD", "--as-of", "15/09/2024"];

beforeAll(() => fs.copyFileSync(SAMPLE, input));

describe("quota-report report on the sample workbook", () => {
  let result: { code: number; stdout: string; stderr: string };
  let before: string;
  beforeAll(async () => {
    before = hash(input);
    result = await runCli(["report", input, "-o", output, ...args]);
  });

  test("exits 0, prints where it wrote and the summary text; the input file is untouched", () => {
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Đã ghi");
    expect(result.stdout).toContain("Toàn huyện đạt 53,3% (7.020/13.176)");
    expect(hash(input)).toBe(before);
  });

  test("every value of every original sheet is unchanged; the report and the history sheet are added", async () => {
    const a = await openXlsx(input);
    const b = await openXlsx(output);
    // The report, and the day's figures kept in the history sheet (each report takes the day's snapshot).
    expect(b.worksheets.map((w) => w.name)).toEqual([...a.worksheets.map((w) => w.name), "Lịch sử tiến độ", "Báo cáo 15-09-2024"]);
    for (const ws of a.worksheets) {
      const was = sheetValues(ws);
      const now = sheetValues(b.getWorksheet(ws.name) as ExcelJS.Worksheet);
      for (const [address, value] of Object.entries(was)) expect({ address, value: now[address] }).toEqual({ address, value });
      // No new cell on any of the clerk's sheets: the colour legend is on the report sheet, not beside the table.
      const added = Object.keys(now).filter((k) => !(k in was));
      expect({ sheet: ws.name, added }).toEqual({ sheet: ws.name, added: [] });
    }
  });

  test("the report sheet holds its title, the ranked table, native formulas with cached values, formats", async () => {
    const ws = (await openXlsx(output)).getWorksheet("Báo cáo 15-09-2024") as ExcelJS.Worksheet;
    expect(ws.getCell("A1").value).toBe("BÁO CÁO TIẾN ĐỘ TỔNG CHỈ TIÊU");
    let totalRow = 0;
    ws.eachRow((row, n) => { if (row.getCell(2).value === "Tổng cộng") totalRow = n; });
    expect(totalRow).toBeGreaterThan(0);
    expect(ws.getCell(totalRow, 3).value).toMatchObject({ formula: expect.stringMatching(/^SUM\(C\d+:C\d+\)$/), result: 13176 });
    expect(ws.getCell(totalRow, 4).value).toMatchObject({ result: 7020 });
    const completion = ws.getCell(totalRow, 6);
    expect((completion.value as { result: number }).result).toBeCloseTo(7020 / 13176, 12);
    expect(completion.numFmt).toBe("[$-42A]0.00%");
    expect(ws.getCell(totalRow, 3).numFmt).toBe("[$-42A]#,##0");
    expect(ws.getCell(totalRow, 3).font.bold).toBe(true);
    expect(ws.getCell(totalRow - 7, 2).value).toBe("San Thàng");
    expect(ws.getCell(totalRow - 1, 10).value).toBe("Chậm tiến độ");
  });

  test("the report's rules, print setup and frozen header are in the file", async () => {
    const ws = (await openXlsx(output)).getWorksheet("Báo cáo 15-09-2024") as ExcelJS.Worksheet;
    const types = rulesOf(ws).flatMap((cf) => cf.rules.map((r) => r.type));
    expect(types.filter((t) => t === "dataBar")).toHaveLength(1);
    expect(types.filter((t) => t === "expression")).toHaveLength(5);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
    expect(ws.pageSetup.printTitlesRow).toMatch(/^\$?8:\$?8$/);
    expect(ws.pageSetup.printArea).toMatch(/^\$?A\$?1:\$?J\$?\d+$/);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 8, xSplit: 2 });
  });

  test("the quota sheet gets the add-in's rules beside the clerk's own, and no legend", async () => {
    const ws = (await openXlsx(output)).getWorksheet("Tiến độ CCCD") as ExcelJS.Worksheet;
    expect(addinRuleCount(ws)).toBe(10);
    expect(rulesOf(ws).flatMap((cf) => cf.rules).filter((r) => (r.formulae ?? []).includes("H7<50"))).toHaveLength(1);
    expect(Object.values(sheetValues(ws))).not.toContain("Chú giải màu của quota-report");
  });

  test("a re-run on the written file replaces the add-in's rules, keeps the clerk's, adds \"(2)\"", async () => {
    const again = path.join(dir, "bao-cao-2.xlsx");
    const r = await runCli(["report", output, "-o", again, ...args]);
    expect(r.code).toBe(0);
    const wb = await openXlsx(again);
    const ws = wb.getWorksheet("Tiến độ CCCD") as ExcelJS.Worksheet;
    expect(addinRuleCount(ws)).toBe(10);
    expect(rulesOf(ws).flatMap((cf) => cf.rules).filter((r2) => (r2.formulae ?? []).includes("H7<50"))).toHaveLength(1);
    expect(wb.worksheets.map((w) => w.name)).toContain("Báo cáo 15-09-2024 (2)");
    const first = await openXlsx(output);
    expect(sheetValues(ws)).toEqual(sheetValues(first.getWorksheet("Tiến độ CCCD") as ExcelJS.Worksheet));
  });

  test("--text prints only the summary and writes nothing", async () => {
    const r = await runCli(["report", input, "--text", ...args]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("Tiến độ Tổng chỉ tiêu đến 15/09/2024");
    expect(r.stdout).not.toContain("Đã ghi");
  });
});

test("unit names that look like formulas are written as text", async () => {
  const d = tempDir("quota-report-inj-");
  const file = path.join(d, "inj.xlsx");
  await writeInjectionWorkbook(file);
  const out = path.join(d, "out.xlsx");
  const r = await runCli(["report", file, "-o", out, "--as-of", "25/08/2024"]);
  expect(r.stderr).toBe("");
  const ws = (await openXlsx(out)).getWorksheet("Báo cáo 25-08-2024") as ExcelJS.Worksheet;
  const names: unknown[] = [];
  ws.getColumn(2).eachCell((c) => names.push(c.value));
  for (const n of ["=1+1", "+84 912 345 678", "@SUM(A1)"]) expect(names).toContain(n);
  expect(names.some((v) => typeof v === "object" && v !== null && "formula" in v)).toBe(false);
  // In the file itself no cell formula holds a unit name.
  const zip = await JSZip.loadAsync(fs.readFileSync(out));
  const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
  for (const f of sheets) {
    const formulas = [...(await zip.file(f)!.async("string")).matchAll(/<f[^>]*>([^<]*)<\/f>/g)].map((m) => m[1]);
    expect(formulas.filter((x) => /1\+1|SUM\(A1\)|\+84/.test(x))).toEqual([]);
  }
});

describe("bad input: exit 2 with one clear line", () => {
  const cases: [string, string[], RegExp][] = [
    ["output equal to input", ["report", "IN", "-o", "IN"], /khác tệp gốc/],
    ["no output", ["report", "IN"], /Thiếu tệp kết quả/],
    ["output not .xlsx", ["report", "IN", "-o", "x.csv"], /\.xlsx/],
    ["unknown measure", ["report", "IN", "-o", "OUT", "--measure", "nope"], /Không có chỉ tiêu mã 'nope'/],
    ["missing file", ["report", "/nonexistent/x.xlsx", "-o", "OUT"], /.+/],
  ];
  test.each(cases)("%s", async (_name, argv, message) => {
    const out = path.join(dir, "never.xlsx");
    const r = await runCli(argv.map((a) => (a === "IN" ? input : a === "OUT" ? out : a)));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(fs.existsSync(out)).toBe(false);
  });
});
