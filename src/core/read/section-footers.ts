// A row whose figures are the sums of its section's units is a subtotal, whatever its words. After the 2025
// mergers, provinces list communes grouped by their old district, each group closed by a row naming the group
// ("Cộng Tiên Lãng", "Huyện Vĩnh Bảo (cũ)", "Tổng Khu vực 2"); read as units, they double the totals and make the
// clerk's correct total row look wrong. This is section-heads.ts's twin for rows that close their section: one
// pass from the top down, summing the units since the last section's end; a row equal to those sums in two
// columns with figures (one when it opens with a total word, "Cộng …", "Tổng …") ends the section. Linear in the rows.
import type { Finding, Measure } from "../types";
import type { RowInfo } from "./row-kinds";
import type { ReadNumber } from "./area-totals";
import { info } from "./findings";
import { cellAddress } from "../address";
import { normalizeLabel, opensWithTotalWord } from "../vocabulary";
import { sectionCountColumns, type SectionHeads } from "./section-heads";

/** A section of one unit proves nothing: its subtotal would just repeat it. */
const MIN_SECTION_UNITS = 2;

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

/** The subtotal rows closing their sections, each with its units (same shape as sectionHeads'). */
export function sectionFooters(units: RowInfo[], totals: RowInfo[], measures: Measure[], read: ReadNumber, numbered: ((row: number) => boolean) | null): SectionHeads {
  const cols = sectionCountColumns(units, measures, numbered);
  const none: SectionHeads = { units, heads: new Map(), findings: [] };
  if (cols === null) return none;
  const totalRows = totals.map((t) => t.row).sort((a, b) => a - b);
  const footers = new Map<RowInfo, RowInfo[]>();
  let sums = cols.map(() => 0);
  let section: RowInfo[] = [];
  let nextTotal = 0;
  for (const row of units) {
    // A total row between the last unit and this one closes the section.
    while (nextTotal < totalRows.length && totalRows[nextTotal] < row.row) {
      sums = cols.map(() => 0);
      section = [];
      nextTotal++;
    }
    const own = cols.map((c) => read(row.row, c));
    if (section.length >= MIN_SECTION_UNITS && (numbered === null || !numbered(row.row))) {
      const agreeing = agreeingColumns(own, sums);
      const needed = opensWithTotalWord().test(normalizeLabel(row.name)) ? 1 : 2;
      if (agreeing >= needed) {
        footers.set({ ...row, kind: "total" }, section);
        sums = cols.map(() => 0);
        section = [];
        continue;
      }
    }
    section.push(row);
    own.forEach((v, k) => (sums[k] += v ?? 0));
  }
  if (footers.size === 0) return none;
  // One row under every unit above it and none after: that is the grand total, the area-totals check's to take.
  const [only] = footers;
  if (footers.size === 1 && totals.length === 0 && only[1].length === units.length - 1) return none;
  const footerRows = new Set([...footers.keys()].map((f) => f.row));
  const findings: Finding[] = [...footers].map(([footer, members]) =>
    info("section-footer", "reader.diag.section-footer", { row: String(footer.row), name: footer.name, count: members.length, from: String(members[0].row), to: String(members[members.length - 1].row) }, cellAddress(footer.row, footer.nameCol)),
  );
  return { units: units.filter((u) => !footerRows.has(u.row)), heads: footers, findings };
}
