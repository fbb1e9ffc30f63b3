// What the command line says about the input file itself: formats it reads or refuses, limits, cells far from
// the table, formulas without saved results, figures no campaign can have. One line each, saying what to do.
import type { Catalogue } from "./catalogue";

export const inputMessages = {
  "reader.input.directory": {
    vi: "“{file}” là một thư mục, không phải tệp: hãy ghi tên tệp Excel trong thư mục đó.",
    en: "“{file}” is a folder, not a file: give the name of the Excel file inside it.",
  },
  "reader.input.not-regular": {
    vi: "“{file}” không phải tệp thông thường (thiết bị, đường ống…): hãy chỉ ra tệp Excel đã lưu trên đĩa.",
    en: "“{file}” is not a regular file (a device, a pipe…): give an Excel file saved on disk.",
  },
  "reader.input.unreadable": {
    vi: "Không mở được tệp “{file}”: hãy kiểm tra quyền đọc tệp, hoặc đóng tệp nếu chương trình khác đang giữ nó.",
    en: "Cannot open “{file}”: check that you may read it, or close it if another program holds it.",
  },
  "reader.input.empty": {
    vi: "Tệp “{file}” trống (0 byte): hãy lưu lại bảng từ Excel rồi thử lại.",
    en: "“{file}” is empty (0 bytes): save the table again from Excel and retry.",
  },
  "reader.input.too-big": {
    vi: "Tệp “{file}” quá lớn ({size} MB, tối đa {limit} MB): hãy chép trang có bảng chỉ tiêu sang một sổ làm việc mới và lưu lại.",
    en: "“{file}” is too large ({size} MB, at most {limit} MB): copy the quota sheet into a new workbook and save it.",
  },
  "reader.input.inflates-too-much": {
    vi: "Tệp “{file}” khi giải nén sẽ quá lớn (phần “{part}”: {size} MB, tối đa {limit} MB); có thể tệp bị hỏng: hãy mở bằng Excel, xóa các trang không cần và lưu lại.",
    en: "“{file}” would be too large once unpacked (part “{part}”: {size} MB, at most {limit} MB); it may be damaged: open it in Excel, delete the sheets not needed and save it.",
  },
  "reader.input.damaged": {
    vi: "Không đọc được tệp “{file}”: tệp bị hỏng hoặc tải về chưa hết. Hãy mở bằng Excel (Excel có thể sửa tệp) và lưu lại dạng .xlsx.",
    en: "Cannot read “{file}”: it is damaged or was not fully downloaded. Open it in Excel (Excel can repair it) and save it as .xlsx.",
  },
  "reader.input.encrypted": {
    vi: "Tệp “{file}” được đặt mật khẩu: hãy gỡ mật khẩu trong Excel (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi thử lại.",
    en: "“{file}” is password-protected: remove the password in Excel (File → Info → Protect Workbook → Encrypt with Password, clear it), save and retry.",
  },
  "reader.input.xlsb": {
    vi: "Tệp “{file}” là sổ làm việc nhị phân (.xlsb), chưa đọc được: hãy mở bằng Excel và lưu lại dạng Excel Workbook (.xlsx).",
    en: "“{file}” is a binary workbook (.xlsb), which cannot be read: open it in Excel and save it as an Excel Workbook (.xlsx).",
  },
  "reader.input.not-a-workbook": {
    vi: "Tệp “{file}” không phải bảng tính (.xlsx, .xls, .ods, .csv hay bảng HTML): hãy mở bảng chỉ tiêu bằng Excel và lưu dạng Excel Workbook (.xlsx).",
    en: "“{file}” is not a spreadsheet (.xlsx, .xls, .ods, .csv or an HTML table): open the quota table in Excel and save it as an Excel Workbook (.xlsx).",
  },
  "reader.input.cannot-convert": {
    vi: "Không đọc được tệp {format} “{file}”: hãy mở bằng Excel và lưu lại dạng Excel Workbook (.xlsx).",
    en: "Cannot read the {format} file “{file}”: open it in Excel and save it as an Excel Workbook (.xlsx).",
  },
  "reader.input.read-leniently": {
    vi: "Tệp “{file}” có phần bị hỏng; chương trình vẫn đọc được nhưng có thể thiếu số liệu: hãy kiểm tra lại, mở tệp bằng Excel và lưu lại dạng .xlsx.",
    en: "“{file}” is partly damaged; it was read, but figures may be missing: check them, open the file in Excel and save it as .xlsx.",
  },
  "reader.input.number-formats-approximate": {
    vi: "Một số định dạng số trong tệp {format} “{file}” không đọc được chính xác: hãy kiểm tra các ô ngày tháng và tỷ lệ, hoặc mở tệp bằng Excel và lưu dạng .xlsx.",
    en: "Some number formats in the {format} file “{file}” could not be read exactly: check the date and rate cells, or open the file in Excel and save it as .xlsx.",
  },
  "reader.input.converted": {
    vi: "Tệp “{file}” ({format}) đã được đọc; bản báo cáo được lưu dạng .xlsx.",
    en: "“{file}” ({format}) was read; the report copy is saved as .xlsx.",
  },
  /** Put before a sheet's own message (no quota table…) so that the line names the file. */
  "reader.input.in-file": { vi: "Tệp “{file}”: ", en: "“{file}”: " },
  "reader.input.far-cells-ignored": {
    vi: "Bỏ qua {count} ô có dữ liệu nằm xa bảng ({cells}); chỉ đọc vùng {area}. Nếu các ô đó là số liệu, hãy chuyển chúng vào bảng.",
    en: "Left out {count} cell(s) far from the table ({cells}); only {area} is read. If they hold figures, move them into the table.",
  },
  "reader.input.formulas-computed": {
    vi: "{count} công thức không có kết quả lưu sẵn trong tệp ({cells}) đã được tính lại từ các ô chúng tham chiếu; mở và lưu tệp bằng Excel để Excel tự tính.",
    en: "{count} formula(s) saved without their results ({cells}) were computed from the cells they refer to; open and save the file in Excel to let Excel compute them.",
  },
  "reader.input.formula-not-computed": {
    vi: "Ô {cell} chứa công thức “={formula}” nhưng tệp không lưu kết quả và không tính được: ô được coi là trống. Hãy mở tệp bằng Excel, lưu lại rồi thử lại.",
    en: "Cell {cell} holds the formula “={formula}” saved without its result, which could not be computed: it is taken as empty. Open the file in Excel, save it and retry.",
  },
  "reader.input.formulas-not-computed-more": {
    vi: "Còn {count} ô công thức khác không có kết quả lưu sẵn và không tính được ({cells}…), đều được coi là trống: hãy mở tệp bằng Excel, lưu lại rồi thử lại.",
    en: "{count} more formula cell(s) saved without results could not be computed ({cells}…) and are taken as empty: open the file in Excel, save it and retry.",
  },
  "reader.input.implausible-value": {
    vi: "Ô {cell} ({unit}) có số “{value}” vượt mọi quy mô của một đợt (trên 1 tỷ hoặc vô hạn): không đưa vào tổng, hãy kiểm tra lại.",
    en: "Cell {cell} ({unit}) holds “{value}”, beyond any campaign (above a billion or infinite): left out of the sums; check it.",
  },
} satisfies Catalogue;
