// The shared vocabulary of the engine (see shared/architecture.md). Every face speaks these types;
// nothing here knows about Office, React, exceljs or the file system.

/** A day as an Excel serial number (days since 1899-12-30, integer). Excel and LibreOffice both use it. */
export type DaySerial = number;

/** An Excel error value as a cell holds it ("#REF!", "#DIV/0!", "#N/A", …). */
export interface CellError {
  error: string;
}

export type CellValue = number | string | boolean | null | CellError;

/** A merged area, in absolute sheet coordinates, 1-based, inclusive. */
export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * What a sheet gives the engine: the used range (or the selection) as values, plus what Excel and exceljs
 * both know about its shape. values[0][0] is the cell at (origin.row, origin.col). Dates arrive as serials.
 */
export interface Grid {
  sheet: string;
  origin: { row: number; col: number };
  values: CellValue[][];
  merges: MergeArea[];
  /** Absolute sheet row numbers (1-based) that are hidden or filtered out. */
  hiddenRows: number[];
  /** Absolute sheet column numbers (1-based) that are hidden. */
  hiddenCols: number[];
  /** Optional number formats, same shape as values, when the face can read them cheaply. */
  numberFormats?: string[][];
  /** The workbook's decimal separator when known ("," for vi-VN). */
  decimalSeparator?: "," | ".";
}

export type Lang = "vi" | "en";

/** A message a clerk reads: a key into the catalogue (src/core/messages) and its parameters. */
export interface Msg {
  key: string;
  params?: Record<string, string | number>;
}

/** The columns a measure can have. */
export type Role = "target" | "done" | "remaining" | "rate" | "daily";
export const ROLES: readonly Role[] = ["target", "done", "remaining", "rate", "daily"];

/**
 * A count measure has a target count; a rate measure a target share ("tối thiểu 30% hồ sơ trực tuyến"): its
 * target column holds the base (the count the share is of), its done column the count achieving it.
 */
export type MeasureKind = "count" | "rate";

/** One measure: a block of columns about one thing (CCCD received, accounts activated, an age group…). */
export interface Measure {
  /** Stable, ascii, unique in the table: "m1", "m2"… or a slug of the label. */
  id: string;
  /** The header text, parents joined with " › " ("Cấp CCCD › Đã cấp"). */
  label: string;
  /** Absolute sheet column (1-based) playing each role. */
  columns: Partial<Record<Role, number>>;
  /** "count" when absent. A rate measure reads columns.target as its base and done as the count achieving it. */
  kind?: MeasureKind;
  /** Rate measures: the column holding each row's target share ("Chỉ tiêu (%)"), when the share is per row. */
  targetRateCol?: number;
  /** Rate measures: the target share stated once (header "chỉ tiêu ≥ 30%" or title), as a fraction (0.3). */
  targetRate?: number;
}

/** The figures of one unit (or total row) for one measure, as read from the sheet (null when absent). */
export interface MeasureValues {
  target: number | null;
  done: number | null;
  remaining: number | null;
  rate: number | null;
  daily: number | null;
  /** Rate measures: the row's target share as a fraction (0.3), from its column or the measure's stated share. */
  targetRate?: number | null;
}

export interface UnitRow {
  /** As the sheet has it, trimmed ("Xã Kim Phượng"). */
  name: string;
  /** Absolute sheet row (1-based). */
  row: number;
  values: Record<string, MeasureValues>;
}

export type Severity = "info" | "warning";

/** A finding about the sheet, with the cell it concerns (A1 style, absolute, no sheet name) or null. */
export interface Finding {
  code: string;
  severity: Severity;
  msg: Msg;
  cell: string | null;
}

export interface QuotaTable {
  sheet: string;
  /** Absolute sheet rows of the header (1 to 3). */
  headerRows: number[];
  unitCol: number;
  indexCol: number | null;
  measures: Measure[];
  units: UnitRow[];
  /** Total rows ("Tổng", "Cộng", "Toàn huyện"…), never counted as units. */
  totals: UnitRow[];
  /** Subtotal rows of a table in sections ("Cộng khối xã" under "I. Khối xã"): never units, not the grand total. */
  subtotals?: UnitRow[];
  /** First and last sheet rows of the data block (units and totals). */
  firstRow: number;
  lastRow: number;
  /** What was recognised and what was ignored, and why. */
  diagnostics: Finding[];
  /** Things a clerk should look at; they never stop the work. */
  warnings: Finding[];
}

/** Why no table could be read. */
export interface ReadFailure {
  ok: false;
  msg: Msg;
  diagnostics: Finding[];
}
export type ReadResult = { ok: true; table: QuotaTable } | ReadFailure;

