// The walk shared by section heads and section footers: a row whose figures equal the sums of the contiguous
// units beside it (below a head, above a footer) closes that section. Heads are found walking up, footers walking
// down; a total row met on the way starts a new section. Each caller says only which rows may close a section
// (its words), so both read a table's sections by the same rule. Linear in the rows.
import type { Finding, Measure, Role } from "../types";
import type { RowInfo } from "./row-kinds";
import type { ReadNumber } from "./area-totals";
import { info } from "./findings";
import { cellAddress } from "../address";

const COUNT_ROLES: Role[] = ["target", "done", "remaining"];
/** A section of one unit proves nothing: its head or footer would just repeat it. */
const MIN_SECTION_UNITS = 2;

export interface SectionHeads {
  units: RowInfo[];
  /** Each head (or footer) row, kind "total", with the units of its section, top first. */
  heads: Map<RowInfo, RowInfo[]>;
  findings: Finding[];
}

export interface SectionWalk {
  /** "up" from the last unit (heads, above their sections), "down" from the first (footers, below theirs). */
  direction: "up" | "down";
  /** The row closes the section beside it, given how many columns' figures equal the section's sums (≥ 1). */
  closes(row: RowInfo, agreeing: number): boolean;
  /** The diagnostic saying so. */
  code: string;
  key: string;
}

/** How many columns' figures equal the sums (with something in them); -1 when one differs. */
function agreeingColumns(own: (number | null)[], sums: number[]): number {
  let agreeing = 0;
  for (let i = 0; i < own.length; i++) {
    const v = own[i];
    if (v === null) continue;
    if (Math.abs(v - sums[i]) > 0.5) return -1;
    if (sums[i] > 0) agreeing++;
  }
  return agreeing;
}

/**
 * The count columns whose sums tell a section's head or footer from a unit; null when the table cannot have
 * sections (no count column, too few rows, or every row numbered: a numbered row is a unit).
 */
function sectionCountColumns(units: RowInfo[], measures: Measure[], numbered: ((row: number) => boolean) | null): number[] | null {
  const cols = measures.flatMap((m) => COUNT_ROLES.map((r) => m.columns[r]).filter((c): c is number => c !== undefined));
  if (cols.length === 0 || units.length < MIN_SECTION_UNITS + 1) return null;
  if (numbered !== null && units.every((u) => numbered(u.row))) return null;
  return cols;
}

/**
 * The rows closing sections, taken out of the units. `numbered(row)`: the row has a number in the STT column; with
 * an STT column, only an unnumbered row may close a section, so a table whose every row is numbered has none.
 */
export function walkSections(
  units: RowInfo[], totals: RowInfo[], measures: Measure[], read: ReadNumber, numbered: ((row: number) => boolean) | null, walk: SectionWalk,
): SectionHeads {
  const cols = sectionCountColumns(units, measures, numbered);
  const none: SectionHeads = { units, heads: new Map(), findings: [] };
  if (cols === null) return none;
  const up = walk.direction === "up";
  const order = up ? [...units].reverse() : units;
  // Total rows in walking order: the next one met is the first.
  const totalRows = totals.map((t) => t.row).sort((a, b) => (up ? b - a : a - b));
  const beyond = (total: number, row: number) => (up ? total > row : total < row);
  const closing = new Map<RowInfo, RowInfo[]>();
  let sums = cols.map(() => 0);
  /** The units walked since the last section closed, nearest last. */
  let section: RowInfo[] = [];
  let nextTotal = 0;
  for (const row of order) {
    // A total row between the last unit and this one closes the section.
    while (nextTotal < totalRows.length && beyond(totalRows[nextTotal], row.row)) {
      sums = cols.map(() => 0);
      section = [];
      nextTotal++;
    }
    const own = cols.map((c) => read(row.row, c));
    if (section.length >= MIN_SECTION_UNITS && (numbered === null || !numbered(row.row))) {
      const agreeing = agreeingColumns(own, sums);
      // The figures first; the words only when they agree (so a unit's name is normalised only on a rare match).
      if (agreeing >= 1 && walk.closes(row, agreeing)) {
        closing.set({ ...row, kind: "total" }, up ? section.reverse() : section);
        sums = cols.map(() => 0);
        section = [];
        continue;
      }
    }
    section.push(row);
    own.forEach((v, k) => (sums[k] += v ?? 0));
  }
  if (closing.size === 0) return none;
  // One section of every other unit and no total row: that row is the grand total, the area-totals check's to take.
  if (closing.size === 1 && totals.length === 0 && [...closing.values()][0].length === units.length - 1) return none;
  const closingRows = new Set([...closing.keys()].map((h) => h.row));
  const findings: Finding[] = [...closing].map(([row, members]) =>
    info(walk.code, walk.key, { row: String(row.row), name: row.name, count: members.length, from: String(members[0].row), to: String(members[members.length - 1].row) }, cellAddress(row.row, row.nameCol)),
  );
  return { units: units.filter((u) => !closingRows.has(u.row)), heads: closing, findings };
}
