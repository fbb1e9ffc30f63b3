import type { Catalogue } from "./catalogue";

const FIX_VI = "Nếu không đúng: chọn lại vai trò của cột trong ngăn tác vụ, hoặc dùng --role với lệnh quota-report.";
const FIX_EN = "If wrong: set the column's role in the pane, or use --role with quota-report.";

/** What the reader says about target shares, reference columns and subtotals named for their group. */
export const readerRateMessages = {
  "reader.diag.rate-measure-column": {
    vi: `Cột {col} (“{label}”) là tỷ lệ phải đạt của từng dòng: “{measure}” được tính theo tỷ lệ (số đạt ÷ tổng số), không theo số lượng. ${FIX_VI}`,
    en: `Column {col} (“{label}”) holds each row's target share: “{measure}” is measured as a share (achieved ÷ base), not as a count. ${FIX_EN}`,
  },
  "reader.diag.rate-measure-header": {
    vi: `“{measure}” có chỉ tiêu là tỷ lệ {share} (ghi ở tiêu đề cột {col}): được tính theo tỷ lệ (số đạt ÷ tổng số).`,
    en: `“{measure}” has a target share of {share} (in column {col}'s header): it is measured as a share (achieved ÷ base).`,
  },
  "reader.diag.rate-measure-title": {
    vi: `“{measure}” có chỉ tiêu là tỷ lệ {share} (ghi ở tiêu đề bảng): được tính theo tỷ lệ (số đạt ÷ tổng số). Nếu không đúng, sửa tỷ lệ trong tiêu đề.`,
    en: `“{measure}” has a target share of {share} (stated in the title): it is measured as a share (achieved ÷ base). If wrong, correct the share in the title.`,
  },
  "reader.diag.rate-target-unused": {
    vi: "Cột {col} (“{label}”) là tỷ lệ phải đạt nhưng không có khối số liệu (tổng số và số đạt) ở bên trái: bỏ qua.",
    en: "Column {col} (“{label}”) is a target share, but no block of figures (base and achieved) stands left of it: ignored.",
  },
  "reader.diag.reference-column": {
    vi: `Cột {col} (“{label}”) là số liệu tham khảo (dân số, số hộ…), không phải chỉ tiêu: không có cột kết quả nào gắn với nó. ${FIX_VI}`,
    en: `Column {col} (“{label}”) is a reference figure (population, households…), not a target: no result column goes with it. ${FIX_EN}`,
  },
  "reader.diag.reference-daily": {
    vi: `Cột {col} (“{label}”) là định mức theo ngày gõ tay: số liệu không bằng chỉ tiêu nào chia cho số ngày, nên không dùng làm chỉ tiêu ngày. ${FIX_VI}`,
    en: `Column {col} (“{label}”) is a typed per-day norm: its figures are no target divided by the days, so it is not used as a daily target. ${FIX_EN}`,
  },
  "reader.diag.section-footer": {
    vi: "Dòng {row} (“{name}”) được hiểu là dòng cộng của nhóm, không phải một đơn vị, vì số liệu của dòng bằng tổng {count} đơn vị ngay trên nó (dòng {from}–{to}).",
    en: "Row {row} (“{name}”) is read as a section's subtotal, not a unit, because its figures are the sum of the {count} units right above it (rows {from}–{to}).",
  },
} satisfies Catalogue;
