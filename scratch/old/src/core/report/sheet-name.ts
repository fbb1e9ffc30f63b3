// A report never overwrites a sheet: each gets a fresh name a clerk can read ("Báo cáo 15-09-2024 (2)").
import type { DaySerial } from "../types";
import { formatDate } from "../dates";

const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[\\/?*[\]:]/g;

/** Day serial → "15-09-2024" (dashes: "/" is not allowed in a sheet name). */
function dayText(serial: DaySerial): string {
  return formatDate(serial, "vi").replace(/\//g, "-");
}

/** Excel's rules: at most 31 characters, none of \ / ? * [ ] :, not starting or ending with an apostrophe. */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(FORBIDDEN, "-").replace(/^'+|'+$/g, "").trim();
  return (cleaned || "Sheet").slice(0, MAX_SHEET_NAME).trim();
}

/**
 * "Báo cáo 15-09-2024" ("Report 15-09-2024" in English), or "… (2)", "… (3)" when taken. Excel compares sheet names without case, so do we.
 */
export function reportSheetName(asOf: DaySerial, existingSheetNames: string[], base = "Báo cáo"): string {
  const taken = new Set(existingSheetNames.map((n) => n.toLocaleLowerCase("vi")));
  const stem = safeSheetName(`${base} ${dayText(asOf)}`);
  if (!taken.has(stem.toLocaleLowerCase("vi"))) return stem;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = stem.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!taken.has(candidate.toLocaleLowerCase("vi"))) return candidate;
  }
}
