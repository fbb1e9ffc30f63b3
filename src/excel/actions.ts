// The add-in's actions as Excel round trips. Detect: 1 sync to locate the table, 1 per values slice (one up to a
// few thousand units), 1 for merged cells, 1 for the rate columns' number formats when there are any. Analyse
// and write adds: the custom rules' formulas ride with the first slice, 1 sync for the colours and the report,
// then 1 per cosmetic part of the report (frozen panes, print setup, chart), each allowed to fail alone, and 1 to
// activate the report. The campaign over days adds 1 sync for the day sheets' and the history sheet's cells (more
// only past the budget) and 1 for saving the day's figures, each in a batch of its own.
// Loads are on whole ranges and collections, never per row: the count does not grow with the units until a
// slice passes the response budget.
import type { Campaign, DaySerial, Grid, Lang, Mapping, Msg, Phase, ReadResult, TableAnalysis } from "../core/types";
import { msg } from "../core/messages";
import { formatDate, todaySerial } from "../core/dates";
import { readQuotaTable } from "../core/read";
import { analyzeTable, type AnalysisContext } from "../core/analyze";
import { chooseAsOf } from "../core/as-of";
import { readCampaignHints, usedNotes } from "../core/campaign-hints";
import { buildColourRules } from "../core/colour";
import { chatSummary } from "../core/report/chat-text";
import { measureStillThere } from "../core/report/measures";
import { queueCultureRead } from "./culture";
import { queueGridRead, readColumnFormats, type GridSource } from "./read";
import { capabilities, UnsupportedExcel, type Capabilities } from "./requirements";
import { queueColourPlan, queueRuleScan } from "./colour";
import { withLaterSheetNote } from "../core/workbook";
import { withHistory } from "../core/history/analyze";
import type { Period } from "../core/history/period";
import { queueHistoryRead, saveHistory } from "./history";
import { activateSheet } from "./activate";
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

/** The as-of day decided once the sheet is read (the ribbon's case): `given` wins, then the sheet's data date, then `fallback`. */
export interface AsOfDecision {
  given: DaySerial | null;
  fallback: DaySerial;
}

export interface RunRequest extends TableSource {
  campaign: Campaign;
  /** The day the figures count to (the pane's field), or the rule to decide it from the sheet (chooseAsOf). */
  asOf: DaySerial | AsOfDecision;
  lang: Lang;
  measureId?: string;
  colour: boolean;
  report: boolean;
  now?: Date;
  /** The campaign over days: read the day sheets and the history sheet, save today's figures, a week or phase report. */
  history?: {
    save?: boolean;
    /**
     * A week or phase report; or the rule making it from the as-of day once decided and the plan's phases (the
     * saved campaign's, else the sheet's words): the ribbon's week ends on that day, its phase is the day's.
     * The rule's null (no phase to report) writes nothing and says so.
     */
    period?: Period | ((asOf: DaySerial, phases: readonly Phase[]) => Period | null);
    chartUnitRow?: number | null;
  };
}

export interface RunOutcome {
  ok: true;
  analysis: TableAnalysis;
  chatText: string;
  reportSheet: string | null;
  /** The history sheet written (today's figures saved), when asked. */
  historySheet?: string | null;
  colour: { removed: number; added: number; messages: Msg[] } | null;
  /** Things the clerk should know: merged cells not read, a saved measure gone, a report part skipped. */
  notes: Msg[];
}
export type RunResult = RunOutcome | { ok: false; msg: Msg };

function emptySheet(): ReadResult {
  return { ok: false, msg: msg("pane.error.emptySheet"), diagnostics: [] };
}

