// How offices date a day's sheet, as data: in its name ("13-9", "15.9", "Ngày 15-9", "15-9-2024", "T9-15") or in
// its title ("BÁO CÁO … NGÀY 15/9/2024", "tính đến ngày 15/9"). The words are written as a clerk types them and
// folded with the one fold (foldText: no diacritics, lower case, single spaces); the patterns run on folded text
// whose date separators have been tightened ("15 / 9" → "15/9"). Next month's wording is one more word here.
import { foldText } from "./normalize";

/** Which capture group holds the day, the month and (optionally) the year. */
export interface DatePattern {
  pattern: RegExp;
  day: number;
  month: number;
  year?: number;
}

/** Words a clerk puts before the date in a sheet name ("Ngày 15-9", "Số liệu 15.9", "BC ngày 15-9"). */
const SHEET_NAME_LEAD_WORDS = ["ngày", "số liệu", "SL", "tiến độ", "kết quả", "KQ", "tổng hợp", "TH", "BC ngày"];

/** Words for "month" before a month-first name ("T9-15", "Th9.15", "Tháng 9-15"). */
const SHEET_NAME_MONTH_WORDS = ["t", "th", "tháng"];

/** Leads of the data date in a title line ("tính đến ngày 15/9/2024", "tính đến hết ngày 15/9"). */
const TITLE_DATA_DATE_LEADS = ["tính đến hết ngày", "tính đến ngày", "tính đến hết", "tính đến"];

/** A title line holding one of these is about another document, not the day of the figures ("Kèm theo Báo cáo số 12/BC"). */
const OTHER_DOCUMENT_WORDS = ["kèm theo"];

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Folded alternatives, longest first, for a regex. */
function alternatives(words: readonly string[]): string {
  return [...new Set(words.map(foldText))].sort((a, b) => b.length - a.length).map(escape).join("|");
}

const NAME_LEAD = String.raw`(?:(?:${alternatives(SHEET_NAME_LEAD_WORDS)})\s*)?`;
const SEP = String.raw`\s*[-._/\s]\s*`;

export const SHEET_NAME_DATES: readonly DatePattern[] = [
  // "T9-15", "Th9.15", "Thang 9-15": month first.
  { pattern: new RegExp(String.raw`^(?:${alternatives(SHEET_NAME_MONTH_WORDS)})\s*(\d{1,2})${SEP}(\d{1,2})$`), month: 1, day: 2 },
  // "13-9", "15.9", "Ngay 15-9", "15-9-2024", "15_9_24".
  { pattern: new RegExp(String.raw`^${NAME_LEAD}(\d{1,2})${SEP}(\d{1,2})(?:${SEP}(\d{4}|\d{2}))?$`), day: 1, month: 2, year: 3 },
  // "15 thang 9", "Ngay 15 thang 9 nam 2024".
  { pattern: /^(?:ngay\s*)?(\d{1,2}) thang (\d{1,2})(?: nam (\d{4}))?$/, day: 1, month: 2, year: 3 },
];

const DATE = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?`;

/** The data date in a title line. The document's own date ("kèm theo Báo cáo số 12/BC ngày 16/9") is not one. */
export const TITLE_DATES: readonly DatePattern[] = [
  { pattern: new RegExp(String.raw`(?:${alternatives(TITLE_DATA_DATE_LEADS)}) ?${DATE}`), day: 1, month: 2, year: 3 },
  { pattern: new RegExp(String.raw`so lieu (?:tinh )?den .*?ngay ${DATE}`), day: 1, month: 2, year: 3 },
  // "BÁO CÁO KẾT QUẢ … NGÀY 15/9/2024", but not "Báo cáo … từ ngày 01/8 đến ngày 30/10" (a period).
  { pattern: new RegExp(String.raw`^bao cao\b(?:(?!\btu\b).)*?\bngay ${DATE}`), day: 1, month: 2, year: 3 },
  { pattern: new RegExp(String.raw`^ngay ${DATE}$`), day: 1, month: 2, year: 3 },
];

/** A title line matching one of these is about another document or a period, not the day of the figures. */
export const NOT_A_DATA_DATE: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:${alternatives(OTHER_DOCUMENT_WORDS)})\b`),
  // A document's number: "số 12/BC-CAH".
  /\bso \d+\s*\/\s*[a-z]/,
];
