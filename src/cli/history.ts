// The command line's history: the records of the workbook's dated sheets, its history sheet and the "trong ngày"
// column, merged (the clerk's own day sheets win), and the as-of day they imply when none was given.
import type ExcelJS from "exceljs";
import { mergeRecords, recordsFromDayColumn, recordsFromSheets, recordsFromTable, type HistoryRecord, type TypedToday } from "../core/history";
import { isHistorySheetName, historySheetModel, recordsFromHistoryGrid } from "../core/history/sheet";
import { todaySerial } from "../core/dates";
import type { DaySerial, Finding, Grid, Lang, QuotaTable } from "../core/types";
import type { DatedSheet, WorkbookSheet } from "../core/workbook";
import { formatDate } from "../core/dates";
import { t } from "../core/messages";
import type { CliOptions } from "./options";
import { writeReportSheet } from "./write-xlsx";

export interface CliHistory {
  asOf: DaySerial;
  records: HistoryRecord[];
  typed: TypedToday;
  findings: Finding[];
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
  const historySheet = found.sheets.find((s) => isHistorySheetName(s.name));
  const fromTable = historySheet ? recordsFromHistoryGrid(historySheet.grid) : [];
  const fromSheets = recordsFromSheets(found.sheets, found.dated);
  const dayColumn = recordsFromDayColumn(found.table, found.grid, asOf);
  // Lowest first: the day before derived from "trong ngày", the history table, the day sheets, today's table.
  let records = mergeRecords(dayColumn.records, fromTable);
  records = mergeRecords(records, fromSheets);
  records = mergeRecords(records, recordsFromTable(found.table, asOf));
  const sources = [
    fromSheets.length > 0 ? "history.source.sheets" : null,
    dayColumn.records.length > 0 ? "history.source.dayColumn" : null,
    fromTable.length > 0 ? "history.source.table" : null,
  ].filter((k): k is string => k !== null);
  const days = [...new Set(records.filter((r) => r.day <= asOf).map((r) => r.day))].sort((a, b) => a - b);
  const findings: Finding[] = [];
  if (days.length >= 2 && sources.length > 0) {
    findings.push({ code: "history-read", severity: "info", cell: null, msg: { key: "history.days-read", params: {
      days: days.length, from: formatDate(days[0], "vi"), to: formatDate(days[days.length - 1], "vi"), sources: sources.map((k) => t(o.lang, k)).join(", "),
    } } });
  }
  // A lone day is no history: nothing over time can be said from it.
  return { asOf, records: days.length >= 2 ? records : [], typed: dayColumn.typed, findings };
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
