// Words of the rows under the header that are no unit: the total ("Tổng", "Tổng cộng", "Cộng", "Toàn huyện"),
// a section's subtotal ("Cộng khối xã", "Tổng các thị trấn"), notes and signatures (the table ends there).
// Totals are matched on labels WITH their diacritics (normalizeLabel), so that communes such as "Tông Lạnh" or
// "Cộng Hòa" stay units; a sheet typed without diacritics matches the ascii forms, listed beside them.
import { addLength, rebuiltWhenTablesChange } from "./live";

/**
 * A total row: one of the openers, alone or followed by one of its next words (and anything after): "Tổng",
 * "Tổng cộng", "Tổng số (16 xã)", "Cộng", "Cộng chung". Each word with its ascii form.
 */
export const TOTAL_WORDINGS: { openers: string[]; next: string[] }[] = [
  // "Tổng cộng", "Tổng số", "Tổng chung", "Tổng toàn huyện".
  { openers: ["tổng", "tong"], next: ["cộng", "cong", "số", "so", "chung", "toàn", "toan"] },
  { openers: ["cộng", "cong"], next: ["toàn", "toan", "chung"] },
];
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
export const ASCII_WHOLE_AREA_OPENERS = ["ca"];
export const ASCII_WHOLE_AREA_PLACES = ["huyen", "tinh", "thanh pho", "quan", "thi xa", "xa", "phuong", "don vi", "dia ban", "khoi", "doi"];
/** Words after an opener of a total that make a section's subtotal: "Cộng khối xã", "Tổng các thị trấn", "Cộng nhóm II". */
export const SUBTOTAL_SECOND_WORDS = ["khối", "khoi", "các", "cac", "nhóm", "nhom", "cụm", "cum", "phần", "phan", "mục", "muc", "loại", "loai"];

const alternation = (words: string[]) => words.map((w) => w.replace(/ /g, "\\s+")).join("|");

/** The tables above compiled, again whenever a line is added to one of them. */
const compiledRows = rebuiltWhenTablesChange(
  () => {
    // Called once per row: the lists one by one, no array built.
    let key = addLength(addLength(addLength(0, WHOLE_AREA_OPENERS), WHOLE_AREA_PLACES), ASCII_WHOLE_AREA_OPENERS);
    key = addLength(addLength(addLength(key, ASCII_WHOLE_AREA_PLACES), SUBTOTAL_SECOND_WORDS), TOTAL_WORDINGS);
    for (const w of TOTAL_WORDINGS) key = addLength(addLength(key, w.openers), w.next);
    return key;
  },
  () => {
    const openers = TOTAL_WORDINGS.flatMap((w) => w.openers);
    const totals = [
      ...TOTAL_WORDINGS.map((w) => new RegExp(`^(${alternation(w.openers)})(\\s+(${alternation(w.next)})(\\s.*)?)?$`)),
      // No \b here: JavaScript's word boundary ignores letters such as "ố", so "Toàn thành phố" would not match.
      new RegExp(`^(${alternation(WHOLE_AREA_OPENERS)})\\s+(${alternation(WHOLE_AREA_PLACES)})(\\s.*)?$`),
      new RegExp(`^(${alternation(ASCII_WHOLE_AREA_OPENERS)})\\s+(${alternation(ASCII_WHOLE_AREA_PLACES)})$`),
    ];
    // The first letters of every total, as typed (composed) or decomposed (the base letter first): a label
    // starting otherwise is no total, and most unit names are turned away on their first letter.
    const firstLetters = new Set<string>();
    for (const w of [...openers, ...WHOLE_AREA_OPENERS, ...ASCII_WHOLE_AREA_OPENERS]) {
      for (const form of [w.normalize("NFC"), w.normalize("NFD")]) firstLetters.add(form.charAt(0).toLowerCase());
    }
    const subtotal = new RegExp(`^(${alternation(openers)})\\s+(${alternation(SUBTOTAL_SECOND_WORDS)}|[ivx]+|[a-d]|\\d+)(\\s.*)?$`);
    const opensWithTotalWord = new RegExp(`^(${alternation(openers)})\\s`);
    return { totals, firstLetters, subtotal, opensWithTotalWord };
  },
);

/** The patterns of a total row, over normalizeLabel's output. */
export function totalPatterns(): readonly RegExp[] {
  return compiledRows().totals;
}

/** The lowercase letters a total row's label may start with. */
export function totalFirstLetters(): ReadonlySet<string> {
  return compiledRows().firstLetters;
}

/** A section's subtotal: "Cộng khối xã", "Tổng các thị trấn", "Cộng nhóm II", "Cộng (I)", "Cộng 1". */
export function subtotalPattern(): RegExp {
  return compiledRows().subtotal;
}

/** A label opening with an opener of a total and more words ("Cộng Tiên Lãng", "Tổng Khu vực 2"). */
export function opensWithTotalWord(): RegExp {
  return compiledRows().opensWithTotalWord;
}

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
