// The print area of a sheet as exceljs holds it ("A1:H16", "$A$1:$H$16", "'Sheet'!A1:H16", several joined
// by "&&"), as a range the engine understands: null when the sheet has none.
import type ExcelJS from "exceljs";
import type { CellRange } from "../core/report/model";
import { parseRangeAddress } from "../core/address";

/** The sheet's print area (the first one when there are several; their union is rare), or null when none. */
export function printAreaOf(ws: ExcelJS.Worksheet): CellRange | null {
  const text = ws.pageSetup?.printArea;
  if (typeof text !== "string" || text.trim() === "") return null;
  return parseRangeAddress(text.split("&&")[0]);
}
