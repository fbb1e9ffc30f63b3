import type { Catalogue } from "./catalogue";

/** Texts about the workbook's dated sheets. Keys are namespaced "workbook.*". */
export const workbookMessages = {
  "workbook.sheet-latest": {
    vi: "Đã đọc trang \"{sheet}\" (số liệu ngày {date}, ngày mới nhất). Còn {count} trang khác có bảng chỉ tiêu: {others}. Muốn đọc trang khác, chọn trang đó (dòng lệnh: --sheet \"TÊN\").",
    en: "Read sheet \"{sheet}\" (figures of {date}, the latest day). {count} other sheets hold a quota table: {others}. To read another one, choose it (command line: --sheet \"NAME\").",
  },
  "workbook.sheet-first": {
    vi: "Đã đọc trang \"{sheet}\". Các trang khác cũng có bảng chỉ tiêu nhưng không rõ ngày: {others}. Muốn đọc trang khác, chọn trang đó (dòng lệnh: --sheet \"TÊN\").",
    en: "Read sheet \"{sheet}\". Other sheets also hold a quota table, with no date found: {others}. To read another one, choose it (command line: --sheet \"NAME\").",
  },
  "workbook.sheet-not-latest": {
    vi: "Đang đọc trang \"{sheet}\" theo lựa chọn, nhưng trang \"{latest}\" có số liệu mới hơn (ngày {date}).",
    en: "Reading sheet \"{sheet}\" as chosen, but sheet \"{latest}\" holds later figures ({date}).",
  },
  "workbook.sheet-year-assumed": {
    vi: "Tên trang \"{sheet}\" không có năm và trong sổ không có ngày nào khác để suy ra: đã coi là ngày {date}. Nếu sai, nhập ngày số liệu (--as-of).",
    en: "Sheet \"{sheet}\" names no year and no other date in the workbook gives one: taken as {date}. If wrong, give the as-of date (--as-of).",
  },
} satisfies Catalogue;
