// The add-in's actions as Excel round trips: detect (1 sync), analyse + colour + report (3 syncs at most),
// the same count for 10 units or 2,000 (loads are on whole ranges and collections, never per row).
import type { Campaign, DaySerial, Grid, Lang, Mapping, Msg, ReadResult, TableAnalysis } from "../core/types";
import { msg } from "../core/messages";
import { todaySerial } from "../core/dates";
import type { Engine } from "./engine";
import { queueCultureRead } from "./culture";
import { queueGridRead, type GridSource } from "./read";
import { capabilities, UnsupportedExcel, type Capabilities } from "./requirements";
import { queueColourPlan, queueRuleScan } from "./colour";
import { queueReport } from "./write";
import { withLaterSheetNote } from "../core/workbook";
import { withHistory } from "../core/history/analyze";
import { analyzePeriod, type Period } from "../core/history/period";
import { buildPeriodReport } from "../core/report/period-report";
import { queueHistoryRead, queueHistorySheet } from "./history";

export interface TableSource {
  source: GridSource;
  /** Read this sheet's used range instead of the active sheet (the sheet saved yesterday). */
  sheet?: string;
  mapping?: Mapping;
}

export interface Detected {
  grid: Grid | null;
  read: ReadResult;
  sheetNames: string[];
}

export interface RunRequest extends TableSource {
  campaign: Campaign;
  asOf: DaySerial;
  lang: Lang;
  measureId?: string;
  colour: boolean;
  report: boolean;
  now?: Date;
  /** The campaign over days: read the day sheets and the history sheet, save today's figures, a week or phase report. */
  history?: { save?: boolean; period?: Period; chartUnitRow?: number | null };
}

export interface RunOutcome {
  ok: true;
  analysis: TableAnalysis;
  chatText: string;
  reportSheet: string | null;
  /** The history sheet written (today's figures saved), when asked. */
  historySheet?: string | null;
  colour: { removed: number; added: number; messages: Msg[] } | null;
}
export type RunResult = RunOutcome | { ok: false; msg: Msg };

function emptySheet(): ReadResult {
  return { ok: false, msg: msg("pane.error.emptySheet"), diagnostics: [] };
}

function requireRead(caps: Capabilities): void {
  if (!caps.read) throw new UnsupportedExcel(msg("pane.excel.tooOld"));
}

/** One sync: the table as the engine reads it, and the workbook's sheet names. */
export async function detectTable(request: TableSource, engine: Engine, caps = capabilities()): Promise<Detected> {
  requireRead(caps);
  return Excel.run(async (context) => {
    const pendingGrid = queueGridRead(context, request.source, caps, request.sheet);
    const pendingCulture = queueCultureRead(context, caps);
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const grid = withCulture(pendingGrid.finish(), pendingCulture.finish().decimalSeparator);
    const sheetNames = sheets.items.map((s) => s.name);
    // The active sheet is read; the clerk is told when a later day's sheet exists (issue 9 item 4).
    const read = withLaterSheetNote(grid ? engine.readQuotaTable(grid, request.mapping) : emptySheet(), sheetNames, new Date().getFullYear());
    return { grid, read, sheetNames };
  });
}

function withCulture(grid: Grid | null, decimalSeparator: "," | "." | undefined): Grid | null {
  return grid && decimalSeparator ? { ...grid, decimalSeparator } : grid;
}

/**
 * Read, analyse, then colour the source and/or write the report in one Excel.run:
 * sync 1 reads (grid, culture, sheet names, rule list), sync 2 reads the custom rules' formulas (colour only),
 * sync 3 writes everything with calculation and screen updating suspended.
 */
export async function analyseAndWrite(request: RunRequest, engine: Engine, caps = capabilities()): Promise<RunResult> {
  requireRead(caps);
  if (request.colour && !caps.conditionalFormats) throw new UnsupportedExcel(msg("pane.excel.noColours"));
  return Excel.run(async (context): Promise<RunResult> => {
    const pendingGrid = queueGridRead(context, request.source, caps, request.sheet);
    const pendingCulture = queueCultureRead(context, caps);
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const scan = request.colour ? queueRuleScan(context, request.source === "used" ? request.sheet ?? null : null) : null;
    await context.sync();

    const grid = withCulture(pendingGrid.finish(), pendingCulture.finish().decimalSeparator);
    const sheetNames = sheets.items.map((s) => s.name);
    const read = withLaterSheetNote(grid ? engine.readQuotaTable(grid, request.mapping) : emptySheet(), sheetNames, new Date().getFullYear());
    if (!read.ok) return { ok: false, msg: read.msg };
    let analysis = engine.analyzeTable(read.table, request.campaign, request.asOf);
    // The day sheets and the history sheet: one more round trip, shared with the rules' formulas below.
    const pendingHistory = request.history ? queueHistoryRead(context, sheetNames, read.table.sheet) : null;

    // A protected sheet refuses new rules and the whole batch would fail: say so, and still write the report.
    const blocked = scan?.isProtected() ? msg("pane.colour.protected", { sheet: read.table.sheet }) : null;
    let previousRules: Excel.ConditionalFormat[] = [];
    if (scan && !blocked) scan.queueFormulas();
    if ((scan && !blocked) || pendingHistory) await context.sync();
    const gathered = pendingHistory && grid ? pendingHistory.finish(engine, { grid, table: read.table }, request.asOf, request.lang) : null;
    if (gathered) {
      analysis = withHistory(analysis, gathered.records, gathered.typed);
      analysis.warnings.unshift(...gathered.findings);
    }
    const plan =
      request.colour && !blocked
        ? engine.buildColourPlan(analysis, {
            lang: request.lang,
            measureId: request.measureId,
            grid: grid ?? undefined,
            today: todaySerial(request.now ?? new Date()),
          })
        : null;
    if (scan && plan) previousRules = scan.addinRules(plan.marker);

    if (caps.suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
    if (caps.suspendScreenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
    const colour = plan
      ? { ...(await queueColourPlan(context, plan, previousRules)), messages: plan.messages }
      : blocked
        ? { removed: 0, added: 0, messages: [blocked] }
        : null;
    let reportSheet: string | null = null;
    if (request.report) {
      const period = request.history?.period;
      const model = period
        ? buildPeriodReport(analysis, analyzePeriod(analysis, period), { lang: request.lang, measureId: request.measureId, existingSheetNames: sheetNames })
        : engine.buildReport(analysis, {
          lang: request.lang,
          measureId: request.measureId,
          now: request.now ?? new Date(),
          existingSheetNames: sheetNames,
          chartUnitRow: request.history?.chartUnitRow ?? null,
        });
      reportSheet = await queueReport(context, model, sheetNames, caps);
    }
    // A report (or the "Lưu số liệu ngày" button) keeps today's figures in the history sheet.
    const historySheet = gathered && request.history?.save
      ? await queueHistorySheet(context, gathered.snapshot, request.lang, pendingHistory?.existing() ?? null, caps.tableResize === true)
      : null;
    await context.sync();
    return {
      ok: true,
      analysis,
      chatText: engine.chatSummary(analysis, request.lang, request.measureId),
      reportSheet,
      historySheet,
      colour,
    };
  });
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
