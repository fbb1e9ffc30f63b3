// The Office.js adapters of issue 13 against a mocked workbook: the allocation sheet and the gathered table
// written with the figures the fixtures were made from, in a constant number of syncs.
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { allocateInExcel } from "../../src/excel/allocate";
import { consolidateInExcel } from "../../src/excel/consolidate";
import { capabilities } from "../../src/excel/requirements";
import { gridFromWorksheet } from "../../src/cli/read-xlsx";
import { sourceSheetFromGrid, type SourceSheet } from "./mock-excel";
import { mockWorkbook, type MockWorkbook } from "./mock-workbook";
import { firstGrid } from "../consolidation/sources";
import { consolidationCase } from "../../scripts/fixtures/consolidation";
import { TABLE2 } from "../../scripts/fixtures/domain-tables";
import type { Grid } from "../../src/core/types";

const caps = capabilities(() => true);
const FIXTURES = path.resolve(__dirname, "../fixtures");
const AN_DUONG = path.join(FIXTURES, "02-table2-two-row-header.xlsx");

function asSheet(grid: Grid, name = grid.sheet): SourceSheet {
  const s = sourceSheetFromGrid({ ...grid, sheet: name })!;
  return s;
}

/** The written block (one range from A1) as rows of values, formulas with "=". */
function block(m: MockWorkbook, sheet: string): (string | number)[][] {
  const w = m.written.find((x) => x.name === sheet)!;
  const [address, values] = [...w.formulas.entries()].find(([a]) => /^A1(:|$)/.test(a))!;
  expect(address).toMatch(/^A1:/);
  return values as (string | number)[][];
}

function use(m: MockWorkbook): void {
  (global as unknown as { Excel: unknown }).Excel = m.excel;
}

// Syncs: the sliced grid read's locate, values and merged cells (src/excel/read.ts), then the sheet's write.
test("allocation: An Dương's 0–6 column over 9 days, daily targets adding up to 1,829, in 4 syncs", async () => {
  const m = mockWorkbook([asSheet(await firstGrid(AN_DUONG))]);
  use(m);
  const r = await allocateInExcel({ total: 16460, baseCol: "D", lang: "vi" }, caps);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(m.syncCount()).toBe(4);
  const rows = block(m, r.sheetName);
  const units = rows.filter((row) => typeof row[0] === "number");
  expect(units.map((row) => [String(row[1]).replace(/^'/, ""), row[2], row[3]])).toEqual(TABLE2.map(([n, y]) => [n, y, y]));
  expect(units.reduce((s, row) => s + (row[4] as number), 0)).toBe(1829);
  const total = rows.find((row) => row[1] === "'Tổng cộng")!;
  expect(total.slice(2, 5)).toEqual(["=SUM(C5:C20)", "=SUM(D5:D20)", "=SUM(E5:E20)"]);
});

describe("consolidation through the adapter", () => {
  const plan = consolidationCase();
  let m: MockWorkbook;
  let result: Awaited<ReturnType<typeof consolidateInExcel>>;

  beforeAll(async () => {
    const dir = path.join(FIXTURES, "consolidation");
    // Twelve communes already copied into the district workbook as sheets (the .xls among them), four picked as files.
    const own: SourceSheet[] = [];
    for (const f of plan.files.slice(0, 12)) own.push(asSheet(await firstGrid(path.join(dir, f.file)), f.file.replace(/\.xlsx?$/, "")));
    own.push(asSheet(await firstGrid(AN_DUONG), "Dot 2"));
    own.push(asSheet(await firstGrid(path.join(dir, "sap-nhap.xlsx")), "Sáp nhập"));
    const files: Record<string, SourceSheet[]> = {};
    const picked = [];
    for (const [i, f] of plan.files.slice(12).entries()) {
      const base64 = fs.readFileSync(path.join(dir, f.file)).toString("base64");
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(base64, "base64") as unknown as ExcelJS.Buffer);
      // Excel gives an inserted sheet a free name: "Số liệu (2)"…
      files[base64] = [asSheet(gridFromWorksheet(wb.worksheets[0]), i === 0 ? "Số liệu" : `Số liệu (${i + 1})`)];
      picked.push({ name: f.file, base64 });
    }
    m = mockWorkbook(own, files);
    use(m);
    result = await consolidateInExcel({ lang: "vi", files: picked, mappingSheet: "Sáp nhập", unitsSheet: "Dot 2" }, caps);
  });

  test("the An Dương table with the figures the fixture script computed, in 3 syncs", () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(m.syncCount()).toBe(3);
    const rows = block(m, result.sheetName).filter((row) => typeof row[0] === "number");
    const cols = result.result.measures.map((x) => x.key);
    const at = (key: string) => 2 + cols.indexOf(key);
    const got = rows.map((row) => [String(row[1]).replace(/^'/, ""), row[at("tong")], row[at("age 0-6")], row[at("age 6-14")]]);
    const want = plan.expected.map((e) => [e.unit, e.figures ? e.figures.young + e.figures.older : "", e.figures?.young ?? "", e.figures?.older ?? ""]);
    expect(got).toEqual(want);
  });

  test("every conflict named with its source, the inserted copies removed, the clerk's sheets untouched", () => {
    if (!result.ok) throw new Error("failed");
    const f = result.result.findings;
    expect(f.filter((x) => x.code === "unit-missing").map((x) => x.msg.params?.unit)).toEqual(plan.missing);
    expect(f.filter((x) => x.code === "unit-conflict").map((x) => [x.msg.params?.keptSource, x.msg.params?.otherSource])).toEqual([
      ["07-an-hung", "10-cum-ba-xa"], ["07-an-hung", "10-cum-ba-xa"],
    ]);
    expect(result.result.notes.find((n) => n.params?.unit === "An Đông")?.params?.olds).toContain("13-dong-son.xlsx");
    expect(m.deleted.sort()).toEqual(["Số liệu", "Số liệu (2)", "Số liệu (3)", "Số liệu (4)"]);
    expect(m.written.map((w) => w.name)).toEqual([result.sheetName]);
  });
});
