// How offices date a day's sheet, as data: in its name ("13-9", "15.9", "Ngay 15-9", "15-9-2024", "T9-15") or in
// its title ("BÁO CÁO … NGÀY 15/9/2024", "tính đến ngày 15/9"). Texts are folded (no diacritics, lower case).

/** Which capture group holds the day, the month and (optionally) the year. */
export interface DatePattern {
  pattern: RegExp;
  day: number;
  month: number;
  year?: number;
}

/** Words a clerk puts before the date in a sheet name ("Ngày 15-9", "Số liệu 15.9"). */
const NAME_PREFIX = String.raw`(?:(?:ngay|so lieu|sl|tien do|ket qua|kq|tong hop|th|bc ngay)\s*)?`;
const SEP = String.raw`\s*[-._/\s]\s*`;

export const SHEET_NAME_DATES: readonly DatePattern[] = [
  // "T9-15", "Th9.15", "Thang 9-15": month first.
  { pattern: new RegExp(String.raw`^t(?:h|hang)?\s*(\d{1,2})${SEP}(\d{1,2})$`), month: 1, day: 2 },
  // "13-9", "15.9", "Ngay 15-9", "15-9-2024", "15_9_24".
  { pattern: new RegExp(String.raw`^${NAME_PREFIX}(\d{1,2})${SEP}(\d{1,2})(?:${SEP}(\d{4}|\d{2}))?$`), day: 1, month: 2, year: 3 },
  // "15 thang 9", "Ngay 15 thang 9 nam 2024".
  { pattern: /^(?:ngay\s*)?(\d{1,2}) thang (\d{1,2})(?: nam (\d{4}))?$/, day: 1, month: 2, year: 3 },
];

const DATE = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?`;

/** The data date in a title line. The document's own date ("kèm theo Báo cáo số 12/BC ngày 16/9") is not one. */
export const TITLE_DATES: readonly DatePattern[] = [
  { pattern: new RegExp(String.raw`tinh den (?:het )?(?:ngay )?${DATE}`), day: 1, month: 2, year: 3 },
  { pattern: new RegExp(String.raw`so lieu (?:tinh )?den .*?ngay ${DATE}`), day: 1, month: 2, year: 3 },
  // "BÁO CÁO KẾT QUẢ … NGÀY 15/9/2024", but not "Báo cáo … từ ngày 01/8 đến ngày 30/10" (a period).
  { pattern: new RegExp(String.raw`^bao cao\b(?:(?!\btu\b).)*?\bngay ${DATE}`), day: 1, month: 2, year: 3 },
  { pattern: new RegExp(String.raw`^ngay ${DATE}$`), day: 1, month: 2, year: 3 },
];

/** A title line holding one of these is about another document or a period, not the day of the figures. */
export const NOT_A_DATA_DATE: readonly RegExp[] = [/\bkem theo\b/, /\bso \d+\s*\/\s*[a-z]/];

/** Sheets the add-in writes itself: never a day's sheet (a report is dated too). */
export const ADDIN_SHEET_NAMES: readonly RegExp[] = [/^bao cao \d{2}-\d{2}-\d{4}/, /^report \d{2}-\d{2}-\d{4}/, /^lich su tien do/, /^progress history/, /^bao cao (tuan|dot)/, /^(weekly|phase) report/];
