// Excel → Grid, within Excel's limits: the first batch (the caller's) learns where the table is; the cells then
// come in row slices whose response stays under a byte budget (Excel on the web refuses a response over 5 MB),
// and merged areas in slices small enough for getMergedAreasOrNullObject (which fails above 512 areas), in a
// batch of their own so a failure there costs the merges, never the table. A sheet of a few thousand units
// takes one slice: 1 + 2 syncs whatever its size up to there.
import type { CellValue, Grid, MergeArea, Msg } from "../core/types";
import { msg } from "../core/messages";
import { rangeAddress } from "../core/address";
import { parseArea, parseAreas } from "./a1";
import { ClerkProblem, type Capabilities } from "./requirements";

export type GridSource = "used" | "selection";

/** Leave room under the 5 MB response limit for the rest of a batch. */
export const RESPONSE_BUDGET_BYTES = 4 * 1024 * 1024;
/** A first guess of a cell's cost (value and value type as JSON) before any row has been measured. */
export const FIRST_GUESS_CELL_BYTES = 64;
/** Rows per merged-area slice: 512 areas allow eight merges on every row. */
export const MERGE_SLICE_ROWS = 64;

/** A read queued in the caller's batch; `fetch()` after that batch's sync reads the cells. */
export interface PendingGrid {
  fetch(): Promise<GridRead>;
}

export interface GridRead {
  grid: Grid | null;
  /** What could not be read, said to the clerk (merged cells of a huge sheet). */
  notes: Msg[];
}

const utf8 = new TextEncoder();
const bytesOf = (v: unknown) => utf8.encode(JSON.stringify(v)).length;

/**
 * Queue what locates the table (no sync here): the sheet's name, the used range's or the selection's address,
 * the visible cells. After the caller's sync, fetch() reads the cells in as many syncs as the budget needs.
 */
export function queueGridRead(
  context: Excel.RequestContext,
  source: GridSource,
  caps: Capabilities,
  sheetName?: string,
): PendingGrid {
  // A named sheet (the one saved yesterday) is read even when the report sheet is the active one today.
  const worksheets = context.workbook.worksheets;
  const sheet = sheetName && source === "used" ? worksheets.getItem(sheetName) : worksheets.getActiveWorksheet();
  sheet.load("name");
  const located = locate(context, sheet, source, caps);
  return {
    async fetch(): Promise<GridRead> {
      const address = located.address();
      const area = parseArea(address);
      const values = await readValues(context, sheet, area);
      if (values.length === 1 && values[0].length === 1 && values[0][0] === null) return { grid: null, notes: [] }; // a blank sheet
      const merged = caps.mergedAreas ? await readMerges(context, sheet, area) : { merges: [], notes: [] };
      const visible = located.visible();
      // Before ExcelApi 1.9 hidden rows cannot be found: they are then read as visible.
      const hidden = visible ? hiddenFromVisible(area, visible) : { rows: [], cols: [] };
      const grid: Grid = {
        sheet: sheet.name,
        origin: { row: area.top, col: area.left },
        values,
        merges: merged.merges,
        hiddenRows: hidden.rows,
        hiddenCols: hidden.cols,
      };
      return { grid, notes: merged.notes };
    },
  };
}

interface Located {
  address(): string;
  visible(): MergeArea[] | null;
}

function locate(context: Excel.RequestContext, sheet: Excel.Worksheet, source: GridSource, caps: Capabilities): Located {
  if (source === "selection" && caps.visibleCells) {
    // getSelectedRange throws on a multi-area selection; getSelectedRanges (1.9) says how many areas there are.
    const areas = context.workbook.getSelectedRanges();
    areas.load("address,areaCount");
    const visible = areas.getSpecialCellsOrNullObject("Visible");
    visible.load("address");
    return {
      address() {
        if (areas.areaCount > 1) throw new ClerkProblem(msg("excel.selection.multiArea"));
        return areas.address;
      },
      visible: () => (visible.isNullObject ? [] : parseAreas(visible.address)),
    };
  }
  // getUsedRange, not getUsedRangeOrNullObject: on a blank sheet it gives A1, so the reads hung on it never hang
  // off a null object.
  const range = source === "selection" ? context.workbook.getSelectedRange() : sheet.getUsedRange(true);
  range.load("address");
  const visible = caps.visibleCells ? range.getSpecialCellsOrNullObject("Visible") : null;
  visible?.load("address");
  return {
    address: () => range.address,
    visible: () => (visible ? (visible.isNullObject ? [] : parseAreas(visible.address)) : null),
  };
}

