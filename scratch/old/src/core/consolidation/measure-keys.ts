// Matching measures across sources by their words: "Tổng số › Từ 0 đến dưới 6 tuổi", "0 - dưới 6 tuổi" and
// "Tu 0 den duoi 6 tuoi" are one measure (the age group 0–6); words that only dress a header are left out.
import { normalizeText } from "../text";

/** Header words that say nothing about which measure it is (the roles come from the columns, not from here). */
const DRESSING = new Set([
  "tong", "so", "cong", "chi", "tieu", "giao", "duoc", "da", "ke", "hoach", "tre", "em", "dan", "nguoi", "do", "tuoi",
  "tu", "den", "tro", "len", "du", "ket", "qua", "thuc", "hien", "luy", "trong", "ngay", "theo", "van", "dong",
]);

/** Age groups written many ways, as one key: "0-6", "<14", ">=14". */
const AGE_GROUPS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/\b(\d{1,2}) (?:den |toi )?(?:duoi |<)?(\d{1,2})\b/, (m) => `${m[1]}-${m[2]}`],
  [/\bduoi (\d{1,2})\b/, (m) => `<${m[1]}`],
  [/\b(?:tren|tu du|tu) (\d{1,2}) tuoi\b/, (m) => `>=${m[1]}`],
];

export function measureKey(label: string): string {
  const text = normalizeText(label);
  for (const [re, key] of AGE_GROUPS) {
    const m = re.exec(text);
    if (m) return `age ${key(m)}`;
  }
  const words = text.split(" ").filter((w) => w !== "" && !DRESSING.has(w) && w !== "%");
  return words.length === 0 ? "tong" : [...new Set(words)].sort().join(" ");
}
