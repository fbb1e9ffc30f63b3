import type { Catalogue } from "./catalogue";

/** Texts of the report copy (the written file, the -o checks). Keys are namespaced "copy.*". */
export const copyMessages = {
  "copy.blankedCells": {
    vi: "Trang '{sheet}': {count} ô để trống vì số liệu không phải là một số hữu hạn (quá lớn hoặc lỗi): {cells}",
    en: "Sheet '{sheet}': {count} cells left blank because their figure is not a finite number (too large or an error): {cells}",
  },
  "copy.keptExisting": {
    vi: "Tệp {kept} đã có nên được giữ nguyên; bản báo cáo ghi vào {file} (thêm --force để ghi đè)",
    en: "{kept} already exists and was kept; the report was written to {file} (add --force to overwrite)",
  },
  "copy.macroExtension": {
    vi: "Tệp gốc có macro (.xlsm): đặt tên tệp kết quả có đuôi .xlsm để giữ macro, ví dụ {file}",
    en: "The input holds macros (.xlsm): name the output with .xlsm to keep them, e.g. {file}",
  },
  "copy.outputExtension": {
    vi: "Tệp kết quả phải có đuôi .xlsx (hoặc .xlsm khi tệp gốc có macro): {file}",
    en: "The output file must end in .xlsx (or .xlsm when the input holds macros): {file}",
  },
  "copy.cannotAdd": {
    vi: "Không thêm được trang báo cáo vào bản sao của {file}: cấu trúc tệp không chuẩn. Mở tệp trong Excel, lưu lại dạng .xlsx rồi chạy lại",
    en: "Could not add the report sheet to a copy of {file}: its structure is not standard. Open it in Excel, save it as .xlsx and run again",
  },
  "copy.reason.denied": { vi: "không có quyền ghi vào thư mục này, hãy chọn thư mục khác", en: "no permission to write in this folder, choose another one" },
  "copy.reason.noFolder": { vi: "thư mục không tồn tại", en: "the folder does not exist" },
  "copy.reason.full": { vi: "ổ đĩa đã đầy", en: "the disk is full" },
  "copy.reason.isFolder": { vi: "tên này là một thư mục, hãy đặt tên tệp", en: "that name is a folder, give a file name" },
  "copy.reason.busy": { vi: "tệp đang mở trong chương trình khác, hãy đóng lại", en: "the file is open in another program, close it" },
  "copy.reason.other": { vi: "lỗi khi ghi tệp, hãy thử thư mục khác", en: "the file could not be written, try another folder" },
} satisfies Catalogue;
