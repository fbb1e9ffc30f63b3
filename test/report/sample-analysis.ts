// A quota table as the reader hands it over (domain.md's first table, with results as of 15/09/2024 in a
// 90-day campaign from 01/08/2024), analysed by the engine. Unit names can be swapped to test injection.
import { analyzeTable } from "../../src/core/analyze";
import { makeCampaign } from "../../src/core/campaign";
import { serialFromYMD } from "../../src/core/dates";
import type { QuotaTable, TableAnalysis, UnitRow } from "../../src/core/types";

export const UNITS: [string, number, number][] = [
  ["Quyết Thắng", 497, 300],
  ["Tân Phong", 3903, 1650],
  ["Quyết Tiến", 1294, 700],
  ["Đoàn Kết", 2107, 1020],
  ["Sùng Phài", 1485, 560],
  ["Đông Phong", 2513, 1400],
  ["San Thàng", 1377, 1390],
];

/** Sheet layout: header on row 6, units from row 7, B = unit, C = target, D = done; total row after. */
export const FIRST_UNIT_ROW = 7;

export function sampleTable(units: [string, number | null, number | null][] = UNITS): QuotaTable {
  const rows: UnitRow[] = units.map(([name, target, done], i) => ({
    name,
    row: FIRST_UNIT_ROW + i,
    values: { m1: { target, done, remaining: null, rate: null, daily: null } },
  }));
  const totalRow = FIRST_UNIT_ROW + units.length;
  return {
    sheet: "Tiến độ",
    headerRows: [6],
    unitCol: 2,
    indexCol: 1,
    measures: [{ id: "m1", label: "Thu nhận hồ sơ CCCD", columns: { target: 3, done: 4 } }],
    units: rows,
    totals: [{ name: "Toàn huyện", row: totalRow, values: { m1: { target: null, done: null, remaining: null, rate: null, daily: null } } }],
    firstRow: FIRST_UNIT_ROW,
    lastRow: totalRow,
    diagnostics: [],
    warnings: [],
  };
}

export const AS_OF = serialFromYMD(2024, 9, 15) as number;

export function sampleAnalysis(units?: [string, number | null, number | null][], withDates = true): TableAnalysis {
  const campaign = withDates
    ? makeCampaign({ from: serialFromYMD(2024, 8, 1), to: serialFromYMD(2024, 10, 30), nominalDays: 90, name: "Cao điểm 90 ngày đêm" })
    : makeCampaign({});
  return analyzeTable(sampleTable(units), campaign, AS_OF);
}
