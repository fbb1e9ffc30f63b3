// The consolidation fixtures read as the engine receives them: .xlsx through the command line's exceljs reader,
// the .xls through @e965/xlsx into a Grid here (reading .xls in the command line is another piece of work).
import ExcelJS from "exceljs";
import * as XLSX from "@e965/xlsx";
import * as fs from "fs";
import * as path from "path";
import { gridFromWorksheet } from "../support/exceljs-read";
import { readQuotaTable } from "../../src/core/read";
import type { CellValue, Grid } from "../../src/core/types";
import type { ConsolidationSource } from "../../src/core/consolidation";

export const DIR = path.resolve(__dirname, "../fixtures/consolidation");
export const AN_DUONG = path.resolve(__dirname, "../fixtures/02-table2-two-row-header.xlsx");

export function gridFromXls(file: string): Grid {
  const wb = XLSX.read(fs.readFileSync(file), { type: "buffer" });
  const ws = wb.Sheets[wb.SheetNames[0]];
  const rows = XLSX.utils.sheet_to_json<CellValue[]>(ws, { header: 1, blankrows: true, defval: null, raw: true });
  return { sheet: wb.SheetNames[0], origin: { row: 1, col: 1 }, values: rows, merges: [], hiddenRows: [], hiddenCols: [] };
}

export async function firstGrid(file: string): Promise<Grid> {
  if (/\.xls$/i.test(file)) return gridFromXls(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return gridFromWorksheet(wb.worksheets[0]);
}

export async function readSource(file: string): Promise<ConsolidationSource> {
  const read = readQuotaTable(await firstGrid(file));
  if (!read.ok) throw new Error(`${file}: ${read.msg.key}`);
  return { label: path.basename(file), table: read.table };
}
