// Whether a cell's text needs xml:space="preserve" to keep its spaces, by JavaScript's \s.

/** Code units JavaScript's \s matches (the test whether a text needs xml:space="preserve"). */
export function isJsSpace(c: number): boolean {
  return c <= 0x20
    ? c === 0x20 || (c >= 0x09 && c <= 0x0d)
    : c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);
}

/** Whether a text keeps its spaces only with xml:space="preserve": /^\s|\s$|\n/, without a regular expression per cell. */
export function needsPreserve(text: string): boolean {
  return text.length > 0 && (isJsSpace(text.charCodeAt(0)) || isJsSpace(text.charCodeAt(text.length - 1)) || text.includes("\n"));
}
