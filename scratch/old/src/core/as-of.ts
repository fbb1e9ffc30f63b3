// The day the figures are counted to: the one the clerk gives, else the one the sheet states, else a default
// (today, or yesterday in the morning). What was chosen, and what to check, is said as a warning.
import type { AsOfSource, Campaign, DaySerial, Finding } from "./types";
import { formatDate, todaySerial } from "./dates";
import { campaignDays } from "./campaign";

/** Clerks report in the morning for the day before: before noon the figures are yesterday's. */
const MORNING_ENDS_AT_HOUR = 12;

/** Today, or yesterday when it is still morning (before 12:00 on the office's clock). */
export function defaultAsOf(now: Date): DaySerial {
  return todaySerial(now) - (now.getHours() < MORNING_ENDS_AT_HOUR ? 1 : 0);
}

export type { AsOfSource } from "./types";

/** The clerk's day wins, then the sheet's data date, then the face's default. */
export function chooseAsOf(given: DaySerial | undefined | null, sheetDataDate: DaySerial | null, fallback: DaySerial): { asOf: DaySerial; source: AsOfSource } {
  if (given !== undefined && given !== null) return { asOf: given, source: "given" };
  if (sheetDataDate !== null) return { asOf: sheetDataDate, source: "sheet" };
  return { asOf: fallback, source: "default" };
}

/** The campaign's last day: its end date, else its start plus the plan's days (calendar days only). */
function lastDay(c: Campaign): DaySerial | null {
  if (c.to !== null) return c.to;
  const n = campaignDays(c);
  return c.from !== null && n !== null && c.dayCount === "calendar" ? c.from + n - 1 : null;
}

/** Warnings about the as-of date: defaulted to today, or outside the campaign. */
export function asOfFindings(c: Campaign, asOf: DaySerial, source: AsOfSource | undefined): Finding[] {
  const out: Finding[] = [];
  const date = formatDate(asOf, "vi");
  const warn = (code: string, key: string, params: Record<string, string>) => out.push({ code, severity: "warning", cell: null, msg: { key, params } });
  if (source === "default") warn("as-of-default", "campaign.asOfToday", { date });
  const end = lastDay(c);
  // Reversed dates are their own warning (validateCampaign).
  if (c.from !== null && end !== null && end < c.from) return out;
  if (c.from !== null && asOf < c.from) warn("as-of-before-campaign", "campaign.asOfBefore", { date, from: formatDate(c.from, "vi") });
  else if (end !== null && asOf > end) warn("as-of-after-campaign", "campaign.asOfAfter", { date, to: formatDate(end, "vi") });
  return out;
}
