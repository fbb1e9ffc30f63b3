// A sheet's print area as its defined name holds it ("A1:H16", "$A$1:$H$16", "'Sheet'!A1:H16", several joined
// by commas), as a range the engine understands: null when the sheet has none.
import type { CellRange } from "../core/report/model";
import { parseRangeAddress } from "../core/address";

/** The first area of a print area text (their union is rare), without its sheet name; "" when none. */
function firstArea(text: string): string {
  // A quoted sheet name may itself hold commas or "!": the area is what follows the last "!" of the first part.
  const quoted = /^\s*'(?:[^']|'')*'!/.exec(text);
  const rest = quoted ? text.slice(quoted[0].length) : text;
  return rest.split(/,|&&/)[0].replace(/^.*!/, "").replace(/\$/g, "").trim();
}

/** The sheet's print area (the first one when there are several), or null when none. */
export function printAreaOf(sheet: { printArea: string | null }): CellRange | null {
  const text = sheet.printArea;
  if (typeof text !== "string" || text.trim() === "") return null;
  return parseRangeAddress(firstArea(text));
}
