// `quota-report analyze FILE.xlsx [options]`: read the quota sheet, compute every unit's progress, print it.
import { analyzeTable } from "../core/analyze";
import type { ParsedArgs } from "./options";
import { campaignFromSheet, mappingFromOptions } from "./options";
import { chosenSheetDay, historyOf } from "./history";
import { withHistory } from "../core/history";
import { analysisJson } from "./analysis-json";
import { analysisText } from "./analysis-text";
import { CliFailure, loadQuotaSheet } from "./load";

export async function runAnalyze(args: ParsedArgs): Promise<number> {
  const o = args.options;
  const file = args.positional[0];
  if (!file) throw new CliFailure({ key: "reader.cli.missing-file", params: { command: "analyze" } });
  const found = await loadQuotaSheet(file, o.sheet, mappingFromOptions(o));
  const { campaign, asOf, context } = campaignFromSheet(o, found.grid, chosenSheetDay(found));
  const history = historyOf(found, o, asOf);
  const analysis = withHistory(analyzeTable(found.table, campaign, asOf, context), history.records, history.typed);
  analysis.warnings.unshift(...history.findings);
  process.stdout.write(o.json ? JSON.stringify(analysisJson(analysis, o.lang), null, 2) + "\n" : analysisText(analysis, o.lang) + "\n");
  return 0;
}
