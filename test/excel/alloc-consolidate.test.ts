// The Office.js adapters that give out targets and gather results, against a mocked workbook: the allocation
// sheet and the gathered table written with the figures the fixtures were made from, in a constant number of syncs.
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { allocateInExcel } from "../../src/excel/allocate";
import { consolidateInExcel } from "../../src/excel/consolidate";
import { capabilities } from "../../src/excel/requirements";
import { t } from "../../src/core/messages";
import { gridFromWorksheet } from "../support/exceljs-read";
import { mockExcel, type MockExcel } from "./mock/workbook";
import type { SourceSheet } from "./mock/source";
import type { RecordedSheet } from "./mock/record";
import { sourceSheetFromGrid } from "./mock/from-grid";
import { firstGrid } from "../consolidation/sources";
import { consolidationCase } from "../../scripts/fixtures/consolidation";
import { measureIdentityKey } from "../../src/core/vocabulary/measure-identity";
import { TABLE2 } from "../../scripts/fixtures/domain-tables";
import type { Grid } from "../../src/core/types";

const caps = capabilities(() => true);
const FIXTURES = path.resolve(__dirname, "../fixtures");
const AN_DUONG = path.join(FIXTURES, "02-table2-two-row-header.xlsx");

function asSheet(grid: Grid, name = grid.sheet): SourceSheet {
  return sourceSheetFromGrid({ ...grid, sheet: name })!;
}

/** The written block (the range written from A1) as rows of values, formulas with "=". */
function block(m: MockExcel, sheet: string): (string | number)[][] {
  const added = m.added.find((x) => x.name === sheet)!;
  const first = added.ranges.find((r) => r.formulas && /^A1:/.test(r.address))!;
  return first.formulas as (string | number)[][];
}

/** Nothing written on a sheet of the clerk's: no value, format, merge, rule, chart or page setting. */
function untouched(sheet: RecordedSheet): boolean {
  const formatted = (r: RecordedSheet["ranges"][number]) =>
    Object.keys(r.format.font).length > 0 || Object.keys(r.format.fill).length > 0 || r.format.columnWidth !== undefined || r.format.rowHeight !== undefined;
  return sheet.ranges.every((r) => !r.formulas && !r.numberFormat && !r.merged && !formatted(r))
    && sheet.rules.length === 0 && sheet.charts.length === 0 && sheet.freeze.length === 0 && Object.keys(sheet.page).length === 0;
}

function use(m: MockExcel): void {
  (global as unknown as { Excel: unknown }).Excel = m.excel;
}

/** An Dương's table with each unit row repeated `times` over (names numbered): the same layout, many more units. */
function manyUnits(grid: Grid, times: number): Grid {
  const isUnit = (row: Grid["values"][number]) => typeof row[0] === "number";
  const first = grid.values.findIndex(isUnit);
  const units = grid.values.filter(isUnit);
  const rest = grid.values.slice(first).filter((row) => !isUnit(row));
  const copies = Array.from({ length: times }, (_, k) => units.map((row, i) => row.map((v, j) =>
    j === 0 ? k * units.length + i + 1 : j === 1 ? `${String(v)} ${k + 1}` : v)));
  return { ...grid, values: [...grid.values.slice(0, first), ...copies.flat(), ...rest], merges: grid.merges.filter((m) => m.bottom < grid.origin.row + first) };
}

// Syncs of one allocation: 1 to locate the table and list the sheets, 1 for the cells (one slice while the response
// stays under 4 MiB), 1 for the merged areas, 1 to write, then frozen panes, print setup and the activation, 1 each.
const ALLOCATION_SYNCS = 7;

