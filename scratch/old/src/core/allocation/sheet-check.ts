// The sheet's own allocation checked: units' typed targets that do not add up to the total row, and a daily
// column that does not add up to the whole's daily target. The warning says by how much and offers the
// allocation that does (largest remainder over the units' own targets), naming only the units that change.
import type { Finding, QuotaTable, Rounding, UnitRow } from "../types";
import { cellAddress } from "../address";
import { dailyTarget } from "../progress";
import { allocateLargestRemainder } from "./largest-remainder";

/** Units named in one warning at most; the allocation command writes the whole table. */
const OFFER_LIMIT = 12;

/** "An Đông 236 → 235; Hồng Thái 93 → 92": only what changes, so the clerk retypes a few cells. */
function offerText(units: UnitRow[], typed: number[], parts: number[]): string {
  const changes = units.flatMap((u, i) => (typed[i] === parts[i] ? [] : [`${u.name} ${typed[i]} → ${parts[i]}`]));
  const shown = changes.slice(0, OFFER_LIMIT).join("; ");
  return changes.length > OFFER_LIMIT ? `${shown}; … (+${changes.length - OFFER_LIMIT})` : shown;
}

function figures(units: UnitRow[], id: string, role: "target" | "daily"): number[] | null {
  const out: number[] = [];
  for (const u of units) {
    const v = u.values[id]?.[role];
    if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) return null;
    out.push(v);
  }
  return out;
}

export function allocationOffers(table: QuotaTable, days: number | null, rounding: Rounding = "half-up"): Finding[] {
  const out: Finding[] = [];
  const total = table.totals[0];
  const units = table.units;
  if (units.length < 2) return out;
  for (const m of table.measures) {
    const targetCol = m.columns.target;
    const typedTotal = total?.values[m.id]?.target;
    const checksTotal = targetCol !== undefined && typeof typedTotal === "number" && Number.isSafeInteger(typedTotal) && typedTotal >= 0;
    // Neither a typed total nor a daily column: nothing to check, so the units' figures are not gathered.
    if (!checksTotal && m.columns.daily === undefined) continue;
    const targets = figures(units, m.id, "target");
    if (targets && checksTotal) {
      const sum = targets.reduce((s, x) => s + x, 0);
      const given = sum !== typedTotal ? allocateLargestRemainder(typedTotal, targets) : null;
      if (given?.ok) {
        const cell = cellAddress(total.row, targetCol as number);
        out.push({ code: "allocation-offer", severity: "warning", cell, msg: { key: "alloc.check.targets", params: {
          measure: m.label, sum, typed: typedTotal, difference: sum - typedTotal, cell, offer: offerText(units, targets, given.parts) } } });
      }
    }
    const dailyCol = m.columns.daily;
    const daily = figures(units, m.id, "daily");
    if (!targets || !daily || dailyCol === undefined) continue;
    const typedDaily = total?.values[m.id]?.daily;
    const wholeTarget = typeof typedTotal === "number" ? typedTotal : targets.reduce((s, x) => s + x, 0);
    const expected = days !== null ? dailyTarget(wholeTarget, days, rounding) : typeof typedDaily === "number" ? typedDaily : null;
    const sum = daily.reduce((s, x) => s + x, 0);
    if (expected === null || !Number.isSafeInteger(expected) || sum === expected) continue;
    const given = allocateLargestRemainder(expected, targets);
    if (!given.ok) continue;
    const cell = cellAddress(total ? total.row : units[0].row, dailyCol);
    out.push({ code: "allocation-offer-daily", severity: "warning", cell, msg: { key: "alloc.check.daily", params: {
      measure: m.label, sum, expected, difference: sum - expected, cell, offer: offerText(units, daily, given.parts) } } });
  }
  return out;
}
