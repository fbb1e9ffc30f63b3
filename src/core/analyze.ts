// A quota table and a campaign give every unit's progress per measure, the total, and the warnings a clerk
// should see (the reader's and the campaign's).
import type { Campaign, DaySerial, Finding, Progress, QuotaTable, TableAnalysis, UnitProgress, UnitRow } from "./types";
import { campaignDays, daysElapsed, validateCampaign } from "./campaign";
import { dailyTarget, progressFromFigures } from "./progress";
import { rateProgress } from "./rate-progress";
import { cellAddress } from "./address";
import { asOfFindings } from "./as-of";
import type { AsOfSource } from "./as-of";
import { allocationOffers } from "./allocation/sheet-check";

export { detectCampaignHints, readCampaignHints } from "./campaign-hints";

function progressOf(unit: UnitRow, table: QuotaTable, campaign: Campaign, asOf: DaySerial): Record<string, Progress> {
  const values: Record<string, Progress> = {};
  for (const m of table.measures) {
    const v = unit.values[m.id];
    values[m.id] = m.kind === "rate"
      ? rateProgress(v?.target ?? null, v?.done ?? null, v?.targetRate ?? m.targetRate ?? null, campaign.thresholds)
      : progressFromFigures(v?.target ?? null, v?.done ?? null, campaign, asOf);
  }
  return values;
}

/** Target and done summed over the units in one pass (null when no unit has one); fields read by name, which
 * stays fast on 10,000-unit tables where a field chosen by a variable key does not. */
function sumTargetAndDone(units: UnitProgress[], id: string): { target: number | null; done: number | null } {
  let target: number | null = null;
  let done: number | null = null;
  for (const u of units) {
    const p = u.values[id];
    if (p === undefined) continue;
    if (typeof p.target === "number") target = (target ?? 0) + p.target;
    if (typeof p.done === "number") done = (done ?? 0) + p.done;
  }
  return { target, done };
}

/**
 * The share the whole must reach: the one the measure states, else the one every unit has (a row of shares that
 * differ gives the whole none, rather than an average nobody set).
 */
function wholeShare(units: UnitProgress[], id: string, stated: number | undefined): number | null {
  if (stated !== undefined) return stated;
  let share: number | null = null;
  for (const u of units) {
    const s = u.values[id]?.rate?.targetRate;
    if (s === null || s === undefined) continue;
    if (share !== null && Math.abs(share - s) > 1e-12) return null;
    share = s;
  }
  return share;
}

/** The sum over the units (never the sheet's own total row, which the reader checks against this sum). */
function totalOf(table: QuotaTable, units: UnitProgress[], campaign: Campaign, asOf: DaySerial): UnitProgress | null {
  if (table.units.length === 0) return null;
  const values: Record<string, Progress> = {};
  // Summed from the units' own figures, so a value a unit cannot use (negative) is left out of the total too.
  for (const m of table.measures) {
    if (m.kind === "rate") {
      // The whole's share from the summed base and done, never the average of the units' shares.
      let base: number | null = null;
      let done: number | null = null;
      for (const u of units) {
        const r = u.values[m.id];
        if (typeof r?.rate?.base === "number") base = (base ?? 0) + r.rate.base;
        if (typeof r?.done === "number") done = (done ?? 0) + r.done;
      }
      values[m.id] = rateProgress(base, done, wholeShare(units, m.id, m.targetRate), campaign.thresholds);
      continue;
    }
    const { target, done } = sumTargetAndDone(units, m.id);
    values[m.id] = progressFromFigures(target, done, campaign, asOf);
  }
  const name = table.totals[0]?.name ?? "Tổng";
  return { name, row: null, values };
}

/** A daily column typed on the sheet that disagrees with target ÷ days (as the campaign counts them). */
function dailyWarnings(table: QuotaTable, campaign: Campaign, days: number | null): Finding[] {
  // Most sheets have no daily column: then there is nothing to compare, and no row is visited.
  const withDaily = table.measures.filter((m) => m.columns.daily !== undefined);
  if (days === null || withDaily.length === 0) return [];
  const out: Finding[] = [];
  for (const unit of [...table.units, ...table.totals]) {
    for (const m of withDaily) {
      const col = m.columns.daily;
      const v = unit.values[m.id];
      if (col === undefined || !v || v.daily === null || v.target === null) continue;
      const computed = dailyTarget(v.target, days, campaign.rounding);
      if (computed === null || computed === v.daily) continue;
      const cell = cellAddress(unit.row, col);
      out.push({ code: "daily-mismatch", severity: "warning", cell, msg: { key: "reader.daily-mismatch", params: { unit: unit.name, measure: m.label, typed: v.daily, computed, target: v.target, days, cell } } });
    }
  }
  return out;
}

function hasResults(table: QuotaTable): boolean {
  return table.units.some((u) => table.measures.some((m) => typeof u.values[m.id]?.done === "number"));
}

/** What a face knows beside the table: where the as-of date came from, and what the sheet's words gave. */
export interface AnalysisContext {
  asOfSource?: AsOfSource;
  /** Info lines (and guesses) from the sheet's campaign hints. */
  notes?: Finding[];
}

export function analyzeTable(table: QuotaTable, campaign: Campaign, asOf: DaySerial, context: AnalysisContext = {}): TableAnalysis {
  const days = campaignDays(campaign);
  const units: UnitProgress[] = table.units.map((u) => ({ name: u.name, row: u.row, values: progressOf(u, table, campaign, asOf) }));
  // A table of shares only needs neither the campaign's days nor an as-of day: no warning asks for them.
  const daysMatter = table.measures.length === 0 || table.measures.some((m) => m.kind !== "rate");
  const campaignFindings: Finding[] = (daysMatter ? validateCampaign(campaign) : []).map((m) => ({
    code: m.key.replace(/^maths\.campaign\./, "campaign-"),
    severity: "warning",
    msg: m,
    cell: null,
  }));
  return {
    table,
    campaign,
    asOf,
    days,
    elapsed: daysElapsed(campaign, asOf),
    units,
    total: totalOf(table, units, campaign, asOf),
    warnings: [
      // An allocation (no result yet) does not depend on the as-of date: no warning about it.
      ...campaignFindings, ...(hasResults(table) && daysMatter ? asOfFindings(campaign, asOf, context.asOfSource) : []), ...(context.notes ?? []).filter((n) => n.severity === "warning"),
      ...table.warnings, ...dailyWarnings(table, campaign, days), ...allocationOffers(table, days, campaign.rounding),
    ],
    ...(context.notes ? { notes: context.notes.filter((n) => n.severity === "info") } : {}),
    ...(context.asOfSource ? { asOfSource: context.asOfSource } : {}),
  };
}
