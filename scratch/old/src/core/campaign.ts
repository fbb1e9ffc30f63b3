// A campaign's calendar: how many days it has, how many have passed and how many are left at a date.
import type { Campaign, DaySerial, Msg } from "./types";
import { foldDateText, formatDate, weekdayOf } from "./dates";
import { phraseAlternatives } from "./vocabulary/phrase-pattern";
import { CAMPAIGN_PHRASES } from "./vocabulary/campaign-phrases";
import { msg } from "./messages";

/** "90 ngay dem", after folding; the number must stand alone (not "15x9", not "17h00"). */
const DAYS_AND_NIGHTS = new RegExp(`(?<![a-z0-9%])(\\d{1,3}) (?:${phraseAlternatives(CAMPAIGN_PHRASES.daysAndNights)})(?![a-z0-9%])`);
/** "trong 22 ngay", but not "12 ngay 16x9x2024" (a document number before its date). */
const BARE_DAYS = /(?<![a-z0-9%])(\d{1,3}) ngay(?![a-z0-9%])(?! \d)/;

export const DEFAULT_WEEKEND: readonly number[] = [0, 6];

export function makeCampaign(partial: Partial<Campaign> = {}): Campaign {
  return {
    from: null,
    to: null,
    nominalDays: null,
    dayCount: "calendar",
    weekend: [...DEFAULT_WEEKEND],
    holidays: [],
    rounding: "half-up",
    ...partial,
    thresholds: { onTrack: 1, atRisk: 0.9, ...partial.thresholds },
  };
}

function isPositiveInteger(n: number | null): n is number {
  return n !== null && Number.isInteger(n) && n > 0;
}

/**
 * Days from `fromSerial` to `toSerial`, both included: calendar days, or working days (weekend pattern and
 * holidays removed). 0 when `toSerial` is before `fromSerial`. Linear in the holidays, not in the span.
 */
export function countDays(c: Campaign, fromSerial: DaySerial, toSerial: DaySerial): number {
  const from = Math.floor(fromSerial);
  const to = Math.floor(toSerial);
  if (!Number.isFinite(from) || !Number.isFinite(to) || to < from) return 0;
  const span = to - from + 1;
  if (c.dayCount !== "working") return span;

  const weekend = new Set(c.weekend.filter((d) => Number.isInteger(d) && d >= 0 && d <= 6));
  const fullWeeks = Math.floor(span / 7);
  let working = fullWeeks * (7 - weekend.size);
  for (let s = from + fullWeeks * 7; s <= to; s++) if (!weekend.has(weekdayOf(s))) working++;
  // A holiday on a weekend day was not counted anyway; each holiday counts once.
  const holidays = new Set(c.holidays.map(Math.floor));
  for (const h of holidays) if (h >= from && h <= to && !weekend.has(weekdayOf(h))) working--;
  return working;
}

/**
 * N, the campaign's number of days: the plan's own number when it has one, else the days counted from
 * `from` to `to` (both included). null when it cannot be known (dates missing or reversed; see validateCampaign).
 */
export function campaignDays(c: Campaign): number | null {
  if (c.nominalDays !== null) return isPositiveInteger(c.nominalDays) ? c.nominalDays : null;
  if (c.from === null || c.to === null || c.to < c.from) return null;
  return countDays(c, c.from, c.to);
}

function clamp(n: number, low: number, high: number): number {
  return Math.min(Math.max(n, low), high);
}

/** n: days counted from the start to `asOf` included, clamped to 0…N. null without a start or N. */
export function daysElapsed(c: Campaign, asOf: DaySerial): number | null {
  const n = campaignDays(c);
  if (n === null || c.from === null) return null;
  return clamp(countDays(c, c.from, asOf), 0, n);
}

/**
 * Days after `asOf` up to the end, clamped to 0…N. With an end date they are counted on the calendar (a
 * "90 ngày đêm" plan over 91 calendar days still has its last day); with only a start and the plan's
 * number of days, N − elapsed. Without N (only an end date known) the count is not capped.
 */
export function daysLeft(c: Campaign, asOf: DaySerial): number | null {
  const n = campaignDays(c);
  if (c.to !== null && (c.from === null || c.to >= c.from)) {
    const counted = countDays(c, Math.floor(asOf) + 1, c.to);
    return n === null ? Math.max(counted, 0) : clamp(counted, 0, n);
  }
  const elapsed = daysElapsed(c, asOf);
  return n === null || elapsed === null ? null : n - elapsed;
}

/** What a clerk should fix or know about a campaign; empty when all is well. */
export function validateCampaign(c: Campaign): Msg[] {
  const out: Msg[] = [];
  const date = (s: DaySerial) => formatDate(s, "vi");
  if (c.nominalDays !== null && !isPositiveInteger(c.nominalDays)) {
    out.push(msg("maths.campaign.badNominalDays", { days: String(c.nominalDays) }));
  }
  if (c.from !== null && c.to !== null && c.to < c.from) {
    out.push(msg("maths.campaign.reversed", { from: date(c.from), to: date(c.to) }));
  } else if (c.from === null && c.to === null && c.nominalDays === null) {
    out.push(msg("maths.campaign.noDates"));
  } else if (c.from === null) {
    out.push(msg("maths.campaign.noStart"));
  }
  const badWeekend = c.weekend.filter((d) => !(Number.isInteger(d) && d >= 0 && d <= 6));
  if (badWeekend.length) out.push(msg("maths.campaign.badWeekend", { value: badWeekend.join(", ") }));
  const { onTrack, atRisk } = c.thresholds;
  if (!(Number.isFinite(onTrack) && Number.isFinite(atRisk) && atRisk > 0 && atRisk <= onTrack)) {
    out.push(msg("maths.campaign.badThresholds", { onTrack: String(onTrack), atRisk: String(atRisk) }));
  }
  if (c.from !== null && c.to !== null && c.to >= c.from) {
    const counted = countDays(c, c.from, c.to);
    const period = { from: date(c.from), to: date(c.to) };
    if (counted === 0) out.push(msg("maths.campaign.noWorkingDays", period));
    if (isPositiveInteger(c.nominalDays) && counted !== c.nominalDays) {
      out.push(msg("maths.campaign.nominalDiffers", { ...period, nominal: c.nominalDays, counted }));
    }
  }
  return out;
}

/** The plan's own number of days from a title: "Cao điểm 90 ngày đêm" → 90, "“22 ngày, đêm”" → 22, "trong 22 ngày" → 22. */
export function nominalDaysFromText(text: string): number | null {
  const folded = foldDateText(text);
  // "ngày đêm" is the campaigns' own phrase: prefer it over a bare "N ngày" elsewhere in the title.
  const found = DAYS_AND_NIGHTS.exec(folded) ?? BARE_DAYS.exec(folded);
  if (!found) return null;
  const n = Number(found[1]);
  return n > 0 ? n : null;
}
