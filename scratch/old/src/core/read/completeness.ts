// Never silently wrong: a table read without any measure that has both a target and a result, or with a
// measure whose figures are all empty, is said, with what was read as what and how to set it right (the pane's
// role dropdown; on the command line --unit-col and --role). A table of targets only is an allocation table.
import type { Finding, Measure, Role, UnitRow } from "../types";
import { columnLetters } from "../address";
import { info, warning } from "./findings";

const RESULT_ROLES: Role[] = ["done", "remaining", "rate"];

/** "C=target, D=done": what was read as what, in the words the --role option takes. */
export function readAs(measures: Measure[]): string {
  const pairs: [number, Role][] = [];
  for (const m of measures) for (const [role, col] of Object.entries(m.columns)) pairs.push([col as number, role as Role]);
  return pairs.sort((a, b) => a[0] - b[0]).map(([col, role]) => `${columnLetters(col)}=${role}`).join(", ");
}

/** A measure can be completed when it has a target (typed, or done + remaining) and a result. */
function hasTargetAndResult(m: Measure): boolean {
  const c = m.columns;
  const target = c.target !== undefined || (c.done !== undefined && c.remaining !== undefined);
  return target && (c.done !== undefined || c.remaining !== undefined);
}

function isAllocationOnly(measures: Measure[]): boolean {
  return measures.every((m) => RESULT_ROLES.every((r) => m.columns[r] === undefined) && m.columns.target !== undefined);
}

/** The column a clerk most likely has to set: the first one read as a result, else the first one. */
function exampleRole(measures: Measure[]): string {
  const all = measures.flatMap((m) => Object.entries(m.columns).map(([role, col]) => ({ role: role as Role, col: col as number })));
  all.sort((a, b) => a.col - b.col);
  const result = all.find((x) => x.role !== "target" && x.role !== "daily");
  const first = all[0];
  if (!first) return "C=target";
  if (result) {
    const before = all.find((x) => x.col < result.col && x.col !== result.col);
    return before ? `${columnLetters(before.col)}=target,${columnLetters(result.col)}=${result.role}` : `${columnLetters(result.col)}=${result.role}`;
  }
  const second = all.find((x) => x.col > first.col);
  return second ? `${columnLetters(first.col)}=target,${columnLetters(second.col)}=done` : `${columnLetters(first.col)}=target`;
}

export function completenessFindings(measures: Measure[], units: UnitRow[], unitCol: number, headerRow: number): { warnings: Finding[]; diagnostics: Finding[] } {
  const warnings: Finding[] = [];
  const diagnostics: Finding[] = [];
  const read = readAs(measures);
  if (isAllocationOnly(measures)) {
    diagnostics.push(info("allocation-table", "reader.diag.allocation-table", { read }));
  } else if (!measures.some(hasTargetAndResult)) {
    warnings.push(warning("no-target-and-result", "reader.no-target-and-result",
      { read, unitCol: columnLetters(unitCol), example: exampleRole(measures) }, null, null));
  }
  const filled = (m: Measure, r: Role) => units.some((u) => typeof u.values[m.id]?.[r] === "number");
  for (const m of measures) {
    const roles = Object.keys(m.columns) as Role[];
    const emptyRoles = roles.filter((r) => !filled(m, r));
    if (emptyRoles.length === roles.length) {
      const columns = roles.map((r) => columnLetters(m.columns[r] as number)).join(", ");
      warnings.push(warning("empty-measure", "reader.empty-measure", { label: m.label, columns }, null, null));
      continue;
    }
    for (const role of emptyRoles) {
      const col = m.columns[role] as number;
      warnings.push(warning("empty-column", `reader.empty-column.${role}`, { col: columnLetters(col), label: m.label }, headerRow, col));
    }
  }
  return { warnings, diagnostics };
}
