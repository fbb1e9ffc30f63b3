// The figures vote too. The words propose roles (one or several candidates per column, or none for "Số liệu
// (1)"); the numbers of the unit rows confirm them through the relations a quota table always keeps:
//   remaining = target − done (0 when over target),  rate = done ÷ target (a fraction or × 100),
//   daily = target ÷ days (the same number of days, 5 to 120, on every row).
// A relation that holds on most units and agrees with the words of its columns fixes their roles. Where it
// overrules the words' best guess, or gives a role to a column the words left unnamed, an info line names
// the column and says why. Only a sample of rows is read, so the cost does not grow with the sheet.
import type { Finding, Role } from "../types";
import { cellAddress, columnLetters } from "../address";
import type { ValueColumn } from "./measures";
import { info, warning } from "./findings";
import { LABEL_JOINER } from "./header";
import { groupKey, normalizeText } from "../vocabulary";
import { daily, derivedRatio, difference, ratio } from "./figure-relations";

/** Rows read per column: enough for the relations to show, constant however long the sheet. */
export const VOTE_SAMPLE_ROWS = 60;
/** Columns further apart than this are never tested together (a block is a few columns wide). */
const WINDOW = 6;

export type ReadNumber = (row: number, col: number) => number | null;

type RelationKind = "difference" | "ratio" | "derived-ratio" | "daily";

interface Relation {
  kind: RelationKind;
  /** Column index (in the value-column list) → the role the relation gives it. */
  roles: [number, Role][];
  matches: number;
  rows: number;
  /** Mean distance between the figures and the relation (smaller fits better). */
  error: number;
  /** Share of rows with done ≤ target, for the relations that have both. */
  doneBelow?: number;
  /**
   * remaining = target − done has the shape of total = group + group: such a relation counts only when the words
   * (or a relation settled before it) name its done or remaining column.
   */
  needsNaming?: [number, number];
}

/** Rows spread evenly over the units (all of them when there are few). */
export function sampleRows(rows: number[], size = VOTE_SAMPLE_ROWS): number[] {
  if (rows.length <= size) return rows;
  const out: number[] = [];
  for (let i = 0; i < size; i++) out.push(rows[Math.floor((i * rows.length) / size)]);
  return out;
}

/** The age group or level the column's own header names ("Từ 0 đến dưới 6 tuổi", "Mức 2"), or null. */
function groupOf(column: ValueColumn): string | null {
  const leaf = column.parts[column.parts.length - 1];
  return leaf === undefined ? null : groupKey(normalizeText(leaf));
}

/** A column whose header names an age group or level is a group of the measure, never its done or remaining. */
function isGroupColumn(column: ValueColumn): boolean {
  return groupOf(column) !== null;
}

/** Two different groups side by side are parts of a whole, never done and remaining of one thing. */
function differentGroups(a: ValueColumn, b: ValueColumn): boolean {
  const [x, y] = [groupOf(a), groupOf(b)];
  return x !== null && y !== null && x !== y;
}

/** Whether the words allow the column this role: named by them, or unnamed and no age group. */
function wordsAllow(column: ValueColumn, role: Role): boolean {
  const candidates = column.candidates ?? [];
  // Words naming only a count of things ("Số hồ sơ trực tuyến", "Dân số") name no role of their own: the count
  // may be a block's base or the part of it achieved, as the figures say (see vocabulary/roles.ts, reference).
  if (candidates.length > 0 && candidates.every((c) => c.reference) && role === "done") return true;
  if (candidates.length > 0) return candidates.some((c) => c.role === role);
  // A bare age group is a group, not a daily figure: a daily column of a group says so ("theo ngày" above it).
  return !isGroupColumn(column) || role === "target";
}

function wordsName(column: ValueColumn, role: Role): boolean {
  return (column.candidates ?? []).some((c) => c.role === role);
}

/** The sampled figures of every column, read once. */
function figures(columns: ValueColumn[], rows: number[], read: ReadNumber): (number | null)[][] {
  return columns.map((c) => rows.map((r) => read(r, c.col)));
}

