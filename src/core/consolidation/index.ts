export { consolidate, SUMMED } from "./consolidate";
export type { Consolidation, ConsolidationSource, ConsolidateOptions, ConsolidatedMeasure, ConsolidatedUnit, ConsolidationFinding, SourceRef } from "./consolidate";
export { readUnitMapping } from "./mapping";
export type { UnitMapping, MappingEntry } from "./mapping";
export { unitKey, unitSkeleton, unitIndex } from "./unit-names";
export { measureKey } from "./measure-keys";
export { consolidationSheet } from "./sheet";
export type { ConsolidatedSheet } from "./sheet";
