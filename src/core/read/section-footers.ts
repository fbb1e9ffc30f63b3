// A row whose figures are the sums of its section's units is a subtotal, whatever its words. After the 2025
// mergers, provinces list communes grouped by their old district, each group closed by a row naming the group
// ("Cộng Tiên Lãng", "Huyện Vĩnh Bảo (cũ)", "Tổng Khu vực 2"); read as units, they double the totals and make the
// clerk's correct total row look wrong. This is section-heads.ts's twin for rows that close their section: one
// pass from the top down, summing the units since the last section's end; a row equal to those sums in two
// columns with figures (one when it opens with a total word, "Cộng …", "Tổng …") ends the section (section-walk.ts).
import type { Measure } from "../types";
import type { RowInfo } from "./row-kinds";
import type { ReadNumber } from "./area-totals";
import { normalizeLabel, opensWithTotalWord } from "../vocabulary";
import { walkSections, type SectionHeads } from "./section-walk";

/** Given that `agreeing` columns (≥ 1) equal the sums above, whether the row closes them: two must, one for "Cộng …". */
function isFooter(row: RowInfo, agreeing: number): boolean {
  return agreeing >= 2 || opensWithTotalWord().test(normalizeLabel(row.name));
}

/** The subtotal rows closing their sections, each with its units (same shape as sectionHeads'). */
export function sectionFooters(units: RowInfo[], totals: RowInfo[], measures: Measure[], read: ReadNumber, numbered: ((row: number) => boolean) | null): SectionHeads {
  return walkSections(units, totals, measures, read, numbered, { direction: "down", closes: isFooter, code: "section-footer", key: "reader.diag.section-footer" });
}
