// Phrase lists (written as clerks type them) turned into regex alternatives over folded text.
import { foldDateText } from "../dates";

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** "từ ngày|từ|…" folded, longest first (so "đến hết ngày" is tried before "đến"), duplicates removed. */
export function phraseAlternatives(phrases: readonly string[]): string {
  const folded = [...new Set(phrases.map((p) => foldDateText(p)).filter((p) => p !== ""))];
  return folded.sort((a, b) => b.length - a.length).map(escape).join("|");
}
