// A plain table sheet in the offices' layout, the one the add-in's own tables share (allocation, consolidation):
// title lines, STT, Đơn vị, figure columns, a total row of native SUM formulas that add up, then notes.
import type { Lang, Msg } from "../types";
import { t, type MessageKey } from "../messages";
import { cellAddress, freshSheetName } from "../address";
import type { CellRange, ReportCell, ReportModel } from "./model";
import { reportStyles } from "./styles";
import { displayText } from "../text";

const HEADER_ROW = 4;

export interface TableSheetColumn {
  header: string;
  /** One figure per row (null = empty cell). */
  values: (number | null)[];
  /** Add a total-row SUM (false for a text-only column). */
  sum: boolean;
}

/** Where tableSheet puts the header, the first unit and the total row. */
export function tableLayout(subtitleCount: number, rowCount: number): { headerRow: number; firstRow: number; totalRow: number } {
  const headerRow = HEADER_ROW + Math.max(0, subtitleCount - 2);
  return { headerRow, firstRow: headerRow + 1, totalRow: headerRow + 1 + rowCount };
}

export interface TableSheetInput {
  lang: Lang;
  /** The sheet's name (made free among the existing sheets) and title, from the messages catalogue. */
  name: MessageKey;
  title: MessageKey;
  existingSheetNames: readonly string[];
  subtitles: string[];
  names: string[];
  columns: TableSheetColumn[];
  notes: Msg[];
}

/**
 * A plain table sheet, the layout of the add-in's own tables (allocation, consolidation): title lines, STT,
 * Đơn vị, figure columns, a total row with SUM formulas, then notes, in the clerk's language.
 */
export function tableSheet(input: TableSheetInput): ReportModel {
  const { columns, names, lang } = input;
  const title = t(lang, input.title);
  const totalLabel = t(lang, "alloc.sheet.total");
  const notes = input.notes.map((m) => t(lang, m));
  const lastCol = 2 + columns.length;
  const full = (row: number): CellRange => ({ top: row, left: 1, bottom: row, right: lastCol });
  const { headerRow, firstRow, totalRow } = tableLayout(input.subtitles.length, names.length);
  const cells: ReportCell[] = [{ row: 1, col: 1, kind: "text", value: title, style: "title" }];
  const merges: CellRange[] = [full(1)];
  input.subtitles.forEach((line, i) => {
    cells.push({ row: 2 + i, col: 1, kind: "text", value: line, style: "subtitle" });
    merges.push(full(2 + i));
  });
  const stt = t(lang, "report.allocation.col.index");
  cells.push({ row: headerRow, col: 1, kind: "text", value: stt, style: "header" });
  cells.push({ row: headerRow, col: 2, kind: "text", value: t(lang, "alloc.sheet.unit"), style: "header" });
  columns.forEach((c, j) => cells.push({ row: headerRow, col: 3 + j, kind: "text", value: c.header, style: "header" }));
  names.forEach((name, i) => {
    const row = firstRow + i;
    cells.push({ row, col: 1, kind: "number", value: i + 1, style: "rank" });
    cells.push({ row, col: 2, kind: "text", value: displayText(name), style: "unit" });
    columns.forEach((c, j) => {
      const v = c.values[i];
      cells.push(v === null || v === undefined ? { row, col: 3 + j, kind: "empty", style: "count" } : { row, col: 3 + j, kind: "number", value: v, style: "count" });
    });
  });
  cells.push({ row: totalRow, col: 1, kind: "empty", style: "totalLabel" });
  cells.push({ row: totalRow, col: 2, kind: "text", value: totalLabel, style: "totalLabel" });
  columns.forEach((c, j) => {
    const col = 3 + j;
    if (!c.sum || names.length === 0) {
      cells.push({ row: totalRow, col, kind: "empty", style: "totalCount" });
      return;
    }
    const value = c.values.reduce<number>((s, v) => s + (v ?? 0), 0);
    cells.push({ row: totalRow, col, kind: "formula", formula: `SUM(${cellAddress(firstRow, col)}:${cellAddress(totalRow - 1, col)})`, value, style: "totalCount" });
  });
  notes.forEach((note, i) => {
    cells.push({ row: totalRow + 2 + i, col: 1, kind: "text", value: note, style: "legendText" });
  });
  const longest = Math.max(12, ...names.map((n) => n.length));
  return {
    sheetName: freshSheetName(t(lang, input.name), input.existingSheetNames),
    cells,
    styles: reportStyles(lang),
    merges,
    columnWidths: [{ col: 1, width: 6 }, { col: 2, width: Math.min(longest + 3, 34) }, ...columns.map((_, j) => ({ col: 3 + j, width: 16 }))],
    rowHeights: [{ row: 1, height: 24 }, { row: headerRow, height: 45 }],
    rules: [],
    freeze: { rows: headerRow, cols: 2 },
    print: {
      paperSize: "A4", orientation: columns.length > 4 ? "landscape" : "portrait", fitToWidth: 1,
      repeatRows: { first: headerRow, last: headerRow },
      printArea: { top: 1, left: 1, bottom: totalRow + 1 + notes.length, right: lastCol },
      margins: { left: 0.5, right: 0.4, top: 0.5, bottom: 0.5 }, centerHorizontally: true,
    },
    charts: [],
    font: { name: "Times New Roman", size: 12 },
    chatText: [title, ...notes].join("\n"),
  };
}
