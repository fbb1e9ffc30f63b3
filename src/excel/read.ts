// Excel → Grid, within Excel's limits: the first batch (the caller's) learns where the table is; the cells then
// come in row slices whose response stays under a byte budget (Excel on the web refuses a response over 5 MB),
// and merged areas in slices small enough for getMergedAreasOrNullObject (which fails above 512 areas), in a
// batch of their own so a failure there costs the merges, never the table. A sheet of a few thousand units
// takes one slice: 1 + 2 syncs whatever its size up to there.
import type { CellValue, Grid, MergeArea, Msg } from "../core/types";
import { msg } from "../core/messages";
import { cellAddress, rangeAddress } from "../core/address";
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
  address?: string,
): PendingGrid {
  // A named sheet (the one saved yesterday) is read even when the report sheet is the active one today; with an
  // address, that range of it (the table the pane read from a selection).
  const worksheets = context.workbook.worksheets;
  const named = sheetName && (source === "used" || address);
  const sheet = named ? worksheets.getItem(sheetName) : worksheets.getActiveWorksheet();
  sheet.load("name");
  const plan: GridPlan = { context, sheet, caps, located: locate(context, sheet, source, caps, named ? address : undefined) };
  const pending: PendingGrid = { fetch: () => fetchOne(plan) };
  plans.set(pending, plan);
  return pending;
}

/** What a queued read needs once its batch is synced. */
interface GridPlan {
  context: Excel.RequestContext;
  sheet: Excel.Worksheet;
  caps: Capabilities;
  located: Located;
}

const plans = new WeakMap<PendingGrid, GridPlan>();

const isBlank = (values: CellValue[][]) => values.length === 1 && values[0].length === 1 && values[0][0] === null;

async function fetchOne(plan: GridPlan): Promise<GridRead> {
  const { area, notes } = plan.located.area();
  const values = await readValues(plan.context, plan.sheet, area);
  if (isBlank(values)) return { grid: null, notes: [] }; // a blank sheet
  const merged = plan.caps.mergedAreas ? await readMerges(plan.context, plan.sheet, area) : { merges: [], notes: [] };
  return { grid: assemble(plan, area, values, merged.merges), notes: [...notes, ...merged.notes] };
}

function assemble(plan: GridPlan, area: MergeArea, values: CellValue[][], merges: MergeArea[]): Grid {
  const visible = plan.located.visible();
  // Before ExcelApi 1.9 hidden rows cannot be found: they are then read as visible.
  const hidden = visible ? hiddenFromVisible(area, visible) : { rows: [], cols: [] };
  return {
    sheet: plan.sheet.name,
    origin: { row: area.top, col: area.left },
    values,
    merges,
    hiddenRows: hidden.rows,
    hiddenCols: hidden.cols,
  };
}

/**
 * Several grids queued in one batch (the sheets of a consolidation): every grid's cells in one sync, then every
 * grid's merged areas in one more, so the syncs do not grow with the number of sheets. When the cells would pass
 * the response budget at the first guess of a cell's size, or Excel refuses the shared batch, the grids are read
 * one after the other as fetch() does. Results in the order given.
 */
export async function fetchGrids(pendings: PendingGrid[]): Promise<GridRead[]> {
  const list = pendings.map((p) => plans.get(p));
  if (list.length === 0 || list.some((p) => p === undefined)) return Promise.all(pendings.map((p) => p.fetch()));
  const queued = list as GridPlan[];
  const oneByOne = async () => {
    const out: GridRead[] = [];
    for (const p of queued) out.push(await fetchOne(p));
    return out;
  };
  const context = queued[0].context;
  const located = queued.map((p) => p.located.area());
  const areas = located.map((l) => l.area);
  const guess = areas.reduce((sum, a) => sum + (a.bottom - a.top + 1) * (a.right - a.left + 1) * FIRST_GUESS_CELL_BYTES, 0);
  if (guess > RESPONSE_BUDGET_BYTES) return oneByOne();
  const ranges = queued.map((p, i) => {
    const range = p.sheet.getRange(rangeAddress(areas[i]));
    range.load("values,valueTypes");
    return range;
  });
  try {
    await context.sync();
  } catch {
    return oneByOne();
  }
  const values = ranges.map((r) => toCellValues(r.values, r.valueTypes));
  const merging = queued.map((p, i) => (p.caps.mergedAreas && !isBlank(values[i]) ? queueMergeSlices(p.sheet, areas[i], areas[i].bottom) : null));
  let together = true;
  if (merging.some((m) => m !== null)) {
    try {
      await context.sync();
    } catch {
      together = false; // each grid's merges again on its own, with readMerges' own fallback to the header rows
    }
  }
  const out: GridRead[] = [];
  for (const [i, p] of queued.entries()) {
    if (isBlank(values[i])) {
      out.push({ grid: null, notes: [] });
      continue;
    }
    const collect = merging[i];
    const merged = p.caps.mergedAreas
      ? together && collect ? { merges: collect(), notes: [] } : await readMerges(context, p.sheet, areas[i])
      : { merges: [], notes: [] };
    out.push({ grid: assemble(p, areas[i], values[i], merged.merges), notes: [...located[i].notes, ...merged.notes] });
  }
  return out;
}

