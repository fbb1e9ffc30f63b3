// The command line's history: gathered from the workbook (src/core/history/gather), with the as-of day the
// chosen day sheet implies when none was given; and the history sheet written into the report's copy.
import type ExcelJS from "exceljs";
import { gatherHistory, type Gathered } from "../core/history/gather";
import { historySheetModel, isHistorySheetName } from "../core/history/sheet";
import type { HistoryRecord } from "../core/history";
import { todaySerial } from "../core/dates";
import type { DaySerial, Grid, Lang, QuotaTable } from "../core/types";
import type { DatedSheet, WorkbookSheet } from "../core/workbook";
import type { CliOptions } from "./options";
import { writeReportSheet } from "./write-xlsx";

export interface CliHistory extends Gathered {
  asOf: DaySerial;
}

interface Found {
  grid: Grid;
  table: QuotaTable;
  sheets: WorkbookSheet[];
  dated: DatedSheet[];
}

export function historyOf(found: Found, o: CliOptions): CliHistory {
  const chosen = found.dated.find((d) => d.name === found.table.sheet);
  const asOf = o.asOf ?? chosen?.day ?? todaySerial();
  return { asOf, ...gatherHistory({ ...found, asOf, lang: o.lang }) };
}

/** The history sheet in the copy: every record kept, today's added (an older history sheet is replaced by it). */
export function writeHistorySheet(workbook: ExcelJS.Workbook, records: HistoryRecord[], lang: Lang): string {
  for (const ws of [...workbook.worksheets]) if (isHistorySheetName(ws.name)) workbook.removeWorksheet(ws.id);
  const model = historySheetModel(records, lang);
  const { table, ...rest } = model;
  const ws = writeReportSheet(workbook, rest);
  if (table && records.length > 0) {
    const rows: ExcelJS.CellValue[][] = records.map((r) => [r.day, r.unit, r.measure, r.target, r.done]);
    ws.addTable({ name: table.name, ref: "A1", headerRow: true, style: { theme: "TableStyleLight9", showRowStripes: true }, columns: table.columns.map((name) => ({ name, filterButton: true })), rows });
  }
  return model.sheetName;
}
