// A shared formula (<f t="shared" si="0">, written once on its first cell) as the text it has in another cell
// of its range: relative references move by the offset, $-anchored parts stay. The same sliding the previous
// reader (exceljs) applied, so that a formula computed for a missing result is the one Excel would compute.

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const REFERENCE = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnLetters(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** `formula` written at (fromRow, fromCol), as it reads at (toRow, toCol). */
export function slideFormula(formula: string, fromRow: number, fromCol: number, toRow: number, toCol: number): string {
  return formula.replace(CANDIDATE, (whole, sheet: string | undefined, _name: string | undefined, part: string, paren: string | undefined) => {
    if (paren) return whole;
    const m = REFERENCE.exec(part);
    if (!m) return whole;
    const letters = m[2].toUpperCase();
    // Past XFD is no column: a name such as "ABCD1".
    if (letters.length > 3 || (letters.length === 3 && letters > "XFD")) return whole;
    const col = m[1] ? columnNumber(letters) : columnNumber(letters) + toCol - fromCol;
    const row = m[3] ? Number(m[4]) : Number(m[4]) + toRow - fromRow;
    return `${sheet ?? ""}${m[1] ?? ""}${columnLetters(col)}${m[3] ?? ""}${row}`;
  });
}
