// The sheet's own allocation: An Dương's daily column sums to 1,830 against its total's 1,829; the warning
// says by how much and offers daily targets that add up.
import ExcelJS from "exceljs";
import * as path from "path";
import { gridFromWorksheet } from "../support/exceljs-read";
import { readQuotaTable } from "../../src/core/read";
import { analyzeTable } from "../../src/core/analyze";
import { makeCampaign } from "../../src/core/campaign";
import { serialFromYMD } from "../../src/core/dates";
import { t } from "../../src/core/messages";
import { allocationOffers } from "../../src/core/allocation/sheet-check";
import { TABLE2 } from "../../scripts/fixtures/domain-tables";

async function table2() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.resolve(__dirname, "../fixtures/02-table2-two-row-header.xlsx"));
  const r = readQuotaTable(gridFromWorksheet(wb.worksheets[0]));
  if (!r.ok) throw new Error(r.msg.key);
  return r.table;
}

test("An Dương: the daily column adds up to 1,830, one more than 1,829; the offer adds up to 1,829", async () => {
  const table = await table2();
  const campaign = makeCampaign({ from: serialFromYMD(2024, 8, 21), to: serialFromYMD(2024, 8, 29) });
  const analysis = analyzeTable(table, campaign, serialFromYMD(2024, 8, 25)!);
  const offer = analysis.warnings.find((w) => w.code === "allocation-offer-daily")!;
  expect(offer.msg.params).toMatchObject({ sum: 1830, expected: 1829, difference: 1, cell: "F23" });
  // Apply the offer to the typed column: it must then add up to 1,829.
  const typed = new Map(TABLE2.map(([name, , , daily]) => [name, daily]));
  for (const change of String(offer.msg.params?.offer).split("; ")) {
    const m = /^(.*) (\d+) → (\d+)$/.exec(change)!;
    expect(typed.get(m[1])).toBe(Number(m[2]));
    typed.set(m[1], Number(m[3]));
  }
  expect([...typed.values()].reduce((s, x) => s + x, 0)).toBe(1829);
  expect(t("vi", offer.msg)).toContain("lệch 1");
});

test("targets that do not add up to the total row: by how much, and an offer that does", async () => {
  const table = await table2();
  const m = table.measures.find((x) => x.columns.daily !== undefined)!;
  // The clerk typed one unit 10 too many.
  table.units[3].values[m.id].target = (table.units[3].values[m.id].target as number) + 10;
  const offer = allocationOffers(table, 9).find((w) => w.code === "allocation-offer")!;
  expect(offer.msg.params).toMatchObject({ sum: 16470, typed: 16460, difference: 10 });
});

test("a sheet that adds up gets no offer", async () => {
  const table = await table2();
  const m = table.measures.find((x) => x.columns.daily !== undefined)!;
  table.units[14].values[m.id].daily = 235; // An Đông one less: 1,829
  expect(allocationOffers(table, 9)).toEqual([]);
});

test("without a base column named, the total's column is the base (table 1: Tổng, not the first age group)", async () => {
  const { findBase } = await import("../../src/core/allocation");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.resolve(__dirname, "../fixtures/01-table1-90-days.xlsx"));
  const r = readQuotaTable(gridFromWorksheet(wb.worksheets[0]));
  if (!r.ok) throw new Error(r.msg.key);
  expect(findBase(r.table)).toMatchObject({ col: 5, label: "Tổng" });
  expect(findBase(r.table, "C")).toMatchObject({ col: 3, label: "Trên 14 tuổi" });
});
