// Reading a fixture workbook the way the command line does: exceljs → Grid → readQuotaTable.
import ExcelJS from "exceljs";
import * as path from "path";
import { gridFromWorksheet } from "../support/exceljs-read";
import { readQuotaTable } from "../../src/core/read";
import type { Grid, QuotaTable, ReadResult } from "../../src/core/types";

export const FIXTURES = path.join(__dirname, "..", "fixtures");

export async function fixtureGrid(file: string, sheet?: string): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(FIXTURES, file));
  const ws = sheet ? wb.getWorksheet(sheet) : wb.worksheets[0];
  if (!ws) throw new Error(`no sheet ${sheet} in ${file}`);
  return gridFromWorksheet(ws);
}

export async function readFixture(file: string, sheet?: string): Promise<ReadResult> {
  return readQuotaTable(await fixtureGrid(file, sheet));
}

export async function tableOf(file: string, sheet?: string): Promise<QuotaTable> {
  const r = await readFixture(file, sheet);
  if (!r.ok) throw new Error(`${file}: no table (${r.msg.key})`);
  return r.table;
}

/** unit name → measure label → target (a compact view to compare with domain.md). */
export function targetsByUnit(table: QuotaTable): Record<string, number | null>[] {
  return table.units.map((u) => {
    const out: Record<string, number | null> = {};
    for (const m of table.measures) out[m.label] = u.values[m.id].target;
    return out;
  });
}
