// `--unit-col B` and `--role C=target,D=done` (repeatable): the clerk's own reading of the columns, on top of
// what detection decided (a Mapping, as the pane's role dropdown gives one).
import type { Mapping, Role } from "../core/types";
import { ROLES } from "../core/types";

export type RoleChoice = Role | "ignore";

/** "B" → 2, "aa" → 27, "3" → 3; null when it is no column. */
export function columnFromText(text: string): number | null {
  const t = text.trim();
  if (/^\d{1,5}$/.test(t)) return Number(t) >= 1 ? Number(t) : null;
  if (!/^[A-Za-z]{1,3}$/.test(t)) return null;
  let n = 0;
  for (const ch of t.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "C=target,D=done" → [[3, "target"], [4, "done"]]; null when a piece is not COLUMN=ROLE. */
export function parseRoleList(text: string): [number, RoleChoice][] | null {
  const out: [number, RoleChoice][] = [];
  for (const piece of text.split(/[,;]/).map((p) => p.trim()).filter((p) => p !== "")) {
    const m = /^([^=:]+)[=:](.+)$/.exec(piece);
    if (!m) return null;
    const col = columnFromText(m[1]);
    const role = m[2].trim().toLowerCase();
    if (col === null || !(ROLES.includes(role as Role) || role === "ignore")) return null;
    out.push([col, role as RoleChoice]);
  }
  return out.length > 0 ? out : null;
}

/**
 * The mapping the options ask for. A column given a role joins the measure it was read in (or the block beside
 * it): the measure id "" asks the reader to choose (see applyColumnRoles); "ignore" drops the column.
 */
export function mappingFromChoices(unitCol: number | undefined, roles: [number, RoleChoice][]): Mapping {
  const mapping: Mapping = {};
  if (unitCol !== undefined) mapping.unitCol = unitCol;
  if (roles.length > 0) {
    mapping.columnRoles = {};
    for (const [col, role] of roles) mapping.columnRoles[col] = role === "ignore" ? null : { measureId: "", role };
  }
  return mapping;
}
