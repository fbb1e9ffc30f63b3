// An allocation plan from a quota table: the base column picked (by letter, measure id or detection), the
// total given out over the units' base figures by largest remainder, and each unit's daily target so that
// they add up to the total's daily target. Pure data: the sheet (sheet.ts) and every face render it.
import type { Msg, QuotaTable, Role, Rounding } from "../types";
import { columnLetters, columnNumber } from "../address";
import { ROLES } from "../types";
import { allocateLargestRemainder, allocateProportional, AllocationProblem } from "./largest-remainder";
import { dailyTarget } from "../progress";
import { allocateDaily } from "./daily";
import { isWholeMeasure } from "../vocabulary/measure-identity";

export interface AllocationRow {
  name: string;
  /** The unit's row on the source sheet (for messages). */
  sourceRow: number;
  base: number;
  target: number;
  daily: number | null;
  /** Took one of the units left over after the whole parts (of the target). */
  extra: boolean;
  /** Raised to the minimum. */
  raised: boolean;
  /** Its daily target differs from round(target ÷ days) on its own. */
  plainDaily: number | null;
}

export interface AllocationPlan {
  sheet: string;
  baseLabel: string;
  baseCol: number;
  total: number;
  days: number | null;
  minimum: number;
  rows: AllocationRow[];
  /** round(total ÷ days), the figure the daily column adds up to. */
  totalDaily: number | null;
  /** Units without a usable base figure (left out, each named). */
  skipped: { name: string; row: number }[];
  /** What the clerk should read beside the table: the rule, the units with the extra unit, the gaps. */
  notes: Msg[];
}

export type PlanResult = { ok: true; plan: AllocationPlan } | { ok: false; msg: Msg };

export interface PlanOptions {
  total: number;
  /** A column letter ("D"), or a measure id; the first measure with a target when omitted. */
  baseCol?: string;
  days?: number | null;
  minimum?: number;
  rounding?: Rounding;
  /** "largest-remainder" (default: the parts add up) or "proportional" (each part rounded on its own, as most
   *  plans print; the gap to the total is said). */
  method?: "largest-remainder" | "proportional";
}

/** Names in a note, at most `limit` of them, then how many more (a 3,321-unit table stays readable). */
function nameList(names: string[], limit = 20): string {
  const shown = names.slice(0, limit).join(", ");
  return names.length > limit ? `${shown}, … (+${names.length - limit})` : shown;
}

const PROBLEM_KEYS: Record<AllocationProblem, string> = {
  "total-not-whole": "alloc.problem.total",
  "bad-weight": "alloc.problem.weight",
  "no-weight": "alloc.problem.noWeight",
  "minimum-too-high": "alloc.problem.minimum",
};

/** The base column's measure and role: by letter, by measure id, or detected. */
export function findBase(table: QuotaTable, wanted?: string): { measureId: string; role: Role; col: number; label: string } | null {
  const all = table.measures.flatMap((m) => ROLES.filter((r) => m.columns[r] !== undefined).map((role) => ({ m, role, col: m.columns[role] as number })));
  // Detected: the total's target ("Tổng", "Tổng số"), else the first target column, else the first count column
  // ("số công dân chưa cấp" may read as remaining).
  let hit = all.find((x) => x.role === "target" && isWholeMeasure(x.m.label))
    ?? all.find((x) => x.role === "target") ?? all.find((x) => x.role !== "rate" && x.role !== "daily");
  if (wanted !== undefined) {
    const col = columnNumber(wanted);
    hit = col !== null ? all.find((x) => x.col === col) : all.find((x) => x.m.id === wanted && (x.role === "target" || x.role === "done"));
  }
  return hit ? { measureId: hit.m.id, role: hit.role, col: hit.col, label: hit.m.label } : null;
}

export function planAllocation(table: QuotaTable, o: PlanOptions): PlanResult {
  const base = findBase(table, o.baseCol);
  if (!base) {
    const list = table.measures.map((m) => `${m.id} (${Object.values(m.columns).map((c) => columnLetters(c as number)).join(", ")})`).join("; ");
    return { ok: false, msg: { key: "alloc.noBase", params: { wanted: o.baseCol ?? "", list } } };
  }
  const usable = table.units.filter((u) => {
    const v = u.values[base.measureId]?.[base.role];
    return typeof v === "number" && Number.isFinite(v) && v >= 0;
  });
  const skipped = table.units.filter((u) => !usable.includes(u)).map((u) => ({ name: u.name, row: u.row }));
  const weights = usable.map((u) => u.values[base.measureId][base.role] as number);
  const hamilton = allocateLargestRemainder(o.total, weights, { minimum: o.minimum });
  if (!hamilton.ok) return { ok: false, msg: { key: PROBLEM_KEYS[hamilton.problem], params: { total: o.total, minimum: o.minimum ?? 0 } } };
  const proportional = o.method === "proportional";
  const minimum = o.minimum ?? 0;
  const none = weights.map(() => false);
  const given = proportional
    ? { parts: allocateProportional(o.total, weights).map((p, i) => (weights[i] > 0 ? Math.max(p, minimum) : 0)), extra: none, raised: none }
    : hamilton;
  const days = o.days ?? null;
  const daily = days !== null && !proportional ? allocateDaily(given.parts, days, o.rounding) : null;
  const plainDaily = days !== null ? given.parts.map((p) => dailyTarget(p, days, o.rounding)) : null;
  const rows: AllocationRow[] = usable.map((u, i) => ({
    name: u.name,
    sourceRow: u.row,
    base: weights[i],
    target: given.parts[i],
    daily: daily ? daily.parts[i] : plainDaily ? plainDaily[i] : null,
    extra: given.extra[i],
    raised: given.raised[i],
    plainDaily: plainDaily ? plainDaily[i] : null,
  }));
  const notes: Msg[] = [];
  if (proportional) {
    const sum = given.parts.reduce((a, b) => a + b, 0);
    notes.push({ key: "alloc.note.proportional", params: { total: o.total, base: base.label, sum, difference: sum - o.total } });
    if (plainDaily && days !== null) {
      const totalDaily = dailyTarget(o.total, days, o.rounding) ?? 0;
      notes.push({ key: "alloc.note.proportionalDaily", params: { days, sum: plainDaily.reduce<number>((a, b) => a + (b ?? 0), 0), totalDaily } });
    }
  } else notes.push({ key: "alloc.note.rule", params: { total: o.total, base: base.label } });
  const extras = rows.filter((r) => r.extra).map((r) => r.name);
  if (extras.length > 0) notes.push({ key: "alloc.note.extra", params: { count: extras.length, units: nameList(extras) } });
  const raised = rows.filter((r) => r.raised).map((r) => r.name);
  if (raised.length > 0) notes.push({ key: "alloc.note.raised", params: { minimum, units: nameList(raised) } });
  if (daily && days !== null) {
    notes.push({ key: "alloc.note.daily", params: { total: o.total, days, totalDaily: daily.totalDaily } });
    if (daily.changed.length > 0) {
      const list = nameList(daily.changed.map((c) => `${rows[c.index].name} ${c.plain} → ${c.allocated}`));
      notes.push({ key: "alloc.note.dailyChanged", params: { plainSum: daily.plainSum, totalDaily: daily.totalDaily, list } });
    }
  }
  for (const s of skipped) notes.push({ key: "alloc.note.skipped", params: { unit: s.name, row: String(s.row) } });
  return {
    ok: true,
    plan: { sheet: table.sheet, baseLabel: base.label, baseCol: base.col, total: o.total, days, minimum, rows, totalDaily: daily?.totalDaily ?? null, skipped, notes },
  };
}
