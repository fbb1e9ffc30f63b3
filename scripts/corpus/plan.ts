// The shape of a table before it is written: its measures, and each column's header path from the top row
// down. Cells with the same key side by side on a header row are merged; a path shorter than the header
// is merged down to its bottom row.
import type { Role } from "../../src/core/types";

export interface HeaderCell {
  text: string;
  /** Columns next to each other with the same key on a row share one merged cell. */
  key: string;
}

export interface PlannedMeasure {
  name: string;
  roles: Role[];
  /** Its base is the previous measure's done and the sheet has no target column for it. */
  chained: boolean;
}

/** "today": the day's result beside the cumulative done ("Kết quả trong ngày"); no role of a measure. */
export type ColumnKind = Role | "today";

export interface PlannedColumn {
  path: HeaderCell[];
  measure: number;
  role: ColumnKind;
}

export interface TablePlan {
  measures: PlannedMeasure[];
  columns: PlannedColumn[];
  /** Header rows: 1 to 3. */
  depth: number;
  features: string[];
  /** What the table is about, for its title. */
  subject: string;
}

let serial = 0;
/** A header cell; give the same object to neighbouring columns to merge them. */
export function headerCell(text: string): HeaderCell {
  serial += 1;
  return { text, key: `h${serial}` };
}
