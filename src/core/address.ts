// A1-style addresses, the way a clerk finds a cell in Excel.

/** Column number (1-based) to letters: 1 → "A", 27 → "AA". */
export function columnLetters(col: number): string {
  let n = Math.floor(col);
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Absolute 1-based row and column to "C7". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}
