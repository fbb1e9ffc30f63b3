// What typing, old fonts and OCR do to header words: no diacritics, capitals, line breaks, damaged letters.
import type { Rng } from "./prng";

export type Spoil = "clean" | "no-diacritics" | "capitals" | "line-breaks" | "ocr";
export const SPOILS: readonly Spoil[] = ["clean", "no-diacritics", "capitals", "line-breaks", "ocr"];

export function stripDiacritics(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/Đ/g, "D").replace(/đ/g, "d").normalize("NFC");
}

/** Letters OCR confuses, as seen in scanned plans ("Pon vi", "Chi tiéu", "Ðã"). One is applied per word hit. */
const OCR_SWAPS: readonly (readonly [RegExp, string])[] = [
  [/Đ/, "Ð"],
  [/Đ/, "P"],
  [/ỉ/, "i"],
  [/ê/, "é"],
  [/ệ/, "é"],
  [/ư/, "u"],
  [/ạ/, "a"],
  [/ả/, "á"],
  [/ố/, "ô"],
];

function ocr(s: string, rng: Rng): string {
  const usable = OCR_SWAPS.filter(([re]) => re.test(s));
  if (usable.length === 0) return s;
  const [re, by] = rng.pick(usable);
  return s.replace(re, by);
}

/** A line break where a clerk presses Alt+Enter in a long header: after the first or second word. */
function lineBreak(s: string, rng: Rng): string {
  const words = s.split(" ");
  if (words.length < 2) return s;
  const at = rng.int(1, Math.min(2, words.length - 1));
  return `${words.slice(0, at).join(" ")}\n${words.slice(at).join(" ")}`;
}

/** A header text as this sheet's office would write it. */
export function spoilHeader(s: string, spoil: Spoil, rng: Rng): string {
  switch (spoil) {
    case "clean": return s;
    case "no-diacritics": return stripDiacritics(s);
    case "capitals": return s.toLocaleUpperCase("vi");
    case "line-breaks": return rng.chance(0.6) ? lineBreak(s, rng) : s;
    case "ocr": return rng.chance(0.5) ? ocr(s, rng) : s;
  }
}

/** Unit names follow the sheet's typing: without diacritics when the headers have none. */
export function spoilName(s: string, spoil: Spoil): string {
  return spoil === "no-diacritics" ? stripDiacritics(s) : s;
}