test("allocation: An Dương's 0–6 column over 9 days, daily targets adding up to 1,829, in 7 syncs", async () => {
  const m = mockExcel(asSheet(await firstGrid(AN_DUONG)));
  use(m);
  const r = await allocateInExcel({ total: 16460, baseCol: "D", lang: "vi" }, caps);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(m.syncCount()).toBe(ALLOCATION_SYNCS);
  const rows = block(m, r.sheetName);
  const units = rows.filter((row) => typeof row[0] === "number");
  expect(units.map((row) => [String(row[1]).replace(/^'/, ""), row[2], row[3]])).toEqual(TABLE2.map(([n, y]) => [n, y, y]));
  expect(units.reduce((s, row) => s + (row[4] as number), 0)).toBe(1829);
  const total = rows.find((row) => row[1] === "'Tổng cộng")!;
  expect(total.slice(2, 5)).toEqual(["=SUM(C5:C20)", "=SUM(D5:D20)", "=SUM(E5:E20)"]);
  expect(untouched(m.source)).toBe(true);
  expect(m.added.map((s) => s.name)).toEqual([r.sheetName]);
  // The model's frozen header and print setup reach the sheet (an allocation too is scrolled and printed), and
  // Excel shows it.
  expect(m.added[0].freeze.length).toBeGreaterThan(0);
  expect(m.added[0].page).toMatchObject({ paperSize: "A4", printArea: expect.any(String) });
  expect(m.activeSheet()).toBe(r.sheetName);
});

test("allocation over 125 times as many units takes the same number of syncs", async () => {
  const grid = manyUnits(await firstGrid(AN_DUONG), 125);
  const unitCount = 125 * TABLE2.length;
  const m = mockExcel(asSheet(grid));
  use(m);
  const r = await allocateInExcel({ total: 16460 * 125, baseCol: "D", lang: "vi" }, caps);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.plan.rows.length).toBe(unitCount);
  expect(m.syncCount()).toBe(ALLOCATION_SYNCS);
});

describe("consolidation through the adapter", () => {
  const plan = consolidationCase();
  let m: MockExcel;
  let result: Awaited<ReturnType<typeof consolidateInExcel>>;
  let gridsRead = 0;
  let clerkSheets: string[] = [];

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
    clerkSheets = own.map((s) => s.name);
    // Every commune sheet, every inserted file, the mapping sheet and the district sheet.
    gridsRead = own.length + picked.length;
    m = mockExcel(own[0], { sheets: own.slice(1), files });
    use(m);
    result = await consolidateInExcel({ lang: "vi", files: picked, mappingSheet: "Sáp nhập", unitsSheet: "Dot 2" }, caps);
  });

  test("the An Dương table with the figures the fixture script computed", () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // The units' rows (the review table under the notes has numbered lines too).
    const rows = block(m, result.sheetName).filter((row) => typeof row[0] === "number").slice(0, plan.expected.length);
    const measures = result.result.measures;
    const cols = measures.map((x) => x.key);
    // Each measure's first column (its target), counted over the columns of the measures before it.
    const at = (label: string) => {
      const i = cols.indexOf(measureIdentityKey(label));
      return 2 + measures.slice(0, i).reduce((n, x) => n + x.roles.length, 0);
    };
    const got = rows.map((row) => [String(row[1]).replace(/^'/, ""), row[at("Tổng")], row[at("Từ 0 đến dưới 6 tuổi")], row[at("Từ 6 đến dưới 14 tuổi")]]);
    // The district sheet is the plan: its targets for every unit, Bắc Sơn (who sent nothing) included.
    const want = TABLE2.map(([unit, young, older]) => [unit, young + older, young, older]);
    expect(got).toEqual(want);
    const status = 2 + measures.reduce((n, x) => n + x.roles.length, 0);
    const text = (v: unknown) => String(v).replace(/^'/, "");
    expect(rows.filter((row) => text(row[status]) === "Chưa gửi").map((row) => text(row[1]))).toEqual(plan.missing);
  });

  test("18 tables in 8 syncs and one per picked file: list, each file, locate every table, their cells, their merged areas, write, freeze, print, show", () => {
    expect(gridsRead).toBe(18);
    expect(m.syncCount()).toBe(8 + 4);
  });

  test("every conflict named with its source, the inserted copies removed, the clerk's sheets untouched", () => {
    if (!result.ok) throw new Error("failed");
    const f = result.result.findings;
    expect(f.filter((x) => x.code === "unit-missing").map((x) => x.msg.params?.unit)).toEqual(plan.missing);
    expect(f.filter((x) => x.code === "unit-conflict").map((x) => [String(x.msg.params?.keptAt).split(" ")[0], String(x.msg.params?.otherAt).split(" ")[0]])).toEqual([
      ["07-an-hung", "10-cum-ba-xa"], ["07-an-hung", "10-cum-ba-xa"],
    ]);
    expect(result.result.notes.find((n) => n.params?.unit === "An Đông")?.params?.olds).toContain("13-dong-son.xlsx");
    expect([...m.deletedSheets].sort()).toEqual(["Số liệu", "Số liệu (2)", "Số liệu (3)", "Số liệu (4)"]);
    expect(m.sheetNames()).toEqual([...clerkSheets, result.sheetName]);
    expect(m.added.map((w) => w.name)).toEqual([result.sheetName]);
    for (const sheet of m.sources) expect([sheet.name, untouched(sheet)]).toEqual([sheet.name, true]);
  });

  test("the Tổng hợp sheet gets its frozen header and print setup, and Excel shows it", () => {
    if (!result.ok) throw new Error("failed");
    const name = result.sheetName;
    const sheet = m.added.find((w) => w.name === name)!;
    expect(sheet.freeze.length).toBeGreaterThan(0);
    expect(sheet.page).toMatchObject({ paperSize: "A4", printArea: expect.any(String) });
    expect(m.activeSheet()).toBe(name);
  });
});

test("Excel older than ExcelApi 1.13: the workbook's own sheets gathered, the clerk told that picking files needs a newer Excel", async () => {
  const plan = consolidationCase();
  const dir = path.join(FIXTURES, "consolidation");
  const own = await Promise.all(plan.files.slice(0, 3).map(async (f) => asSheet(await firstGrid(path.join(dir, f.file)), f.file.replace(/\.xlsx?$/, ""))));
  const base64 = fs.readFileSync(path.join(dir, plan.files[12].file)).toString("base64");
  // The mock refuses insertWorksheetsFromBase64 below 1.13 (the batch fails), as Excel does.
  const m = mockExcel(own[0], { sheets: own.slice(1), apiMinor: 12 });
  use(m);
  const older = capabilities((v) => Number(v.split(".")[1]) <= 12);
  expect(older.insertFiles).toBe(false);
  const r = await consolidateInExcel({ lang: "vi", files: [{ name: plan.files[12].file, base64 }] }, older);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.skipped.map((x) => x.key)).toEqual(["merge.pane.noFiles"]);
  expect(t("vi", r.skipped[0])).toMatch(/Excel 2021 hoặc Microsoft 365/);
  const sources = new Set(r.result.units.flatMap((u) => u.from.map((f) => f.source)));
  expect([...sources].sort()).toEqual(own.map((s) => s.name).sort());
  expect(m.deletedSheets).toEqual([]);
  expect(m.sources.every(untouched)).toBe(true);
});
