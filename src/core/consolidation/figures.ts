// One figure per unit, measure and role, from the source that has the say: the plan for targets, the units'
// reports for results. An empty cell is no figure and never wins over one. Figures of different sources never
// add up: a second source with another figure is a conflict, named with both sources and cells. Within one
// kind of source, the parts of a merger (old units now one) add up; a rename is the unit itself.
import type { MeasureValues, Role } from "../types";
import type { SourceRole } from "./rows";

/** Where one figure was read: the source ("xa-an-hoa.xlsx"), its sheet, its cell. */
export interface FigureOrigin {
  source: string;
  sheet: string;
  cell: string;
  value: number;
}

export interface Contribution {
  role: SourceRole;
  /** "" for the unit itself; the old unit's key for a merger's part. */
  origin: string;
  name: string;
  source: string;
  values: Record<string, MeasureValues>;
  cells: Record<string, Partial<Record<Role, FigureOrigin>>>;
}

export interface FigureConflict {
  measureId: string;
  role: Role;
  kept: FigureOrigin[];
  other: FigureOrigin[];
}

export interface Figure {
  value: number | null;
  origins: FigureOrigin[];
}

const total = (origins: FigureOrigin[]) => origins.reduce((s, o) => s + o.value, 0);

/** The first contribution with a figure; the others with a different figure are conflicts. */
function firstFigure(list: Contribution[], id: string, role: Role, conflicts: FigureConflict[]): FigureOrigin | null {
  let kept: FigureOrigin | null = null;
  for (const c of list) {
    const at = c.cells[id]?.[role];
    if (!at) continue;
    if (!kept) kept = at;
    else if (at.value !== kept.value) conflicts.push({ measureId: id, role, kept: [kept], other: [at] });
  }
  return kept;
}

/** One kind of source: the unit's own figure, else the sum of its merger's parts (a part once each). */
function figureOfRole(list: Contribution[], id: string, role: Role, conflicts: FigureConflict[]): FigureOrigin[] {
  const own = firstFigure(list.filter((c) => c.origin === ""), id, role, conflicts);
  const origins = [...new Set(list.map((c) => c.origin).filter((o) => o !== ""))];
  const parts = origins.map((o) => firstFigure(list.filter((c) => c.origin === o), id, role, conflicts)).filter((x): x is FigureOrigin => x !== null);
  if (own && parts.length > 0 && total(parts) !== own.value) conflicts.push({ measureId: id, role, kept: [own], other: parts });
  return own ? [own] : parts;
}

/** Who has the say for a role: the plan for targets, the reports for the rest. */
const AUTHORITY: Record<Role, SourceRole[]> = {
  target: ["plan", "report"],
  done: ["report", "plan"],
  remaining: ["report", "plan"],
  rate: ["report", "plan"],
  daily: ["plan", "report"],
};

/** `partialMerger`: the reports hold only some of a merger's parts, so their sum is not compared with the plan's. */
export function unitFigure(list: Contribution[], id: string, role: Role, conflicts: FigureConflict[], partialMerger = false): Figure {
  let chosen: FigureOrigin[] = [];
  for (const kind of AUTHORITY[role]) {
    const got = figureOfRole(list.filter((c) => c.role === kind), id, role, conflicts);
    if (got.length === 0) continue;
    if (chosen.length === 0) chosen = got;
    else if (total(got) !== total(chosen) && !(partialMerger && kind === "report")) conflicts.push({ measureId: id, role, kept: chosen, other: got });
  }
  return { value: chosen.length > 0 ? total(chosen) : null, origins: chosen };
}
