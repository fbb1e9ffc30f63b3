// A generated case: the sheet as a Grid and what a clerk would read from it, built from how it was made.
import type { DaySerial, Grid, Role } from "../../src/core/types";

/** One measure's figures for one unit, as the case wrote them (null where the table has no such column). */
export interface ExpectedFigures {
  target: number | null;
  done: number | null;
  remaining: number | null;
  daily: number | null;
}

export interface ExpectedMeasure {
  /** A readable name for reports of failures ("Dưới 14 tuổi", "Cấp CCCD"). */
  name: string;
  /** The roles the sheet has a column for. */
  roles: Role[];
  /** Per unit, in the order of `units`. A measure without a target column expects done + remaining. */
  figures: ExpectedFigures[];
}

export interface Expectation {
  units: string[];
  measures: ExpectedMeasure[];
  /** The total row's label, when the table has one. */
  totalRow: string | null;
  /** Days of the campaign a clerk would use: the title's "N ngày đêm", else its period counted. */
  days: number | null;
  from: DaySerial | null;
  to: DaySerial | null;
  reportDate: DaySerial | null;
  allocation: boolean;
  /** The sheet holds something a clerk must be told about (an error in a result cell). */
  mustWarn: boolean;
}

/** Where the case put things (absolute rows and columns, 1-based): for looking at a case and for checking it. */
export interface CaseLayout {
  unitCol: number;
  /** The row of each unit, in the order of `Expectation.units`. */
  unitRows: number[];
  totalRow: number | null;
  /** Per expected measure, the column of each role it has (the rate's too). */
  columns: Partial<Record<Role, number>>[];
}

export interface CorpusCase {
  id: string;
  grid: Grid;
  layout: CaseLayout;
  expect: Expectation;
  /** The wordings and layout features the case is made of: what the score groups failures by. */
  features: string[];
}
