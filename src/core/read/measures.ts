// Grouping value columns into measures: a block of columns (target, done, remaining, rate, daily) about one
// thing. Columns under one merged parent form one measure, unless they are several groups side by side (age
// groups), which are measures of their own. A daily column joins the group it divides.
import type { Measure, MergeArea, Role } from "../types";
import { slug } from "../text";
import { ageGroupKey, namesAge, normalizeText } from "../vocabulary";
import { isBareTotal, roleCandidates, roleFromWords } from "./column-roles";
import { LABEL_JOINER } from "./header";
import type { RoleCandidate } from "./column-roles";

export interface ValueColumn {
  col: number;
  parts: string[];
  role: Role;
  explicit: boolean;
  parent: MergeArea | null;
  /** Every role the words propose, best first; the figures may choose another (figure-votes.ts). */
  candidates?: RoleCandidate[];
  /** For a daily column: the column whose figures it divides by the days, when the figures showed it. */
  divides?: number;
  /** Columns the figures tie this one to (rate = done ÷ target, remaining = target − done): one measure. */
  linked?: number[];
}

interface Draft {
  columns: Partial<Record<Role, number>>;
  cols: ValueColumn[];
  lastRole: Role | null;
  parentLabel: string | null;
}

function ageKeyOf(column: ValueColumn): string | null {
  for (let i = column.parts.length - 1; i >= 0; i--) {
    const t = normalizeText(column.parts[i]);
    if (namesAge(t)) return ageGroupKey(t);
  }
  return null;
}

function labelOf(column: ValueColumn): string {
  return column.parts.join(LABEL_JOINER);
}

function add(draft: Draft, column: ValueColumn): void {
  draft.columns[column.role] = column.col;
  draft.cols.push(column);
  if (column.role !== "daily") draft.lastRole = column.role;
}

/**
 * A block ends where its role comes again ("Đã cấp" of the next measure) or where a target follows other
 * columns; remaining, rate and daily columns join the block in whatever order the office wrote them.
 */
function startsNewMeasure(draft: Draft | null, column: ValueColumn): boolean {
  const role = column.role;
  if (!draft) return true;
  if (draft.columns[role] !== undefined) return true;
  // A target after a result opens the next block, unless the figures tie it to this one ("Đã làm | Chỉ tiêu | Tỷ lệ").
  if (column.linked?.some((col) => draft.cols.some((c) => c.col === col))) return false;
  return role === "target" && draft.lastRole !== null;
}

/** The measure a daily column divides: the one of the same age group, else the one just before it. */
function ownerOfDaily(drafts: Draft[], daily: ValueColumn, current: Draft | null): Draft | null {
  if (daily.divides !== undefined) {
    const divided = drafts.find((d) => d.columns.daily === undefined && d.columns.target === daily.divides);
    if (divided) return divided;
  }
  const key = ageKeyOf(daily);
  if (key) {
    const same = drafts.find((d) => d.columns.daily === undefined && d.cols.some((c) => ageKeyOf(c) === key));
    if (same) return same;
  }
  return current && current.columns.daily === undefined ? current : null;
}

function sameParent(a: MergeArea | null, b: MergeArea | null): boolean {
  return a !== null && b !== null && a.top === b.top && a.left === b.left;
}

/** Consecutive columns sharing a merged parent (or, for columns without one, each run of them). */
function segments(columns: ValueColumn[]): ValueColumn[][] {
  const out: ValueColumn[][] = [];
  for (const column of columns) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    const together = prev && ((prev.parent === null && column.parent === null) || sameParent(prev.parent, column.parent));
    if (together && prev.col + 1 >= column.col - 1) last.push(column);
    else out.push([column]);
  }
  return out;
}

/**
 * The other common layout: one merged parent per role ("Chỉ tiêu", "Đã thực hiện") over the same groups
 * ("Dưới 14 tuổi | Từ 14 tuổi trở lên | Tổng"). Such a segment gives its role to every column under it, and the
 * measures are the groups: "Dưới 14 tuổi" = Chỉ tiêu › Dưới 14 tuổi + Đã thực hiện › Dưới 14 tuổi.
 */
