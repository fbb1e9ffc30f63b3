// A section's head row carrying the section's sums ("I. KHỐI PHƯỜNG | 1.200 | 950", then its wards): its
// figures equal the sum of the contiguous units under it, down to the next head or total row. Read as a unit it
// would count the section twice. The figures decide; the words (a Roman numeral, "Khối", "Cụm", "Nhóm") only
// lower how many columns must agree. Walked from the bottom up (section-walk.ts).
import type { Measure } from "../types";
import type { RowInfo } from "./row-kinds";
import type { ReadNumber } from "./area-totals";
import { isNumberedPlace, normalizeText, SECTION_HEAD_PATTERN } from "../vocabulary";
import { walkSections, type SectionHeads } from "./section-walk";

export type { SectionHeads } from "./section-walk";

/** Given that `agreeing` columns (≥ 1) equal the sums below, whether the row heads them. */
function isHead(row: RowInfo, agreeing: number): boolean {
  const label = normalizeText(row.name);
  const worded = SECTION_HEAD_PATTERN.test(label);
  // A place with a number ("Phường 2") is a unit whatever its figures, unless worded "Cụm 2".
  if (!worded && isNumberedPlace(label)) return false;
  // Unworded, one column agreeing could be chance (a commune as large as the two below it): two must.
  return agreeing >= (worded ? 1 : 2);
}

export function sectionHeads(units: RowInfo[], totals: RowInfo[], measures: Measure[], read: ReadNumber, numbered: ((row: number) => boolean) | null): SectionHeads {
  return walkSections(units, totals, measures, read, numbered, { direction: "up", closes: isHead, code: "section-head", key: "reader.diag.section-head" });
}
