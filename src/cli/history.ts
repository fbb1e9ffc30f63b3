// The command line's history: gathered from the workbook (src/core/history/gather) up to the as-of day (the
// chosen day sheet's day when nothing else gives one); and the history sheet written into the report's copy.
import type ExcelJS from "exceljs";
import { gatherHistory, type Gathered } from "../core/history/gather";
import { historySheetModel, isHistorySheetName } from "../core/history/sheet";
import type { HistoryRecord } from "../core/history";
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

/** The day the chosen sheet stands for when it is a dated sheet ("15-9"), else null. */
export function chosenSheetDay(found: Found): DaySerial | null {
  return found.dated.find((d) => d.name === found.table.sheet)?.day ?? null;
}

/** The history the workbook keeps, up to the as-of date the campaign settled on (campaignFromSheet). */
export function historyOf(found: Found, o: CliOptions, asOf: DaySerial): CliHistory {
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
