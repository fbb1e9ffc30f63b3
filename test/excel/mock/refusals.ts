// The stand-in Excel's refusals that are data: the limits it enforces, the ExcelApi set each call needs, the
// names and page setups Excel refuses. Each row cites where Excel documents it; the code that applies a row
// lives with the concept it guards (host.ts: payloads and API sets; range.ts: merged areas and loadable cells;
// workbook.ts: sheet names; page.ts: zoom).

/** Excel on the web's limit on a request's and on a response's payload ("Resource limits", Office Add-ins). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** Range.getMergedAreasOrNullObject fails when the range holds more merged areas than this (its reference). */
export const MERGED_AREAS_LIMIT = 512;
/**
 * What one queued call adds to the request's JSON (the action, its object path and arguments): a few hundred bytes.
 * 16,384 merged-area calls in one batch then pass the 5 MB limit, as a request that large does.
 */
export const CALL_BYTES = 400;
/** An empty cell costs at least `"",` in a response: a range bigger than this cannot come back under 5 MB. */
export const MAX_LOADABLE_CELLS = Math.floor(PAYLOAD_LIMIT_BYTES / 3);

/**
 * The ExcelApi requirement set (1.N) each call the mock knows first appeared in (the API reference's "[API set:
 * ExcelApi 1.N]" line). On a host with an older set the batch fails at the sync (ApiNotFound).
 */
export const API_SETS = {
  "Worksheet.delete": 1,
  "Worksheet.getUsedRange(valuesOnly)": 2,
  "Range.calculate": 6,
  "ConditionalFormatCollection.add": 6,
  "Application.suspendApiCalculationUntilNextSync": 6,
  "Worksheet.freezePanes": 7,
  "ChartSeries.setValues": 7,
  "ChartSeries.setXAxisValues": 7,
  "ChartSeriesCollection.add": 7,
  "ChartAxis.numberFormat": 8,
  "Range.getSpecialCellsOrNullObject": 9,
  "Worksheet.pageLayout": 9,
  "Worksheet.horizontalPageBreaks": 9,
  "Workbook.getSelectedRanges": 9,
  "Application.suspendScreenUpdatingUntilNextSync": 9,
  "Range.getMergedAreasOrNullObject": 13,
  "Table.resize": 13,
  "Workbook.insertWorksheetsFromBase64": 13,
} as const;

export type ExcelApi = keyof typeof API_SETS;

/** Excel's sheet-name rules: 1 to 31 characters, none of \ / ? * [ ] :, not starting or ending with '. */
export const SHEET_NAME = {
  minLength: 1,
  maxLength: 31,
  forbidden: /[\\/?*[\]:]/,
  /** Neither first nor last character. */
  notAtEdge: "'",
} as const;

/** PageLayoutZoomOptions as documented: a scale of 10 to 400, or whole numbers of pages (1 or more) to fit to. */
export const ZOOM = {
  minScale: 10,
  maxScale: 400,
  minPages: 1,
} as const;

// Table names: Excel's naming rules are the package linter's (nameFault in test/support/workbook-rules.ts); a
// name already taken by a table or a workbook-level defined name is refused too (names.ts).
