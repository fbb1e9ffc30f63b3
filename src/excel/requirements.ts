// What this Excel can do, checked at run time, so an older Excel gets a plain sentence instead of a failure.
// The table is data: test/excel/api-sets.test.ts reads it to check every Office.js member against the set that
// guards it.
import type { Msg } from "../core/types";
import { msg } from "../core/messages";

/** The features the add-in uses, each tied to the ExcelApi requirement set that brings it. */
export const CAPABILITY_SETS = {
  /** Reading the used range as values (getUsedRange(valuesOnly), 1.4): without it nothing works. */
  read: "1.4",
  /** Conditional formatting (1.6): the colours on the clerk's sheet. */
  conditionalFormats: "1.6",
  /** Chart categories from a range of their own (1.7). */
  setXAxisValues: "1.7",
  /** Frozen header rows and columns (WorksheetFreezePanes, 1.7). */
  freezePanes: "1.7",
  /** The chart's value-axis number format, "0%" (ChartAxis.numberFormat, 1.8). */
  chartAxisFormat: "1.8",
  /** Visible-cell areas and the selection's areas (1.9). */
  visibleCells: "1.9",
  /** Print setup (1.9). */
  pageLayout: "1.9",
  /** Screen updating held during the write (1.9); only speed. */
  suspendScreenUpdating: "1.9",
  /** The workbook's culture: decimal separator (1.11). */
  culture: "1.11",
  /** Merged areas of a range (1.13): two-row headers are read better with them. */
  mergedAreas: "1.13",
  /** Stretching a table over new rows (Table.resize, 1.13): the history table grows each day. */
  tableResize: "1.13",
  /** Sheets of a picked .xlsx file inserted into the workbook (Workbook.insertWorksheetsFromBase64, 1.13), for "Tổng hợp". */
  insertFiles: "1.13",
} as const;

export type Capability = keyof typeof CAPABILITY_SETS;
export type Capabilities = Record<Capability, boolean>;

export type SetSupported = (version: string) => boolean;

/** Office's own check; false outside Office so tests and old hosts take the safe path. */
export function officeSetSupported(version: string): boolean {
  try {
    return Boolean(Office?.context?.requirements?.isSetSupported("ExcelApi", version));
  } catch {
    return false;
  }
}

export function capabilities(isSupported: SetSupported = officeSetSupported): Capabilities {
  const out = {} as Capabilities;
  for (const [name, version] of Object.entries(CAPABILITY_SETS)) out[name as Capability] = isSupported(version);
  return out;
}

/** Plain sentences about what this Excel cannot do (empty when everything works). */
export function limitations(caps: Capabilities): Msg[] {
  const out: Msg[] = [];
  if (!caps.read) out.push(msg("pane.excel.tooOld"));
  if (!caps.conditionalFormats) out.push(msg("pane.excel.noColours"));
  if (!caps.visibleCells) out.push(msg("pane.excel.noHiddenRows"));
  if (!caps.pageLayout) out.push(msg("pane.excel.noPrintSetup"));
  if (!caps.mergedAreas) out.push(msg("pane.excel.noMerges"));
  return out;
}

/** A failure the clerk can act on; carries the message that says what to do. */
export class ClerkProblem extends Error {
  constructor(public readonly clerkMessage: Msg) {
    super(clerkMessage.key);
    this.name = "ClerkProblem";
  }
}

/** Thrown when the Excel at hand cannot do what was asked. */
export class UnsupportedExcel extends ClerkProblem {
  constructor(clerkMessage: Msg) {
    super(clerkMessage);
    this.name = "UnsupportedExcel";
  }
}
