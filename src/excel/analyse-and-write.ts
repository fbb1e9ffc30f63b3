// analyseAndWrite's body, in a chunk of its own: the run planner, the colour rules, the campaign over days and the
// chat summary load when the clerk first asks for a report or colours, not with the pane's first screen.
// actions.ts checks what Excel can do, then loads this.
import { msg } from "../core/messages";
import { planRun } from "../core/run/plan";
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
    const now = request.now ?? new Date();
    // Every domain decision (as-of day, history, period and its name, report model, colour rules) is core's, as
    // on the command line; this face reads the workbook and carries out the plan.
    const planned = await planRun({
      table: read.table, grid, sheetNames, campaign: request.campaign, fromSheet: false,
      asOf: typeof request.asOf === "number" ? { given: request.asOf, fallback: request.asOf } : request.asOf,
      lang: request.lang, measureId: request.measureId, now,
      history: pendingHistory && grid ? (day) => pendingHistory.fetch({ grid, table: read.table }, day, request.lang) : undefined,
      period: request.history?.period,
      report: request.report ? { chartUnit: chartUnit(request.history?.chartUnitRow) } : undefined,
      colour: !!request.colour && !blocked,
    });
    if (!planned.ok) return { ok: false, msg: planned.msg };
    const { analysis, history: gathered } = planned;
    const plan = caps.conditionalFormats ? planned.colour : null;
    notes.push(...planned.notes, ...planned.periodFindings.map((f) => f.msg));
    const previousRules = scan && plan ? scan.addinRules(plan.marker) : [];

    // Calculation is never suspended: Excel would leave the report's formulas for the add-in to recalculate.
    if (caps.suspendScreenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
    // On the clerk's sheet only the colour rules, on the table's own range (queueColourPlan): the legend is the
    // report's and the pane's, so nothing the clerk typed, sized or set to print can be written over.
    const colour = plan && caps.conditionalFormats
      ? { ...queueColourPlan(context, plan, previousRules), messages: plan.messages }
      : blocked
        ? { removed: 0, added: 0, messages: [msg("pane.colour.protected", { sheet: read.table.sheet })] }
        : null;
    let reportSheet: string | null = null;
    if (planned.report) {
      // The report-writing code loads when first asked for: the pane's first screen does not need it.
      const { queueReport, writeCosmetics } = await import(/* webpackChunkName: "report-writer" */ "./write");
      reportSheet = await queueReport(context, planned.report, sheetNames, caps);
      await context.sync();
      notes.push(...(await writeCosmetics(context, reportSheet, planned.report, caps)));
    } else if (colour) {
      await context.sync();
    }
    // Today's figures go in the history sheet in a batch of their own, after the report: a refusal there (a
    // protected or changed history sheet) costs the history, never the report, and is said in one line.
    let historySheet: string | null = null;
    if (gathered && request.history?.save) {
      const saved = await saveHistory(context, gathered.snapshot, request.lang, {
        existing: pendingHistory?.existing() ?? null, tableNames: pendingHistory?.tableNames() ?? [], withReport: Boolean(request.report),
      }, caps);
      if (saved.ok) historySheet = saved.sheet;
      else if (!request.report) return { ok: false, msg: saved.msg };
      else notes.push(saved.msg);
    }
    // The report is activated last, in a batch of its own: Excel on the web may leave a sheet added and activated
    // in one batch inactive (a known Office.js limitation), and the history save must not take the focus from it.
    if (reportSheet) await activateSheet(context, reportSheet);
    return { ok: true, analysis, chatText: planned.chatText, reportSheet, historySheet, colour, notes, periodAnalysis: planned.periodAnalysis };
  });
}

/** The daily report chart's unit: the sheet row the clerk picked, else core's choice. */
function chartUnit(row: number | null | undefined): { row: number } | undefined {
  return row === null || row === undefined ? undefined : { row };
}
