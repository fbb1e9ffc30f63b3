// analyseAndWrite's body, in a chunk of its own: the engine's analysis, the colour rules, the campaign over days
// and the chat summary load when the clerk first asks for a report or colours, not with the pane's first screen.
// actions.ts checks what Excel can do, then loads this.
import type { DaySerial, Grid, TableAnalysis } from "../core/types";
import { msg } from "../core/messages";
import { formatDate, todaySerial } from "../core/dates";
import { analyzeTable, type AnalysisContext } from "../core/analyze";
import { chooseAsOf } from "../core/as-of";
import { readCampaignHints, usedNotes } from "../core/campaign-hints";
import { buildColourRules } from "../core/colour";
import { chatSummary } from "../core/report/chat-text";
import { measureStillThere } from "../core/report/measures";
import { withHistory } from "../core/history/analyze";
import type { Period } from "../core/history/period";
import { queueCultureRead } from "./culture";
import { queueGridRead } from "./read";
import type { Capabilities } from "./requirements";
import { queueColourPlan, queueRuleScan } from "./colour";
import { queueHistoryRead, saveHistory } from "./history";
import { activateSheet } from "./activate";
import { readTable, type RunRequest, type RunResult } from "./actions";

/** Read, analyse, then colour the source and/or write the report in one Excel.run (syncs: see actions.ts). */
export async function analyseAndWriteLoaded(request: RunRequest, caps: Capabilities): Promise<RunResult> {
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
