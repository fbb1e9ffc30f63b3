export * from "./types";
export { analyzeHistory, withHistory } from "./analyze";
export type { TypedToday } from "./analyze";
export { forecastAt, ranksOf, recentRate, seriesFigures, stalledDays, RECENT_DAYS } from "./figures";
export { dayColumns, mergeRecordLists, mergeRecords, recordsFromDayColumn, recordsFromSheets, recordsFromTable } from "./import";
export { cumulativeAt, groupSeries } from "./series";
export { gatherHistory } from "./gather";
