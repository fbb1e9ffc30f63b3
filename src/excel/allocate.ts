// "Phân bổ chỉ tiêu" in Excel: read the quota sheet, give out the total over the base column, write the
// allocation table on a new sheet. Syncs whatever the number of units: the read's, one to write, then frozen
// panes and print setup (one each) and the activation.
import type { Lang, Msg } from "../core/types";
import { msg } from "../core/messages";
import { readQuotaTable } from "../core/read";
import { detectCampaignHints } from "../core/analyze";
import { campaignDays, makeCampaign } from "../core/campaign";
import { allocationSheet, planAllocation } from "../core/allocation";
import type { AllocationPlan } from "../core/allocation";
import { queueGridRead } from "./read";
import { capabilities, UnsupportedExcel, type Capabilities } from "./requirements";
import { queueReport, writeCosmetics } from "./write";
import { activateSheet } from "./activate";

export interface AllocateRequest {
  /** The sheet holding the quota table; the active sheet when omitted. */
  sheet?: string;
  total: number;
  /** Column letter of the base, or a measure id; detected when omitted. */
  baseCol?: string;
  /** Days for the daily column; the sheet's own period when omitted; no daily column when neither. */
  days?: number | null;
  minimum?: number;
  lang: Lang;
}

export type AllocateResult = { ok: true; sheetName: string; plan: AllocationPlan; skipped: Msg[] } | { ok: false; msg: Msg };

export async function allocateInExcel(request: AllocateRequest, caps: Capabilities = capabilities()): Promise<AllocateResult> {
  if (!caps.read) throw new UnsupportedExcel(msg("pane.excel.tooOld"));
  return Excel.run(async (context): Promise<AllocateResult> => {
    const pending = queueGridRead(context, "used", caps, request.sheet);
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const { grid } = await pending.fetch();
    if (!grid) return { ok: false, msg: msg("pane.error.emptySheet") };
    const read = readQuotaTable(grid);
    if (!read.ok) return { ok: false, msg: read.msg };
    const days = request.days ?? campaignDays(makeCampaign(detectCampaignHints(grid)));
    const planned = planAllocation(read.table, { total: request.total, baseCol: request.baseCol, days, minimum: request.minimum });
    if (!planned.ok) return planned;
    const names = sheets.items.map((s) => s.name);
    const model = allocationSheet(planned.plan, request.lang, names);
    const sheetName = await queueReport(context, model, names, caps);
    await context.sync();
    // Frozen header and print setup as on every report sheet, each allowed to fail alone (named in `skipped`); then shown.
    const skipped = await writeCosmetics(context, sheetName, model, caps);
    await activateSheet(context, sheetName);
    return { ok: true, sheetName, plan: planned.plan, skipped };
  });
}
