// `quota-report allocate FILE --total N [--base-col X] [--days N] [--minimum N] [--method proportional] -o OUT.xlsx`: a copy of the
// workbook with a new allocation sheet (STT, Đơn vị, base, target, daily target, total row of SUM formulas).
import { detectCampaignHints } from "../core/analyze";
import { campaignDays } from "../core/campaign";
import { t } from "../core/messages";
import { allocationSheet, planAllocation } from "../core/allocation";
import type { ParsedArgs } from "./options";
import { campaignFromOptions } from "./options";
import { CliFailure, loadQuotaSheet } from "./load";
import { jobFiles, writeSheets } from "./job-files";


function wholeNumber(value: string | undefined, key: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(/[.\s]/g, ""));
  if (!Number.isSafeInteger(n) || n < 0) throw new CliFailure({ key, params: { value } });
  return n;
}

export async function runAllocate(args: ParsedArgs): Promise<number> {
  const o = args.options;
  const { inputs, output } = jobFiles(args);
  if (inputs.length === 0) throw new CliFailure({ key: "reader.cli.missing-file", params: { command: "allocate" } });
  const total = wholeNumber(o.extra.total, "alloc.cli.badTotal");
  if (total === undefined) throw new CliFailure({ key: "alloc.cli.noTotal" });
  const minimum = wholeNumber(o.extra.minimum, "alloc.cli.badMinimum");

  const method = o.extra.method;
  if (method !== undefined && method !== "largest-remainder" && method !== "proportional") throw new CliFailure({ key: "alloc.cli.badMethod", params: { value: method } });
  const found = await loadQuotaSheet(inputs[0], o.sheet);
  // Days: --days, else the sheet's own period ("từ 21/8 đến 29/8" → 9); none → no daily column.
  const days = campaignDays(campaignFromOptions(o, detectCampaignHints(found.grid)));
  const planned = planAllocation(found.table, { total, baseCol: o.extra["base-col"], days, minimum, rounding: o.rounding, method });
  if (!planned.ok) throw new CliFailure(planned.msg);
  const model = allocationSheet(planned.plan, o.lang, found.workbook.worksheets.map((w) => w.name));
  // The clerk's package as it came, plus the allocation sheet: charts, macros and links in it survive the copy.
  const [sheetName] = await writeSheets(found.input.bytes, [model], output);
  const p = planned.plan;
  process.stdout.write(t(o.lang, "alloc.cli.written", { file: output, sheet: sheetName, units: p.rows.length, total: p.total }) + "\n");
  for (const note of p.notes) process.stdout.write(`- ${t(o.lang, note)}\n`);
  return 0;
}