function nearby(n: number, k: number): number[] {
  const out: number[] = [];
  for (let i = Math.max(0, k - WINDOW); i <= Math.min(n - 1, k + WINDOW); i++) if (i !== k) out.push(i);
  return out;
}

/** Every relation the sampled figures keep, among columns close to each other, that the words allow. */
function findRelations(columns: ValueColumn[], values: (number | null)[][]): Relation[] {
  const out: Relation[] = [];
  const n = columns.length;
  for (let k = 0; k < n; k++) {
    for (const i of nearby(n, k)) {
      if (!wordsAllow(columns[i], "target")) continue;
      for (const j of nearby(n, k)) {
        if (j === i || !wordsAllow(columns[j], "done")) continue;
        if (wordsAllow(columns[k], "remaining") && !differentGroups(columns[j], columns[k])) {
          const named = wordsName(columns[j], "done") || wordsName(columns[k], "remaining");
          const fit = difference(values[i], values[j], values[k]);
          if (fit) {
            out.push({ kind: "difference", roles: [[i, "target"], [j, "done"], [k, "remaining"]], ...fit, ...(named ? {} : { needsNaming: [j, k] as [number, number] }) });
          }
        }
        if (wordsAllow(columns[k], "rate")) {
          const fit = ratio(values[i], values[j], values[k]);
          if (fit) out.push({ kind: "ratio", roles: [[i, "target"], [j, "done"], [k, "rate"]], ...fit });
        }
        // A block without a target (its base is another block's result): i is then its remaining column.
        if (wordsAllow(columns[k], "rate") && wordsAllow(columns[i], "remaining") && wordsName(columns[i], "remaining")) {
          const fit = derivedRatio(values[j], values[i], values[k]);
          if (fit) out.push({ kind: "derived-ratio", roles: [[j, "done"], [i, "remaining"], [k, "rate"]], ...fit });
        }
      }
      if (wordsAllow(columns[k], "daily") && (wordsName(columns[k], "daily") || k > i)) {
        const fit = daily(values[i], values[k]);
        if (fit) out.push({ kind: "daily", roles: [[i, "target"], [k, "daily"]], matches: fit.matches, rows: fit.rows, error: fit.error });
      }
    }
  }
  return out;
}

/**
 * How well the words back a relation: the scores they give the roles it assigns, a role that is only a column's
 * second choice counting half.
 */
function wordSupport(columns: ValueColumn[], relation: Relation): number {
  let sum = 0;
  for (const [i, role] of relation.roles) {
    const candidates = columns[i].candidates ?? [];
    const score = candidates.find((c) => c.role === role)?.score ?? 0;
    sum += candidates[0]?.role === role ? score : score / 2;
  }
  return sum;
}

/** A relation already settled elsewhere (the column given another role) is not used again. */
function consistent(relation: Relation, settled: Map<number, Role>): boolean {
  const seen = new Set<number>();
  for (const [i, role] of relation.roles) {
    const fixed = settled.get(i);
    if (fixed !== undefined && fixed !== role) return false;
    seen.add(i);
  }
  return seen.size === relation.roles.length;
}

const ORDER: Record<RelationKind, number> = { difference: 0, ratio: 1, "derived-ratio": 2, daily: 3 };

export interface VoteResult {
  columns: ValueColumn[];
  findings: Finding[];
}

/**
 * The roles of the value columns after the figures have voted. Relations are taken strongest first (those the
 * words back most, then the three-column ones, the best kept, the closest columns); a column keeps the first
 * role a relation gives it.
 */
