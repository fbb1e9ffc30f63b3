// The campaign over days in Excel: the day sheets and the history sheet located in the caller's batch, then their
// cells read in batches whose responses stay under the byte budget (one sync for a campaign of a few thousand
// unit-days, whatever the number of sheets), and the history sheet written in the final batch.
import { gatherHistory, type Gathered } from "../core/history/gather";
import { historySheetModel, isHistorySheetName } from "../core/history/sheet";
import type { HistoryRecord } from "../core/history/types";
import type { DaySerial, Grid, Lang, MergeArea, QuotaTable } from "../core/types";
import { readQuotaTable } from "../core/read";
import { dateFromSheetName, datedSheets, type WorkbookSheet } from "../core/workbook";
import { columnLetters, rangeAddress } from "../core/address";
import { parseArea } from "./a1";
import { FIRST_GUESS_CELL_BYTES, RESPONSE_BUDGET_BYTES, toCellValues } from "./read";
import { widthToPoints, writeCells } from "./write";
import type { Capabilities } from "./requirements";

interface LocatedSheet {
  name: string;
  sheet: Excel.Worksheet;
  used: Excel.Range;
}

/** A block of rows of one sheet, read in some batch. */
interface Slice {
  sheet: number;
  area: MergeArea;
  range?: Excel.Range;
}

export interface PendingHistory {
  /** After the caller's sync: the cells read (syncs: one per batch under the budget) and the history gathered. */
  fetch(today: { grid: Grid; table: QuotaTable }, asOf: DaySerial, lang: Lang): Promise<Gathered>;
  /** After fetch: the history sheet's name and its table's, when the workbook has one. */
  existing(): { sheet: string; table: string | null } | null;
}

/** Queue the used ranges' addresses of the sheets named as days and of the history sheet (no sync here: they ride
 * with the caller's next one). */
export function queueHistoryRead(context: Excel.RequestContext, sheetNames: string[]): PendingHistory {
  const located: LocatedSheet[] = [];
  let tables: Excel.TableCollection | null = null;
  let historyName: string | null = null;
  for (const name of sheetNames) {
    const isHistory = isHistorySheetName(name);
    if (!isHistory && dateFromSheetName(name) === null) continue;
    const sheet = context.workbook.worksheets.getItem(name);
    const used = sheet.getUsedRange(true);
    used.load("address");
    located.push({ name, sheet, used });
    if (isHistory) {
      historyName = name;
      tables = sheet.tables;
      tables.load("items/name");
    }
  }
  return {
    async fetch(today, asOf, lang) {
      // The sheet read today is already in hand (it may be a dated sheet itself).
      const others = located.filter((l) => l.name !== today.grid.sheet);
      const slices = planSlices(others.map((l) => parseArea(l.used.address)));
      const values: unknown[][][] = others.map(() => []);
      const types: string[][][] = others.map(() => []);
      for (const batch of batches(slices)) {
        for (const s of batch) {
          s.range = others[s.sheet].sheet.getRange(rangeAddress(s.area));
          s.range.load("values,valueTypes");
        }
        await context.sync();
        for (const s of batch) {
          for (const row of s.range!.values) values[s.sheet].push(row);
          for (const row of s.range!.valueTypes) types[s.sheet].push(row);
        }
      }
      const sheets: WorkbookSheet[] = [{ name: today.grid.sheet, grid: today.grid, table: today.table }];
      others.forEach((l, i) => {
        const area = parseArea(l.used.address);
        const grid: Grid = { sheet: l.name, origin: { row: area.top, col: area.left }, values: toCellValues(values[i], types[i]), merges: [], hiddenRows: [], hiddenCols: [] };
        const read = isHistorySheetName(l.name) ? null : readQuotaTable(grid);
        sheets.push({ name: l.name, grid, table: read?.ok ? read.table : null });
      });
      const dated = datedSheets(sheets, null);
      return gatherHistory({ grid: today.grid, table: today.table, sheets, dated, asOf, lang });
    },
    existing() {
      return historyName === null ? null : { sheet: historyName, table: tables?.items[0]?.name ?? null };
    },
  };
}

/** Each sheet's used range cut into row blocks no bigger than the budget (at the first guess of a cell's cost). */
function planSlices(areas: MergeArea[]): Slice[] {
  const out: Slice[] = [];
  areas.forEach((area, sheet) => {
    const rowBytes = (area.right - area.left + 1) * FIRST_GUESS_CELL_BYTES;
    const rows = Math.max(1, Math.floor(RESPONSE_BUDGET_BYTES / rowBytes));
    for (let top = area.top; top <= area.bottom; top += rows) out.push({ sheet, area: { ...area, top, bottom: Math.min(area.bottom, top + rows - 1) } });
  });
  return out;
}

/** Slices packed in order into batches whose guessed response stays under the budget. */
function batches(slices: Slice[]): Slice[][] {
  const out: Slice[][] = [];
  let current: Slice[] = [];
  let bytes = 0;
  for (const s of slices) {
    const cost = (s.area.bottom - s.area.top + 1) * (s.area.right - s.area.left + 1) * FIRST_GUESS_CELL_BYTES;
    if (current.length > 0 && bytes + cost > RESPONSE_BUDGET_BYTES) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(s);
    bytes += cost;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * Queue the history sheet: added with its table the first time; afterwards its cells rewritten from the merged
 * records (a superset of what it held, so no row is lost) and its table stretched over them.
 */
export async function queueHistorySheet(
  context: Excel.RequestContext, records: HistoryRecord[], lang: Lang, existing: { sheet: string; table: string | null } | null, caps: Capabilities,
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
    } else if (caps.tableResize) sheet.tables.getItem(existing.table).resize(model.table.ref);
    // Before ExcelApi 1.13 the table keeps its old size: the rows under it are still written, only not banded.
  }
  return existing?.sheet ?? model.sheetName;
}
