// What every face accepts as a campaign: the plan's number of days, holidays, rounding and thresholds as typed,
// and whether a campaign can be run.
// The pane, the ribbon buttons and the command line ask here, so a "90.5" or a reversed campaign is treated the
// same way everywhere.
import type { Campaign, DaySerial, Msg, Rounding } from "./types";
import { validateCampaign } from "./campaign";
import { parseDayText } from "./dates";
import { parseNumber } from "./numbers";
import { foldText } from "./vocabulary/normalize";
import { ROUNDING_WORDS } from "./vocabulary/rounding";

/** The plan's own number of days as typed ("90", " 22 "): a whole number above 0; null when empty; "bad" else. */
export function parseNominalDays(text: string): number | null | "bad" {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (!/^\d+$/.test(trimmed)) return "bad";
  const n = Number(trimmed);
  return n > 0 ? n : "bad";
}

/** Problems of validateCampaign that make every figure wrong or impossible; the others are only worth a note. */
const BLOCKING = new Set([
  "maths.campaign.noDates",
  "maths.campaign.noStart",
  "maths.campaign.reversed",
  "maths.campaign.badNominalDays",
  "maths.campaign.badWeekend",
  "maths.campaign.badThresholds",
]);

/** The problems that stop a run (empty when the campaign can be used). */
export function blockingProblems(campaign: Campaign): Msg[] {
  return validateCampaign(campaign).filter((m) => BLOCKING.has(m.key));
}

/** A rounding as typed ("up", "half-up", "làm tròn lên", "LAM TRON"); null when it names none (see ROUNDING_WORDS). */
export function parseRounding(text: string): Rounding | null {
  const word = foldText(text);
  for (const [rounding, words] of Object.entries(ROUNDING_WORDS) as [Rounding, readonly string[]][]) {
    if (words.some((w) => foldText(w) === word)) return rounding;
  }
  return null;
}

/** Holidays as typed: day-first dates separated by "," or ";" ("02/9/2024; 03/9/2024"); the first bad one named. */
export function parseHolidays(text: string): { ok: true; days: DaySerial[] } | { ok: false; bad: string } {
  const days: DaySerial[] = [];
  for (const part of text.split(/[,;]/).map((p) => p.trim()).filter((p) => p !== "")) {
    const day = parseDayText(part);
    if (day === null) return { ok: false, bad: part };
    days.push(day);
  }
  return { ok: true, days };
}

/**
 * A threshold typed as a percentage ("100", "92,5", "90%"): the fraction (1, 0.925, 0.9); null when empty; "bad"
 * for anything not above 0. Numbers are read as every number is (parseNumber: "," or "." as the decimal mark).
 */
export function parsePercent(text: string): number | null | "bad" {
  const trimmed = text.trim().replace(/%$/, "").trim();
  if (trimmed === "") return null;
  const n = parseNumber(trimmed);
  return n !== null && Number.isFinite(n) && n > 0 ? n / 100 : "bad";
}
