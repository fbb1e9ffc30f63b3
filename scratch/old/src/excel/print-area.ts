// The clerk's print area, so the colour legend never lands in the printout (legend-place.ts), and a sheet that
// had none keeps printing what it printed before the legend came (ColourPlan legend.keepPrintArea), as the
// command line does. PageLayout.getPrintAreaOrNullObject / setPrintArea: ExcelApi 1.9.
import type { CellRange } from "../core/report/model";
import { rangeAddress } from "../core/address";
import { parseAreas } from "./a1";
import type { Capabilities } from "./requirements";

function sheetOf(context: Excel.RequestContext, sheetName: string | null): Excel.Worksheet {
  return sheetName ? context.workbook.worksheets.getItem(sheetName) : context.workbook.worksheets.getActiveWorksheet();
}

/**
 * Queue the read of the sheet's print area in the caller's batch. After its sync: the area (several areas give
 * the rectangle around them all, so the legend stays out of every one), null when the sheet has none, undefined
 * when this Excel cannot tell.
 */
export function queuePrintAreaRead(context: Excel.RequestContext, sheetName: string | null, caps: Capabilities): () => CellRange | null | undefined {
  if (!caps.printArea) return () => undefined;
  const areas = sheetOf(context, sheetName).pageLayout.getPrintAreaOrNullObject();
  areas.load("address");
  return () => {
    if (areas.isNullObject) return null;
    const list = parseAreas(areas.address);
    if (list.length === 0) return null;
    return {
      top: Math.min(...list.map((a) => a.top)), left: Math.min(...list.map((a) => a.left)),
      bottom: Math.max(...list.map((a) => a.bottom)), right: Math.max(...list.map((a) => a.right)),
    };
  };
}

/** Queue: the sheet that had no print area gets the range it printed before (its used range without the legend). */
export function queueKeepPrintArea(context: Excel.RequestContext, sheetName: string, keep: CellRange | null | undefined, caps: Capabilities): void {
  if (!caps.printArea) return;
  if (keep) sheetOf(context, sheetName).pageLayout.setPrintArea(rangeAddress(keep));
}
