import type { Catalogue, Entry } from "./catalogue";

/**
 * What the sheet's own words gave the campaign, and what to do when they gave nothing (keys "hints.*" and
 * "campaign.*"). "{text}" quotes the cell; a ".sheetName" variant names the sheet instead of a cell.
 */
const taken = {
  "hints.days": {
    vi: "Lấy số ngày của kế hoạch ({days} ngày) từ ô {cell}: “{text}”",
    en: "Took the plan's number of days ({days}) from cell {cell}: “{text}”",
  },
  "hints.period": {
    vi: "Lấy thời gian của đợt, từ {from} đến {to}, từ ô {cell}: “{text}”",
    en: "Took the campaign's period, {from} to {to}, from cell {cell}: “{text}”",
  },
  "hints.phase": {
    vi: "Lấy {name} từ {from} đến {to} từ ô {cell}: “{text}”",
    en: "Took {name}, {from} to {to}, from cell {cell}: “{text}”",
  },
  "hints.dataDate": {
    vi: "Lấy ngày số liệu {date} từ ô {cell}: “{text}”",
    en: "Took the data date {date} from cell {cell}: “{text}”",
  },
  "hints.documentDate": {
    vi: "Trang không ghi ngày số liệu; ô {cell} ghi ngày của văn bản ({documentDate}), thường là sáng hôm sau, nên lấy ngày số liệu là {date}: “{text}”. Nếu không đúng, nhập ngày số liệu (--as-of NGÀY trên dòng lệnh, ô “Số liệu tính đến ngày” trong ngăn tác vụ).",
    en: "The sheet states no data date; cell {cell} holds the document's date ({documentDate}), usually the morning after, so the data date is taken as {date}: “{text}”. If that is wrong, give the data date (--as-of DATE on the command line, the “Figures as of” field in the pane).",
  },
  "hints.year": {
    vi: "Ô {cell} ghi ngày không có năm: lấy năm {year} theo ô {from}.",
    en: "Cell {cell} writes days without a year: took the year {year} from {from}.",
  },
  "hints.yearToday": {
    vi: "Ô {cell} ghi ngày không có năm và trang không ghi năm nào: tạm lấy năm nay ({year}). Nếu sai, nhập ngày của đợt (--from NGÀY --to NGÀY trên dòng lệnh, ô “Từ ngày”, “Đến ngày” trong ngăn tác vụ).",
    en: "Cell {cell} writes days without a year and the sheet names no year: assumed this year ({year}). If wrong, give the dates (--from DATE --to DATE on the command line, the “From”, “To” fields in the pane).",
  },
} satisfies Catalogue;

type SheetNameKeys<T> = { [K in keyof T & string as `${K}.sheetName`]: Entry };

/** The same texts when the sheet's name said it. */
function fromSheetName<T extends Catalogue>(c: T): SheetNameKeys<T> {
  const out: Record<string, Entry> = {};
  for (const [key, e] of Object.entries(c)) {
    out[`${key}.sheetName`] = {
      vi: e.vi.replace(/ô \{cell\}/g, "tên trang “{sheet}”").replace(/Ô \{cell\}/g, "Tên trang “{sheet}”"),
      en: e.en.replace(/cell \{cell\}/g, "the sheet name “{sheet}”").replace(/Cell \{cell\}/g, "The sheet name “{sheet}”"),
    };
  }
  return out as SheetNameKeys<T>;
}

const campaign = {
  "campaign.asOfToday": {
    vi: "Trang không ghi số liệu tính đến ngày nào, nên tính đến hôm nay ({date}). Nếu số liệu là của ngày khác, nhập ngày đó: --as-of NGÀY trên dòng lệnh, ô “Số liệu tính đến ngày” trong ngăn tác vụ.",
    en: "The sheet does not say which day its figures are counted to, so today ({date}) is used. If they are another day's, give that day: --as-of DATE on the command line, the “Figures as of” field in the pane.",
  },
  "campaign.asOfBefore": {
    vi: "Ngày số liệu {date} trước ngày bắt đầu đợt ({from}): chưa đơn vị nào đến hạn. Kiểm tra lại ngày số liệu (--as-of NGÀY, ô “Số liệu tính đến ngày”) hoặc ngày của đợt (--from/--to, ô “Từ ngày”, “Đến ngày”).",
    en: "The data date {date} is before the campaign starts ({from}): nothing is due yet. Check the data date (--as-of DATE, the “Figures as of” field) or the campaign's dates (--from/--to, the “From”, “To” fields).",
  },
  "campaign.asOfAfter": {
    vi: "Ngày số liệu {date} sau ngày kết thúc đợt ({to}): mọi phần còn thiếu đều quá hạn. Kiểm tra lại ngày số liệu (--as-of NGÀY, ô “Số liệu tính đến ngày”) hoặc ngày của đợt (--from/--to/--days, ô “Từ ngày”, “Đến ngày”, “Số ngày theo kế hoạch”).",
    en: "The data date {date} is after the campaign ends ({to}): whatever is missing is overdue. Check the data date (--as-of DATE, the “Figures as of” field) or the campaign's dates (--from/--to/--days, the “From”, “To”, “Days in the plan” fields).",
  },
} satisfies Catalogue;

export const campaignHintMessages = { ...taken, ...fromSheetName(taken), ...campaign } satisfies Catalogue;
