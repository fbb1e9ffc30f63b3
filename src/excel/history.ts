// The campaign over days in Excel: the day sheets and the history sheet read in ONE extra round trip whatever
// their number (every load queued before a single sync), and the history sheet written in the final batch.
import { gatherHistory, type Gathered } from "../core/history/gather";
import { historySheetModel, isHistorySheetName } from "../core/history/sheet";
import type { HistoryRecord } from "../core/history/types";
import type { DaySerial, Grid, Lang, QuotaTable } from "../core/types";
import { dateFromSheetName, datedSheets, type WorkbookSheet } from "../core/workbook";
import { columnLetters } from "../core/address";
import type { Engine } from "./engine";
import { parseArea } from "./a1";
import { toCellValues } from "./read";
import { widthToPoints, writeCells } from "./write";

interface PendingSheet {
  name: string;
  range: Excel.Range;
}

export interface PendingHistory {
  /** After the sync: the history gathered for the table read today. */
  finish(engine: Engine, today: { grid: Grid; table: QuotaTable }, asOf: DaySerial, lang: Lang): Gathered;
  /** After the sync: the history sheet's name and its table's, when the workbook has one. */
  existing(): { sheet: string; table: string | null } | null;
}

/** Queue the used ranges of the sheets named as days and of the history sheet (no sync here). */
export function queueHistoryRead(context: Excel.RequestContext, sheetNames: string[], activeSheet: string): PendingHistory {
  const pending: PendingSheet[] = [];
  let tables: Excel.TableCollection | null = null;
  let historyName: string | null = null;
  for (const name of sheetNames) {
    const isHistory = isHistorySheetName(name);
    if (name === activeSheet || (!isHistory && dateFromSheetName(name) === null)) continue;
    const sheet = context.workbook.worksheets.getItem(name);
    const range = sheet.getUsedRange(true);
    range.load("address,values,valueTypes");
    pending.push({ name, range });
    if (isHistory) {
      historyName = name;
      tables = sheet.tables;
      tables.load("items/name");
    }
  }
  return {
    finish(engine, today, asOf, lang) {
      const sheets: WorkbookSheet[] = [{ name: today.grid.sheet, grid: today.grid, table: today.table }];
      for (const p of pending) {
        const area = parseArea(p.range.address);
        const grid: Grid = { sheet: p.name, origin: { row: area.top, col: area.left }, values: toCellValues(p.range.values, p.range.valueTypes), merges: [], hiddenRows: [], hiddenCols: [] };
        const read = isHistorySheetName(p.name) ? null : engine.readQuotaTable(grid);
        sheets.push({ name: p.name, grid, table: read?.ok ? read.table : null });
      }
      const dated = datedSheets(sheets, null);
      return gatherHistory({ grid: today.grid, table: today.table, sheets, dated, asOf, lang });
    },
    existing() {
      return historyName === null ? null : { sheet: historyName, table: tables?.items[0]?.name ?? null };
    },
  };
}

/**
 * Queue the history sheet: added with its table the first time; afterwards its cells rewritten from the merged
 * records (a superset of what it held, so no row is lost) and its table stretched over them.
 */
export async function queueHistorySheet(
  context: Excel.RequestContext, records: HistoryRecord[], lang: Lang, existing: { sheet: string; table: string | null } | null, canResize: boolean,
): Promise<string> {
  const model = historySheetModel(records, lang);
  const sheet = existing ? context.workbook.worksheets.getItem(existing.sheet) : context.workbook.worksheets.add(model.sheetName);
  await writeCells(context, sheet, model.cells, model.styles);
  if (!existing) {
    for (const { col, width } of model.columnWidths) sheet.getRange(`${columnLetters(col)}:${columnLetters(col)}`).format.columnWidth = widthToPoints(width);
  }
  if (model.table) {
    if (!existing || existing.table === null) {
      const table = sheet.tables.add(model.table.ref, true);
      table.name = model.table.name;
    } else if (canResize) sheet.tables.getItem(existing.table).resize(model.table.ref);
  }
  return existing?.sheet ?? model.sheetName;
}
