// An exceljs worksheet as the engine's Grid. Only the cells that hold something are visited (a stray value
// at XFD1048576 costs one cell); formulas saved without a result are computed (src/core/formula); the Grid is
// the block around the table (src/core/input/block). Dates arrive as serials, rich text as plain text, errors
// as CellError, merged areas' value at their top-left cell only.
import type { Cell, Workbook, Worksheet, CellValue as XlsxValue } from "exceljs";
import type { CellValue, Finding, Grid, Mapping, MergeArea, Msg, QuotaTable } from "../core/types";
import { toDaySerial } from "../core/dates";
import { readQuotaTable } from "../core/read";
import { SparseSheet } from "../core/input/sparse-sheet";
import { blockGrid } from "../core/input/block";
import { computeMissingResults } from "../core/input/missing-results";
import { formulaFindings } from "../core/input/formula-findings";
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

/** A sheet read for the engine: its Grid and what the clerk should know about the reading itself. */
export interface ReadSheet {
  grid: Grid;
  findings: Finding[];
}

/** The worksheet's Grid; `sheets` gives the other sheets a formula may refer to. */
export function readWorksheet(ws: Worksheet, sheets: (name: string) => SparseSheet | undefined = () => undefined): ReadSheet {
  const sparse = sparseFromWorksheet(ws);
  const formulas = computeMissingResults(sparse, sheets);
  const block = blockGrid(sparse);
  return { grid: block.grid, findings: [...formulaFindings(formulas), ...block.findings] };
}

export function gridFromWorksheet(ws: Worksheet): Grid {
  return readWorksheet(ws, workbookSheets(ws.workbook)).grid;
}

/** Other sheets by name (case-insensitive, as Excel), read once when a formula first refers to them. */
function workbookSheets(wb: Workbook): (name: string) => SparseSheet | undefined {
  const cache = new Map<string, SparseSheet>();
  return (name) => {
    const key = name.toLowerCase();
    if (!cache.has(key)) {
      const ws = wb.worksheets.find((w) => w.name.toLowerCase() === key);
      if (!ws) return undefined;
      cache.set(key, sparseFromWorksheet(ws));
    }
    return cache.get(key);
  };
}

export type FoundSheet =
  | { ok: true; worksheet: Worksheet; grid: Grid; table: QuotaTable; sheets: WorkbookSheet[]; dated: DatedSheet[] }
  | { ok: false; msg: Msg };

function readOne(ws: Worksheet, others: (name: string) => SparseSheet | undefined, mapping?: Mapping): { grid: Grid; result: ReturnType<typeof readQuotaTable> } {
  const read = readWorksheet(ws, others);
  const result = readQuotaTable(read.grid, mapping);
  // What the reading itself found (formulas computed or not, far cells left out) goes with the table's warnings.
  if (result.ok) result.table.warnings.unshift(...read.findings);
  return { grid: read.grid, result };
}

/**
 * The named sheet, or the latest-dated visible sheet holding a quota table (src/core/workbook decides), or the
 * first one when none is dated. Which one was read, and the others seen, is an info line on the table.
 */
export function findQuotaSheet(workbook: Workbook, name?: string, mapping?: Mapping, fallbackYear: number | null = new Date().getFullYear()): FoundSheet {
  if (name !== undefined && !workbook.getWorksheet(name)) return { ok: false, msg: { key: "reader.no-sheet", params: { sheet: name } } };
  const others = workbookSheets(workbook);
  const isHidden = (ws: Worksheet) => ws.state === "hidden" || ws.state === "veryHidden";
  const failures: Msg[] = [];
  const sheets: WorkbookSheet[] = [];
  const worksheets: Worksheet[] = [];
  for (const ws of workbook.worksheets) {
    const named = name !== undefined && ws.name === name;
    if (isHidden(ws) && !named) continue;
    const { grid, result } = readOne(ws, others, mapping);
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
  const hiddenTable = workbook.worksheets.find((ws) => isHidden(ws) && readOne(ws, others).result.ok);
  if (hiddenTable) return { ok: false, msg: { key: "reader.table-on-hidden-sheet", params: { sheet: hiddenTable.name } } };
  if (failures.length === 1) return { ok: false, msg: failures[0] };
  return { ok: false, msg: { key: "reader.no-table-in-file" } };
}
