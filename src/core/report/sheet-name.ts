// A report never overwrites a sheet: each gets a fresh name a clerk can read ("Báo cáo 15-09-2024 (2)").
import type { DaySerial } from "../types";
import { formatDate } from "../dates";
import { freshSheetName } from "../address";

/** Day serial → "15-09-2024" (dashes: "/" is not allowed in a sheet name). */
function dayText(serial: DaySerial): string {
  return formatDate(serial, "vi").replace(/\//g, "-");
}

/** "Báo cáo 15-09-2024" ("Report 15-09-2024" in English), or "… (2)", "… (3)" when taken. */
export function reportSheetName(asOf: DaySerial, existingSheetNames: string[], base = "Báo cáo"): string {
  return freshSheetName(`${base} ${dayText(asOf)}`, existingSheetNames);
}
