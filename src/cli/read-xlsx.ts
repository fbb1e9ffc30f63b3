// A workbook's sheets as the engine's Grids, and the choice of its quota sheet. Any reader that gives a sheet's
// cells as a SparseSheet fits (the command line's streaming reader, src/cli/formats/xlsx-workbook; tests give
// exceljs's): formulas saved without a result are computed (src/core/formula), the Grid is the block around the
// table (src/core/input/block).
import { sameSheetName, sheetNameKey } from "../core/address";
import type { Finding, Grid, Mapping, Msg, QuotaTable } from "../core/types";
import { readQuotaTable } from "../core/read";
import type { SparseSheet } from "../core/input/sparse-sheet";
import { blockGrid } from "../core/input/block";
import { computeMissingResults } from "../core/input/missing-results";
import { formulaFindings } from "../core/input/formula-findings";
import { chooseQuotaSheet, type DatedSheet, type WorkbookSheet } from "../core/workbook";

/** A sheet as the finder needs it: its name, whether the clerk hid it, and its cells (a new SparseSheet each call). */
export interface SheetSource {
  name: string;
  state?: string;
  sparse(): SparseSheet;
}

export interface WorkbookSource<S extends SheetSource = SheetSource> {
  worksheets: S[];
}

/** A sheet read for the engine: its Grid and what the clerk should know about the reading itself. */
export interface ReadSheet {
  grid: Grid;
  findings: Finding[];
}

/**
 * Other sheets by name (case-insensitive, as Excel), read once when a formula first refers to them: a copy of
 * their own, since computing a missing result writes it into the sheet it reads (a sheet's own reading, later,
 * must still find and name the formulas it computes).
 */
function otherSheets(workbook: WorkbookSource): (name: string) => SparseSheet | undefined {
  const cache = new Map<string, SparseSheet>();
  return (name) => {
    const key = sheetNameKey(name);
    if (!cache.has(key)) {
      const ws = workbook.worksheets.find((w) => sheetNameKey(w.name) === key);
      if (!ws) return undefined;
      cache.set(key, ws.sparse());
    }
    return cache.get(key);
  };
}

/** The sheet's Grid; `sheets` gives the other sheets a formula may refer to. */
export function readSheet(sparse: SparseSheet, sheets: (name: string) => SparseSheet | undefined = () => undefined): ReadSheet {
  const formulas = computeMissingResults(sparse, sheets);
  const block = blockGrid(sparse);
  return { grid: block.grid, findings: [...formulaFindings(formulas), ...block.findings] };
}

/** A sheet's Grid, formulas computed against the other sheets of its workbook. */
export function gridOfSheet(workbook: WorkbookSource, sheet: SheetSource): Grid {
  return readSheet(sheet.sparse(), otherSheets(workbook)).grid;
}

const isHidden = (s: SheetSource) => s.state === "hidden" || s.state === "veryHidden";

export type FoundSheet<S extends SheetSource = SheetSource> =
  | { ok: true; worksheet: S; grid: Grid; table: QuotaTable; sheets: WorkbookSheet[]; dated: DatedSheet[] }
  | { ok: false; msg: Msg };

function readOne(sheet: SheetSource, others: (name: string) => SparseSheet | undefined, mapping?: Mapping): { grid: Grid; result: ReturnType<typeof readQuotaTable> } {
  const read = readSheet(sheet.sparse(), others);
  const result = readQuotaTable(read.grid, mapping);
  // What the reading itself found (formulas computed or not, far cells left out) goes with the table's warnings.
  if (result.ok) result.table.warnings.unshift(...read.findings);
  return { grid: read.grid, result };
}

/**
 * The named sheet, or the latest-dated visible sheet holding a quota table (src/core/workbook decides), or the
 * first one when none is dated. Which one was read, and the others seen, is an info line on the table.
 */
export function findQuotaSheet<S extends SheetSource>(workbook: WorkbookSource<S>, name?: string, mapping?: Mapping, fallbackYear: number | null = new Date().getFullYear()): FoundSheet<S> {
  if (name !== undefined && !workbook.worksheets.some((w) => sameSheetName(w.name, name))) return { ok: false, msg: { key: "reader.no-sheet", params: { sheet: name } } };
  const others = otherSheets(workbook);
  const failures: Msg[] = [];
  const sheets: WorkbookSheet[] = [];
  const worksheets: S[] = [];
  for (const ws of workbook.worksheets) {
    const named = name !== undefined && sameSheetName(ws.name, name);
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
