// Finding the header: the row holding the unit column's title ("Đơn vị"), how many rows it spans (1 to 3,
// merged cells included), and each column's label with its parents ("Cấp CCCD › Đã cấp").
import type { MergeArea } from "../types";
import { normalizeText } from "../vocabulary";
import { isIndexHeader, isUnitHeader, roleFromWords } from "./column-roles";
import { cellText, isBlank, SheetView } from "./sheet-view";

/** How far down a title block may push the header. */
const HEADER_SEARCH_ROWS = 40;
const MAX_HEADER_ROWS = 3;
export const LABEL_JOINER = " › ";

export interface HeaderFound {
  rows: number[];
  unitCol: number;
}

/** The topmost, leftmost cell reading "Đơn vị" (or a synonym) and the header rows it opens. */
export function findHeader(view: SheetView): HeaderFound | null {
  // A file's grid may start with empty rows (a table placed at AA500): the title block starts at the first filled row.
  let firstFilled = view.firstRow;
  while (firstFilled <= view.lastRow && rowIsBlank(view, firstFilled)) firstFilled++;
  const lastSearchRow = Math.min(view.lastRow, firstFilled + HEADER_SEARCH_ROWS);
  for (let r = firstFilled; r <= lastSearchRow; r++) {
    for (let c = view.firstCol; c <= view.lastCol; c++) {
      const text = cellText(view.raw(r, c));
      if (text === "" || !isUnitHeader(normalizeText(text))) continue;
      const merge = view.mergeAt(r, c);
      // A letterhead ("CÔNG AN XÃ", "UBND HUYỆN …") stands alone on its line; a header's unit cell has neighbours.
      if (!hasNeighbourLabel(view, r, merge ?? { top: r, bottom: r, left: c, right: c })) continue;
      const top = merge ? merge.top : r;
      // "STT" and the parents one or two rows up, "Đơn vị" typed on a lower row: the header starts at "STT".
      const indexTop = [top - 2, top - 1].find((row) => row >= firstFilled && rowHasIndexHeader(view, row, c));
      const rows = headerRowsFrom(view, indexTop ?? top, c, r);
      return { rows, unitCol: merge ? namedColumnUnder(view, merge, rows) : c };
    }
  }
  return unlabelledUnitHeader(view, firstFilled, lastSearchRow);
}

/** Another filled cell on the row, outside the candidate's own (merged) cell. */
function hasNeighbourLabel(view: SheetView, row: number, own: MergeArea): boolean {
  for (let c = view.firstCol; c <= view.lastCol; c++) {
    if (c >= own.left && c <= own.right) continue;
    if (!isBlank(view.seen(row, c))) return true;
  }
  return false;
}

/**
 * "Đơn vị" merged over the STT numbers and the names: the unit column is the one under it whose first row
 * holds a name (else the merge's first column, as before).
 */
function namedColumnUnder(view: SheetView, merge: MergeArea, rows: number[]): number {
  let below = rows[rows.length - 1] + 1;
  if (isColumnNumberRow(view, below)) below++;
  for (let c = merge.left; c <= merge.right; c++) {
    if (/[a-zA-ZÀ-ỹĐđ]{2,}/.test(cellText(view.raw(below, c)))) return c;
  }
  return merge.left;
}

function indexHeaderAt(view: SheetView, row: number, col: number): boolean {
  const text = cellText(view.raw(row, col));
  return text !== "" && isIndexHeader(normalizeText(text));
}

function rowHasIndexHeader(view: SheetView, row: number, unitCol: number): boolean {
  for (let c = view.firstCol; c <= view.lastCol; c++) if (c !== unitCol && indexHeaderAt(view, row, c)) return true;
  return false;
}

/**
 * A header whose unit column has no title (blank, or covered by a "STT" merged over both): "STT", then the
 * untitled column, then columns naming a role ("Chỉ tiêu", "Đã thực hiện"). The first row under it must
 * hold a name in that column, so a sheet without any table still has none.
 */
function unlabelledUnitHeader(view: SheetView, firstRow: number, lastRow: number): HeaderFound | null {
  for (let r = firstRow; r <= lastRow; r++) {
    for (let c = view.firstCol; c < view.lastCol; c++) {
      if (!indexHeaderAt(view, r, c)) continue;
      const unitCol = c + 1;
      if (!isBlank(view.raw(r, unitCol))) continue;
      const rows = headerRowsFrom(view, r, unitCol);
      if (!namesRoleRightOf(view, rows, unitCol)) continue;
      let below = rows[rows.length - 1] + 1;
      if (isColumnNumberRow(view, below)) below++;
      const name = cellText(view.raw(below, unitCol)).trim();
      if (name !== "" && /[a-zA-ZÀ-ỹĐđ]{2,}/.test(name)) return { rows, unitCol };
    }
  }
  return null;
}

