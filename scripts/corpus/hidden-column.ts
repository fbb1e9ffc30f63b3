// A column the clerk hid (last plan's target, an old tally): figures nobody should read. Domain.md expects hidden
// columns in real sheets; the reader must leave them out.
import type { Rng } from "./prng";
import { SheetDraft } from "./sheet";

const HIDDEN_HEADINGS: readonly string[] = ["Chỉ tiêu cũ", "Kế hoạch đợt trước", "Số liệu cũ", "Đã thực hiện (tháng trước)"];

/** Adds a hidden column after `lastCol`, over the header rows, the unit rows and the total row. */
export function addHiddenColumn(sheet: SheetDraft, rng: Rng, at: { lastCol: number; headerTop: number; depth: number; unitRows: number[]; totalRow: number | null }): void {
  const col = at.lastCol + 1;
  sheet.set(at.headerTop, col, rng.pick(HIDDEN_HEADINGS));
  sheet.merge(at.headerTop, col, at.headerTop + at.depth - 1, col);
  let sum = 0;
  for (const row of at.unitRows) {
    const n = rng.int(50, 5000);
    sum += n;
    sheet.set(row, col, n);
  }
  if (at.totalRow !== null) sheet.set(at.totalRow, col, sum);
  sheet.hideColumn(col);
}
