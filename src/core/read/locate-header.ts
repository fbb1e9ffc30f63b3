// Step 1 of reading: the header rows and the unit column, found by their words, or around what the clerk named
// (a mapping's header rows or unit column).
import type { Mapping } from "../types";
import { normalizeText } from "../vocabulary";
import { findHeader, isColumnNumberRow } from "./header";
import { isUnitHeader } from "./column-roles";
import { isBlank, SheetView } from "./sheet-view";

export interface HeaderPlace {
  headerRows: number[];
  unitCol: number;
}

function unitColumnIn(view: SheetView, rows: number[]): number | null {
  for (const r of rows) {
    for (let c = view.firstCol; c <= view.lastCol; c++) {
      const v = view.seen(r, c);
      if (typeof v === "string" && isUnitHeader(normalizeText(v))) return c;
    }
  }
  return null;
}

/**
 * The header over a unit column the clerk named: the rows just above the first row with a name in that column and
 * a number right of it (up to three, while they hold two labels or more; a lone title line is not part of it).
 */
function headerAboveFirstUnit(view: SheetView, unitCol: number): number[] {
  const isName = (v: unknown) => typeof v === "string" && /[a-zA-ZÀ-ỹĐđ]{2,}/.test(v);
  let first = view.firstRow;
  for (let r = view.firstRow; r <= view.lastRow; r++) {
    let numberRight = false;
    for (let c = unitCol + 1; c <= view.lastCol && !numberRight; c++) numberRight = typeof view.raw(r, c) === "number";
    if (isName(view.seen(r, unitCol)) && numberRight) {
      first = r;
      break;
    }
  }
  let bottom = Math.max(view.firstRow, first - 1);
  if (bottom > view.firstRow && isColumnNumberRow(view, bottom)) bottom--;
  const labels = (r: number) => {
    let n = 0;
    for (let c = view.firstCol; c <= view.lastCol; c++) if (!isBlank(view.seen(r, c))) n++;
    return n;
  };
  let top = bottom;
  while (top - 1 >= view.firstRow && bottom - top < 2 && labels(top - 1) >= 2) top--;
  const rows: number[] = [];
  for (let r = top; r <= bottom; r++) rows.push(r);
  return rows;
}

/** The header and unit column, or null when neither the words nor the mapping give both. */
export function locateHeader(view: SheetView, mapping: Mapping): HeaderPlace | null {
  let headerRows = mapping.headerRows;
  let unitCol = mapping.unitCol ?? null;
  if (!headerRows) {
    const found = findHeader(view);
    if (found) {
      headerRows = found.rows;
      unitCol ??= found.unitCol;
    } else if (unitCol !== null) {
      // The clerk named the unit column of a header the words did not find: it is the rows above the first unit.
      headerRows = headerAboveFirstUnit(view, unitCol);
    }
  } else if (unitCol === null) {
    unitCol = unitColumnIn(view, headerRows);
  }
  if (!headerRows || headerRows.length === 0 || unitCol === null) return null;
  return { headerRows, unitCol };
}
