// The campaign over days in Excel: the day sheets and the history sheet located in the caller's batch, then their
// cells read in batches whose responses stay under the byte budget (one sync for a campaign of a few thousand
// unit-days, whatever the number of sheets), and the history sheet written in the final batch.
import { gatherHistory, type Gathered } from "../core/history/gather";
import { historySheetModel, isHistorySheetName } from "../core/history/sheet";
import { allCells } from "../core/report/row-runs";
import type { HistoryRecord } from "../core/history/types";
import type { DaySerial, Grid, Lang, MergeArea, Msg, QuotaTable } from "../core/types";
import { msg, t } from "../core/messages";
import { readQuotaTable } from "../core/read";
import { dateFromSheetName, datedSheets, type WorkbookSheet } from "../core/workbook";
import { columnLetters, freshTableName, rangeAddress } from "../core/address";
import { onSheet, parseArea } from "./a1";
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
  /** After fetch: the history sheet as it stands, when the workbook has one. */
  existing(): ExistingHistory | null;
  /**
   * After the caller's sync: every name a new table may not take: the workbook's Excel tables (an old history sheet
   * renamed keeps its table's) and its workbook-level defined names (Excel refuses a table named as one).
   */
  tableNames(): string[];
}

/** What saving into an existing history sheet must know first, read with the history's cells (no sync of its own). */
export interface ExistingHistory {
  sheet: string;
  /** Its Excel table and where it is now (the clerk may have moved it). */
  table: { name: string; address: string } | null;
  protected: boolean;
}

/** Queue the used ranges' addresses of the sheets named as days and of the history sheet (no sync here: they ride
 * with the caller's next one). */
export function queueHistoryRead(context: Excel.RequestContext, sheetNames: string[]): PendingHistory {
  const located: LocatedSheet[] = [];
  let tables: Excel.TableCollection | null = null;
  let historyName: string | null = null;
  let protection: Excel.WorksheetProtection | null = null;
  let tableRange: Excel.Range | null = null;
  const allTables = context.workbook.tables;
  const definedNames = context.workbook.names;
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
      protection = sheet.protection;
      protection.load("protected");
    }
  }
  allTables.load("items/name");
  definedNames.load("items/name");
  return {
    async fetch(today, asOf, lang) {
      // The sheet read today is already in hand (it may be a dated sheet itself).
      const others = located.filter((l) => l.name !== today.grid.sheet);
      // Where the history table is now is loaded with the first batch of cells, at no extra sync: a table the clerk
      // moved must be known before anything is written.
      const firstTable = tables?.items[0] ?? null;
      if (firstTable) {
        tableRange = firstTable.getRange();
        tableRange.load("address");
      }
      const slices = planSlices(others.map((l) => parseArea(l.used.address)));
      if (slices.length === 0 && tableRange) await context.sync();
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
      if (historyName === null) return null;
      const first = tables?.items[0];
      return {
        sheet: historyName,
        table: first && tableRange ? { name: first.name, address: tableRange.address } : null,
        protected: protection?.protected === true,
      };
    },
    tableNames: () => [...allTables.items.map((x) => x.name), ...definedNames.items.map((x) => x.name)],
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

export type HistorySave = { ok: true; sheet: string } | { ok: false; msg: Msg };


/**
 * Save the day's figures: the history sheet added with its table the first time; afterwards its cells rewritten
 * from the merged records (a superset of what it held, so no row is lost) and its table stretched over them. In a
 * batch of its own (the caller's report is already written); what Excel would refuse is checked first, and a
 * refusal is one line for the clerk, never Excel's own text.
 */
export async function saveHistory(
  context: Excel.RequestContext, records: HistoryRecord[], lang: Lang,
  where: { existing: ExistingHistory | null; tableNames: string[]; withReport: boolean }, caps: Capabilities,
): Promise<HistorySave> {
  const existing = where.existing;
  const model = historySheetModel(records, lang);
  const name = existing?.sheet ?? model.sheetName;
  const refused = (reason: Msg): HistorySave => ({ ok: false, msg: msg(where.withReport ? "excel.history.notSaved" : "excel.history.notSavedAlone", { sheet: name, reason: t(lang, reason) }) });
  if (existing?.protected) return refused(msg("excel.history.protected"));
  const wanted = model.table ? parseArea(model.table.ref) : null;
  const table = existing?.table ?? null;
  if (wanted && table) {
    const now = parseArea(table.address);
    // Table.resize needs the new range to overlap the table with its header in the same row.
    if (now.top !== wanted.top || now.left !== wanted.left) return refused(msg("excel.history.tableMoved"));
  }
  try {
    const sheet = existing ? context.workbook.worksheets.getItem(existing.sheet) : context.workbook.worksheets.add(model.sheetName);
    await writeCells(context, sheet, allCells(model), model.styles);
    if (!existing) {
      for (const { col, width } of model.columnWidths) sheet.getRange(`${columnLetters(col)}:${columnLetters(col)}`).format.columnWidth = widthToPoints(width);
    }
    if (model.table) {
      const ref = onSheet(name, model.table.ref);
      if (!table) {
        const added = sheet.tables.add(ref, true);
        added.name = freshTableName(model.table.name, where.tableNames);
      } else if (caps.tableResize) sheet.tables.getItem(table.name).resize(ref);
      // Before ExcelApi 1.13 the table keeps its old size: the rows under it are still written, only not banded.
    }
    await context.sync();
    return { ok: true, sheet: name };
  } catch (e) {
    const code = (e as { code?: string } | null)?.code ?? "";
    return refused(code === "AccessDenied" ? msg("excel.history.protected") : msg("excel.history.refused", { code: code || "?" }));
  }
}
