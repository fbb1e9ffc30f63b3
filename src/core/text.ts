// Unit names as the sheet has them, and ids. Header and row words are compared with the one normaliser of the
// vocabulary (re-exported here so that older imports keep working); unit names are never rewritten with it.
export { hasPhrase, normalizeText, startsWithPhrase } from "./vocabulary/normalize";
import { hasUntidySpaces, normalizeText } from "./vocabulary/normalize";

/** A unit name as the sheet has it: NFC, trimmed, inner runs of spaces collapsed (nothing else changes). */
export function cleanName(value: unknown): string {
  if (value === null || value === undefined) return "";
  const s = String(value).normalize("NFC");
  return hasUntidySpaces(s) ? s.replace(/\s+/g, " ").trim() : s;
}

/** An ascii slug for ids: "Cấp CCCD › Đã cấp" → "cap-cccd-da-cap". */
export function slug(value: string): string {
  return normalizeText(value).replace(/%/g, "").trim().replace(/\s+/g, "-");
}

/**
 * The longest name or label a report cell, chart title or chat line shows (in characters): a unit name of 32,767
 * characters would otherwise be copied into every part that shows it. The clerk's own cells keep it whole.
 */
export const DISPLAY_MAX_CHARS = 120;

/** `text` as shown: cut at `max` characters (never inside a surrogate pair) with "…" when longer. */
export function displayText(text: string, max = DISPLAY_MAX_CHARS): string {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, max - 1).join("").trimEnd()}…`;
}
