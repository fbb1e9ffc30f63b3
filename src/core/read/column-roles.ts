// What a header says about its column: row number, unit name, note, or a measure role (target, done, …),
// recognised from the words with or without diacritics.
import type { Role } from "../types";
import { hasPhrase, normalizeText, startsWithPhrase } from "../text";

export type ColumnKind = "index" | "unit" | "note" | "period" | "measure";

export interface ColumnMeaning {
  kind: ColumnKind;
  role: Role;
  /** False when nothing in the words named the role (a bare "Từ 0 đến dưới 6 tuổi" is taken as a target). */
  explicit: boolean;
}

const INDEX_WORDS = ["stt", "tt", "so tt", "so thu tu", "thu tu"];
const UNIT_WORDS = ["don vi", "ten don vi", "dia ban", "xa phuong", "xa phuong thi tran", "ten xa", "co quan", "don vi hanh chinh", "ten dia phuong", "dia phuong"];
/** Columns a clerk adds beside the figures that are no measure: notes, the ranking, the report date. */
const NOTE_WORDS = ["ghi chu", "xep hang", "thu hang", "xep thu", "xep loai", "ngay bao cao", "ngay cap nhat", "thoi gian bao cao"];
/**
 * Unit headers made of kinds of unit only, no place name: "Công an xã, phường, thị trấn", "Xã/Thị trấn",
 * "Tên phường", "Công an các xã", "Thôn, tổ dân phố". A single bare kind is left out: a district's lone town is a unit named "Thị trấn".
 */
const UNIT_KIND_HEADERS = [
  /^(ten |cong an )?(cac |cap )?(xa|phuong|thi tran)( (xa|phuong|thi tran))+$/,
  /^(ten|cong an cac|cong an cap) (xa|phuong|thi tran)$/,
  // A commune's own sheet: its villages and residential groups ("Thôn, xóm", "Thôn/Tổ dân phố", "Tên thôn").
  /^(ten )?(thon|xom|to dan pho|khu pho)( (thon|xom|to dan pho|khu pho))+$/,
  /^ten (thon|xom|to dan pho|khu pho)$/,
];

export function isIndexHeader(normalized: string): boolean {
  return INDEX_WORDS.includes(normalized);
}

/** "Đơn vị", "Tên đơn vị", "Địa bàn", "Xã, phường"… (short texts only: a title mentioning a unit is not a header). */
export function isUnitHeader(normalized: string): boolean {
  if (normalized.length > 40) return false;
  return UNIT_WORDS.some((w) => startsWithPhrase(normalized, w)) || UNIT_KIND_HEADERS.some((p) => p.test(normalized));
}

function dailyWords(t: string): boolean {
  if (/\b(theo|moi|hang|01|1|mot) ngay\b/.test(t)) return true;
  // "CT/ngày", "Chỉ tiêu/ngày", "KH/ngày" (but "Chỉ tiêu ngày 15/9" names a day, not a daily target).
  if (/\b(ct|chi tieu|kh|ke hoach) ngay\b(?! \d)/.test(t)) return true;
  return (hasPhrase(t, "trung binh") || hasPhrase(t, "tb") || hasPhrase(t, "binh quan")) && hasPhrase(t, "ngay");
}

/** The role named by one piece of header text, or null when it names none. */
export function roleFromWords(normalized: string): Role | null {
  const t = normalized;
  if (t === "") return null;
  if (dailyWords(t)) return "daily";
  if (hasPhrase(t, "ty le") || t.includes("%")) return "rate";
  if (hasPhrase(t, "chua") || hasPhrase(t, "con lai") || hasPhrase(t, "con thieu") || hasPhrase(t, "con phai") || (hasPhrase(t, "thieu so voi") && !hasPhrase(t, "vuot"))) return "remaining";
  // A bare "So với chỉ tiêu" is the share reached ("Thiếu so với chỉ tiêu" is a count: not this rule).
  if (/^so voi (chi tieu|ke hoach)\b/.test(t)) return "rate";
  // "Cần thực hiện", "Số phải thu nhận": what is to be done, a target (not "đã thực hiện").
  if (/\b(can|phai) (thuc hien|thu nhan|cap|kich hoat)\b/.test(t)) return "target";
  if (hasPhrase(t, "da") || hasPhrase(t, "ket qua") || hasPhrase(t, "thuc hien") || hasPhrase(t, "luy ke") || hasPhrase(t, "hoan thanh")) return "done";
  if (hasPhrase(t, "chi tieu") || startsWithPhrase(t, "tong") || hasPhrase(t, "ke hoach") || hasPhrase(t, "so luong") || hasPhrase(t, "giao")) return "target";
  return null;
}

/**
 * The meaning of a column from its header parts (top row first). The lowest part decides; when it names no
 * role, its parents may ("Chỉ tiêu theo ngày" over "Từ 0 đến dưới 6 tuổi" is a daily column).
 */
export function columnMeaning(parts: string[]): ColumnMeaning {
  const normalized = parts.map(normalizeText).filter((p) => p !== "");
  const leaf = normalized[normalized.length - 1] ?? "";
  if (isIndexHeader(leaf)) return { kind: "index", role: "target", explicit: true };
  if (isUnitHeader(leaf)) return { kind: "unit", role: "target", explicit: true };
  if (NOTE_WORDS.some((w) => startsWithPhrase(leaf, w))) return { kind: "note", role: "target", explicit: true };
  if (normalized.some(isPeriodResult)) return { kind: "period", role: "done", explicit: true };
  // A bare "Tổng" under "Đã thực hiện" is the total group of that block, not a target: the parent decides first.
  const leafFirst = isBareTotal(leaf) ? [...normalized.slice(0, -1).reverse(), leaf] : [...normalized].reverse();
  for (const words of leafFirst) {
    const role = roleFromWords(words);
    if (role) return { kind: "measure", role, explicit: true };
  }
  return { kind: "measure", role: "target", explicit: false };
}

/**
 * The results of one day or week ("Kết quả trong ngày", "Hôm nay", "Ngày 15/9") beside the cumulative ones
 * ("Lũy kế"): completion is counted on the cumulative figures, so these columns are set aside.
 */
export function isPeriodResult(normalized: string): boolean {
  if (/\b(trong ngay|hom nay|ngay hom nay|trong tuan|tuan nay|ket qua ngay)\b/.test(normalized)) return true;
  return /^(ket qua |thuc hien )?ngay \d{1,2} ?[/.-] ?\d{1,2}\b/.test(normalized);
}

/** "Tổng", "Tổng số", "Tổng cộng", "Cộng": the all-groups column of a block. */
export function isBareTotal(normalized: string): boolean {
  return /^(tong|tong so|tong cong|cong)$/.test(normalized);
}

/**
 * A key naming the age group a header speaks of ("0-6", "6-14", "lt14", "ge14"), or null. It ties a daily
 * column to the group column it divides.
 */
export function ageGroupKey(normalized: string): string | null {
  const range = /(\d+) (?:tuoi )?den (?:duoi |het )?(\d+)/.exec(normalized);
  if (range) return `${range[1]}-${range[2]}`;
  const under = /duoi (\d+)/.exec(normalized);
  if (under) return `lt${under[1]}`;
  const over = /(?:tren|tu du|tu) (\d+)/.exec(normalized) ?? /(\d+) tuoi tro len/.exec(normalized);
  if (over) return `ge${over[1]}`;
  return null;
}
