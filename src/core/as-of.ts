// The day the figures are counted to, when the clerk has not typed one: the pane and the ribbon agree on it.
import type { DaySerial } from "./types";
import { todaySerial } from "./dates";

/** Clerks report in the morning for the day before: before noon the figures are yesterday's. */
const MORNING_ENDS_AT_HOUR = 12;

/** Today, or yesterday when it is still morning (before 12:00 on the office's clock). */
export function defaultAsOf(now: Date): DaySerial {
  return todaySerial(now) - (now.getHours() < MORNING_ENDS_AT_HOUR ? 1 : 0);
}
