// `quota-report report FILE.xlsx -o OUT.xlsx [analyze options] [--measure ID] [--text]`: a copy of the
// workbook with the colour rules on the quota sheet and a new report sheet; the input is only ever read.
import * as fs from "fs";
import * as path from "path";
import { analyzeTable } from "../core/analyze";
import { buildColourRules } from "../core/colour";
import { todaySerial } from "../core/dates";
import { t } from "../core/messages";
import { buildReport } from "../core/report/build";
import { chatSummary } from "../core/report/chat-text";
import type { TableAnalysis } from "../core/types";
import { CliFailure, loadQuotaSheet } from "./load";
import type { ParsedArgs } from "./options";
import { campaignFromSheet } from "./options";
import { applyColourPlan, writeReportSheet } from "./write-xlsx";
import { printAreaOf } from "./print-area";
import { chosenSheetDay, historyOf, writeHistorySheet } from "./history";
import { chartUnitRow, periodFromOptions, PERIOD_FLAGS, PERIOD_VALUE_OPTIONS } from "./period-options";
import { withHistory } from "../core/history";
import { analyzePeriod } from "../core/history/period";
import { buildPeriodReport } from "../core/report/period-report";

/** What `report` adds to the shared options (main.ts registers it). */
export const reportOptions = { values: ["out", "measure", ...PERIOD_VALUE_OPTIONS], flags: ["text", ...PERIOD_FLAGS] };

/** The input and output files: "-o OUT" (the shared parser leaves single-dash words positional) or --out. */
function files(args: ParsedArgs): { input: string | undefined; output: string | undefined } {
  const rest = [...args.positional];
  let output = args.options.extra.out;
  const o = rest.indexOf("-o");
  if (o >= 0) {
    output = rest[o + 1];
    rest.splice(o, 2);
  }
  return { input: rest[0], output };
}

function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

function checkMeasure(analysis: TableAnalysis, id: string | undefined): void {
  if (id === undefined || analysis.table.measures.some((m) => m.id === id)) return;
  const list = analysis.table.measures.map((m) => m.id).join(", ");
  throw new CliFailure({ key: "report.cli.unknownMeasure", params: { id, list } });
}

export async function runReport(args: ParsedArgs): Promise<number> {
  const o = args.options;
  const textOnly = o.extra.text === "true";
  const { input, output } = files(args);
  if (!input) throw new CliFailure({ key: "reader.cli.missing-file", params: { command: "report" } });
  if (!output && !textOnly) throw new CliFailure({ key: "report.cli.noOutput" });
  if (output && !/\.xlsx$/i.test(output)) throw new CliFailure({ key: "report.cli.notXlsx", params: { file: output } });
  if (output && samePath(input, output)) throw new CliFailure({ key: "report.cli.sameFile", params: { file: input } });

  const found = await loadQuotaSheet(input, o.sheet);
  const { campaign, asOf, context } = campaignFromSheet(o, found.grid, chosenSheetDay(found));
  const history = historyOf(found, o, asOf);
  const analysis = withHistory(analyzeTable(found.table, campaign, asOf, context), history.records, history.typed);
  analysis.warnings.unshift(...history.findings);
  const period = periodFromOptions(o, analysis);
  const measureId = o.extra.measure;
  checkMeasure(analysis, measureId);
  const text = chatSummary(analysis, o.lang, measureId);
  if (!output) {
    process.stdout.write(text + "\n");
    return 0;
  }

  const existingSheetNames = found.workbook.worksheets.map((w) => w.name);
  const periodAnalysis = period ? analyzePeriod(analysis, period) : null;
  const model = periodAnalysis
    ? buildPeriodReport(analysis, periodAnalysis, { lang: o.lang, measureId, existingSheetNames })
    : buildReport(analysis, { lang: o.lang, measureId, now: new Date(), existingSheetNames, chartUnitRow: chartUnitRow(analysis, o.extra["chart-unit"]) });
  if (periodAnalysis) analysis.warnings.push(...periodAnalysis.findings);
  const plan = buildColourRules(analysis, { lang: o.lang, measureId, grid: found.grid, today: todaySerial(), printArea: printAreaOf(found.worksheet) });
  const coloured = applyColourPlan(found.worksheet, plan);
  // The day's snapshot goes into the copy's history sheet (once per day and measure, the newest wins); the
  // report is added after it, so it stays the last sheet.
  writeHistorySheet(found.workbook, history.snapshot, o.lang);
  writeReportSheet(found.workbook, model);
  try {
    await found.workbook.xlsx.writeFile(output);
  } catch (e) {
    const reason = e instanceof Error ? e.message.split("\n")[0] : String(e);
    throw new CliFailure({ key: "report.cli.cannotWrite", params: { file: output, reason } });
  }
  const notes = plan.messages.map((m) => t(o.lang, m));
  if (!textOnly) {
    process.stdout.write(t(o.lang, "report.cli.written", { file: output, sheet: model.sheetName, rules: coloured.added, source: found.worksheet.name }) + "\n");
    for (const note of notes) process.stdout.write(`- ${note}\n`);
    process.stdout.write("\n");
  }
  process.stdout.write(text + "\n");
  return 0;
}
