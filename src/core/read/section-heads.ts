// A section's head row carrying the section's sums ("I. KHỐI PHƯỜNG | 1.200 | 950", then its wards): its
// figures equal the sum of the contiguous units under it, down to the next head or total row. Read as a unit it
// would count the section twice. The figures decide; the words (a Roman numeral, "Khối", "Cụm", "Nhóm") only
// lower how many columns must agree. One pass from the bottom up, so linear in the rows.
import type { Finding, Measure, Role } from "../types";
import type { RowInfo } from "./row-kinds";
import type { ReadNumber } from "./area-totals";
import { info } from "./findings";
import { cellAddress } from "../address";
import { isNumberedPlace, normalizeText, SECTION_HEAD_PATTERN } from "../vocabulary";

const COUNT_ROLES: Role[] = ["target", "done", "remaining"];
/** A section of one unit proves nothing: its head would just repeat it. */
const MIN_SECTION_UNITS = 2;


export interface SectionHeads {
  units: RowInfo[];
  /** Each head row (kind "total") with the units of its section. */
  heads: Map<RowInfo, RowInfo[]>;
  findings: Finding[];
}

/** How many columns' figures equal the sums below (with something in them); -1 when one differs. */
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

/** The figures first; the words only when they agree (so a unit's name is normalised only on a rare match). */
function isHead(row: RowInfo, agreeing: number): boolean {
  if (agreeing < 1) return false;
  const label = normalizeText(row.name);
  const worded = SECTION_HEAD_PATTERN.test(label);
  // A place with a number ("Phường 2") is a unit whatever its figures, unless worded "Cụm 2".
  if (!worded && isNumberedPlace(label)) return false;
  // Unworded, one column agreeing could be chance (a commune as large as the two below it): two must.
  return agreeing >= (worded ? 1 : 2);
}

/**
 * `numbered(row)`: the row has a number in the STT column. With an STT column, a head is an unnumbered row (or a
 * Roman numeral): a table whose every row is numbered has no heads, and is not read twice.
 */
/**
 * The count columns whose sums tell a section's head or footer from a unit; null when the table cannot have
 * sections (no count column, too few rows, or every row numbered: a numbered row is a unit).
 */
export function sectionCountColumns(units: RowInfo[], measures: Measure[], numbered: ((row: number) => boolean) | null): number[] | null {
  const cols = measures.flatMap((m) => COUNT_ROLES.map((r) => m.columns[r]).filter((c): c is number => c !== undefined));
  if (cols.length === 0 || units.length < MIN_SECTION_UNITS + 1) return null;
  if (numbered !== null && units.every((u) => numbered(u.row))) return null;
  return cols;
}

export function sectionHeads(units: RowInfo[], totals: RowInfo[], measures: Measure[], read: ReadNumber, numbered: ((row: number) => boolean) | null): SectionHeads {
  const cols = sectionCountColumns(units, measures, numbered);
  const none: SectionHeads = { units, heads: new Map(), findings: [] };
  if (cols === null) return none;
  const totalRows = totals.map((t) => t.row).sort((a, b) => b - a);
  const heads = new Map<RowInfo, RowInfo[]>();
  let sums = cols.map(() => 0);
  /** The units below, nearest last (bottom-up order). */
  let section: RowInfo[] = [];
  let nextTotal = 0;
  for (let i = units.length - 1; i >= 0; i--) {
    const row = units[i];
    // A total row between this unit and the section below closes that section.
    while (nextTotal < totalRows.length && totalRows[nextTotal] > row.row) {
      sums = cols.map(() => 0);
      section = [];
      nextTotal++;
    }
    const own = cols.map((c) => read(row.row, c));
    const candidate = section.length >= MIN_SECTION_UNITS && (numbered === null || !numbered(row.row));
    if (candidate && isHead(row, agreeingColumns(own, sums))) {
      heads.set({ ...row, kind: "total" }, section.reverse());
      sums = cols.map(() => 0);
      section = [];
      continue;
    }
    section.push(row);
    own.forEach((v, k) => (sums[k] += v ?? 0));
  }
  if (heads.size === 0) return none;
  // One head over every unit and no total row: that is the grand total, the area-totals check's to take.
  if (heads.size === 1 && totals.length === 0 && [...heads.values()][0].length === units.length - 1) return none;
  const headRows = new Set([...heads.keys()].map((h) => h.row));
  const findings: Finding[] = [...heads].map(([head, members]) =>
    info("section-head", "reader.diag.section-head", { row: String(head.row), name: head.name, count: members.length, from: String(members[0].row), to: String(members[members.length - 1].row) }, cellAddress(head.row, head.nameCol)),
  );
  return { units: units.filter((u) => !headRows.has(u.row)), heads, findings };
}
