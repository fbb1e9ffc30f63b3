export { consolidate, SUMMED } from "./consolidate";
export type { Consolidation, ConsolidationSource, ConsolidateOptions, ConsolidatedMeasure, ConsolidatedUnit, ConsolidationFinding, SourceRef } from "./consolidate";
export { readUnitMapping } from "./mapping";
export type { UnitMapping, MappingEntry } from "./mapping";
export { unitSkeleton, unitIndex } from "./unit-names";
export { unitKey } from "../units/unit-key";
export { measureKey } from "./measure-keys";
export { consolidationSheet } from "./sheet";
export type { ConsolidatedSheet } from "./sheet";
