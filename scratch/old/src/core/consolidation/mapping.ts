// The clerk's own list of old unit names and the new units they now belong to (communes merged since 1/7/2025):
// a sheet of two columns, old → new, read from a Grid. A header line ("Tên cũ | Tên mới") is skipped.
import type { Grid, Msg } from "../types";
import { cleanName, normalizeText } from "../text";
import { cellAddress } from "../address";

export interface MappingEntry {
  old: string;
  new: string;
  /** Where the line is, for messages ("Sáp nhập!A5"). */
  cell: string;
}
export interface UnitMapping {
  entries: MappingEntry[];
}

/** Header words of such a sheet: a line made of them is not a mapping. */
const HEADER_WORDS = ["cu", "moi", "truoc", "sau", "sap nhap", "old", "new", "stt", "ten", "don vi"];

function isHeaderLine(a: string, b: string): boolean {
  const words = `${normalizeText(a)} ${normalizeText(b)}`;
  return HEADER_WORDS.filter((w) => ` ${words} `.includes(` ${w} `)).length >= 2;
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
