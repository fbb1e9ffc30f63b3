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
  for (const [colText, assignment] of Object.entries(roles)) {
    const col = Number(colText);
    for (const m of out) {
      for (const role of Object.keys(m.columns) as Role[]) if (m.columns[role] === col) delete m.columns[role];
    }
    if (!assignment) continue;
    let target = out.find((m) => m.id === assignment.measureId);
    if (!target) {
      target = { id: assignment.measureId, label: labelOf(col), columns: {} };
      out.push(target);
    }
    target.columns[assignment.role] = col;
  }
  return out.filter((m) => Object.keys(m.columns).length > 0);
}
