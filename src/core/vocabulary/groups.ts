// Grouping words: the age groups ("dưới 14 tuổi", "từ đủ 14 tuổi trở lên", "từ 0 đến dưới 6 tuổi") and the
// account levels ("mức 1", "mức 2") that split a measure into groups side by side. A key ties a daily column to
// the group column it divides ("Theo ngày (0 đến dưới 6)" ↔ "Từ 0 đến dưới 6 tuổi").

/** Each pattern runs on normalizeText output; the first that matches gives the key. */
export const AGE_GROUP_PATTERNS: { pattern: RegExp; key: (m: RegExpExecArray) => string }[] = [
  { pattern: /(\d+) (?:tuoi )?(?:den|toi) (?:duoi |het |chua du )?(\d+)/, key: (m) => `${m[1]}-${m[2]}` },
  { pattern: /tu (\d+) (\d+) tuoi/, key: (m) => `${m[1]}-${m[2]}` },
  // "0 - dưới 6 tuổi", "Trẻ em 0-6 tuổi": two ages side by side are a range, not "under 6".
  { pattern: /(?:^| )(\d+) (?:duoi )?(\d+) tuoi/, key: (m) => `${m[1]}-${m[2]}` },
  { pattern: /(?:duoi|chua du|nho hon) (\d+)/, key: (m) => `lt${m[1]}` },
  { pattern: /(?:tren|tu du|tu|du|lon hon) (\d+)/, key: (m) => `ge${m[1]}` },
  { pattern: /(\d+) tuoi tro len/, key: (m) => `ge${m[1]}` },
];

/** Words that say a header names an age group (needed before AGE_GROUP_PATTERNS are tried). */
export const AGE_WORDS = ["tuoi"];

/** True when the normalised header speaks of ages ("Từ 0 đến dưới 6 tuổi", "Độ tuổi"). */
export function namesAge(normalized: string): boolean {
  return AGE_WORDS.some((w) => ` ${normalized} `.includes(` ${w} `));
}

/** A key naming the age group a header speaks of ("0-6", "6-14", "lt14", "ge14"), or null. */
export function ageGroupKey(normalized: string): string | null {
  for (const { pattern, key } of AGE_GROUP_PATTERNS) {
    const m = pattern.exec(normalized);
    if (m) return key(m);
  }
  return null;
}

/** Account levels and other groups side by side: "Mức 1", "Mức 2", "Mức độ 2". */
export const LEVEL_PATTERN = /\bmuc (?:do )?(\d)\b/;

/** Groups named by a whole header: men and women ("Nam", "Nữ"; "nam" alone, since "năm" is never a header alone). */
export const WHOLE_HEADER_GROUPS: Record<string, string> = { nam: "M", nu: "F", "gioi tinh nam": "M", "gioi tinh nu": "F" };

/** The group a header names (an age group, an account level, a sex), or null: "0-6", "ge14", "L2", "F". */
export function groupKey(normalized: string): string | null {
  const whole = WHOLE_HEADER_GROUPS[normalized];
  if (whole) return whole;
  if (namesAge(normalized)) {
    const age = ageGroupKey(normalized);
    if (age) return age;
  }
  const level = LEVEL_PATTERN.exec(normalized);
  return level ? `L${level[1]}` : null;
}