function roleBlock(segment: ValueColumn[]): Role | null {
  if (segment.length < 2 || segment[0].parent === null) return null;
  const role = segment[0].role;
  const parentNamesIt = segment.every((c) => {
    const n = c.parts.length;
    if (n < 2 || c.role !== role || !c.explicit) return false;
    const leaf = normalizeText(c.parts[n - 1]);
    // The parent names the role among its candidates (the figures may have chosen its second one).
    const parentNames = roleCandidates(normalizeText(c.parts[n - 2])).some((x) => x.role === role);
    return parentNames && (roleFromWords(leaf) === null || isBareTotal(leaf));
  });
  return parentNamesIt ? role : null;
}

function pivotByGroup(segs: ValueColumn[][]): Draft[] | null {
  const blocks = segs.filter((s) => roleBlock(s) !== null);
  if (new Set(blocks.map((s) => s[0].role)).size < 2) return null;
  const byGroup = new Map<string, Draft>();
  const drafts: Draft[] = [];
  for (const segment of segs) {
    if (!blocks.includes(segment)) {
      // Only role blocks are regrouped by age group or the like: the other columns are read as in any other table.
      drafts.push(...segment.map((c) => ({ columns: { [c.role]: c.col }, cols: [c], lastRole: c.role, parentLabel: null })));
      continue;
    }
    for (const column of segment) {
      const leaf = column.parts[column.parts.length - 1];
      const key = normalizeText(leaf);
      let draft = byGroup.get(key);
      if (!draft) {
        draft = { columns: {}, cols: [], lastRole: null, parentLabel: leaf };
        byGroup.set(key, draft);
        drafts.push(draft);
      }
      if (draft.columns[column.role] === undefined) add(draft, column);
    }
  }
  return drafts;
}

export function groupMeasures(columns: ValueColumn[]): Measure[] {
  const pivoted = pivotByGroup(segments(columns));
  return toMeasures(pivoted ?? draftBlocks(columns));
}

/**
 * A merged parent that names a measure ("Cấp CCCD") starts one; a parent that names a role ("Kết quả thực
 * hiện" over "Lũy kế") or no parent at all continues the block before it, as in a flat header.
 */
function namesRole(segment: ValueColumn[]): boolean {
  const first = segment[0];
  if (first.parent === null || first.parts.length < 2) return true;
  return roleFromWords(normalizeText(first.parts[first.parts.length - 2])) !== null;
}

function linkedDraft(drafts: Draft[], column: ValueColumn): Draft | undefined {
  const linked = column.linked;
  if (!linked || linked.length === 0) return undefined;
  return drafts.find((d) => d.columns[column.role] === undefined && d.cols.some((c) => linked.includes(c.col)));
}

function draftBlocks(columns: ValueColumn[]): Draft[] {
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  for (const segment of segments(columns)) {
    const before = drafts.length;
    if (!namesRole(segment)) current = null;
    for (const column of segment) {
      if (column.role === "daily") {
        const owner = ownerOfDaily(drafts, column, current);
        if (owner) {
          add(owner, column);
          continue;
        }
      }
      // The figures tie the column to an earlier block still missing its role (a target typed after other columns).
      const tied = linkedDraft(drafts, column);
      if (tied && tied !== current) {
        add(tied, column);
        continue;
      }
      if (startsNewMeasure(current, column)) {
        current = { columns: {}, cols: [], lastRole: null, parentLabel: null };
        drafts.push(current);
      }
      add(current as Draft, column);
    }
    // A merged parent over one block names the measure ("Cấp CCCD" over Chỉ tiêu | Đã cấp | Tỷ lệ).
    const parent = segment[0].parent;
    if (parent && drafts.length - before === 1 && segment.length > 1) {
      drafts[before].parentLabel = segment[0].parts.length > 1 ? segment[0].parts.slice(0, -1).join(LABEL_JOINER) : null;
    }
  }
  return drafts;
}

function toMeasures(drafts: Draft[]): Measure[] {
  const used = new Set<string>();
  return drafts.map((d, i) => {
    const label = d.parentLabel ?? measureLabel(d);
    return { id: uniqueId(slug(label) || `m${i + 1}`, used), label, columns: d.columns };
  });
}

function measureLabel(d: Draft): string {
  const byRole = (role: Role) => d.cols.find((c) => c.role === role);
  const main = byRole("target") ?? byRole("done") ?? d.cols[0];
  return labelOf(main);
}

function uniqueId(base: string, used: Set<string>): string {
  // Long labels are cut at a word boundary so the id stays readable.
  let id = base.length <= 40 ? base : base.slice(0, 41).replace(/-[^-]*$/, "");
  if (id === "") id = "m";
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
  used.add(candidate);
  return candidate;
}
