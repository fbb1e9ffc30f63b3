// Old unit names and the new units they now belong to: the vocabulary's lines for a province and the clerk's
// own sheet of two columns, old → new (read from a Grid; a header line "Tên cũ | Tên mới" is skipped). Several
// old names → one unit is a merger (their figures add up within one kind of source); one old name → one unit is
// a rename (the same unit under another name: never added twice).
import type { Grid, Msg } from "../types";
import { cleanName, normalizeText } from "../text";
import { cellAddress } from "../address";
import { MAPPING_HEADER_WORDS, UNIT_MERGERS } from "../vocabulary/mergers";

export interface MappingEntry {
  old: string;
  new: string;
  /** Where the line is, for messages ("Sáp nhập!A5"), or the vocabulary's province for a shipped line. */
  cell: string;
}
export interface UnitMapping {
  entries: MappingEntry[];
}

function isHeaderLine(a: string, b: string): boolean {
  const words = ` ${normalizeText(a)} ${normalizeText(b)} `;
  return MAPPING_HEADER_WORDS.filter((w) => words.includes(` ${w} `)).length >= 2;
}

/** The first two text columns of the sheet, line by line; a number column in front (STT) is passed over. */
export function readUnitMapping(grid: Grid): { mapping: UnitMapping; problems: Msg[] } {
  const entries: MappingEntry[] = [];
  const problems: Msg[] = [];
  grid.values.forEach((line, i) => {
    const texts = line.map((v, j) => ({ v: typeof v === "string" ? cleanName(v) : "", j })).filter((x) => x.v !== "" && !/^\d+\.?$/.test(x.v));
    if (texts.length === 0) return;
    const row = grid.origin.row + i;
    if (texts.length < 2) {
      problems.push({ key: "merge.mapping.half", params: { cell: `${grid.sheet}!${cellAddress(row, grid.origin.col + texts[0].j)}`, text: texts[0].v } });
      return;
    }
    if (entries.length === 0 && isHeaderLine(texts[0].v, texts[1].v)) return;
    entries.push({ old: texts[0].v, new: texts[1].v, cell: `${grid.sheet}!${cellAddress(row, grid.origin.col + texts[0].j)}` });
  });
  return { mapping: { entries }, problems };
}

/** The vocabulary's lines for a province (none without one), then the clerk's: the clerk's line wins on a clash. */
export function mappingFor(province: string | undefined, own: UnitMapping | undefined): UnitMapping {
  const wanted = province ? normalizeText(province) : null;
  const shipped = wanted === null ? [] : UNIT_MERGERS.filter((l) => normalizeText(l.province) === wanted).map((l) => ({ old: l.old, new: l.new, cell: l.province }));
  return { entries: [...(own?.entries ?? []), ...shipped] };
}
