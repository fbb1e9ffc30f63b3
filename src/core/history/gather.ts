// Every source of history a workbook holds, merged into one list of records: the day before derived from the
// "trong ngày" column (lowest), the history table, the clerk's own day sheets, and the table read today
// (highest). Both faces (command line and add-in) gather the same way.
import { formatDate } from "../dates";
import { t, type MessageKey } from "../messages";
import type { DaySerial, Finding, Grid, Lang, QuotaTable } from "../types";
import type { DatedSheet, WorkbookSheet } from "../workbook";
import type { TypedToday } from "./analyze";
import { mergeRecordLists, recordsFromDayColumn, recordsFromSheets, recordsFromTable } from "./import";
import { isHistorySheetName, recordsFromHistoryGrid } from "./sheet";
import type { HistoryRecord } from "./types";
import { historyUnitKeys } from "./unit-keys";

export interface GatherInput {
  grid: Grid;
  table: QuotaTable;
  /** The workbook's sheets as read (the history sheet among them when it exists). */
  sheets: WorkbookSheet[];
  dated: DatedSheet[];
  asOf: DaySerial;
  lang: Lang;
}

export interface Gathered {
  /** Empty when fewer than two days are known (a lone day is no history). */
  records: HistoryRecord[];
  /** Every record, today's included, even when alone: what the history sheet keeps. */
  snapshot: HistoryRecord[];
  typed: TypedToday;
  findings: Finding[];
}

export function gatherHistory(input: GatherInput): Gathered {
  const { asOf, lang } = input;
  const historySheet = input.sheets.find((s) => isHistorySheetName(s.name));
  const fromTable = historySheet ? recordsFromHistoryGrid(historySheet.grid) : [];
  const fromSheets = recordsFromSheets(input.sheets, input.dated);
  const dayColumn = recordsFromDayColumn(input.table, input.grid, asOf);
  // Names matched to today's units as the analysis will match them, so a day keeps one record per unit.
  const units = historyUnitKeys(input.table.units.map((u) => u.name));
  const records = mergeRecordLists([dayColumn.records, fromTable, fromSheets, recordsFromTable(input.table, asOf)], units.keyFor);
  const sources = [
    fromSheets.length > 0 ? "history.source.sheets" : null,
    dayColumn.records.length > 0 ? "history.source.dayColumn" : null,
    fromTable.length > 0 ? "history.source.table" : null,
  ].filter((k): k is MessageKey => k !== null);
  // One pass, no filtered or mapped copy of the records (a province's day is 150,000 of them).
  const seen = new Set<DaySerial>();
  for (const r of records) if (r.day <= asOf) seen.add(r.day);
  const days = [...seen].sort((a, b) => a - b);
  const findings: Finding[] = [];
  if (days.length >= 2 && sources.length > 0) {
    findings.push({ code: "history-read", severity: "info", cell: null, msg: { key: "history.days-read", params: {
      days: days.length, from: formatDate(days[0], lang), to: formatDate(days[days.length - 1], lang), sources: sources.map((k) => t(lang, k)).join(", "),
    } } });
  }
  return { records: days.length >= 2 ? records : [], snapshot: records, typed: dayColumn.typed, findings };
}
