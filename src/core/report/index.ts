export * from "./model";
export { buildReport } from "./build";
export type { ReportOptions } from "./build";
export { chatSummary } from "./chat-text";
export { reportSheetName, safeSheetName } from "./sheet-name";
export { reportableMeasures, pickMeasures } from "./measures";
export { rankUnits, ranksByPace } from "./rank";
