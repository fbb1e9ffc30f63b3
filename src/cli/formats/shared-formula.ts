// A shared formula (<f t="shared" si="0">, written once on its first cell) as the text it has in another cell
// of its range: relative references move by the offset, $-anchored parts stay. The same sliding the previous
// reader (exceljs) applied, so that a formula computed for a missing result is the one Excel would compute.

import { columnLetters, columnNumber } from "../../core/address";

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const REFERENCE = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/** `formula` written at (fromRow, fromCol), as it reads at (toRow, toCol). */
export function slideFormula(formula: string, fromRow: number, fromCol: number, toRow: number, toCol: number): string {
  return formula.replace(CANDIDATE, (whole, sheet: string | undefined, _name: string | undefined, part: string, paren: string | undefined) => {
    if (paren) return whole;
    const m = REFERENCE.exec(part);
    if (!m) return whole;
    const letters = m[2].toUpperCase();
    // Past XFD is no column: a name such as "ABCD1".
    if (letters.length > 3 || (letters.length === 3 && letters > "XFD")) return whole;
    const at = columnNumber(letters) ?? 0;
    const col = m[1] ? at : at + toCol - fromCol;
    const row = m[3] ? Number(m[4]) : Number(m[4]) + toRow - fromRow;
    return `${sheet ?? ""}${m[1] ?? ""}${columnLetters(col)}${m[3] ?? ""}${row}`;
  });
}
