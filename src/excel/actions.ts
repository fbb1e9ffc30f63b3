// The add-in's actions as Excel round trips. Detect: 1 sync to locate the table, 1 per values slice (one up to a
// few thousand units), 1 for merged cells, 1 for the rate columns' number formats when there are any. Analyse
// and write adds: the custom rules' formulas ride with the first slice, 1 sync for the colours and the report,
// then 1 per cosmetic part of the report (frozen panes, print setup, chart), each allowed to fail alone, and 1 to
// activate the report. The campaign over days adds 1 sync for the day sheets' and the history sheet's cells (more
// only past the budget) and 1 for saving the day's figures, each in a batch of its own.
// Loads are on whole ranges and collections, never per row: the count does not grow with the units until a
// slice passes the response budget.
import type { Campaign, DaySerial, Grid, Lang, Mapping, Msg, ReadResult, TableAnalysis } from "../core/types";
import { msg } from "../core/messages";
import { readQuotaTable } from "../core/read";
import type { PeriodRequest } from "../core/run/period-choice";
import type { PeriodAnalysis } from "../core/history/period";
import { queueCultureRead } from "./culture";
import { queueGridRead, readColumnFormats, type GridSource } from "./read";
import { capabilities, UnsupportedExcel, type Capabilities } from "./requirements";
import { withLaterSheetNote } from "../core/workbook";
import { rangeAddress } from "../core/address";

export interface TableSource {
  source: GridSource;
  /** Read this sheet's used range instead of the active sheet (the sheet saved yesterday). */
  sheet?: string;
  /** With `sheet`: read this range of it (the table the pane read from a selection), whatever sheet is active. */
  address?: string;
  mapping?: Mapping;
}

export interface Detected {
  grid: Grid | null;
  read: ReadResult;
  sheetNames: string[];
  /** What Excel's limits kept from being read, for the clerk. */
  notes: Msg[];
  /** Where the table was read: what the pane saves so the ribbon reads the same table. */
  readAt: { sheet: string; address: string } | null;
}

/** The sheet and address a grid was read from. */
export function gridAddress(grid: Grid | null): { sheet: string; address: string } | null {
  if (!grid) return null;
  const width = Math.max(1, ...grid.values.map((r) => r.length));
  const area = { top: grid.origin.row, left: grid.origin.col, bottom: grid.origin.row + Math.max(1, grid.values.length) - 1, right: grid.origin.col + width - 1 };
  return { sheet: grid.sheet, address: rangeAddress(area) };
}

/** The as-of day, decided by core once the sheet is read: `given` wins, then the sheet's data date, then `fallback`. */
export interface AsOfDecision {
  given: DaySerial | null;
  fallback: DaySerial;
}

export interface RunRequest extends TableSource {
  campaign: Campaign;
  /** The day the figures count to (the pane's field), or the rule to decide it from the sheet (the ribbon's). */
  asOf: DaySerial | AsOfDecision;
  lang: Lang;
  measureId?: string;
  colour: boolean;
  report: boolean;
  now?: Date;
  /** The campaign over days: read the day sheets and the history sheet, save today's figures, a week or phase report. */
  history?: {
    save?: boolean;
    /** A week or phase report (core decides its days and its name from the as-of day and the plan's phases). */
    period?: PeriodRequest;
    chartUnitRow?: number | null;
  };
}

export interface RunOutcome {
  ok: true;
  analysis: TableAnalysis;
  chatText: string;
  reportSheet: string | null;
  /** The week's or phase's figures when the run wrote that report: the pane draws its picture from them. */
  periodAnalysis?: PeriodAnalysis | null;
  /** The history sheet written (today's figures saved), when asked. */
  historySheet?: string | null;
  colour: { removed: number; added: number; messages: Msg[] } | null;
  /**
   * Things the clerk should know: merged cells not read, a saved measure gone, a report part skipped, and the
   * period's own warnings (no earlier figures, a late first day), as the command line says them.
   */
  notes: Msg[];
}
export type RunResult = RunOutcome | { ok: false; msg: Msg };

function emptySheet(): ReadResult {
  return { ok: false, msg: msg("pane.error.emptySheet"), diagnostics: [] };
}

export function requireRead(caps: Capabilities): void {
  if (!caps.read) throw new UnsupportedExcel(msg("pane.excel.tooOld"));
}

interface TableRead {
  grid: Grid | null;
  read: ReadResult;
  notes: Msg[];
}

/**
 * The table from a located grid: read once without number formats, then, when the table has rate columns, once
 * more with those columns' formats (a rate typed 97 in a "0%" cell means 0.97), loaded for those columns only.
 */
export async function readTable(
  context: Excel.RequestContext,
  pending: { fetch(): Promise<{ grid: Grid | null; notes: Msg[] }> },
  decimalSeparator: () => "," | "." | undefined,
  mapping: Mapping | undefined,
  sheetNames: () => string[],
): Promise<TableRead> {
  const fetched = await pending.fetch();
  const separator = decimalSeparator();
  let grid = fetched.grid && separator ? { ...fetched.grid, decimalSeparator: separator } : fetched.grid;
  if (!grid) return { grid, read: emptySheet(), notes: fetched.notes };
  // The sheet read is the one asked for (the clerk chose it, or the pane saved it); a later day's sheet is only
  // pointed out, never read in its place, since picking another sheet silently would report other figures.
  const readAt = (g: Grid) => withLaterSheetNote(readQuotaTable(g, mapping), sheetNames(), new Date().getFullYear());
  let read = readAt(grid);
  const rateColumns = read.ok ? read.table.measures.flatMap((m) => (m.columns.rate === undefined ? [] : [m.columns.rate])) : [];
  if (rateColumns.length > 0) {
    grid = { ...grid, numberFormats: await readColumnFormats(context, grid, rateColumns) };
    read = readAt(grid);
  }
  return { grid, read, notes: fetched.notes };
}

/** The table as the engine reads it, and the workbook's sheet names. */
export async function detectTable(request: TableSource, caps = capabilities()): Promise<Detected> {
  requireRead(caps);
  return Excel.run(async (context) => {
    const pendingGrid = queueGridRead(context, request.source, caps, request.sheet, request.address);
    const pendingCulture = queueCultureRead(context, caps);
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const sheetNames = sheets.items.map((s) => s.name);
    const table = await readTable(context, pendingGrid, () => pendingCulture.finish().decimalSeparator, request.mapping, () => sheetNames);
    return { ...table, sheetNames, readAt: gridAddress(table.grid) };
  });
}

/**
 * Read, analyse, then colour the source and/or write the report in one Excel.run (syncs: see the top). The
 * analysing and writing code (the run planner, colours, the campaign over days, the chat summary) loads when
 * first asked for: the pane's first screen does not need it.
 */
export async function analyseAndWrite(request: RunRequest, caps = capabilities()): Promise<RunResult> {
  requireRead(caps);
  if (request.colour && !caps.conditionalFormats) throw new UnsupportedExcel(msg("pane.excel.noColours"));
  const { analyseAndWriteLoaded } = await import(/* webpackChunkName: "analyse-write" */ "./analyse-and-write");
  return analyseAndWriteLoaded(request, caps);
}

/** Select a cell the pane points at (a warning's address) on the table's sheet. */
export async function selectCell(sheet: string, address: string): Promise<void> {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    await context.sync();
  });
}