interface Located {
  /** The area to read (clipped to Excel's used cells and to READ_CAP), and what the clipping cost, for the clerk. */
  area(): { area: MergeArea; notes: Msg[] };
  visible(): MergeArea[] | null;
}

/**
 * The most the add-in reads of one sheet. A stray value far down or right (XFD1048576) stretches the used range to
 * the sheet's edge: without a cap the read asks for a million rows and sixteen thousand merged-area slices in one
 * batch, past the 5 MB request limit, and desktop Excel restarts an add-in that stops answering. The longest quota
 * table is the country's communes (10,599 before the 2025 merger, 3,321 after), the widest a few dozen measure
 * columns; beyond the cap the clerk is told what was read and where the far cell is.
 */
export const READ_CAP = { rows: 15_000, cols: 100 } as const;

/** The area clipped to `within` (the used range) and to READ_CAP from its top-left; notes say what was left out. */
export function clipArea(area: MergeArea, within: MergeArea | null): { area: MergeArea; notes: Msg[] } | null {
  const a = within
    ? { top: Math.max(area.top, within.top), left: Math.max(area.left, within.left), bottom: Math.min(area.bottom, within.bottom), right: Math.min(area.right, within.right) }
    : { ...area };
  if (a.top > a.bottom || a.left > a.right) return null;
  const capped = { ...a, bottom: Math.min(a.bottom, a.top + READ_CAP.rows - 1), right: Math.min(a.right, a.left + READ_CAP.cols - 1) };
  const notes = capped.bottom < a.bottom || capped.right < a.right
    ? [msg("excel.read.capped", { read: rangeAddress(capped), far: cellAddress(a.bottom, a.right) })]
    : [];
  return { area: capped, notes };
}

function locate(context: Excel.RequestContext, sheet: Excel.Worksheet, source: GridSource, caps: Capabilities, address?: string): Located {
  // A whole-column selection (A:H) is clipped to the cells in use, as a saved table's address is.
  const used = sheet.getUsedRange(true);
  used.load("address");
  const clipped = (text: string) => clipArea(parseArea(text), parseArea(used.address)) ?? { area: parseArea(used.address), notes: [] };
  if (address) {
    // The table the pane read (its sheet and address), whatever sheet is active now.
    const range = sheet.getRange(address);
    const visible = caps.visibleCells ? range.getSpecialCellsOrNullObject("Visible") : null;
    visible?.load("address");
    return {
      area: () => clipped(address),
      visible: () => (visible ? (visible.isNullObject ? [] : parseAreas(visible.address)) : null),
    };
  }
  if (source === "selection" && caps.visibleCells) {
    // getSelectedRange throws on a multi-area selection; getSelectedRanges (1.9) says how many areas there are.
    const areas = context.workbook.getSelectedRanges();
    areas.load("address,areaCount");
    const visible = areas.getSpecialCellsOrNullObject("Visible");
    visible.load("address");
    return {
      area() {
        if (areas.areaCount > 1) throw new ClerkProblem(msg("excel.selection.multiArea"));
        return clipped(areas.address);
      },
      visible: () => (visible.isNullObject ? [] : parseAreas(visible.address)),
    };
  }
  // getUsedRange, not getUsedRangeOrNullObject: on a blank sheet it gives A1, so the reads hung on it never hang
  // off a null object.
  const range = source === "selection" ? context.workbook.getSelectedRange() : used;
  range.load("address");
  const visible = caps.visibleCells ? range.getSpecialCellsOrNullObject("Visible") : null;
  visible?.load("address");
  return {
    area: () => clipped(range.address),
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
    const collect = queueMergeSlices(sheet, area, bottom);
    try {
      await context.sync();
    } catch {
      return null;
    }
    return collect();
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

/** Queue the merged areas of the area's rows down to `bottom`, in slices; after the sync, collect() gives them once each. */
function queueMergeSlices(sheet: Excel.Worksheet, area: MergeArea, bottom: number): () => MergeArea[] {
  const slices: Excel.RangeAreas[] = [];
  for (let top = area.top; top <= bottom; top += MERGE_SLICE_ROWS) {
    const rows = { top, left: area.left, bottom: Math.min(bottom, top + MERGE_SLICE_ROWS - 1), right: area.right };
    const merged = sheet.getRange(rangeAddress(rows)).getMergedAreasOrNullObject();
    merged.load("address");
    slices.push(merged);
  }
  return () => {
    // A merge across two slices comes back with each: keep it once.
    const seen = new Map<string, MergeArea>();
    for (const m of slices) if (!m.isNullObject) for (const found of parseAreas(m.address)) seen.set(rangeAddress(found), found);
    return [...seen.values()];
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

/**
 * Excel's values in the engine's terms: Office.js gives an empty cell as "" and an error as its text ("#N/A"),
 * which only valueTypes tells from the same text typed by the clerk.
 */
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
