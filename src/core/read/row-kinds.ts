// What each row under the header is: a unit, a total, a blank, a note or signature (the table ends there),
// or something ignored. Totals are never units.
import { cleanName } from "../text";
import { normalizeLabel, normalizeText, NOTE_ROW_STARTS, SIGNATURE_DATE_LINE, startsWithPhrase, subtotalPattern, totalFirstLetters, totalPatterns } from "../vocabulary";
import { isBlank, SheetView } from "./sheet-view";

export type RowKind = "unit" | "total" | "blank" | "hidden" | "note" | "ignored";

export interface RowInfo {
  row: number;
  kind: RowKind;
  /** The unit or total label as the sheet has it (trimmed, NFC). */
  name: string;
  /** The column the name was read from. */
  nameCol: number;
}

/** Subtotal labels, matched like isTotalLabel (with diacritics, so "Tông Khối" is no subtotal). */
export function isSubtotalLabel(name: string): boolean {
  return subtotalPattern().test(normalizeLabel(name));
}

/**
 * "Tổng", "Tổng cộng", "Cộng", "Toàn huyện"… Matched on lowercase text WITH its diacritics, so that communes
 * such as "Tông Lạnh" or "Cộng Hòa" stay units; a sheet typed without diacritics matches the ascii forms.
 */
export function isTotalLabel(name: string, firstLetters: ReadonlySet<string> = totalFirstLetters()): boolean {
  // A label whose first letter starts no total word of the vocabulary is no total: most unit names stop here.
  if (!firstLetters.has(name.trimStart().charAt(0).toLowerCase())) return false;
  // "Tổng số (16 xã)", "Tổng (A+B)": what is in brackets does not change what the row is.
  const lower = normalizeLabel(name.replace(/\([^)]*\)/g, " "));
  return totalPatterns().some((p) => p.test(lower));
}

/** Notes and signatures under a table: the table ends at the first of them. */
export function isNoteLabel(name: string): boolean {
  const t = normalizeText(name);
  if (SIGNATURE_DATE_LINE.test(t)) return true;
  return NOTE_ROW_STARTS.some((w) => startsWithPhrase(t, w));
}

export interface RowContext {
  unitCol: number;
  indexCol: number | null;
  /** Columns whose numbers make a row a unit row. */
  valueCols: number[];
  hasNumber(row: number, col: number): boolean;
  /** The first letters of the total words (totalFirstLetters), looked up once for the rows of one scan. */
  totalFirstLetters: ReadonlySet<string>;
}

export function classifyRow(view: SheetView, row: number, ctx: RowContext): RowInfo {
  const base = { row, name: "", nameCol: ctx.unitCol };
  if (view.isHiddenRow(row)) return { ...base, kind: "hidden" };
  let blank = true;
  for (let c = view.firstCol; c <= view.lastCol && blank; c++) blank = isBlank(view.raw(row, c));
  if (blank) return { ...base, kind: "blank" };

  const { name, nameCol } = rowLabel(view, row, ctx);
  if (name !== "" && isTotalLabel(name, ctx.totalFirstLetters)) return { row, name, nameCol, kind: "total" };
  // A subtotal has no number in the STT column; a numbered row is a unit, whatever its name.
  const numbered = ctx.indexCol !== null && typeof view.seen(row, ctx.indexCol) === "number";
  if (name !== "" && !numbered && isSubtotalLabel(name)) return { row, name, nameCol, kind: "total" };
  const hasValues = ctx.valueCols.some((c) => ctx.hasNumber(row, c));
  const nameIsText = name !== "" && !/^[\d\s.,()-]+$/.test(name);
  // A named row with figures is a unit; notes and signatures have none, so they are looked for only after.
  if (nameIsText && hasValues) return { row, name, nameCol, kind: "unit" };
  if (name !== "" && isNoteLabel(name)) return { row, name, nameCol, kind: "note" };
  const firstText = firstTextInRow(view, row);
  if (name === "" && firstText !== "" && isNoteLabel(firstText)) return { row, name: firstText, nameCol, kind: "note" };
  if (nameIsText && numbered) return { row, name, nameCol, kind: "unit" };
  return { row, name, nameCol, kind: "ignored" };
}

/** The unit column's text; when empty (a "Tổng cộng" merged over STT and unit, or typed in STT), the index column's. */
function rowLabel(view: SheetView, row: number, ctx: RowContext): { name: string; nameCol: number } {
  const unitText = cleanName(view.seen(row, ctx.unitCol));
  if (unitText !== "" || ctx.indexCol === null) return { name: unitText, nameCol: ctx.unitCol };
  const indexValue = view.seen(row, ctx.indexCol);
  const indexText = typeof indexValue === "string" ? cleanName(indexValue) : "";
  return { name: indexText, nameCol: ctx.indexCol };
}

function firstTextInRow(view: SheetView, row: number): string {
  for (let c = view.firstCol; c <= view.lastCol; c++) {
    const v = view.raw(row, c);
    if (typeof v === "string" && v.trim() !== "") return cleanName(v);
  }
  return "";
}