function namesRoleRightOf(view: SheetView, rows: number[], unitCol: number): boolean {
  for (let c = unitCol + 1; c <= view.lastCol; c++) {
    for (const r of rows) {
      const text = cellText(view.raw(r, c));
      if (text !== "" && roleFromWords(normalizeText(text)) !== null) return true;
    }
  }
  return false;
}

function rowIsBlank(view: SheetView, row: number): boolean {
  for (let c = view.firstCol; c <= view.lastCol; c++) if (!isBlank(view.raw(row, c))) return false;
  return true;
}

/** Header rows starting at top: as deep as the merges that start there, then while rows still look like labels. */
export function headerRowsFrom(view: SheetView, top: number, unitCol: number, unitHeaderRow = top): number[] {
  let bottom = unitHeaderRow;
  for (let c = view.firstCol; c <= view.lastCol; c++) {
    const m = view.mergeAt(top, c);
    if (m && m.top === top) bottom = Math.max(bottom, m.bottom);
  }
  bottom = Math.min(bottom, top + MAX_HEADER_ROWS - 1);
  while (bottom < top + MAX_HEADER_ROWS - 1 && looksLikeHeaderRow(view, bottom + 1, unitCol)) bottom++;
  const rows: number[] = [];
  for (let r = top; r <= bottom; r++) rows.push(r);
  return rows;
}

function looksLikeHeaderRow(view: SheetView, row: number, unitCol: number): boolean {
  if (row > view.lastRow) return false;
  const unitMerge = view.mergeAt(row, unitCol);
  const unitCellIsHeader = unitMerge !== null && unitMerge.top < row;
  if (!unitCellIsHeader && !isBlank(view.raw(row, unitCol))) return false;
  let labels = 0;
  for (let c = unitCol + 1; c <= view.lastCol; c++) {
    const v = view.raw(row, c);
    if (typeof v === "number") return false;
    if (typeof v === "string" && /[a-zA-ZÀ-ỹĐđ]{2,}/.test(v) && !isColumnNumber(v)) labels++;
  }
  return labels > 0;
}

/** "(1)", "2", "(A)": the numbering some offices put under the header. */
export function isColumnNumber(v: unknown): boolean {
  if (typeof v === "number") return Number.isInteger(v) && v >= 0 && v < 100;
  return typeof v === "string" && /^\s*\(?\s*[0-9A-Za-z]{1,2}\s*\)?\s*[*=+\-x/:0-9()\s]*\s*$/.test(v) && v.trim().length <= 20;
}

/** A row of column numbers right under the header, e.g. "(1) (2) (3)" or "A B 1 2 3". */
export function isColumnNumberRow(view: SheetView, row: number): boolean {
  let cells = 0;
  for (let c = view.firstCol; c <= view.lastCol; c++) {
    const v = view.raw(row, c);
    if (isBlank(v)) continue;
    if (!isColumnNumber(v)) return false;
    cells++;
  }
  if (cells < 3) return false;
  // Unit rows also hold small integers; a numbering row holds a text in the unit column or strictly rising numbers.
  const numbers: number[] = [];
  for (let c = view.firstCol; c <= view.lastCol; c++) {
    const v = view.raw(row, c);
    const n = typeof v === "number" ? v : typeof v === "string" ? Number(v.replace(/[()\s]/g, "")) : NaN;
    if (!isBlank(v)) numbers.push(n);
  }
  if (numbers.some((n) => Number.isNaN(n))) return true;
  return numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1);
}

/** The pieces of a column's header, top row first, repeated merged labels kept once. */
export function headerParts(view: SheetView, rows: number[], col: number): string[] {
  const parts: string[] = [];
  let previous: MergeArea | null = null;
  for (const r of rows) {
    const m = view.mergeAt(r, col);
    if (m && previous && m === previous) continue;
    previous = m;
    const text = cellText(view.seen(r, col)).replace(/\s+/g, " ").trim().normalize("NFC");
    if (text !== "" && parts[parts.length - 1] !== text) parts.push(text);
  }
  return parts;
}

/**
 * The merged parent header over a column: the area in an upper header row that spans several columns.
 * Columns sharing it belong together.
 */
export function parentArea(view: SheetView, rows: number[], col: number): MergeArea | null {
  for (let i = rows.length - 2; i >= 0; i--) {
    const m = view.mergeAt(rows[i], col);
    if (m && m.right > m.left && m.bottom < rows[rows.length - 1]) return m;
  }
  return null;
}
