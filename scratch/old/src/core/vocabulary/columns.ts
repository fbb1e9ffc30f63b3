// Header words of the columns that are no figure of a measure: the row number, the unit's name, notes, ranks,
// dates, the day's result beside the cumulative one, a signed difference. Phrases as in phrase.ts.
import { compileAll } from "./phrase";

/** "STT", "TT", "Số thứ tự". The whole header must be one of them. */
export const INDEX_HEADERS = ["stt", "tt", "so tt", "so thu tu", "thu tu", "s tt", "stt tt", "s t t", "no"];

/** Columns a clerk adds beside the figures that are no measure: notes, the ranking, the report date. */
export const NOTE_HEADER_PHRASES = compileAll([
  "^ghi chu", "^xep hang", "^thu hang", "^xep thu", "^xep loai", "^hang", "^vi tri", "^danh gia", "^nhan xet",
  "^ngay bao cao", "^ngay cap nhat", "^thoi gian bao cao", "^ngay$", "^(ngay|thoi gian) (lap|gui|nhan)", "^can bo (phu trach|theo doi)", "^nguoi (phu trach|bao cao)",
  "^so dien thoai", "^dien thoai", "^ly do", "^nguyen nhan", "^de xuat", "^kien nghi", "^ket luan",
  "^tinh trang", "^trang thai", "^danh gia tien do", "^muc xep loai", "^note", "^rank", "^remark", "^status",
]);

/**
 * A signed difference ("Vượt/Thiếu so với chỉ tiêu", "Chênh lệch", "Tăng/giảm"): neither what remains nor a
 * rate; the engine computes its own.
 */
export const DIFFERENCE_HEADER_PHRASES = compileAll([
  "vuot thieu", "thieu vuot", "chenh lech", "tang giam", "tang (hoac|/)? giam", "so sanh", "^vuot [so voi]", "cao hon",
]);

/**
 * The results of one day or week ("Kết quả trong ngày", "Hôm nay", "Ngày 15/9") beside the cumulative ones
 * ("Lũy kế"): completion is counted on the cumulative figures, so these columns are set aside.
 */
export const PERIOD_RESULT_PHRASES = compileAll([
  "trong ngay", "hom nay", "ngay hom nay", "trong tuan", "tuan nay", "ket qua ngay", "ngay hom qua", "hom qua",
  "^[ket qua|thuc hien|so lieu] ngay # #", "phat sinh (trong|ngay)", "tang trong (ngay|tuan)",
]);

/** "Tổng", "Tổng số", "Tổng cộng", "Cộng": the all-groups column of a block (its parent names the role). */
export const BARE_TOTAL_HEADERS = ["tong", "tong so", "tong cong", "cong", "tc", "chung", "tong chung"];
