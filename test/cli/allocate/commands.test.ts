// `quota-report allocate` and `merge` over real .xlsx files: the parts add up exactly, the total row is a native
// SUM that LibreOffice recalculates to the same figure, and the gathered table has the fixture script's figures.
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { runCli, tempDir, openXlsx } from "../../support/run-cli";
import { gridFromWorksheet } from "../../support/exceljs-read";
import { readQuotaTable } from "../../../src/core/read";
import { consolidationCase } from "../../../scripts/fixtures/consolidation";
import { TABLE2 } from "../../../scripts/fixtures/domain-tables";
import { CSV_ALL_SHEETS, convert, describeWithSoffice, parseCsv } from "../../libreoffice/soffice";

const FIXTURES = path.resolve(__dirname, "../../fixtures");
const AN_DUONG = path.join(FIXTURES, "02-table2-two-row-header.xlsx");

/** Unit rows of the written sheet: name → figures of columns C, D, E…, and the total row. */
function table(ws: ExcelJS.Worksheet): { units: [string, ...unknown[]][]; total: unknown[] } {
  const read = readQuotaTable(gridFromWorksheet(ws));
  if (!read.ok) throw new Error(read.msg.key);
  const cols = Math.max(...read.table.measures.flatMap((m) => Object.values(m.columns) as number[]));
  const value = (v: unknown) => (v && typeof v === "object" && "result" in v ? (v as { result: unknown }).result : v ?? null);
  const row = (r: number) => Array.from({ length: cols - 2 }, (_, j) => value(ws.getCell(r, 3 + j).value));
  return { units: read.table.units.map((u) => [u.name, ...row(u.row)]), total: row(read.table.totals[0].row) };
}

