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
import { measureIdentityKey } from "../vocabulary/measure-identity";
import { unitFullKey } from "../units/unit-key";

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

/**
 * Today's records are merged already when nothing else was gathered and no two of them can share a key: no two
 * measures of one identity, no two units of one full key (each unit's key is then its own name, see
 * unit-keys.ts). Most workbooks hold no history yet, and a province's day is 150,000 records to key one by one.
 */
function mergedAlready(table: QuotaTable): boolean {
  const measures = new Set(table.measures.map((m) => measureIdentityKey(m.label)));
  if (measures.size !== table.measures.length) return false;
  const units = new Set<string>();
  for (const u of table.units) {
    const key = unitFullKey(u.name);
    if (units.has(key)) return false;
    units.add(key);
  }
  return true;
}

export function gatherHistory(input: GatherInput): Gathered {
  const { asOf, lang } = input;
  const historySheet = input.sheets.find((s) => isHistorySheetName(s.name));
  const fromTable = historySheet ? recordsFromHistoryGrid(historySheet.grid) : [];
  const fromSheets = recordsFromSheets(input.sheets, input.dated);
  const dayColumn = recordsFromDayColumn(input.table, input.grid, asOf);
  const today = recordsFromTable(input.table, asOf);
  // Today alone is one day: no history yet, and today's records are the snapshot.
  const alone = dayColumn.records.length === 0 && fromTable.length === 0 && fromSheets.length === 0;
  if (alone && mergedAlready(input.table)) return { records: [], snapshot: today, typed: dayColumn.typed, findings: [] };
  // Names matched to today's units as the analysis will match them, so a day keeps one record per unit.
  const records = mergeRecordLists([dayColumn.records, fromTable, fromSheets, today], historyUnitKeys(input.table.units.map((u) => u.name)).keyFor);
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
