// One run, planned once for every face: the sheet's words (campaign hints) → the as-of day → the analysis → the
// workbook's history → the week or phase asked for → the report model → the colour rules. The pane, the ribbon
// and the command line read the workbook, call planRun, and carry out what it returns (write the sheets, add the
// rules, print the text); none of them decides a domain question itself.
import { analyzeTable } from "../analyze";
import { chooseAsOf } from "../as-of";
import { makeCampaign } from "../campaign";
import { readCampaignHints, usedNotes, type CampaignHints } from "../campaign-hints";
import { buildColourRules } from "../colour";
import { todaySerial } from "../dates";
import type { Gathered } from "../history/gather";
import { withHistory } from "../history/analyze";
import type { Period, PeriodAnalysis } from "../history/period";
import { historySheetModel } from "../history/sheet";
import { forgetHistoryUnitKeys } from "../history/unit-keys";
import { chatSummary } from "../report/chat-text";
import { measureStillThere } from "../report/measures";
import type { ColourPlan, ReportModel } from "../report/model";
import type { Campaign, DaySerial, Finding, Grid, Lang, Msg, Phase, QuotaTable, TableAnalysis } from "../types";
import { unitIndex } from "../units/unit-index";
import { choosePeriod, type PeriodRequest } from "./period-choice";

export interface RunRequest {
  /** The table read from the chosen sheet, and that sheet's cells (for its words and the legend's place). */
  table: QuotaTable;
  grid: Grid | null;
  /** The day a dated sheet's name stands for ("15-9"): the data date when the sheet's words state none. */
  sheetDay?: DaySerial | null;
  /** Every sheet of the workbook, so that a new sheet never takes an existing name. */
  sheetNames: readonly string[];
  /**
   * The campaign the clerk set (options, the pane's fields, the saved settings). With `fromSheet`, the sheet's
   * words fill what was not given (the command line); without, it is the whole campaign (the pane's form was
   * already filled from the sheet) and only the sheet's data date is read.
   */
  campaign: Partial<Campaign>;
  fromSheet: boolean;
  /** The day the clerk gave (wins), and the face's default when neither the clerk nor the sheet gives one. */
  asOf: { given: DaySerial | null; fallback: DaySerial };
  lang: Lang;
  /** The measure to report and colour (a saved one the table no longer has falls back to all, with a note). */
  measureId?: string;
  /** The clerk's clock: today's serial for the colour rules, the time printed on the report. */
  now: Date;
  /** The workbook's history up to the as-of day, once it is decided (gatherHistory over what the face read). */
  history?: (asOf: DaySerial) => Gathered | null | Promise<Gathered | null>;
  /** A week's or a phase's report instead of the day's (its figures come from the history). */
  period?: PeriodRequest;
  /** Make the report sheet; the unit drawn beside the total in the daily report's chart. */
  report?: { chartUnit?: { name: string } | { row: number } };
  /** Make the colour rules for the clerk's sheet (only rules go there: the legend is on the report sheet). */
  colour?: boolean;
}

export interface RunPlan {
  ok: true;
  campaign: Campaign;
  asOf: DaySerial;
  analysis: TableAnalysis;
  /** The measure actually reported (undefined: every measure). */
  measureId?: string;
  /** The plan's phases (the campaign's, else the sheet's words): what a phase picker offers. */
  phases: readonly Phase[];
  period: Period | null;
  periodAnalysis: PeriodAnalysis | null;
  /** The period's own warnings (no earlier figures, a late first day): also among analysis.warnings. */
  periodFindings: Finding[];
  chatText: string;
  /** The report sheet to add, when asked for. */
  report: ReportModel | null;
  colour: ColourPlan | null;
  history: Gathered | null;
  /** The history sheet to write (every day's figures, today's included), when history was gathered. */
  historySheet: ReportModel | null;
  /** What the clerk should know about the run itself (a saved measure gone). */
  notes: Msg[];
}

export type RunPlanResult = RunPlan | { ok: false; msg: Msg };

