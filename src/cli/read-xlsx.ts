// An exceljs worksheet as the engine's Grid: values (dates as serials, formulas as their cached result, rich
// text as plain text, errors as CellError), merges, hidden rows and columns, number formats.
import type { Workbook, Worksheet, CellValue as XlsxValue } from "exceljs";
import type { CellValue, Grid, MergeArea, Msg, QuotaTable } from "../core/types";
import { toDaySerial } from "../core/dates";
import { readQuotaTable } from "../core/read";
import { chooseQuotaSheet, type DatedSheet, type WorkbookSheet } from "../core/workbook";

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "B3:D4" → a MergeArea. */
function mergeFromRange(range: string): MergeArea | null {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/i.exec(range.trim());
  if (!m) return null;
  return { top: Number(m[2]), left: columnNumber(m[1]), bottom: Number(m[4]), right: columnNumber(m[3]) };
}

/** One exceljs value as a Grid value. */
export function gridValue(v: XlsxValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return toDaySerial(v);
  if (typeof v === "object") {
    if ("error" in v) return { error: String(v.error) };
    if ("richText" in v) return v.richText.map((part) => part.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as { result?: XlsxValue }).result;
      return result === undefined ? null : gridValue(result);
    }
    if ("text" in v) return typeof v.text === "string" ? v.text : gridValue(v.text as XlsxValue);
  }
  return null;
}

export function gridFromWorksheet(ws: Worksheet): Grid {
  const rowCount = ws.rowCount;
  const colCount = ws.columnCount;
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const hiddenRows: number[] = [];
  for (let r = 1; r <= rowCount; r++) {
    const row = ws.getRow(r);
    if (row.hidden) hiddenRows.push(r);
    const line: CellValue[] = [];
    const formats: string[] = [];
    for (let c = 1; c <= colCount; c++) {
      const cell = row.getCell(c);
      // Excel gives a merged area's value only at its top-left cell; exceljs repeats it in every cell.
      const covered = cell.isMerged && cell.master !== cell;
      line.push(covered ? null : gridValue(cell.value));
      formats.push(cell.numFmt ?? "");
    }
    values.push(line);
    numberFormats.push(formats);
  }
  const hiddenCols: number[] = [];
  for (let c = 1; c <= colCount; c++) if (ws.getColumn(c).hidden) hiddenCols.push(c);
  const merges = (ws.model.merges ?? []).map(mergeFromRange).filter((m): m is MergeArea => m !== null);
  return { sheet: ws.name, origin: { row: 1, col: 1 }, values, merges, hiddenRows, hiddenCols, numberFormats };
}

export type FoundSheet =
  | { ok: true; worksheet: Worksheet; grid: Grid; table: QuotaTable; sheets: WorkbookSheet[]; dated: DatedSheet[] }
  | { ok: false; msg: Msg };

/**
 * The named sheet, or the latest-dated visible sheet holding a quota table (src/core/workbook decides), or the
 * first one when none is dated. Which one was read, and the others seen, is an info line on the table.
 */
export function findQuotaSheet(workbook: Workbook, name?: string, fallbackYear: number | null = new Date().getFullYear()): FoundSheet {
  if (name !== undefined && !workbook.getWorksheet(name)) return { ok: false, msg: { key: "reader.no-sheet", params: { sheet: name } } };
  const isHidden = (ws: Worksheet) => ws.state === "hidden" || ws.state === "veryHidden";
  const failures: Msg[] = [];
  const sheets: WorkbookSheet[] = [];
  const worksheets: Worksheet[] = [];
  for (const ws of workbook.worksheets) {
    const named = name !== undefined && ws.name === name;
    if (isHidden(ws) && !named) continue;
    const grid = gridFromWorksheet(ws);
    const result = readQuotaTable(grid);
    if (named && !result.ok) return { ok: false, msg: result.msg };
    if (!result.ok) failures.push(result.msg);
    sheets.push({ name: ws.name, grid, table: result.ok ? result.table : null });
    worksheets.push(ws);
  }
  const choice = chooseQuotaSheet(sheets, name, fallbackYear);
  if (choice.index !== null) {
    const chosen = sheets[choice.index];
    const table = chosen.table as QuotaTable;
    return { ok: true, worksheet: worksheets[choice.index], grid: chosen.grid, table: { ...table, warnings: [...choice.findings, ...table.warnings] }, sheets, dated: choice.dated };
  }
  // Say what is wrong as precisely as the file allows: a table the clerk hid, or the one sheet's own problem.
  const hiddenTable = workbook.worksheets.find((ws) => isHidden(ws) && readQuotaTable(gridFromWorksheet(ws)).ok);
  if (hiddenTable) return { ok: false, msg: { key: "reader.table-on-hidden-sheet", params: { sheet: hiddenTable.name } } };
  if (failures.length === 1) return { ok: false, msg: failures[0] };
  return { ok: false, msg: { key: "reader.no-table-in-file" } };
}
