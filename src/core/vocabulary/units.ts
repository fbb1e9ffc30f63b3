// The unit column's header: "Đơn vị", "Tên đơn vị", "Địa bàn", "Xã/phường/thị trấn", "Quận, huyện",
// "Huyện, thành phố", "Công an xã, phường", "Tổ dân phố", "Thôn, bản", "Đội"… A line "Đơn vị tính: hồ sơ"
// (ĐVT) names the unit of measure, never the unit column.
import { compileAll, anyPhrase } from "./phrase";
import { addLength, rebuiltWhenTablesChange } from "./live";

/** Headers that open with a word for "unit" or "place": "Đơn vị (thực hiện)", "Địa bàn", "Tên địa phương". */
export const UNIT_HEADER_PHRASES = compileAll([
  "^[ten] don vi", "^[ten] dia ban", "^[ten] dia phuong", "^[ten] co quan", "^don vi hanh chinh",
  "^dv$", "^ten (xa|phuong|thi tran|quan|huyen|thi xa|thanh pho|tinh|thon|ban|xom|ap|to dan pho|khu pho|to|doi|khu|lang)",
  "^(cac|danh sach) (don vi|dia ban|xa|phuong|huyen|quan|doi|to)", "^[ten] (cong an|ubnd) (cac|cap) …",
  // Teams of the district police and working groups: "Đội nghiệp vụ", "Tổ công tác", "Các đội", "Lực lượng thực hiện".
  // Whole header only: "Tổ công tác số 1", "Đội nghiệp vụ 2" are units (a team's name), not a header.
  "^[ten] [cac] (doi|to|nhom) (nghiep vu|cong tac|chuyen mon|chuc nang|thuc hien)$",
  "^(luc luong|bo phan|nhom|to) (thuc hien|cong tac)$",
  // English templates.
  "^unit [name]$", "^(commune|communes|ward|wards|district|districts|locality|area|team|teams) [name]$",
]);

/** "Đơn vị tính: hồ sơ", "ĐVT: người", "Đơn vị: tài khoản": the unit of measure, not the unit column. */
export const MEASURE_UNIT_PHRASES = compileAll([
  "^(don vi|dv) tinh", "^dvt", "^don vi (ho so|nguoi|tai khoan|the|truong hop|cong dan|luot|%|ty le|trieu|nghin|dong)",
]);

/**
 * Kinds of administrative unit. A header made only of kinds ("Xã, phường, thị trấn", "Quận/huyện", "Thôn, bản",
 * "Tổ dân phố") names the unit column; a kind followed by a name ("Xã Tân Phong", "Thôn Bản Mới") is a unit.
 */
export const UNIT_KINDS = [
  "xa", "phuong", "thi tran", "quan", "huyen", "thi xa", "thanh pho", "tp", "tinh", "thon", "ban", "xom", "ap",
  "to dan pho", "tdp", "khu pho", "khu dan cu", "to", "doi", "khu", "lang", "buon", "soc", "khom", "cum", "phong",
  "tt", "tx", "dac khu", "khu vuc",
];

/** Words that may come before the kinds: "Tên xã", "Công an các xã", "UBND cấp xã". */
export const UNIT_KIND_PREFIXES = ["ten", "cong an", "ubnd", "cac", "cap", "danh sach", "don vi"];

/**
 * A single kind alone that is a header, not a unit's name. "Thị trấn" alone is left out: a district's lone town is
 * a unit named "Thị trấn"; so are "Thành phố" and "Thị xã".
 */
export const SOLO_UNIT_KINDS = ["xa", "phuong", "quan", "huyen", "thon", "xom", "ap", "to dan pho", "khu pho", "doi", "ban", "tdp"];

/** Prefixes that make a lone kind a header ("Tên xã", "Các xã"), unlike "Công an thị trấn" (a unit). */
const HEADER_MAKING_PREFIXES = ["ten", "cac", "cap", "danh sach"];

/**
 * "Công an xã", "UBND phường" alone head the commune police column; "Công an thị trấn" is the lone town's police,
 * a unit, and "Công an huyện" a title line.
 */
const PREFIXED_SOLO_KINDS = ["xa", "phuong"];

const longestFirst = (list: string[]) => [...list].sort((a, b) => b.split(" ").length - a.split(" ").length);
/** The kinds and prefixes sorted, again whenever a line is added to them at run time. */
const sortedKinds = rebuiltWhenTablesChange(
  () => addLength(addLength(0, UNIT_KINDS), UNIT_KIND_PREFIXES),
  () => ({ kinds: longestFirst(UNIT_KINDS), prefixes: longestFirst(UNIT_KIND_PREFIXES), numberedPlace: new RegExp(`^(${UNIT_KINDS.join("|")})( so)? \\d+$`) }),
);

/** "Phường 2", "Xã 3", "Tổ dân phố số 4": a place with a number (on normalizeText output). */
export function isNumberedPlace(normalized: string): boolean {
  return sortedKinds().numberedPlace.test(normalized);
}

function takeAt(words: string[], i: number, list: string[]): string | null {
  for (const entry of list) {
    const parts = entry.split(" ");
    if (parts.every((p, k) => words[i + k] === p)) return entry;
  }
  return null;
}

/** Kinds only, with optional prefixes: "cong an xa phuong thi tran", "quan huyen", "ten thon". */
function isKindList(normalized: string): boolean {
  const words = normalized.split(" ");
  const { kinds: kindsLongestFirst, prefixes: prefixesLongestFirst } = sortedKinds();
  const prefixes: string[] = [];
  let i = 0;
  for (let p = takeAt(words, i, prefixesLongestFirst); p !== null; p = takeAt(words, i, prefixesLongestFirst)) {
    prefixes.push(p);
    i += p.split(" ").length;
  }
  const kinds: string[] = [];
  while (i < words.length) {
    const kind = takeAt(words, i, kindsLongestFirst);
    if (kind === null) return false;
    kinds.push(kind);
    i += kind.split(" ").length;
  }
  if (kinds.length === 0) return false;
  if (kinds.length >= 2) return true;
  if (prefixes.some((p) => HEADER_MAKING_PREFIXES.includes(p))) return true;
  if (prefixes.length === 0) return SOLO_UNIT_KINDS.includes(kinds[0]);
  return PREFIXED_SOLO_KINDS.includes(kinds[0]);
}

/** "Đơn vị", "Tên đơn vị", "Địa bàn", "Quận, huyện"… (short texts only: a title mentioning a unit is not a header). */
export function isUnitHeaderText(normalized: string): boolean {
  if (normalized === "" || normalized.length > 40) return false;
  if (anyPhrase(MEASURE_UNIT_PHRASES, normalized)) return false;
  return anyPhrase(UNIT_HEADER_PHRASES, normalized) || isKindList(normalized);
}
