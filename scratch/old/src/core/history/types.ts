// The campaign over days: dated records of each unit's cumulative figures per measure (the history sheet's
// rows), and what is computed from them.
import type { DaySerial, Finding } from "../types";

/** One row of the history: a unit's cumulative figures for one measure at the end of one day. */
export interface HistoryRecord {
  day: DaySerial;
  /** The unit's name as that day's sheet wrote it. */
  unit: string;
  /** The measure's label ("Thu nhận hồ sơ CCCD"). */
  measure: string;
  target: number | null;
  done: number | null;
}

/** What history adds to one unit's (or the total's) figures for one measure. null where it cannot be known. */
export interface HistoryFigures {
  /** The as-of day's cumulative minus the previous snapshot's. */
  today: number | null;
  /** The day before's snapshot, when there is one (to say "since 14/9"). */
  previousDay: DaySerial | null;
  /** The sheet's own "trong ngày" figure, when it has one (checked against `today`). */
  todayTyped: number | null;
  /** Results per day over the 7 days ending on the as-of day, or over the history there is when shorter. */
  avg7: number | null;
  /** Finish day at avg7; null when nothing is left or avg7 is 0 (or unknown). */
  forecastRecent: DaySerial | null;
  /** Finish day at the average since the first snapshot. */
  forecastSinceStart: DaySerial | null;
  /** 1 = highest completion; ties share a rank. null for the total. */
  rank: number | null;
  /** Positive = moved up since the previous snapshot. */
  rankChange: number | null;
  /** Days since the cumulative last rose; 0 when it rose on the as-of day. */
  stalledDays: number | null;
}

/** A day's cumulative figure, for the burn-up chart and the functions. */
export interface DayPoint {
  day: DaySerial;
  done: number;
  target: number | null;
}

export interface HistoryAnalysis {
  /** Snapshot days used (at or before the as-of day), oldest first. */
  days: DaySerial[];
  /** Per unit (by its sheet row in the as-of table) and measure id. */
  units: Map<number, Record<string, HistoryFigures>>;
  /** Per measure id, for the whole table. */
  total: Record<string, HistoryFigures>;
  /** Per measure id: the total's cumulative by day (for the burn-up chart). */
  totalSeries: Record<string, DayPoint[]>;
  /** Per unit row and measure id: the unit's cumulative by day. */
  unitSeries: Map<number, Record<string, DayPoint[]>>;
  /** Names in the history that match no unit of the as-of table (never dropped: listed). */
  unmatched: string[];
  warnings: Finding[];
}
