// Step 3 of reading: what each row under the header is (see row-kinds.ts); the table ends at the first note or
// signature, or where a second table's header starts.
import type { Finding } from "../types";
import { parseNumberDetailed, readPlainDigits, type ParseNumberOptions } from "../numbers";
import { cellAddress } from "../address";
import { normalizeText, totalFirstLetters } from "../vocabulary";
import { isColumnNumberRow } from "./header";
import { isUnitHeader } from "./column-roles";
import { classifyRow, RowContext, RowInfo } from "./row-kinds";
import { info, warning } from "./findings";
import type { SheetView } from "./sheet-view";

/** Options for "is there a number in this cell", built once. */
const ANY_NUMBER: ParseNumberOptions = { kind: "any" };

export interface RowScan {
  ctx: RowContext;
  rows: RowInfo[];
  /** A second table under the first (read the first only). */
  nextTable: Finding | null;
}

export function scanRows(view: SheetView, headerBottom: number, unitCol: number, indexCol: number | null, valueCols: number[], diagnostics: Finding[]): RowScan {
  const ctx: RowContext = {
    unitCol,
    indexCol,
    valueCols,
    hasNumber: (row, col) => {
      const v = view.raw(row, col);
      // Most cells are plain numbers: skip the text parser for them (10,000-unit sheets stay fast).
      if (typeof v === "number" || (v !== null && typeof v === "object")) return true;
      if (typeof v !== "string") return false;
      // Plain digits ("3.903") need no result object; parseNumberDetailed reads them the same way, with no problem.
      return readPlainDigits(v, ANY_NUMBER) !== undefined || parseNumberDetailed(v, ANY_NUMBER).problem === null;
    },
    totalFirstLetters: totalFirstLetters(),
  };
  const rows: RowInfo[] = [];
  let nextTable: Finding | null = null;
  // Only blank or hidden rows so far: a row of column numbers may still come.
  let first = true;
  for (let r = headerBottom + 1; r <= view.lastRow; r++) {
    if (first && isColumnNumberRow(view, r)) {
      diagnostics.push(info("numbering-row", "reader.diag.numbering-row", { row: String(r) }));
      continue;
    }
    // "Đơn vị" again in the unit column: a second table starts here (ĐDĐT under CCCD); read the first only.
    // Only looked for after a non-unit row (a total, a blank, a title), so unit rows cost nothing more.
    const unitCell = rows.length > 0 && rows[rows.length - 1].kind !== "unit" ? view.seen(r, unitCol) : null;
    if (typeof unitCell === "string" && isUnitHeader(normalizeText(unitCell))) {
      nextTable = warning("next-table", "reader.next-table", { row: String(r) }, r, unitCol);
      break;
    }
    const kind = classifyRow(view, r, ctx);
    if (kind.kind === "note") {
      diagnostics.push(info("notes-below", "reader.diag.notes-below", { from: String(r), to: String(view.lastRow) }, cellAddress(r, kind.nameCol)));
      break;
    }
    rows.push(kind);
    if (kind.kind !== "blank" && kind.kind !== "hidden") first = false;
  }
  for (const x of rows) {
    if (x.kind === "blank" || x.kind === "hidden" || x.kind === "ignored") {
      diagnostics.push(info(`${x.kind}-row`, `reader.diag.${x.kind}-row`, { row: String(x.row), text: x.name }));
    }
  }
  return { ctx, rows, nextTable };
}