describe("allocate", () => {
  test("An Dương's 0–6 column over 9 days: the daily column sums exactly to 1,829", async () => {
    const out = path.join(tempDir("alloc-"), "phan-bo.xlsx");
    const r = await runCli(["allocate", AN_DUONG, "--total", "16460", "--base-col", "D", "--days", "9", "-o", out]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const ws = (await openXlsx(out)).getWorksheet("Phân bổ chỉ tiêu")!;
    const { units, total } = table(ws);
    // The base is the 0–6 column and the total its own sum, so each unit's target is its base.
    expect(units.map(([name, base, target]) => [name, base, target])).toEqual(TABLE2.map(([n, young]) => [n, young, young]));
    const daily = units.map((u) => u[3] as number);
    expect(daily.reduce((s, x) => s + x, 0)).toBe(1829);
    expect(total).toEqual([16460, 16460, 1829]);
    // Each daily target within 1 of 1829 × its target ÷ 16460.
    units.forEach((u) => expect(Math.abs((u[3] as number) - (1829 * (u[2] as number)) / 16460)).toBeLessThan(1));
    expect(r.stdout).toContain("1.830");
  });

  test("--method proportional rounds each unit on its own: An Dương's own printed daily column, 1,830, and the gap said", async () => {
    const out = path.join(tempDir("alloc-prop-"), "phan-bo.xlsx");
    const r = await runCli(["allocate", AN_DUONG, "--total", "16460", "--base-col", "D", "--days", "9", "--method", "proportional", "-o", out]);
    expect(r.code).toBe(0);
    const { units } = table((await openXlsx(out)).getWorksheet("Phân bổ chỉ tiêu")!);
    expect(units.map((u) => u[3])).toEqual(TABLE2.map(([, , , daily]) => daily));
    expect(r.stdout).toContain("cộng lại 1.830, còn toàn đơn vị là 1.829");
  });

  test("3,321 communes: a national total given out adds up exactly, and so do the daily targets", async () => {
    const dir = tempDir("alloc-big-");
    const input = path.join(dir, "toan-quoc.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Xã");
    ws.addRow(["STT", "Đơn vị", "Số công dân chưa cấp"]);
    let seed = 7;
    for (let i = 1; i <= 3321; i++) {
      seed = (seed * 48271) % 2147483647;
      ws.addRow([i, `Xã Số ${i}`, 200 + (seed % 9000)]);
    }
    await wb.xlsx.writeFile(input);
    const out = path.join(dir, "phan-bo.xlsx");
    const total = 1178756;
    const r = await runCli(["allocate", input, "--total", String(total), "--days", "90", "-o", out]);
    expect(r.code).toBe(0);
    const { units, total: totals } = table((await openXlsx(out)).getWorksheet("Phân bổ chỉ tiêu")!);
    expect(units).toHaveLength(3321);
    expect(units.reduce((s, u) => s + (u[2] as number), 0)).toBe(total);
    expect(units.reduce((s, u) => s + (u[3] as number), 0)).toBe(Math.floor(total / 90 + 0.5));
    expect(totals.slice(1)).toEqual([total, Math.floor(total / 90 + 0.5)]);
  });

  test("no total: one line in the clerk's language, exit 2; an existing output is never overwritten", async () => {
    const dir = tempDir("alloc-bad-");
    const r = await runCli(["allocate", AN_DUONG, "-o", path.join(dir, "x.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--total");
    fs.writeFileSync(path.join(dir, "y.xlsx"), "keep");
    const again = await runCli(["allocate", AN_DUONG, "--total", "10", "-o", path.join(dir, "y.xlsx")]);
    expect(again.code).toBe(2);
    expect(fs.readFileSync(path.join(dir, "y.xlsx"), "utf8")).toBe("keep");
  });
});

describeWithSoffice()("the total row is native SUM formulas", () => {
  test("LibreOffice recalculates the allocation's total row to the same figures", async () => {
    const dir = tempDir("alloc-lo-");
    const out = path.join(dir, "phan-bo.xlsx");
    await runCli(["allocate", AN_DUONG, "--total", "16460", "--base-col", "D", "--days", "9", "-o", out]);
    convert(out, CSV_ALL_SHEETS, dir);
    const csv = fs.readdirSync(dir).find((f) => f.endsWith(".csv") && f.includes("Phân bổ"))!;
    const rows = parseCsv(fs.readFileSync(path.join(dir, csv), "utf8"));
    const totalRow = rows.find((r) => r[1] === "Tổng cộng")!;
    expect(totalRow.slice(2, 5).map(Number)).toEqual([16460, 16460, 1829]);
  }, 120000);
});

describe("merge", () => {
  const plan = consolidationCase();
  test("the sixteen communes (fifteen .xlsx, one .xls) gather into the An Dương table, every conflict named", async () => {
    const dir = tempDir("merge-");
    const out = path.join(dir, "tong-hop.xlsx");
    const files = plan.files.map((f) => path.join(FIXTURES, "consolidation", f.file));
    const r = await runCli(["merge", ...files, "--map", path.join(FIXTURES, "consolidation", "sap-nhap.xlsx"), "--units", AN_DUONG, "-o", out]);
    expect(r.code).toBe(0);
    const wb = await openXlsx(out);
    const { units } = table(wb.getWorksheet("Tổng hợp")!);
    // Nam Sơn sent an .xls: read like the others.
    // The An Dương table is the plan: its targets for every unit; Bắc Sơn sent nothing: named, marked "Chưa gửi".
    // Columns: Tổng, 0–6 (target, the plan's daily), 6–14.
    const expected = TABLE2.map(([unit, young, older, daily]) => [unit, young + older, young, daily, older]);
    expect(units.map((u) => u.slice(0, 5))).toEqual(expected);
    expect(r.stdout).toContain("16 đơn vị từ 16 nguồn");
    expect(r.stdout).toContain("Bắc Sơn chưa gửi báo cáo");
    expect(r.stdout).toMatch(/An Hưng, Tổng số › Từ 0 đến dưới 6 tuổi › Chỉ tiêu: 07-an-hung\.xlsx \(Số liệu!D6\) ghi 927, 10-cum-ba-xa\.xlsx \(Số liệu!D4\) ghi 930/);
    expect(r.stdout).toContain("Xã Đông Sơn (13-dong-son.xlsx)");
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tổng hợp", expect.stringMatching(/^Báo cáo /)]);
  });

  test("a '*.xlsx' that takes in the --map file too (README's example) reads it as the mapping only, never as a report", async () => {
    const dir = tempDir("merge-glob-");
    const out = path.join(dir, "tong-hop.xlsx");
    const map = path.join(FIXTURES, "consolidation", "sap-nhap.xlsx");
    const files = [...plan.files.map((f) => path.join(FIXTURES, "consolidation", f.file)), map];
    const r = await runCli(["merge", ...files, "--map", map, "--units", AN_DUONG, "-o", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("16 đơn vị từ 16 nguồn");
    expect(r.stdout).not.toContain("sap-nhap.xlsx");
  });
});
