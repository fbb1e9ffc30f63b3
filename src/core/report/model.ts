// The report sheet and the colour plan as plain data plus row runs: two writers render it (the package writer in
// src/cli, Office.js in src/excel), so nothing here refers to either. Coordinates are absolute sheet rows/columns,
// 1-based. A province's unit rows are runs (RowRun), made only when a writer asks for them: held as cell objects,
// 50,000 units' rows took some 200 MB of heap. report/row-runs.ts reads a model's cells and runs together.
import type { DaySerial, MergeArea, Msg } from "../types";

/** A rectangle of cells, 1-based, inclusive (same shape as a merge). */
export type CellRange = MergeArea;

/**
 * What a cell holds, always with its kind, so a text is never taken for a formula ("=1+1" stays text).
 * - formula: a native worksheet formula in the invariant (English, comma-separated) A1 syntax, WITHOUT the
 *   leading "="; `value` is the engine's result, to be written as the cached result.
 * - date: an Excel day serial; its style carries a date number format.
 * - empty: a cell that only carries a style (borders of a merged title, a coloured legend swatch).
 */
export type CellContent =
  | { kind: "text"; value: string }
  | { kind: "number"; value: number }
  | { kind: "date"; value: DaySerial }
  | { kind: "formula"; formula: string; value: number | string | null }
  | { kind: "empty" };

/** `style` is a key of ReportModel.styles (or ColourPlan.legend.styles). */
export type ReportCell = CellContent & { row: number; col: number; style?: string };

export type HAlign = "left" | "center" | "right";
export type VAlign = "top" | "middle" | "bottom";

/** Colours are "#RRGGBB". Number formats are Excel format codes (locale-independent in the file). */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  hAlign?: HAlign;
  vAlign?: VAlign;
  wrap?: boolean;
  /** Thin border on all four sides. */
  border?: boolean;
  numFmt?: string;
}

/** The look a conditional rule gives a cell. */
export interface RuleStyle {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

/**
 * A native conditional format.
 * - dataBar: fixed bounds (completion 0 → 1).
 * - expression: a native formula (no leading "=") written relative to the range's TOP-LEFT cell, as Excel
 *   does; the rule applies where it is TRUE. Rules of one plan are mutually exclusive, so priority and
 *   stop-if-true do not matter.
 */
export type ConditionalRule =
  | { kind: "dataBar"; range: CellRange; color: string; min: number; max: number }
  | { kind: "expression"; range: CellRange; formula: string; style: RuleStyle };

export interface PrintSetup {
  paperSize: "A4";
  orientation: "landscape" | "portrait";
  /** Fit to this many pages wide. */
  fitToWidth: number;
  /** Fit to this many pages tall; absent (or 0) = as many as needed. Set to 1 to keep the legend and
   * signatures on the table's page when the table alone fits on one (see report/page-fit). */
  fitToHeight?: number;
  /** Rows that begin a new printed page (manual page breaks above them): a chart block is never cut by the
   * page. Absent = none. Ignored by Excel and LibreOffice when the print area is fitted to one page tall. */
  rowBreaks?: number[];
  /** Rows repeated at the top of each printed page, or null. */
  repeatRows: { first: number; last: number } | null;
  printArea: CellRange;
  /** Inches. */
  margins: { left: number; right: number; top: number; bottom: number };
  /** Centre the table horizontally on the page. */
  centerHorizontally: boolean;
}

/** One series of a chart: its name (legend) and its values (one column, the categories' rows). */
export interface ChartSeries {
  name: string;
  values: CellRange;
  /** "#RRGGBB"; writers pick one when absent. */
  color?: string;
  /** A dashed line (a "line" chart's expected or target line). */
  dashed?: boolean;
}

/**
 * A chart on the report sheet. "bar": completion by unit, one bar per unit. "line": several series over the
 * categories (a burn-up: cumulative done by day beside the expected line and the target).
 */
export interface ChartRequest {
  kind: "bar" | "line";
  title: string;
  /** Unit names or days (one column). */
  categories: CellRange;
  /** The first series' values (one column, same rows): completion fractions for "bar". */
  values: CellRange;
  /** Every series, when there are several; absent = one series, `values`, named by the title. */
  series?: ChartSeries[];
  /** Number format of the value axis ("0%" for completion by default, "#,##0" for counts). */
  valueFormat?: string;
  /** Number format of date or number categories ("dd/mm"). */
  categoryFormat?: string;
  /** Where to place it on the report sheet. */
  anchor: CellRange;
}

/** An Excel table (ListObject) over an area of the sheet: header row first, one column name per column. */
export interface TableRequest {
  name: string;
  /** The whole table, header row included, e.g. "A4:F40". */
  ref: string;
  columns: string[];
}

/** Rows made when a writer asks for them: a province's unit rows (hundreds of thousands of cells) are never
 *  held as cell objects. `cells` holds everything else. */
export interface RowRun {
  /** Sheet rows top .. top + count - 1; `right`: the last column any of its rows uses. */
  top: number;
  count: number;
  right: number;
  /** The cells of the run's i-th row (0-based), in column order; asking twice gives equal cells. */
  cellsAt(i: number): ReportCell[];
}

export interface ReportModel {
  sheetName: string;
  /** Everything not in a run; read a model's cells with report/row-runs.ts (modelRows, allCells). */
  cells: ReportCell[];
  /** Rows made on demand; several runs may cover the same rows (a block's unit columns and its history columns). */
  runs?: RowRun[];
  styles: Record<string, CellStyle>;
  merges: CellRange[];
  /** Widths in Excel's character units (Office.js: multiply by ~7 for points, see src/excel). */
  columnWidths: { col: number; width: number }[];
  /** Heights in points, for the rows that need more than the default. */
  rowHeights: { row: number; height: number }[];
  rules: ConditionalRule[];
  /** Rows/columns frozen at top/left (0 = none). */
  freeze: { rows: number; cols: number };
  print: PrintSetup;
  charts: ChartRequest[];
  /** An Excel table over the sheet's data, when the sheet is a list (a history sheet); writers may skip it. */
  table?: TableRequest;
  /** The font of the whole sheet (Vietnamese offices use Times New Roman); writers may ignore it. */
  font?: { name: string; size: number };
  /** The summary in words, ready to paste into a chat message (same as `quota-report report --text`). */
  chatText: string;
}

/**
 * The colours on the clerk's own table: native expression rules over the unit rows, built from the sheet's
 * own columns and the campaign dates as literals. Every rule formula contains `marker`, so a writer can find
 * the add-in's previous rules (isAddinRule in src/core/colour) and replace them, leaving the clerk's own.
 */
export interface ColourPlan {
  sheet: string;
  measureId: string | null;
  marker: string;
  rules: ConditionalRule[];
  /** What a clerk should know (nothing to colour, no dates, figures typed as text). */
  messages: Msg[];
}
