// Sheets typed in the ".VnTime" (TCVN3) or VNI era: their texts are converted to Unicode before anything is
// recognised, and the clerk is told, with the first cell concerned, so the file can be converted for good.
import type { CellValue, Finding, Grid } from "../types";
import { convertFrom, sheetLegacyEncoding, type LegacyEncoding } from "../legacy-encoding";
import { cellAddress } from "../address";
import { warning } from "./findings";

const ENCODING_NAMES: Record<LegacyEncoding, string> = { tcvn3: "TCVN3 (.VnTime)", vni: "VNI (VNI-Times)" };

/**
 * The texts that may be legacy-encoded: one with a Latin-1 letter (U+0080–U+00FF) and nothing beyond it. Unicode
 * Vietnamese ("Xã Số 1") and plain ascii are skipped by one scan of char codes, without a regex per cell; the
 * detector would refuse them anyway.
 */
function mayBeLegacy(text: string): boolean {
  let high = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) return false;
    if (c >= 0x80) high = true;
  }
  return high;
}

function legacyCandidates(grid: Grid): string[] {
  const out: string[] = [];
  for (const line of grid.values) for (const v of line) if (typeof v === "string" && mayBeLegacy(v)) out.push(v);
  return out;
}

/** The grid with legacy texts in Unicode, and the warning to show; the grid itself when there is none. */
export function decodeLegacyText(grid: Grid): { grid: Grid; finding: Finding | null } {
  const encoding = sheetLegacyEncoding(legacyCandidates(grid));
  if (encoding === null) return { grid, finding: null };
  let count = 0;
  let first: { row: number; col: number; before: string; after: string } | null = null;
  const values = grid.values.map((line, i) => {
    let changed: CellValue[] | null = null;
    line.forEach((v, j) => {
      if (typeof v !== "string") return;
      const after = convertFrom(v, encoding);
      if (after === v) return;
      changed ??= [...line];
      changed[j] = after;
      count++;
      first ??= { row: grid.origin.row + i, col: grid.origin.col + j, before: v, after };
    });
    return changed ?? line;
  });
  if (first === null) return { grid, finding: null };
  const f: { row: number; col: number; before: string; after: string } = first;
  const finding = warning("legacy-encoding", "reader.legacy-encoding",
    { encoding: ENCODING_NAMES[encoding], count, cell: cellAddress(f.row, f.col), before: f.before, after: f.after }, f.row, f.col);
  return { grid: { ...grid, values }, finding };
}
