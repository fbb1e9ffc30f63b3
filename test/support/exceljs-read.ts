// The previous reader of the command line, kept for tests only: an exceljs worksheet as a SparseSheet. It is the
// independent reader the streaming reader (src/cli/formats) is compared with, and the way tests that build
// their workbooks with exceljs turn a worksheet into the engine's Grid.
import type { Cell, Workbook, Worksheet, CellValue as XlsxValue } from "exceljs";
import type { CellValue, Grid, Mapping, MergeArea } from "../../src/core/types";
import { toDaySerial } from "../../src/core/dates";
import { SparseSheet } from "../../src/core/input/sparse-sheet";
import { findQuotaSheet as findIn, gridOfSheet, readSheet, type FoundSheet, type ReadSheet, type SheetSource } from "../../src/cli/read-xlsx";

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

/** One exceljs value as a Grid value (a formula as its saved result; undefined when none was saved). */
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

function isFormula(v: XlsxValue): boolean {
  return typeof v === "object" && v !== null && !(v instanceof Date) && ("formula" in v || "sharedFormula" in v);
}

/** The sheet's cells that hold something, with formulas kept beside their saved results. */
export function sparseFromWorksheet(ws: Worksheet): SparseSheet {
  const sheet = new SparseSheet(ws.name);
  ws.eachRow((row, r) => {
    if (row.hidden) sheet.hiddenRows.add(r);
    row.eachCell((cell: Cell, c) => {
      // Excel gives a merged area's value only at its top-left cell; exceljs repeats it in every cell.
      if (cell.isMerged && cell.master !== cell) return;
      const v = cell.value;
      if (isFormula(v)) {
        // cell.result, not cell.value.result: exceljs's value copy drops a saved 0, FALSE or "".
        const saved = cell.result as XlsxValue;
        const formula = cell.formula;
        const noResult = saved === undefined || saved === null;
        sheet.set(r, c, { value: noResult ? null : gridValue(saved), formula: formula || undefined, noResult: noResult && !!formula, numberFormat: cell.numFmt });
      } else {
        sheet.set(r, c, { value: gridValue(v), numberFormat: cell.numFmt });
      }
    });
  });
  // Hidden columns: exceljs keeps column definitions only where the file has them.
  const columns = ws.columns ?? [];
  columns.forEach((col, i) => {
    if (col?.hidden) sheet.hiddenCols.add(i + 1);
  });
  for (const range of ws.model.merges ?? []) {
    const m = mergeFromRange(range);
    if (m) sheet.merges.push(m);
  }
  return sheet;
}

/** An exceljs workbook as the finder's source (each sheet read anew at each call, as the finder expects). */
export function exceljsSource(wb: Workbook): { worksheets: (SheetSource & { worksheet: Worksheet })[] } {
  return { worksheets: wb.worksheets.map((ws) => ({ name: ws.name, state: ws.state, worksheet: ws, sparse: () => sparseFromWorksheet(ws) })) };
}

export function readWorksheet(ws: Worksheet): ReadSheet {
  const source = exceljsSource(ws.workbook);
  const own = source.worksheets.find((s) => s.worksheet === ws) ?? { name: ws.name, sparse: () => sparseFromWorksheet(ws) };
  return readSheet(own.sparse(), (name) => source.worksheets.find((s) => s.name.toLowerCase() === name.toLowerCase())?.sparse());
}

export function gridFromWorksheet(ws: Worksheet): Grid {
  const source = exceljsSource(ws.workbook);
  return gridOfSheet(source, source.worksheets.find((s) => s.worksheet === ws) ?? { name: ws.name, sparse: () => sparseFromWorksheet(ws) });
}

export function findQuotaSheet(wb: Workbook, name?: string, mapping?: Mapping, fallbackYear?: number | null): FoundSheet {
  return findIn(exceljsSource(wb), name, mapping, fallbackYear);
}
