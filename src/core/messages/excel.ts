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
  "excel.read.capped": {
    vi: "Trang tính có ô dữ liệu ở tận {far}: chỉ đọc vùng {read}. Nếu bảng nằm ngoài vùng này, hãy xóa ô thừa ở xa rồi bấm lại.",
    en: "The sheet has a value as far out as {far}: only {read} was read. If the table lies outside it, delete the stray cell and try again.",
  },
  "excel.history.notSaved": {
    vi: "Chưa lưu được số liệu ngày vào trang \"{sheet}\": {reason} Báo cáo vẫn đầy đủ.",
    en: "The day's figures were not saved in \"{sheet}\": {reason} The report is complete.",
  },
  "excel.history.protected": {
    vi: "trang đang được bảo vệ (Xem lại → Bỏ bảo vệ trang).",
    en: "the sheet is protected (Review → Unprotect Sheet).",
  },
  "excel.history.notSavedAlone": {
    vi: "Chưa lưu được số liệu ngày vào trang \"{sheet}\": {reason}",
    en: "The day's figures were not saved in \"{sheet}\": {reason}",
  },
  "excel.history.tableMoved": {
    vi: "bảng Excel trên trang đã bị di chuyển hoặc đổi kích thước; hãy đưa bảng về ô A1, hoặc chuyển bảng thành vùng ô thường (số liệu vẫn giữ nguyên).",
    en: "the Excel table on the sheet was moved or resized; move it back to A1, or convert it to a range (the figures stay).",
  },
  "excel.history.refused": {
    vi: "Excel từ chối ghi; hãy đóng các hộp thoại đang mở trong Excel rồi bấm lại (mã lỗi của Excel: {code}).",
    en: "Excel refused the write; close any open Excel dialog and try again (Excel's error code: {code}).",
  },
  "excel.history.saved": {
    vi: "Đã lưu số liệu ngày {day} vào trang \"{sheet}\".",
    en: "The figures of {day} were saved in \"{sheet}\".",
  },
  "excel.ribbon.coloured": {
    vi: "Đã tô màu đơn vị chậm trên trang \"{sheet}\" ({added} quy tắc).",
    en: "Lagging units coloured on \"{sheet}\" ({added} rules).",
  },
  "excel.ribbon.reported": {
    vi: "Đã tạo trang báo cáo \"{sheet}\".",
    en: "Report sheet \"{sheet}\" created.",
  },
  "excel.ribbon.busy": {
    vi: "Lệnh trước vẫn đang chạy: lệnh này chạy ngay sau khi lệnh trước xong.",
    en: "The previous command is still running: this one runs as soon as it ends.",
  },
  "excel.ribbon.tableUnknown": {
    vi: "Thiết lập đã lưu chỉ ghi \"vùng đang chọn\" mà không ghi vùng nào: hãy mở ngăn tác vụ, chọn vùng bảng và bấm \"Tạo báo cáo\" một lần (ngăn tác vụ lưu lại vùng đó cho các nút trên dải băng).",
    en: "The saved settings say \"the selection\" without saying which cells: open the pane, select the table and press \"Create report\" once (the pane saves that range for the ribbon buttons).",
  },
  "excel.merge.fileRefused": {
    vi: "Không mở được tệp \"{file}\" trong Excel (tệp hỏng, không phải .xlsx, hoặc quá lớn để gửi một lần): đã bỏ qua tệp này.",
    en: "Excel could not open \"{file}\" (damaged, not an .xlsx, or too big to send at once): that file was left out.",
  },
  "excel.merge.ownSheets": {
    vi: "Không đọc các trang do tiện ích tạo ra: {sheets}.",
    en: "Sheets the add-in made were not read: {sheets}.",
  },
} satisfies Catalogue;
