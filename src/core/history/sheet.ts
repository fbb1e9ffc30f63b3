// The history kept in the workbook: a sheet "Lịch sử tiến độ" holding one Excel table (date, unit, measure,
// target, cumulative done), readable by a person and by the command line. Written whole from the merged
// records: a day's newest figures replace that day's, every other row is kept.
import { rangeAddress } from "../address";
import { foldText } from "../vocabulary/normalize";
import { toDaySerial } from "../dates";
import { t } from "../messages";
import { numberFormats } from "../report/styles";
import type { ReportCell, ReportModel, RowRun } from "../report/model";
import { parseNumber } from "../numbers";
import type { Grid, Lang } from "../types";
import type { HistoryRecord } from "./types";

const COLUMN_KEYS = ["day", "unit", "measure", "target", "done"] as const;

/** Header texts of the history table, in both languages (a workbook made in English is read in Vietnamese). */
function headerWords(lang: Lang): string[] {
  return COLUMN_KEYS.map((k) => t(lang, `history.col.${k}`));
}


/** True when a sheet's name is the history sheet's (in either language), typed with or without accents. */
export function isHistorySheetName(name: string): boolean {
  const folded = foldText(name);
  return (["vi", "en"] as Lang[]).some((lang) => folded === foldText(t(lang, "history.sheetName")));
}

/** A record's row on the history sheet. */
function recordCells(r: HistoryRecord, row: number): ReportCell[] {
  return [
    { row, col: 1, kind: "date", value: r.day, style: "date" },
    { row, col: 2, kind: "text", value: r.unit },
    { row, col: 3, kind: "text", value: r.measure },
    r.target === null ? { row, col: 4, kind: "empty" } : { row, col: 4, kind: "number", value: r.target, style: "count" },
    r.done === null ? { row, col: 5, kind: "empty" } : { row, col: 5, kind: "number", value: r.done, style: "count" },
  ];
}

/**
 * The history sheet as a model: header, one row per record, an Excel table over them. The records' rows are a run,
 * made when the sheet is written (a province's campaign has hundreds of thousands of records): the records are
 * read then, so they must not change in between.
 */
export function historySheetModel(records: HistoryRecord[], lang: Lang): ReportModel {
  const columns = headerWords(lang);
  const f = numberFormats(lang);
  const cells: ReportCell[] = columns.map((value, i) => ({ row: 1, col: i + 1, kind: "text", value, style: "head" }));
  const runs: RowRun[] = records.length === 0 ? [] : [{ top: 2, count: records.length, right: COLUMN_KEYS.length, cellsAt: (i) => recordCells(records[i], i + 2) }];
  const last = { top: 1, left: 1, bottom: Math.max(2, records.length + 1), right: columns.length };
  return {
    sheetName: t(lang, "history.sheetName"),
    cells,
    runs,
    styles: { head: { bold: true, hAlign: "center", wrap: true }, date: { numFmt: f.date }, count: { numFmt: f.count } },
    merges: [],
    columnWidths: [{ col: 1, width: 12 }, { col: 2, width: 26 }, { col: 3, width: 30 }, { col: 4, width: 12 }, { col: 5, width: 14 }],
    rowHeights: [],
    rules: [],
    freeze: { rows: 1, cols: 0 },
    print: { paperSize: "A4", orientation: "portrait", fitToWidth: 1, repeatRows: { first: 1, last: 1 }, printArea: last, margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5 }, centerHorizontally: true },
    charts: [],
    chatText: "",
    table: { name: t(lang, "history.tableName"), ref: rangeAddress(last), columns },
  };
}

/** The records of a history sheet: found by its header words (either language), rows until the first blank. */
export function recordsFromHistoryGrid(grid: Grid): HistoryRecord[] {
  const wanted = (["vi", "en"] as Lang[]).map((lang) => headerWords(lang).map(foldText));
  for (let r = 0; r < Math.min(grid.values.length, 10); r++) {
    const line = (grid.values[r] ?? []).map((v) => (typeof v === "string" ? foldText(v) : ""));
    for (const words of wanted) {
      const cols = words.map((w) => line.indexOf(w));
      if (cols.some((c) => c < 0)) continue;
      const out: HistoryRecord[] = [];
      for (let k = r + 1; k < grid.values.length; k++) {
        const row = grid.values[k] ?? [];
        const day = toDaySerial(row[cols[0]] ?? null);
        const unit = row[cols[1]];
        if (day === null || typeof unit !== "string" || !unit.trim()) continue;
        const measure = row[cols[2]];
        out.push({ day, unit: unit.trim(), measure: typeof measure === "string" ? measure : "", target: parseNumber(row[cols[3]] ?? null), done: parseNumber(row[cols[4]] ?? null) });
      }
      return out;
    }
  }
  return [];
}
