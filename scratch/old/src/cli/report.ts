// `quota-report report FILE.xlsx -o OUT.xlsx [analyze options] [--measure ID] [--text]`: a copy of the
// workbook with the colour rules on the quota sheet and a new report sheet; the input is only ever read.
import { analyzeTable } from "../core/analyze";
import { buildColourRules } from "../core/colour";
import { todaySerial } from "../core/dates";
import { t, type MessageKey } from "../core/messages";
import { buildReport } from "../core/report/build";
import { chatSummary } from "../core/report/chat-text";
import type { TableAnalysis } from "../core/types";
import { CliFailure, loadQuotaSheet } from "./load";
import type { ParsedArgs } from "./options";
import { campaignFromSheet, mappingFromOptions } from "./options";
import { chooseOutput, filesOf, isSameFile, writeAtomically } from "./output-file";
import { writeReportCopy } from "./xlsx/write-copy";
import { printAreaOf } from "./print-area";
import { chosenSheetDay, historyOf } from "./history";
import { chartUnitRow, periodFromOptions } from "./period-options";
import { withHistory } from "../core/history";
import { analyzePeriod } from "../core/history/period";
import { historySheetModel } from "../core/history/sheet";
import { buildPeriodReport } from "../core/report/period-report";

/** Why a write failed, in the clerk's words (never an errno). */
function writeFailure(e: unknown): MessageKey {
  const code = (e as { code?: string }).code ?? "";
  return WRITE_FAILURES[code] ?? "copy.reason.other";
}

const WRITE_FAILURES: Record<string, MessageKey> = {
  EACCES: "copy.reason.denied", EPERM: "copy.reason.denied", EROFS: "copy.reason.denied", ENOENT: "copy.reason.noFolder",
  ENOTDIR: "copy.reason.noFolder", ENOSPC: "copy.reason.full", EDQUOT: "copy.reason.full", EISDIR: "copy.reason.isFolder", EBUSY: "copy.reason.busy",
};

/** The output's extension must fit the content, or Excel refuses to open the file. */
function checkExtension(output: string, macros: boolean): void {
  const ext = output.toLowerCase().slice(output.lastIndexOf("."));
  if (macros && ext !== ".xlsm") throw new CliFailure({ key: "copy.macroExtension", params: { file: output.replace(/\.[^./\\]*$/, "") + ".xlsm" } });
  if (!macros && ext !== ".xlsx") throw new CliFailure({ key: "copy.outputExtension", params: { file: output } });
}

function checkMeasure(analysis: TableAnalysis, id: string | undefined): void {
  if (id === undefined || analysis.table.measures.some((m) => m.id === id)) return;
  const list = analysis.table.measures.map((m) => m.id).join(", ");
  throw new CliFailure({ key: "report.cli.unknownMeasure", params: { id, list } });
}

/**
 * Reads, computes and builds what the copy needs. A function of its own so that the read workbook (the
 * largest thing in memory at province scale) can be freed before the copy is written.
 */
async function prepare(input: string, o: ParsedArgs["options"], withCopy: boolean) {
  const found = await loadQuotaSheet(input, o.sheet, mappingFromOptions(o));
  const { campaign, asOf, context } = campaignFromSheet(o, found.grid, chosenSheetDay(found));
  const history = historyOf(found, o, asOf);
  const analysis = withHistory(analyzeTable(found.table, campaign, asOf, context), history.records, history.typed);
  analysis.warnings.unshift(...history.findings);
  const period = periodFromOptions(o, analysis);
  const measureId = o.extra.measure;
  checkMeasure(analysis, measureId);
  const text = chatSummary(analysis, o.lang, measureId);
  const source = found.worksheet.name;
  if (!withCopy) return { text, source, sheets: null, plan: null, packageBytes: null };
  const existingSheetNames = found.workbook.worksheets.map((w) => w.name);
  const periodAnalysis = period ? analyzePeriod(analysis, period) : null;
  const model = periodAnalysis
    ? buildPeriodReport(analysis, periodAnalysis, { lang: o.lang, measureId, existingSheetNames })
    : buildReport(analysis, { lang: o.lang, measureId, now: new Date(), existingSheetNames, chartUnitRow: chartUnitRow(analysis, o.extra["chart-unit"]) });
  if (periodAnalysis) analysis.warnings.push(...periodAnalysis.findings);
  const plan = buildColourRules(analysis, { lang: o.lang, measureId, grid: found.grid, today: todaySerial(), printArea: printAreaOf(found.worksheet) });
  // The day's snapshot goes into the copy's history sheet (once per day and measure, the newest wins; an earlier
  // history sheet of the add-in's is replaced in place); the report comes after it, so it stays the last sheet.
  const historySheet = historySheetModel(history.snapshot, o.lang);
  // A workbook read from another format (.xls, .ods, .csv) arrives as an .xlsx package in memory; an .xlsx is
  // its own file's bytes.
  return { text, source, sheets: [historySheet, model], plan, packageBytes: found.input.bytes };
}

export async function runReport(args: ParsedArgs): Promise<number> {
  const o = args.options;
  const textOnly = o.extra.text === "true";
  const { inputs: [input], output } = filesOf(args.positional, o.extra.out);
  if (!input) throw new CliFailure({ key: "reader.cli.missing-file", params: { command: "report" } });
  if (!output && !textOnly) throw new CliFailure({ key: "report.cli.noOutput" });
  if (output && !/\.xls[xm]$/i.test(output)) throw new CliFailure({ key: "report.cli.notXlsx", params: { file: output } });
  if (output && isSameFile(input, output)) throw new CliFailure({ key: "report.cli.sameFile", params: { file: input } });

  const { text, sheets, plan, source, packageBytes } = await prepare(input, o, !!output);
  if (!output || !sheets || !plan || !packageBytes) {
    process.stdout.write(text + "\n");
    return 0;
  }
  let copy;
  try {
    copy = await writeReportCopy(packageBytes, { sheets, colour: plan, replaceOwn: [sheets[0].sheetName] });
  } catch {
    throw new CliFailure({ key: "copy.cannotAdd", params: { file: input } });
  }
  checkExtension(output, copy.macroEnabled);
  const target = chooseOutput(input, output, o.extra.force === "true");
  try {
    writeAtomically(target.file, copy.bytes);
  } catch (e) {
    throw new CliFailure({ key: "report.cli.cannotWrite", params: { file: target.file, reason: t(o.lang, writeFailure(e)) } });
  }
  const coloured = copy.colour ?? { added: 0 };
  const notes = [
    ...(target.kept ? [t(o.lang, "copy.keptExisting", { kept: target.kept, file: target.file })] : []),
    ...copy.warnings.map((m) => t(o.lang, m)),
    ...(copy.colour && plan.legend && !copy.colour.legendWritten ? [t(o.lang, "report.colour.legendSkipped")] : []),
  ];
  for (const m of plan.messages) notes.push(t(o.lang, m));
  if (!textOnly) {
    process.stdout.write(t(o.lang, "report.cli.written", { file: target.file, sheet: copy.sheetNames[copy.sheetNames.length - 1], rules: coloured.added, source }) + "\n");
    for (const note of notes) process.stdout.write(`- ${note}\n`);
    process.stdout.write("\n");
  }
  process.stdout.write(text + "\n");
  return 0;
}
