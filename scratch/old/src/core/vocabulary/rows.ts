// Words of the rows under the header that are no unit: the total ("Tổng", "Tổng cộng", "Cộng", "Toàn huyện"),
// a section's subtotal ("Cộng khối xã", "Tổng các thị trấn"), notes and signatures (the table ends there).
// Totals are matched on labels WITH their diacritics (normalizeLabel), so that communes such as "Tông Lạnh" or
// "Cộng Hòa" stay units; a sheet typed without diacritics matches the ascii forms, listed beside them.

/** Words that open a total row, each with its ascii form. */
export const TOTAL_OPENERS = ["tổng", "tong", "cộng", "cong"];
/** Words that may follow "Tổng" in a total: "Tổng cộng", "Tổng số", "Tổng chung", "Tổng toàn huyện". */
export const TOTAL_SECOND_WORDS = ["cộng", "cong", "số", "so", "chung", "toàn", "toan"];
/** "Toàn huyện", "Toàn tỉnh", "Toàn thành phố", "Toàn đơn vị", "Cả huyện". */
export const WHOLE_AREA_OPENERS = ["toàn", "toan", "cả"];
export const WHOLE_AREA_PLACES = [
  "huyện", "huyen", "tỉnh", "tinh", "thành phố", "thanh pho", "quận", "quan", "thị xã", "thi xa", "xã", "xa", "phường", "phuong",
  "đơn vị", "don vi", "địa bàn", "dia ban", "khối", "khoi", "đội", "doi",
];
/**
 * "Ca huyen" (Cả huyện typed without diacritics) only fully ascii and alone: "CA xã Kim Sơn", "CA phường 2" are
 * the commune police (Công an), units.
 */
export const ASCII_WHOLE_AREA_PLACES = ["huyen", "tinh", "thanh pho", "quan", "thi xa", "xa", "phuong", "don vi", "dia ban", "khoi", "doi"];
/** Words after "Cộng" / "Tổng" that make a section's subtotal: "Cộng khối xã", "Tổng các thị trấn", "Cộng nhóm II". */
export const SUBTOTAL_SECOND_WORDS = ["khối", "khoi", "các", "cac", "nhóm", "nhom", "cụm", "cum", "phần", "phan", "mục", "muc", "loại", "loai"];

const alternation = (words: string[]) => words.map((w) => w.replace(/ /g, "\\s+")).join("|");

export const TOTAL_PATTERNS: RegExp[] = [
  new RegExp(`^(${alternation(["tổng", "tong"])})(\\s+(${alternation(TOTAL_SECOND_WORDS)})(\\s.*)?)?$`),
  new RegExp(`^(${alternation(["cộng", "cong"])})(\\s+(${alternation(["toàn", "toan", "chung"])})(\\s.*)?)?$`),
  // No \b here: JavaScript's word boundary ignores letters such as "ố", so "Toàn thành phố" would not match.
  new RegExp(`^(${alternation(WHOLE_AREA_OPENERS)})\\s+(${alternation(WHOLE_AREA_PLACES)})(\\s.*)?$`),
  new RegExp(`^ca\\s+(${alternation(ASCII_WHOLE_AREA_PLACES)})$`),
];

/** A section's subtotal: "Cộng khối xã", "Tổng các thị trấn", "Cộng nhóm II", "Cộng (I)", "Cộng 1". */
export const SUBTOTAL_PATTERN = new RegExp(
  `^(${alternation(TOTAL_OPENERS)})\\s+(${alternation(SUBTOTAL_SECOND_WORDS)}|[ivx]+|[a-d]|\\d+)(\\s.*)?$`,
);

/** A bare "Cộng": the total, unless it closes one section of several. */
export const BARE_SUBTOTAL_OR_TOTAL = /^(cộng|cong)$/;

/** Notes and signatures under a table (diacritic-free phrases, matched at the start of the row's text). */
export const NOTE_ROW_STARTS = [
  "ghi chu", "noi nhan", "nguoi lap", "lap bieu", "nguoi tong hop", "thu truong", "truong cong an", "truong phong",
  "doi truong", "chu tich", "kt", "tm", "xac nhan", "ky ten", "chi huy", "ngay thang", "luu", "can bo lap",
  "nguoi bao cao", "pho truong", "pho chu tich", "giam doc", "chu thich", "luu y",
];

/** "…, ngày 15 tháng 9 năm 2024" (the signature's date line). */
export const SIGNATURE_DATE_LINE = /^[a-z ]*ngay \d+ thang \d+/;

/**
 * Words that mark a section's head row ("I. KHỐI PHƯỜNG", "Khối xã", "Cụm 2", "Vùng cao"), matched on normalizeText
 * output. Support only: the figures decide (a head's figures are the sum of the units under it).
 */
export const SECTION_HEAD_PATTERN = /^([ivx]+( |$)|(khoi|cum|nhom|khu vuc|vung|phan|loai|dia ban) )/;
