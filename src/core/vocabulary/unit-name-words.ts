// Words that name the kind of an administrative unit in front of its name ("Xã Tân Phong", "Công an phường Bắc
// Hà", "TT. Chợ Chu"), as a unit-name key drops them. Written with their marks: a name typed with marks drops
// only the marked word ("Quận 5" → "5", but "Quan Sơn" keeps "quan", a place name); a name typed without any
// mark drops the bare word. Longest first is worked out by the reader of this table, not by its order.

export interface UnitNamePrefix {
  /** As typed with marks, lowercase ("thị trấn"). */
  marked: string;
  /**
   * Dropped without its marks in any name: abbreviations ("tt", "tp", "p", "x", "ca") and kind words no place name
   * starts with ("Xa Tuấn An" typed in haste). Left out: "quận", "bản", "thôn", "xóm", "ấp", whose bare forms
   * open place names ("Quan Sơn", "Ban Công").
   */
  abbreviation?: boolean;
}

export const UNIT_NAME_PREFIXES: UnitNamePrefix[] = [
  { marked: "ủy ban nhân dân", abbreviation: true }, { marked: "uỷ ban nhân dân", abbreviation: true }, { marked: "ubnd", abbreviation: true },
  { marked: "công an", abbreviation: true }, { marked: "ca", abbreviation: true }, { marked: "cax", abbreviation: true },
  { marked: "tổ dân phố", abbreviation: true }, { marked: "khu phố", abbreviation: true }, { marked: "thị trấn", abbreviation: true }, { marked: "thị xã", abbreviation: true }, { marked: "thành phố", abbreviation: true },
  { marked: "đặc khu", abbreviation: true }, { marked: "phường", abbreviation: true }, { marked: "xã", abbreviation: true }, { marked: "huyện", abbreviation: true }, { marked: "quận" },
  { marked: "thôn" }, { marked: "xóm" }, { marked: "bản" }, { marked: "ấp" },
  { marked: "tp", abbreviation: true }, { marked: "tt", abbreviation: true }, { marked: "tx", abbreviation: true },
  { marked: "p", abbreviation: true }, { marked: "x", abbreviation: true },
];

/**
 * Old and new placement of the tone mark on "oa", "oe", "uy" ("Hoà"/"Hòa", "Thuỷ"/"Thủy", "Khoẻ"/"Khỏe"): the same
 * word, written by two conventions. Each pair: the vowels, as the key writes them (mark on the second vowel).
 */
export const TONE_PLACEMENT_PAIRS = ["oa", "oe", "uy"];

/**
 * Letters OCR and hurried typing confuse in a unit's name, folded the same way on both sides once the marks are
 * gone. Only a loose match uses them, and every loose match is shown for the clerk to confirm.
 */
export const OCR_NAME_FOLDS: [RegExp, string][] = [
  [/0/g, "o"], [/1/g, "l"], [/\|/g, "l"], [/5/g, "s"], [/rn/g, "m"], [/cl/g, "d"], [/y/g, "i"],
  // "Đ" read as "P" at the start of a word ("Pồng Thái"), folded with "d" there only.
  [/(^| )p(?=[aeiou])/g, "$1d"],
];
