export { chooseQuotaSheet, datedSheets, isAddinSheet, laterDatedSheet, withLaterSheetNote } from "./dated-sheets";
export type { DatedSheet, SheetChoice, WorkbookSheet } from "./dated-sheets";
export { dateFromSheetName, dateFromTitle } from "./sheet-date";
