// Keeping the legend and the signature block on the page of the table: when the table alone fits on one
// printed page, the whole report is printed one page tall (Excel scales it down a little if the lines under
// the table would spill onto a second page). The sizes are estimates of how Excel lays out an A4 page with
// 12-point Times New Roman; a longer table is left to flow over pages as it is. The burn-up charts are never
// cut by a page: all of the report on one page, scaled to fit, when it fits; else each chart block starts a
// page of its own (a block is far shorter than a page).
import type { ReportModel } from "./model";

const POINTS_PER_INCH = 72;
const A4 = { short: 8.27, long: 11.69 };
/** Excel's default row height for a 12-point Times New Roman sheet, in points. */
const DEFAULT_ROW_POINTS = 15.75;
/** A column width unit (one "0" of the font) plus padding, in points, for 12-point Times New Roman. */
const POINTS_PER_WIDTH_UNIT = 6;

function printableSize(model: ReportModel): { width: number; height: number } {
  const { orientation, margins } = model.print;
  const [w, h] = orientation === "landscape" ? [A4.long, A4.short] : [A4.short, A4.long];
  return {
    width: (w - margins.left - margins.right) * POINTS_PER_INCH,
    height: (h - margins.top - margins.bottom) * POINTS_PER_INCH,
  };
}

/** The scale Excel uses to fit the print area's width on the page (never above 100 %). */
function widthScale(model: ReportModel, pageWidth: number): number {
  const { left, right } = model.print.printArea;
  const widths = new Map(model.columnWidths.map((c) => [c.col, c.width]));
  let points = 0;
  for (let c = left; c <= right; c++) points += (widths.get(c) ?? 8.43) * POINTS_PER_WIDTH_UNIT;
  return points > pageWidth ? pageWidth / points : 1;
}

/** Height of rows top…bottom in points (unscaled). */
function rowsHeight(model: ReportModel, top: number, bottom: number): number {
  const heights = new Map(model.rowHeights.map((r) => [r.row, r.height]));
  let points = 0;
  for (let r = top; r <= bottom; r++) points += heights.get(r) ?? DEFAULT_ROW_POINTS;
  return points;
}

/** True when rows top…bottom of the print area fit on one page at the width's scale. */
export function fitsOnOnePage(model: ReportModel, bottom: number): boolean {
  const page = printableSize(model);
  return rowsHeight(model, model.print.printArea.top, bottom) * widthScale(model, page.width) <= page.height;
}

/** One page tall when the table (to `tableBottom`) fits on a page: the legend and signatures then stay with it. */
export function keepCloseWithTable(model: ReportModel, tableBottom: number): void {
  if (fitsOnOnePage(model, tableBottom)) model.print.fitToHeight = 1;
}

/**
 * Where the burn-up charts print. `chartTops`: the first row of each chart block (heading + charts), the last
 * block ending at the print area's bottom. Everything on one page when it fits (charts scaled with the rest);
 * otherwise a page break above each block. A block (a heading and 18 rows, about 300 points) is far shorter
 * than a landscape A4 page's printable height (about 520 points), repeated header included.
 */
export function placeCharts(model: ReportModel, tableBottom: number, chartTops: number[]): void {
  if (chartTops.length === 0 || fitsOnOnePage(model, model.print.printArea.bottom)) {
    keepCloseWithTable(model, chartTops.length === 0 ? tableBottom : model.print.printArea.bottom);
    return;
  }
  model.print.rowBreaks = [...chartTops];
}


/**
 * Several tables one under another (a period report's measures): a table that would start near the foot of a
 * page and run onto the next starts a page of its own when it fits on one, so no page holds a table's rows
 * without its header. `blocks`: each table's rows, heading to total, top to bottom. A table longer than a page
 * flows on as it is (its rows then continue under no header; the sheet repeats none for several tables).
 */
export function keepTablesWhole(model: ReportModel, blocks: { top: number; bottom: number }[]): void {
  if (blocks.length < 2) return;
  const page = printableSize(model);
  const room = page.height / widthScale(model, page.width);
  const breaks: number[] = [];
  let used = rowsHeight(model, model.print.printArea.top, blocks[0].top - 1);
  blocks.forEach((b, i) => {
    const height = rowsHeight(model, b.top, b.bottom);
    const gap = i > 0 ? rowsHeight(model, blocks[i - 1].bottom + 1, b.top - 1) : 0;
    if (i > 0 && used + gap + height > room && height <= room) {
      breaks.push(b.top);
      used = height;
    } else {
      used = (used + gap + height) % room;
    }
  });
  if (breaks.length > 0) model.print.rowBreaks = breaks;
}
