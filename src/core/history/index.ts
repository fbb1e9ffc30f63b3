export * from "./types";
export { withHistory } from "./analyze";
export type { TypedToday } from "./analyze";
export { forecastAt, ranksOf, recentRate, seriesFigures, stalledDays, RECENT_DAYS } from "./figures";
export { mergeRecordLists, recordsFromDayColumn, recordsFromSheets, recordsFromTable } from "./import";
export { cumulativeAt, groupSeries } from "./series";
export { gatherHistory } from "./gather";
