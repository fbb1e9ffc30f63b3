// `quota-report merge FILES… [--map MAPFILE] [--plan PLAN.xlsx] [--province NAME] -o OUT.xlsx`: every sheet holding a table in
// every file, gathered into one district table (a new workbook: the table sheet and its report). Sources are
// only read. Each finding is printed with its source and cell.
import * as path from "path";
import { analyzeTable } from "../core/analyze";
import { t } from "../core/messages";
import { readQuotaTable } from "../core/read";
import { buildReport } from "../core/report/build";
import { consolidate, consolidationSheet, readUnitMapping } from "../core/consolidation";
import type { ConsolidationSource, UnitMapping } from "../core/consolidation";
import type { Lang, Msg } from "../core/types";
import type { ParsedArgs } from "./options";
import { asOfFromOptions, campaignFromOptions } from "./options";
import { CliFailure, loadQuotaSheet, loadWorkbook } from "./load";
import { gridOfSheet } from "./read-xlsx";
import type { XlsxWorkbook } from "./formats/xlsx-workbook";
import { jobFiles, writeSheets } from "./job-files";
import { blankWorkbookPackage } from "./xlsx/blank-package";


/** Every visible sheet with a table; a file with none (or unreadable) is a line for the clerk, not a stop. */
async function sourcesOf(file: string, problems: Msg[], lang: Lang): Promise<ConsolidationSource[]> {
  let workbook: XlsxWorkbook;
  try {
    workbook = (await loadWorkbook(file)).workbook;
  } catch (e) {
    if (e instanceof CliFailure) {
      problems.push(e.msg);
      return [];
    }
    throw e;
  }
  const found: ConsolidationSource[] = [];
  let firstFailure: Msg | null = null;
  for (const ws of workbook.worksheets) {
    if (ws.state === "hidden" || ws.state === "veryHidden") continue;
    const read = readQuotaTable(gridOfSheet(workbook, ws));
    if (read.ok) found.push({ label: path.basename(file), table: read.table });
    else firstFailure = firstFailure ?? read.msg;
  }
  if (found.length > 1) for (const s of found) s.label = `${s.label} › ${s.table.sheet}`;
  if (found.length === 0) problems.push({ key: "merge.cli.noTable", params: { file, reason: firstFailure ? t(lang, firstFailure) : "" } });
  return found;
}

async function mappingOf(file: string | undefined, problems: Msg[]): Promise<UnitMapping | undefined> {
  if (!file) return undefined;
  const { workbook: wb } = await loadWorkbook(file);
  const ws = wb.worksheets.find((w) => w.state !== "hidden" && w.state !== "veryHidden");
  if (!ws) return { entries: [] };
  const read = readUnitMapping(gridOfSheet(wb, ws));
  problems.push(...read.problems);
  return read.mapping;
}

export async function runMerge(args: ParsedArgs): Promise<number> {
  const o = args.options;
  const { inputs, output } = jobFiles(args);
  if (inputs.length === 0) throw new CliFailure({ key: "merge.cli.noFiles" });
  const problems: Msg[] = [];
  const sources: ConsolidationSource[] = [];
  const planFile = o.extra.plan ?? o.extra.units;
  // The plan or the mapping named among the files too (a "*.xlsx" in the same folder) is still itself, not a report.
  const own = new Set([planFile, o.extra.map].filter((f): f is string => f !== undefined).map((f) => path.resolve(f)));
  for (const file of inputs) if (!own.has(path.resolve(file))) sources.push(...(await sourcesOf(file, problems, o.lang)));
  if (sources.length === 0) throw new CliFailure(problems[0] ?? { key: "merge.cli.noFiles" });
  const mapping = await mappingOf(o.extra.map, problems);
  // The plan (--plan, or --units as before): its units, their order and its targets have the say.
  const plan: ConsolidationSource | undefined = planFile ? { label: path.basename(planFile), table: (await loadQuotaSheet(planFile)).table } : undefined;

  const result = consolidate(sources, { plan, mapping, province: o.extra.province });
  const sheet = consolidationSheet(result, o.lang, [], sources.length, plan?.label ?? null);
  const analysis = analyzeTable(sheet.table, campaignFromOptions(o), asOfFromOptions(o));
  const report = buildReport(analysis, { lang: o.lang, now: new Date(), existingSheetNames: [sheet.model.sheetName] });
  await writeSheets(blankWorkbookPackage(), [sheet.model, report], output);

  const lang = o.lang;
  process.stdout.write(t(lang, "merge.cli.written", { file: output, sheet: sheet.model.sheetName, units: result.units.length, sources: sources.length, report: report.sheetName }) + "\n");
  for (const note of result.notes) process.stdout.write(`- ${t(lang, note)}\n`);
  const lines = [...problems.map((m) => t(lang, m)), ...result.findings.filter((f) => f.severity === "warning").map((f) => t(lang, f.msg))];
  if (lines.length > 0) {
    process.stdout.write(t(lang, "merge.cli.findings", { count: lines.length }) + "\n");
    for (const line of lines) process.stdout.write(`- ${line}\n`);
  }
  return 0;
}
