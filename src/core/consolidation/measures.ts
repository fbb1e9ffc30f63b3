// The measures of the gathered table: each source's measures matched by their identity (subject, group, other
// words: vocabulary/measure-identity.ts), the plan's first so that its headings name the columns. A heading that
// leaves its subject unsaid joins the one measure of the same group that says it; a report's measure the plan
// lacks gets columns of its own and is named, never dropped.
import type { Role } from "../types";
import { compatibleIdentities, measureIdentity, type MeasureIdentity } from "../vocabulary/measure-identity";

/** The roles gathered; rates are worked out again from the gathered counts by the report. */
export const SUMMED: Role[] = ["target", "done", "remaining", "daily"];

export interface ConsolidatedMeasure {
  id: string;
  label: string;
  /** The identity key (vocabulary/measure-identity.ts) shared by every source's heading of this measure. */
  key: string;
  roles: Role[];
}

export interface MeasureSourceView {
  label: string;
  measures: { id: string; label: string; columns: Partial<Record<Role, number>> }[];
}

export interface MeasureMatch {
  measures: ConsolidatedMeasure[];
  /** For each source, its measure id → the gathered measure's id. */
  local: Map<string, string>[];
  /** Report measures the plan does not have (label, source). */
  extra: { label: string; source: string }[];
}

export function matchMeasures(sources: MeasureSourceView[], planCount: number): MeasureMatch {
  const measures: (ConsolidatedMeasure & { identity: MeasureIdentity })[] = [];
  const extra: MeasureMatch["extra"] = [];
  const local = sources.map((s, i) => {
    const ids = new Map<string, string>();
    const used = new Set<string>();
    for (const m of s.measures) {
      const identity = measureIdentity(m.label);
      const open = measures.filter((g) => !used.has(g.id));
      let g = open.find((x) => x.key === identity.key);
      if (!g) {
        const near = open.filter((x) => compatibleIdentities(x.identity, identity));
        if (near.length === 1) g = near[0];
      }
      if (!g) {
        const taken = new Set(measures.map((x) => x.id));
        let id = m.id;
        for (let n = 2; taken.has(id); n++) id = `${m.id}-${n}`;
        const key = measures.some((x) => x.key === identity.key) ? `${identity.key}#${measures.length}` : identity.key;
        g = { id, label: m.label, key, roles: [], identity };
        measures.push(g);
        if (planCount > 0 && i >= planCount) extra.push({ label: m.label, source: s.label });
      }
      used.add(g.id);
      for (const role of SUMMED) if (m.columns[role] !== undefined && !g.roles.includes(role)) g.roles.push(role);
      ids.set(m.id, g.id);
    }
    return ids;
  });
  for (const g of measures) g.roles.sort((a, b) => SUMMED.indexOf(a) - SUMMED.indexOf(b));
  const kept = measures.filter((g) => g.roles.length > 0).map(({ identity: _identity, ...g }) => g);
  return { measures: kept, local, extra };
}