export function voteOnRoles(columns: ValueColumn[], unitRows: number[], read: ReadNumber, headerRow: number): VoteResult {
  if (columns.length < 2 || unitRows.length === 0) return { columns, findings: [] };
  const values = figures(columns, sampleRows(unitRows), read);
  const relations = findRelations(columns, values);
  // The relation the words back most comes first: in a chained block ("Số đã thu nhận" is done of its block and
  // the base of the next), done ÷ target = rate (words: target, done, rate) wins over base − done = remaining.
  relations.sort((a, b) => wordSupport(columns, b) - wordSupport(columns, a) || ORDER[a.kind] - ORDER[b.kind]
    || b.matches / b.rows - a.matches / a.rows || (b.doneBelow ?? 1) - (a.doneBelow ?? 1) || a.error - b.error || spread(a) - spread(b));
  const settled = new Map<number, Role>();
  const because = new Map<number, Relation>();
  const links = new Map<number, Set<number>>();
  const settle = (relation: Relation) => {
    for (const [i, role] of relation.roles) {
      if (!settled.has(i)) because.set(i, relation);
      settled.set(i, role);
      // A daily column may divide a target of another block's layout; only the three-column relations tie a block.
      if (relation.kind === "daily") continue;
      const set = links.get(i) ?? new Set<number>();
      for (const [j] of relation.roles) if (j !== i) set.add(columns[j].col);
      links.set(i, set);
    }
  };
  for (const relation of relations) if (!relation.needsNaming && consistent(relation, settled)) settle(relation);
  // Then the differences, which a total over groups fits just as well (total = group + group): only once another
  // relation has named their done or remaining column.
  for (const relation of relations) {
    const pair = relation.needsNaming;
    if (!pair || !consistent(relation, settled)) continue;
    if (settled.get(pair[0]) === "done" || settled.get(pair[1]) === "remaining") settle(relation);
  }
  const findings: Finding[] = [];
  const out = columns.map((column, i) => {
    const role = settled.get(i);
    if (role === undefined) return column;
    // An unnamed column taken as a target and confirmed as one needs no line; a changed role does.
    const relation = because.get(i) as Relation;
    if (role !== column.role) findings.push(explain(columns, i, role, relation, headerRow));
    const divided = role === "daily" ? dividedColumn(columns, i, relations, settled) : undefined;
    const linked = links.get(i);
    return { ...column, role, explicit: true, ...(divided !== undefined ? { divides: divided } : {}), ...(linked ? { linked: [...linked] } : {}) };
  });
  return { columns: out, findings };
}

/** The target column the best daily relation of column i divides (relations are sorted best first). */
function dividedColumn(columns: ValueColumn[], i: number, relations: Relation[], settled: Map<number, Role>): number | undefined {
  for (const r of relations) {
    if (r.kind !== "daily" || r.roles[1][0] !== i) continue;
    const target = r.roles[0][0];
    if (settled.get(target) === "target") return columns[target].col;
  }
  return undefined;
}

function spread(relation: Relation): number {
  const idx = relation.roles.map(([i]) => i);
  return Math.max(...idx) - Math.min(...idx);
}

/** "cột C được hiểu là chỉ tiêu vì …": the column, its new role and the relation, in the clerk's words. */
function explain(columns: ValueColumn[], index: number, role: Role, relation: Relation, headerRow: number): Finding {
  const column = columns[index];
  const letterOf = (r: Role) => {
    const entry = relation.roles.find(([, x]) => x === r);
    return entry ? columnLetters(columns[entry[0]].col) : "";
  };
  const params = {
    col: columnLetters(column.col),
    label: column.parts.join(LABEL_JOINER),
    matches: String(relation.matches),
    rows: String(relation.rows),
    target: letterOf("target"),
    done: letterOf("done"),
    remaining: letterOf("remaining"),
    rate: letterOf("rate"),
    daily: letterOf("daily"),
  };
  return info("role-from-figures", `reader.figures.${relation.kind}.${role}`, params, cellAddress(headerRow, column.col));
}

/**
 * Columns neither the words nor the figures could name, taken as targets of their own (a group column such as
 * "Dưới 14 tuổi" needs no line): an uncertain reading, so a warning, with how to set their role.
 */
export function unnamedColumnFindings(columns: ValueColumn[], headerRow: number): Finding[] {
  return columns
    .filter((c) => !c.explicit && !isGroupColumn(c) && c.parts.length > 0)
    .map((c) => warning("unnamed-column", "reader.unnamed-column", { col: columnLetters(c.col), label: c.parts.join(LABEL_JOINER) }, headerRow, c.col));
}