/** Values and value types in row slices, each response under the budget; the slice size follows the rows measured. */
async function readValues(context: Excel.RequestContext, sheet: Excel.Worksheet, area: MergeArea): Promise<CellValue[][]> {
  const width = area.right - area.left + 1;
  const out: CellValue[][] = [];
  let rowBytes = width * FIRST_GUESS_CELL_BYTES;
  for (let top = area.top; top <= area.bottom; ) {
    const rows = Math.max(1, Math.min(area.bottom - top + 1, Math.floor(RESPONSE_BUDGET_BYTES / rowBytes)));
    const slice = sheet.getRange(rangeAddress({ top, left: area.left, bottom: top + rows - 1, right: area.right }));
    slice.load("values,valueTypes");
    await context.sync();
    for (const row of toCellValues(slice.values, slice.valueTypes)) out.push(row);
    // The next slice is sized on the widest rows seen so far, with a margin for longer text further down.
    const measured = (bytesOf(slice.values) + bytesOf(slice.valueTypes)) / rows;
    rowBytes = Math.max(rowBytes, measured * 1.5);
    top += rows;
  }
  return out;
}

/**
 * Merged areas in slices of MERGE_SLICE_ROWS rows, in one batch of their own. A sheet with more than 512 areas in
 * one slice fails that batch: the header rows are then tried alone, and the clerk is told what was not read.
 */
async function readMerges(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  area: MergeArea,
): Promise<{ merges: MergeArea[]; notes: Msg[] }> {
  const attempt = async (bottom: number): Promise<MergeArea[] | null> => {
    const slices: Excel.RangeAreas[] = [];
    for (let top = area.top; top <= bottom; top += MERGE_SLICE_ROWS) {
      const rows = { top, left: area.left, bottom: Math.min(bottom, top + MERGE_SLICE_ROWS - 1), right: area.right };
      const merged = sheet.getRange(rangeAddress(rows)).getMergedAreasOrNullObject();
      merged.load("address");
      slices.push(merged);
    }
    try {
      await context.sync();
    } catch {
      return null;
    }
    // A merge across two slices comes back with each: keep it once.
    const seen = new Map<string, MergeArea>();
    for (const m of slices) if (!m.isNullObject) for (const area of parseAreas(m.address)) seen.set(rangeAddress(area), area);
    return [...seen.values()];
  };
  const all = await attempt(area.bottom);
  if (all) return { merges: all, notes: [] };
  const headerBottom = Math.min(area.bottom, area.top + MERGE_SLICE_ROWS - 1);
  const header = headerBottom < area.bottom ? await attempt(headerBottom) : null;
  return {
    merges: header ?? [],
    notes: [msg("excel.read.mergesSkipped", { rows: header ? String(headerBottom) : String(area.top - 1) })],
  };
}

/**
 * Number formats of the given columns only (the reader needs them to read a rate column's "%"), in one sync.
 * Gives the Grid's numberFormats: rows of the grid, filled in those columns.
 */
export async function readColumnFormats(context: Excel.RequestContext, grid: Grid, columns: number[]): Promise<string[][]> {
  const sheet = context.workbook.worksheets.getItem(grid.sheet);
  const top = grid.origin.row;
  const bottom = top + grid.values.length - 1;
  const ranges = columns.map((col) => {
    const range = sheet.getRange(rangeAddress({ top, left: col, bottom, right: col }));
    range.load("numberFormat");
    return { col, range };
  });
  await context.sync();
  const formats: string[][] = grid.values.map(() => []);
  for (const { col, range } of ranges) {
    (range.numberFormat as string[][]).forEach((row, i) => {
      formats[i][col - grid.origin.col] = row[0];
    });
  }
  return formats;
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
