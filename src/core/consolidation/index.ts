export { consolidate, originText, SUMMED } from "./consolidate";
export type {
  Consolidation, ConsolidationSource, ConsolidateOptions, ConsolidatedMeasure, ConsolidatedUnit, ConsolidationFinding, FigureOrigin, ReviewKind, SourceRef,
} from "./consolidate";
export { mappingFor, readUnitMapping } from "./mapping";
export type { UnitMapping, MappingEntry } from "./mapping";
export { unitSkeleton, unitIndex } from "../units/unit-index";
export { consolidationSheet } from "./sheet";
export type { ConsolidatedSheet } from "./sheet";
