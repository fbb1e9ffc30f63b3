// An explicit mapping (chosen by a clerk in the task pane) overrides what detection decided.
import type { Mapping, Measure, Role } from "../types";
import { slug } from "../text";

type LabelOf = (col: number) => string;

/** Measures from the mapping's own list, labels taken from the header when omitted. */
export function measuresFromMapping(list: NonNullable<Mapping["measures"]>, labelOf: LabelOf): Measure[] {
  const used = new Set<string>();
  return list.map((m, i) => {
    const main = m.columns.target ?? m.columns.done ?? Object.values(m.columns)[0];
    const label = m.label ?? (main !== undefined ? labelOf(main) : `m${i + 1}`);
    let id = m.id ?? (slug(label) || `m${i + 1}`);
    for (let n = 2; used.has(id); n++) id = `${m.id ?? slug(label)}-${n}`;
    used.add(id);
    return { id, label, columns: { ...m.columns } };
  });
}

/** Column roles moved or dropped on top of the measures: a column plays one role in one measure at most. */
export function applyColumnRoles(measures: Measure[], roles: NonNullable<Mapping["columnRoles"]>, labelOf: LabelOf): Measure[] {
  const out = measures.map((m) => ({ ...m, columns: { ...m.columns } }));
  // Which measure held each column before the changes: a role given without a measure stays in it.
  const before = new Map<number, string>();
  for (const m of measures) for (const c of Object.values(m.columns)) before.set(c as number, m.id);
  for (const [colText, assignment] of Object.entries(roles)) {
    const col = Number(colText);
    for (const m of out) {
      for (const role of Object.keys(m.columns) as Role[]) if (m.columns[role] === col) delete m.columns[role];
    }
    if (!assignment) continue;
    const chosen = assignment.measureId === "" ? nearestMeasure(out, col, assignment.role, before) : undefined;
    let target = chosen ?? out.find((m) => m.id === assignment.measureId);
    if (!target) {
      const label = labelOf(col);
      let id = assignment.measureId || slug(label) || `m${out.length + 1}`;
      for (let n = 2; out.some((m) => m.id === id); n++) id = `${assignment.measureId || slug(label) || "m"}-${n}`;
      target = { id, label, columns: {} };
      out.push(target);
    }
    target.columns[assignment.role] = col;
  }
  return out.filter((m) => Object.keys(m.columns).length > 0);
}

/**
 * The measure a column joins when the mapping names its role but no measure (the command line's --role C=done):
 * the one it was read in, if that one has no such role yet; else the nearest measure on its left without it.
 */
function nearestMeasure(measures: Measure[], col: number, role: Role, before: Map<number, string>): Measure | undefined {
  const own = measures.find((m) => m.id === before.get(col));
  if (own && own.columns[role] === undefined && Object.keys(own.columns).length > 0) return own;
  let best: Measure | undefined;
  let bestDistance = Infinity;
  for (const m of measures) {
    if (m.columns[role] !== undefined) continue;
    for (const c of Object.values(m.columns) as number[]) {
      // Left of the column first (a block reads left to right); a measure on its right only when none is left of it.
      const distance = c < col ? col - c : (c - col) * 1000;
      if (distance > 0 && distance < bestDistance) {
        best = m;
        bestDistance = distance;
      }
    }
  }
  return best;
}
