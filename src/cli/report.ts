// `quota-report report FILE.xlsx -o OUT.xlsx [analyze options] [--measure ID] [--text]`: a copy of the
// workbook with the colour rules on the quota sheet and a new report sheet; the input is only ever read.
import { t, type MessageKey } from "../core/messages";
import { planRun } from "../core/run/plan";
import type { QuotaTable } from "../core/types";
import { CliFailure, loadQuotaSheet } from "./load";
import type { ParsedArgs } from "./options";
import { mappingFromOptions } from "./options";
import { chooseOutput, filesOf, isSameFile, writeAtomically } from "./output-file";
import { writeReportCopy } from "./xlsx/write-copy";
import { chartUnitFromOptions, periodRequestFromOptions } from "./period-options";
import { runRequestOf } from "./run-request";
import { writeReportPictures } from "./report-picture";
import type { TableAnalysis } from "../core/types";
import type { PeriodAnalysis } from "../core/history/period";

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

function checkMeasure(table: QuotaTable, id: string | undefined): void {
  if (id === undefined || table.measures.some((m) => m.id === id)) return;
  const list = table.measures.map((m) => m.id).join(", ");
  throw new CliFailure({ key: "report.cli.unknownMeasure", params: { id, list } });
}

/**
 * Reads the workbook and has core plan the run (as-of day, history, period, report model, colour rules). A
 * function of its own so that the read workbook (the largest thing in memory at province scale) can be freed
 * before the copy is written.
 */
async function prepare(input: string, o: ParsedArgs["options"], withCopy: boolean) {
  const found = await loadQuotaSheet(input, o.sheet, mappingFromOptions(o));
  checkMeasure(found.table, o.extra.measure);
  const plan = await planRun({
    ...runRequestOf(found, o),
    sheetNames: found.workbook.worksheets.map((w) => w.name),
    measureId: o.extra.measure,
    period: periodRequestFromOptions(o),
    report: withCopy ? { chartUnit: chartUnitFromOptions(o) } : undefined,
    colour: withCopy,
  });
  if (!plan.ok) throw new CliFailure(plan.msg);
  const source = found.worksheet.name;
  // The period's own warnings (no earlier figures, a late first day) are said with the copy's notes.
  const findings = plan.periodFindings.map((f) => f.msg);
  const period = plan.periodAnalysis;
  if (!withCopy || !plan.report || !plan.colour) return { text: plan.chatText, source, findings, sheets: null, colour: null, packageBytes: null, analysis: plan.analysis, period };
  // The day's snapshot goes into the copy's history sheet (once per day and measure, the newest wins; an earlier
  // history sheet of the add-in's is replaced in place); the report comes after it, so it stays the last sheet.
  const sheets = plan.historySheet ? [plan.historySheet, plan.report] : [plan.report];
  // A workbook read from another format (.xls, .ods, .csv) arrives as an .xlsx package in memory; an .xlsx is
  // its own file's bytes.
  return { text: plan.chatText, source, findings, sheets, colour: plan.colour, packageBytes: found.input.bytes, analysis: plan.analysis, period };
}

/** `--image FILE.png`: the report's pictures beside the copy (or alone), and where they went. */
async function writePictures(analysis: TableAnalysis, period: PeriodAnalysis | null, image: string, input: string, o: ParsedArgs["options"]): Promise<void> {
  if (isSameFile(input, image)) throw new CliFailure({ key: "report.cli.sameFile", params: { file: input } });
  let written;
  try {
    written = await writeReportPictures(analysis, image, input, { lang: o.lang, measureId: o.extra.measure, force: o.extra.force === "true", period });
  } catch (e) {
    if (e instanceof CliFailure) throw e;
    throw new CliFailure({ key: "report.cli.cannotWrite", params: { file: image, reason: t(o.lang, writeFailure(e)) } });
  }
  if (written.kept) process.stdout.write(t(o.lang, "picture.cli.keptExisting", { kept: written.kept, file: written.files[0] }) + "\n");
  process.stdout.write(t(o.lang, "picture.cli.written", { files: written.files.join(", ") }) + "\n");
}

export async function runReport(args: ParsedArgs): Promise<number> {
  const o = args.options;
  const textOnly = o.extra.text === "true";
  const { inputs: [input], output } = filesOf(args.positional, o.extra.out);
  if (!input) throw new CliFailure({ key: "reader.cli.missing-file", params: { command: "report" } });
  const image = o.extra.image;
  if (!output && !textOnly && !image) throw new CliFailure({ key: "report.cli.noOutput" });
  if (output && !/\.xls[xm]$/i.test(output)) throw new CliFailure({ key: "report.cli.notXlsx", params: { file: output } });
  if (output && isSameFile(input, output)) throw new CliFailure({ key: "report.cli.sameFile", params: { file: input } });

  const { text, sheets, colour: plan, source, findings, packageBytes, analysis, period } = await prepare(input, o, !!output);
  if (image) await writePictures(analysis, period, image, input, o);
  if (!output || !sheets || !plan || !packageBytes) {
    for (const finding of findings) process.stdout.write(`- ${t(o.lang, finding)}\n`);
    process.stdout.write(text + "\n");
    return 0;
  }
  let copy;
  try {
    copy = await writeReportCopy(packageBytes, { sheets, colour: plan, replaceOwn: sheets.length > 1 ? [sheets[0].sheetName] : [] });
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
  ];
  for (const m of [...plan.messages, ...findings]) notes.push(t(o.lang, m));
  if (!textOnly) {
    process.stdout.write(t(o.lang, "report.cli.written", { file: target.file, sheet: copy.sheetNames[copy.sheetNames.length - 1], rules: coloured.added, source }) + "\n");
    for (const note of notes) process.stdout.write(`- ${note}\n`);
    process.stdout.write("\n");
  }
  process.stdout.write(text + "\n");
  return 0;
}
