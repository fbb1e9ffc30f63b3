import type { Catalogue } from "./catalogue";

/** Texts of the Excel adapter: what Excel's limits cost, said so the clerk knows what to check. Keys "excel.*". */
export const excelMessages = {
  "excel.selection.multiArea": {
    vi: "Vùng đang chọn gồm nhiều khối rời nhau: hãy chọn một vùng liền nhau (một khối) rồi bấm lại.",
    en: "The selection has several separate blocks: select one continuous block, then try again.",
  },
  "excel.read.mergesSkipped": {
    vi: "Trang tính có quá nhiều ô gộp để Excel trả về: chỉ đọc được ô gộp đến dòng {rows}; hãy kiểm tra dòng tiêu đề và các cột đã nhận dạng.",
    en: "The sheet has more merged cells than Excel will return: merged cells were read down to row {rows} only; check the header rows and the columns found.",
  },
  "excel.skipped.freeze": {
    vi: "Excel này không cố định được dòng tiêu đề trên trang {sheet}; số liệu của báo cáo vẫn đầy đủ.",
    en: "This Excel could not freeze the header rows on {sheet}; the report's figures are complete.",
  },
  "excel.skipped.print": {
    vi: "Excel này không đặt được khổ in trên trang {sheet}; hãy chọn khổ A4 trong Bố trí Trang trước khi in.",
    en: "This Excel could not set up printing on {sheet}; choose A4 in Page Layout before printing.",
  },
  "excel.skipped.chart": {
    vi: "Excel này không vẽ được biểu đồ trên trang {sheet}; số liệu của báo cáo vẫn đầy đủ.",
    en: "This Excel could not draw the chart on {sheet}; the report's figures are complete.",
  },
  "excel.measure.gone": {
    vi: "Chỉ tiêu đã lưu \"{measure}\" không còn trong bảng: đã làm cho tất cả các chỉ tiêu. Hãy mở ngăn bên để chọn lại.",
    en: "The saved measure \"{measure}\" is no longer in the table: all measures were used. Open the pane to choose again.",
  },
  "excel.clipboard.showFirst": {
    vi: "Tóm tắt đã hiện bên dưới: bấm \"Sao chép tóm tắt\" lần nữa để chép.",
    en: "The summary is shown below: press \"Copy summary\" again to copy it.",
  },
} satisfies Catalogue;