/** The campaign, the as-of day and the sheet's notes that still apply once the clerk's choices are taken. */
function decideDay(request: RunRequest, hints: CampaignHints | null) {
  const chosen = chooseAsOf(request.asOf.given, hints?.dataDate ?? request.sheetDay ?? null, request.asOf.fallback);
  const given = request.campaign;
  const campaign = makeCampaign(request.fromSheet && hints ? { ...hints.campaign, ...given } : given);
  const asOfGiven = chosen.source === "given";
  const notes = !hints ? [] : request.fromSheet
    ? usedNotes(hints, { period: given.from !== undefined || given.to !== undefined, days: given.nominalDays !== undefined, asOf: asOfGiven })
    : usedNotes(hints, { period: true, days: true, asOf: asOfGiven });
  return { campaign, asOf: chosen.asOf, context: { asOfSource: chosen.source, notes } };
}

/** The chart's unit: a sheet row as given, or the unit named (matched as units are across days). */
function chartUnitRow(analysis: TableAnalysis, unit: { name: string } | { row: number } | undefined): number | null | Msg {
  if (unit === undefined) return null;
  if ("row" in unit) return unit.row;
  // As typed, or without marks when only one unit fits: "Tân Hóa" never picks "Tân Hòa"'s chart.
  const match = unitIndex(analysis.units.map((u) => u.name)).find(unit.name);
  const row = match && "name" in match ? analysis.units.find((u) => u.name === match.name)?.row : undefined;
  if (row !== undefined) return row;
  return { key: "history.cli.unknownUnit", params: { name: unit.name, list: analysis.units.slice(0, 10).map((u) => u.name).join(", ") } };
}

/**
 * The report-writing code, loaded when a run first asks for it (the same chunk the add-in has always split off):
 * the pane's first screen only reads and analyses.
 */
async function reportWriter() {
  const [{ buildReport }, { analyzePeriod }, { buildPeriodReport }] = await Promise.all([
    import(/* webpackChunkName: "report-writer" */ "../report/build"),
    import(/* webpackChunkName: "report-writer" */ "../history/period"),
    import(/* webpackChunkName: "report-writer" */ "../report/period-report"),
  ]);
  return { buildReport, analyzePeriod, buildPeriodReport };
}

export async function planRun(request: RunRequest): Promise<RunPlanResult> {
  const { lang } = request;
  const today = todaySerial(request.now);
  const hints = request.grid ? readCampaignHints(request.grid, today) : null;
  const { campaign, asOf, context } = decideDay(request, hints);
  let analysis = analyzeTable(request.table, campaign, asOf, context);
  const history = request.history ? await request.history(asOf) : null;
  if (history) {
    analysis = withHistory(analysis, history.records, history.typed);
    analysis.warnings.unshift(...history.findings);
  }
  // Gathering and analysing asked for the same units' keys; nothing later in the run does.
  forgetHistoryUnitKeys();
  const notes: Msg[] = [];
  const kept = measureStillThere(request.table, request.measureId);
  if (kept.notice) notes.push(kept.notice);
  const measureId = kept.measureId;
  const phases = campaign.phases?.length ? campaign.phases : hints?.campaign.phases ?? [];

  const choice = request.period ? choosePeriod(request.period, asOf, phases, lang) : null;
  if (choice && !choice.ok) return choice;
  const period = choice ? choice.period : null;
  const writer = period || request.report ? await reportWriter() : null;
  const periodAnalysis = period && writer ? writer.analyzePeriod(analysis, period) : null;
  const periodFindings = periodAnalysis?.findings ?? [];
  analysis.warnings.push(...periodFindings);

  let report: ReportModel | null = null;
  let dayChat: string | null = null;
  if (request.report && writer) {
    const existingSheetNames = [...request.sheetNames];
    if (periodAnalysis) report = writer.buildPeriodReport(analysis, periodAnalysis, { lang, measureId, existingSheetNames });
    else {
      const row = chartUnitRow(analysis, request.report.chartUnit);
      if (row !== null && typeof row === "object") return { ok: false, msg: row };
      report = writer.buildReport(analysis, { lang, measureId, now: request.now, existingSheetNames, chartUnitRow: row });
      // The day's report already holds the day's chat text (the same analysis, language and measure).
      dayChat = report.chatText;
    }
  }
  const colour = request.colour
    ? buildColourRules(analysis, { lang, measureId, grid: request.grid ?? undefined, today })
    : null;
  return {
    ok: true, campaign, asOf, analysis, measureId, phases, period, periodAnalysis, periodFindings,
    chatText: dayChat ?? chatSummary(analysis, lang, measureId), report, colour, history,
    historySheet: history ? historySheetModel(history.snapshot, lang) : null, notes,
  };
}
