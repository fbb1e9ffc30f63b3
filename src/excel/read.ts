// Excel → Grid. Everything is queued on whole ranges and read after ONE context.sync(), whatever the size.
import type { CellValue, Grid, MergeArea } from "../core/types";
import { parseArea, parseAreas } from "./a1";
import type { Capabilities } from "./requirements";

export type GridSource = "used" | "selection";

/** A read that has been queued; `finish()` builds the Grid once the caller has synced. */
export interface PendingGrid {
  finish(): Grid | null;
}

/**
 * Queue the loads for the active sheet's used range (or the selection). No sync happens here: the caller
 * batches this with its other loads and calls finish() after its sync. finish() gives null for a blank sheet.
 */
export function queueGridRead(
  context: Excel.RequestContext,
  source: GridSource,
  caps: Capabilities,
  sheetName?: string,
): PendingGrid {
  // A named sheet (the one saved yesterday) is read even when the report sheet is the active one today.
  const worksheets = context.workbook.worksheets;
  const sheet =
    sheetName && source === "used" ? worksheets.getItem(sheetName) : worksheets.getActiveWorksheet();
  sheet.load("name");
  // getUsedRange, not getUsedRangeOrNullObject: on a blank sheet it gives A1, so the merged-area and visible-cell
  // reads queued on it in this same batch never hang off a null object.
  const range = source === "selection" ? context.workbook.getSelectedRange() : sheet.getUsedRange(true);
  range.load("address,values,valueTypes,numberFormat,rowCount,columnCount");
  const merged = caps.mergedAreas ? range.getMergedAreasOrNullObject() : null;
  merged?.load("address");
  const visible = caps.visibleCells ? range.getSpecialCellsOrNullObject("Visible") : null;
  visible?.load("address");

  return {
    finish(): Grid | null {
      const area = parseArea(range.address);
      const values = toCellValues(range.values, range.valueTypes);
      if (values.length === 1 && values[0].length === 1 && values[0][0] === null) return null; // a blank sheet
      const merges: MergeArea[] = merged && !merged.isNullObject ? parseAreas(merged.address) : [];
      // Before ExcelApi 1.9 hidden rows cannot be found in one round trip: they are then read as visible.
      const hidden = visible
        ? hiddenFromVisible(area, visible.isNullObject ? [] : parseAreas(visible.address))
        : { rows: [], cols: [] };
      return {
        sheet: sheet.name,
        origin: { row: area.top, col: area.left },
        values,
        merges,
        hiddenRows: hidden.rows,
        hiddenCols: hidden.cols,
        numberFormats: range.numberFormat as string[][],
      };
    },
  };
}

/** Convert Excel's values + valueTypes: empty → null, errors → { error }, the rest as is. */
export function toCellValues(values: unknown[][], types: string[][] | undefined): CellValue[][] {
  return values.map((row, r) =>
    row.map((v, c) => {
      const type = types?.[r]?.[c];
      if (type === "Empty" || v === "" || v === undefined) return null;
      if (type === "Error") return { error: String(v) };
      if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
      return v === null ? null : String(v);
    }),
  );
}

/** Rows and columns of the area that no visible block covers are hidden (hidden rows span every column). */
export function hiddenFromVisible(area: MergeArea, visibleAreas: MergeArea[]): { rows: number[]; cols: number[] } {
  const visibleRows = new Set<number>();
  const visibleCols = new Set<number>();
  for (const v of visibleAreas) {
    for (let r = Math.max(v.top, area.top); r <= Math.min(v.bottom, area.bottom); r++) visibleRows.add(r);
    for (let c = Math.max(v.left, area.left); c <= Math.min(v.right, area.right); c++) visibleCols.add(c);
  }
  const rows: number[] = [];
  const cols: number[] = [];
  for (let r = area.top; r <= area.bottom; r++) if (!visibleRows.has(r)) rows.push(r);
  for (let c = area.left; c <= area.right; c++) if (!visibleCols.has(c)) cols.push(c);
  return { rows, cols };
}