function requireRead(caps: Capabilities): void {
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
async function readTable(
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
  // The sheet read is the one asked for; the clerk is told when a later day's sheet exists (issue 9 item 4).
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

/** Read, analyse, then colour the source and/or write the report in one Excel.run (syncs: see the top). */
export async function analyseAndWrite(request: RunRequest, caps = capabilities()): Promise<RunResult> {
  requireRead(caps);
  if (request.colour && !caps.conditionalFormats) throw new UnsupportedExcel(msg("pane.excel.noColours"));
  return Excel.run(async (context): Promise<RunResult> => {
    const pendingGrid = queueGridRead(context, request.source, caps, request.sheet, request.address);
    const pendingCulture = queueCultureRead(context, caps);
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const sourceSheet = request.source === "used" || request.address ? request.sheet ?? null : null;
    const scan = request.colour && caps.conditionalFormats ? queueRuleScan(context, sourceSheet) : null;
    await context.sync();
    // A protected sheet refuses new rules and the whole batch would fail: say so, and still write the report.
    const blocked = scan?.isProtected() ? true : false;
    if (scan && !blocked) scan.queueFormulas(); // sent with the first slice of values
    const sheetNames = sheets.items.map((s) => s.name);
    // The day sheets and the history sheet are located with the first slice too; their cells come after the table's.
    const pendingHistory = request.history ? queueHistoryRead(context, sheetNames) : null;

    const { grid, read, notes } = await readTable(context, pendingGrid, () => pendingCulture.finish().decimalSeparator, request.mapping, () => sheetNames);
    if (!read.ok) return { ok: false, msg: read.msg };
    const { asOf, context: asOfContext } = decideAsOf(request, grid);
    let analysis = analyzeTable(read.table, request.campaign, asOf, asOfContext);
    const gathered = pendingHistory && grid ? await pendingHistory.fetch({ grid, table: read.table }, asOf, request.lang) : null;
    if (gathered) {
      analysis = withHistory(analysis, gathered.records, gathered.typed);
      analysis.warnings.unshift(...gathered.findings);
    }
    const period = decidePeriod(request, asOf, analysis, grid);
    if (period === null) return { ok: false, msg: msg("phase.none", { asOf: formatDate(asOf, request.lang) }) };
    const kept = measureStillThere(read.table, request.measureId);
    if (kept.notice) notes.push(kept.notice);
    const measureId = kept.measureId;

    const plan =
      request.colour && !blocked
        ? buildColourRules(analysis, { lang: request.lang, measureId, grid: grid ?? undefined, today: todaySerial(request.now ?? new Date()) })
        : null;
    const previousRules = scan && plan ? scan.addinRules(plan.marker) : [];

    // Calculation is never suspended: Excel would leave the report's formulas for the add-in to recalculate.
    if (caps.suspendScreenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
    // On the clerk's sheet only the colour rules, on the table's own range (queueColourPlan): the legend is the
    // report's and the pane's, so nothing the clerk typed, sized or set to print can be written over.
    const colour = plan && caps.conditionalFormats
      ? { ...queueColourPlan(context, plan, previousRules), messages: plan.messages.filter((m) => m.key !== "report.colour.legendSkipped") }
      : blocked
        ? { removed: 0, added: 0, messages: [msg("pane.colour.protected", { sheet: read.table.sheet })] }
        : null;
    let reportSheet: string | null = null;
    if (request.report) {
      // The report-writing code loads when first asked for: the pane's first screen does not need it.
      const [{ buildReport }, { queueReport, writeCosmetics }, { analyzePeriod }, { buildPeriodReport }] = await Promise.all([
        import(/* webpackChunkName: "report-writer" */ "../core/report/build"),
        import(/* webpackChunkName: "report-writer" */ "./write"),
        import(/* webpackChunkName: "report-writer" */ "../core/history/period"),
        import(/* webpackChunkName: "report-writer" */ "../core/report/period-report"),
      ]);
      const model = period
        ? buildPeriodReport(analysis, analyzePeriod(analysis, period), { lang: request.lang, measureId, existingSheetNames: sheetNames })
        : buildReport(analysis, {
          lang: request.lang, measureId, now: request.now ?? new Date(), existingSheetNames: sheetNames, chartUnitRow: request.history?.chartUnitRow ?? null,
        });
      reportSheet = await queueReport(context, model, sheetNames, caps);
      await context.sync();
      notes.push(...(await writeCosmetics(context, reportSheet, model, caps)));
    } else if (colour) {
      await context.sync();
    }
    // Today's figures go in the history sheet in a batch of their own, after the report: a refusal there (a
    // protected or changed history sheet) costs the history, never the report, and is said in one line.
    let historySheet: string | null = null;
    if (gathered && request.history?.save) {
      const saved = await saveHistory(context, gathered.snapshot, request.lang, {
        existing: pendingHistory?.existing() ?? null, tableNames: pendingHistory?.tableNames() ?? [],
      }, caps);
      if (saved.ok) historySheet = saved.sheet;
      else if (!request.report) return { ok: false, msg: saved.msg };
      else notes.push(saved.msg);
    }
    // The report is activated last, in a batch of its own: Excel on the web may leave a sheet added and activated
    // in one batch inactive (OfficeDev/office-js#930), and the history save must not take the focus from it.
    if (reportSheet) await activateSheet(context, reportSheet);
    return { ok: true, analysis, chatText: chatSummary(analysis, request.lang, measureId), reportSheet, historySheet, colour, notes };
  });
}

/** The period asked for (undefined: the daily report), made from the decided day when a rule; null: none to report. */
function decidePeriod(request: RunRequest, asOf: DaySerial, analysis: TableAnalysis, grid: Grid | null): Period | null | undefined {
  const asked = request.history?.period;
  if (typeof asked !== "function") return asked;
  const saved = analysis.campaign.phases ?? [];
  const phases = saved.length > 0 || !grid ? saved : readCampaignHints(grid, todaySerial(request.now ?? new Date())).campaign.phases ?? [];
  return asked(asOf, phases);
}

/** The as-of day: as given by the pane, or decided from the sheet's stated data date (chooseAsOf) for the ribbon. */
function decideAsOf(request: RunRequest, grid: Grid | null): { asOf: DaySerial; context: AnalysisContext } {
  if (typeof request.asOf === "number") return { asOf: request.asOf, context: {} };
  const hints = grid ? readCampaignHints(grid, todaySerial(request.now ?? new Date())) : null;
  const chosen = chooseAsOf(request.asOf.given, hints?.dataDate ?? null, request.asOf.fallback);
  // The campaign's period and days come from the saved settings: only the data date's note is the sheet's.
  const notes = hints ? usedNotes(hints, { period: true, days: true, asOf: chosen.source === "given" }) : [];
  return { asOf: chosen.asOf, context: { asOfSource: chosen.source, notes } };
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
