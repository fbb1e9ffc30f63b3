// What this Excel can do, checked at run time, so an older Excel gets a plain sentence instead of a failure.
import type { Msg } from "../core/types";
import { msg } from "../core/messages";

/** The features the add-in uses, each tied to the ExcelApi requirement set that brings it. */
export interface Capabilities {
  /** Reading the used range as values (ExcelApi 1.4): without it nothing works. */
  read: boolean;
  /** Conditional formatting (1.6): the colours on the clerk's sheet. */
  conditionalFormats: boolean;
  /** Suspending calculation during bulk writes (1.6); only speed. */
  suspendCalculation: boolean;
  /** Chart categories from a range of their own (1.7). */
  setXAxisValues: boolean;
  /** Frozen header rows and columns (WorksheetFreezePanes, 1.7). */
  freezePanes: boolean;
  /** The chart's value-axis number format, "0%" (ChartAxis.numberFormat, 1.8). */
  chartAxisFormat: boolean;
  /** Visible-cell areas, page layout, screen updating (1.9). */
  visibleCells: boolean;
  pageLayout: boolean;
  suspendScreenUpdating: boolean;
  /** The workbook's culture: decimal separator (1.11). */
  culture: boolean;
  /** Merged areas of a range (1.13): two-row headers are read better with them. */
  mergedAreas: boolean;
  /** Finding a rule by id without failing when the clerk deleted it (1.14). */
  ruleById: boolean;
  /** Stretching a table over new rows (1.13): the history table grows each day. */
  tableResize?: boolean;
}

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
  return {
    read: isSupported("1.4"),
    conditionalFormats: isSupported("1.6"),
    suspendCalculation: isSupported("1.6"),
    setXAxisValues: isSupported("1.7"),
    freezePanes: isSupported("1.7"),
    chartAxisFormat: isSupported("1.8"),
    visibleCells: isSupported("1.9"),
    pageLayout: isSupported("1.9"),
    suspendScreenUpdating: isSupported("1.9"),
    culture: isSupported("1.11"),
    mergedAreas: isSupported("1.13"),
    tableResize: isSupported("1.13"),
    ruleById: isSupported("1.14"),
  };
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

/** Thrown when the Excel at hand cannot do what was asked; carries a message for the clerk. */
export class UnsupportedExcel extends Error {
  constructor(public readonly clerkMessage: Msg) {
    super(clerkMessage.key);
    this.name = "UnsupportedExcel";
  }
}
