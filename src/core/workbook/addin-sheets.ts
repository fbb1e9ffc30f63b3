// The sheets the add-in itself writes, by the names it gives them (in either language, with Excel's " (2)" when
// the name was taken): the history sheet, a consolidation, an allocation, and the dated report sheets. Gathering
// ("Tổng hợp") must never read them back as sources: an old Tổng hợp's figures would beat today's files, and the
// history's rows would count every unit once per day.
import { sheetNameKey } from "../address";
import { t, type MessageKey } from "../messages";
import type { Lang } from "../types";

/** Sheets named exactly so (a " (n)" after is Excel's, or ours, for a taken name). */
const EXACT_NAMES: MessageKey[] = ["history.sheetName", "merge.sheet.name", "alloc.sheet.name"];
/** Sheets named so, then a day "15-09-2024": the daily, weekly and phase reports. */
const DATED_NAMES: MessageKey[] = ["report.sheetBase", "history.period.sheetWeek", "history.period.sheetPhase"];
const LANGS: Lang[] = ["vi", "en"];

// The names as the add-in writes them, compared as Excel compares sheet names (case aside): a clerk's "Tong hop"
// or "Tổng hợp xã" is not ours.
const fold = sheetNameKey;
const withoutCopyNumber = (s: string) => s.replace(/\s*\(\d+\)$/, "");

export function isAddinSheetName(name: string): boolean {
  const n = fold(withoutCopyNumber(name));
  for (const lang of LANGS) {
    if (EXACT_NAMES.some((key) => n === fold(t(lang, key)))) return true;
    if (DATED_NAMES.some((key) => new RegExp(`^${escape(fold(t(lang, key)))} \\d{2}-\\d{2}-\\d{4}$`).test(n))) return true;
  }
  return false;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
