// Normalisation of header and row words, so that "Đơn vị", "Don vi", "ĐƠN  VỊ" and the OCR-damaged "Pon vi"
// all compare equal. Unit names are never rewritten with this: see cleanName.

/** Tokens that OCR or hurried typing produce in place of common header words (after diacritics are gone). */
const OCR_TOKEN_FIXES: Record<string, string> = {
  pon: "don",
  d0n: "don",
  dvi: "don vi",
  vj: "vi",
  tleu: "tieu",
  tlnh: "tinh",
  "t0ng": "tong",
};

/** Lowercase ascii words separated by single spaces; "%" survives because it marks rate columns. */
export function normalizeText(value: unknown): string {
  if (value === null || value === undefined) return "";
  let s = String(value).normalize("NFC");
  // Đ/đ and the look-alike Ð/ð (Icelandic eth, common in old fonts) do not decompose: map them first.
  s = s.replace(/[ĐđÐð]/g, "d");
  s = s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  s = s.replace(/[^a-z0-9%]+/g, " ").trim();
  if (s === "") return "";
  const words = s.split(" ").map((w) => OCR_TOKEN_FIXES[w] ?? w);
  // "ti le" and "ty le" are both correct spellings of tỷ lệ; keep one.
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i] === "ti" && words[i + 1] === "le") words[i] = "ty";
  }
  return words.join(" ");
}

/** True when the normalised text contains the phrase as whole words. */
export function hasPhrase(normalized: string, phrase: string): boolean {
  return ` ${normalized} `.includes(` ${phrase} `);
}

/** True when the normalised text starts with the phrase as whole words. */
export function startsWithPhrase(normalized: string, phrase: string): boolean {
  return normalized === phrase || normalized.startsWith(`${phrase} `);
}

/** A unit name as the sheet has it: NFC, trimmed, inner runs of spaces collapsed (nothing else changes). */
export function cleanName(value: unknown): string {
  if (value === null || value === undefined) return "";
  const s = String(value).normalize("NFC");
  return /\s\s|[^\S ]|^\s|\s$/.test(s) ? s.replace(/\s+/g, " ").trim() : s;
}

/** An ascii slug for ids: "Cấp CCCD › Đã cấp" → "cap-cccd-da-cap". */
export function slug(value: string): string {
  return normalizeText(value).replace(/%/g, "").trim().replace(/\s+/g, "-");
}