/** An explicit override of what detection decided; saved in the workbook by the Excel face. */
export interface Mapping {
  /** Absolute sheet rows of the header. */
  headerRows?: number[];
  unitCol?: number;
  indexCol?: number | null;
  /** Measures to use instead of the detected ones (label may be omitted: taken from the header). */
  measures?: { id?: string; label?: string; columns: Partial<Record<Role, number>> }[];
  /** Column roles to change on top of detection: absolute column → role (or null to ignore it). */
  columnRoles?: Record<number, { measureId: string; role: Role } | null>;
}

export type DayCount = "calendar" | "working";
export type Rounding = "half-up" | "up";

export interface Thresholds {
  /** pace at or above this is on track (default 1). */
  onTrack: number;
  /** pace at or above this (and below onTrack) is at risk (default 0.9); below it, behind. */
  atRisk: number;
}

export interface Campaign {
  from: DaySerial | null;
  to: DaySerial | null;
  /** The plan's own number of days ("90 ngày đêm"); overrides the calendar count. */
  nominalDays: number | null;
  dayCount: DayCount;
  /** Weekend days, 0 = Sunday … 6 = Saturday (default [0, 6]); used for working days only. */
  weekend: number[];
  holidays: DaySerial[];
  thresholds: Thresholds;
  rounding: Rounding;
  /** A name for the report ("Cao điểm 90 ngày đêm", "Đợt 2"). */
  name?: string;
  /** The plan's phases as the sheet states them ("Đợt 1: từ 01/8 đến 30/8/2024; Đợt 2: …"), in order. */
  phases?: Phase[];
}

/** One phase of a campaign ("Đợt 2", from 01/09/2024 to 30/10/2024, both days counted). */
export interface Phase {
  name: string;
  from: DaySerial;
  to: DaySerial;
}

export type Status = "complete" | "on-track" | "at-risk" | "behind" | "not-started" | "unknown";

/** Everything the product computes for one unit and one measure. null where it cannot be known. */
export interface Progress {
  target: number | null;
  done: number | null;
  remaining: number | null;
  completion: number | null;
  dailyTarget: number | null;
  /** Days of the campaign counted as elapsed at the as-of date (0…N). */
  daysElapsed: number | null;
  /** Days left after the as-of date (0…N). */
  daysLeft: number | null;
  expected: number | null;
  pace: number | null;
  lag: number | null;
  /** ceil(remaining ÷ days left); 0 when nothing remains; null when work remains and no days are left (see overdue). */
  requiredDaily: number | null;
  /** True when work remains and no days are left: its own state, never a division by zero. */
  overdue: boolean;
  runRate: number | null;
  forecast: DaySerial | null;
  status: Status;
  /** Present for a rate measure only. */
  rate?: RateFigures;
}

/**
 * The figures of a rate measure, beside Progress's: base (the count the share is of), rate = done ÷ base, the
 * target share, gap = max(0, ⌈targetRate × base⌉ − done). Progress's target is then ⌈targetRate × base⌉ (the
 * count the share needs), remaining the gap, completion rate ÷ targetRate; no daily target, expected or pace.
 */
export interface RateFigures {
  base: number | null;
  rate: number | null;
  targetRate: number | null;
  gap: number | null;
}

/** A unit (or the total) with the computed figures of every measure. */
export interface UnitProgress {
  name: string;
  /** Absolute sheet row; null for a total computed by the engine rather than read from a row. */
  row: number | null;
  values: Record<string, Progress>;
}

/** A quota table with everything computed: what the CLI prints, the report and the pane show. */
export interface TableAnalysis {
  table: QuotaTable;
  campaign: Campaign;
  asOf: DaySerial;
  /** Days of the campaign (N) and days elapsed at asOf, when the dates are known. */
  days: number | null;
  elapsed: number | null;
  units: UnitProgress[];
  /** Sum over the units (the sheet's own total row is checked against it, never trusted over it). */
  total: UnitProgress | null;
  warnings: Finding[];
  /** What the sheet's own words gave the campaign, and from which cell (info lines). */
  notes?: Finding[];
  /** Where the as-of date came from: given by the clerk, stated on the sheet, or the face's default. */
  asOfSource?: AsOfSource;
  /** The campaign over days, when the workbook keeps a history (dated sheets, "trong ngày", the history table). */
  history?: import("./history/types").HistoryAnalysis;
}

/** Where the as-of date came from: an option or pane field, the sheet's own words, or the face's default. */
export type AsOfSource = "given" | "sheet" | "default";
