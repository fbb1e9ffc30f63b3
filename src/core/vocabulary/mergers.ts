// Old unit names and the units they now belong to. Since 1/7/2025 districts are gone and communes were merged
// (several old communes → one new: their figures add up) or renamed (one old name → one unit: the same unit,
// never added twice). The clerk's own sheet (two columns, old → new; the --map file, the pane's mapping sheet)
// extends this table. Entries are kept per province, as old names repeat across provinces ("Tân Hòa"), and
// come from the province's resolution on the reorganisation; a line here applies only when its province is named.

export interface MergerLine {
  /** The province the line belongs to, as its resolution names it ("Hải Phòng"). */
  province: string;
  old: string;
  new: string;
}

/**
 * The lines shipped with the product. Empty until a province's resolution is entered line by line from its
 * official text (one line per old unit); a guessed line would move figures silently, so none is guessed.
 */
export const UNIT_MERGERS: MergerLine[] = [];

/** Header words of a clerk's mapping sheet ("Tên cũ | Tên mới", "Đơn vị trước sáp nhập | Đơn vị sau"): a line of them is no mapping. */
export const MAPPING_HEADER_WORDS = ["cu", "moi", "truoc", "sau", "sap nhap", "old", "new", "stt", "ten", "don vi", "hop nhat", "dieu chinh"];
