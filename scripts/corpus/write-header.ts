// Writing a planned header into the sheet: parents merged sideways over their columns, short paths merged
// down to the bottom header row, the index and unit columns merged down the whole header.
import type { Rng } from "./prng";
import type { PlannedColumn } from "./plan";
import { SheetDraft } from "./sheet";
import { Spoil, spoilHeader } from "./spoil";

export interface FixedColumn {
  col: number;
  text: string;
}

export function writeHeader(sheet: SheetDraft, top: number, depth: number, fixed: FixedColumn[], columns: PlannedColumn[], firstCol: number, spoil: Spoil, rng: Rng): void {
  const bottom = top + depth - 1;
  for (const f of fixed) {
    sheet.set(top, f.col, spoilHeader(f.text, spoil, rng));
    sheet.merge(top, f.col, bottom, f.col);
  }
  for (let level = 0; level < depth; level++) {
    let c = 0;
    while (c < columns.length) {
      const path = columns[c].path;
      if (level >= path.length) {
        c++;
        continue;
      }
      const key = path[level].key;
      let end = c;
      while (end + 1 < columns.length && columns[end + 1].path[level]?.key === key) end++;
      const row = top + level;
      const last = level === path.length - 1;
      sheet.set(row, firstCol + c, spoilHeader(path[level].text, spoil, rng));
      sheet.merge(row, firstCol + c, last ? bottom : row, firstCol + end);
      c = end + 1;
    }
  }
}
