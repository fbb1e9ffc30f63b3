// `quota-report analyze FILE.xlsx [options]`: read the quota sheet, compute every unit's progress, print it.
// The run (as-of day, campaign, history) is planned by core, as for the report and the add-in.
import { planRun } from "../core/run/plan";
import type { ParsedArgs } from "./options";
import { mappingFromOptions } from "./options";
import { analysisJson } from "./analysis-json";
import { analysisText } from "./analysis-text";
import { CliFailure, loadQuotaSheet } from "./load";
import { runRequestOf } from "./run-request";

export async function runAnalyze(args: ParsedArgs): Promise<number> {
  const o = args.options;
  const file = args.positional[0];
  if (!file) throw new CliFailure({ key: "reader.cli.missing-file", params: { command: "analyze" } });
  const found = await loadQuotaSheet(file, o.sheet, mappingFromOptions(o));
  const plan = await planRun(runRequestOf(found, o));
  if (!plan.ok) throw new CliFailure(plan.msg);
  const { analysis } = plan;
  process.stdout.write(o.json ? JSON.stringify(analysisJson(analysis, o.lang), null, 2) + "\n" : analysisText(analysis, o.lang) + "\n");
  return 0;
}
