import type { Catalogue } from "./catalogue";

const FIX_VI = "Nếu không đúng: chọn lại vai trò của cột trong ngăn tác vụ, hoặc dùng --role với lệnh quota-report.";
const FIX_EN = "If wrong: set the column's role in the pane, or use --role with quota-report.";

/** What the figures said about a section's head row and about a measure whose base is an earlier measure's result. */
export const readerSectionMessages = {
  "reader.diag.section-head": {
    vi: "Dòng {row} (“{name}”) được hiểu là dòng cộng của nhóm, không phải một đơn vị, vì số liệu của dòng bằng tổng {count} đơn vị ngay dưới nó (dòng {from}–{to}).",
    en: "Row {row} (“{name}”) is read as a section's subtotal, not a unit, because its figures are the sum of the {count} units right under it (rows {from}–{to}).",
  },
  "reader.figures.chained-base.remaining": {
    vi: `Cột {base} ({baseLabel}) vừa là kết quả của “{from}” vừa là chỉ tiêu (số gốc) của “{to}”, vì ở {matches}/{rows} đơn vị, cột {other} (chưa thực hiện) = cột {base} − cột {done}. ${FIX_VI}`,
    en: `Column {base} ({baseLabel}) is both the result of “{from}” and the target (base) of “{to}”, because on {matches}/{rows} units, column {other} (not yet done) = column {base} − column {done}. ${FIX_EN}`,
  },
  "reader.figures.chained-base.rate": {
    vi: `Cột {base} ({baseLabel}) vừa là kết quả của “{from}” vừa là chỉ tiêu (số gốc) của “{to}”, vì ở {matches}/{rows} đơn vị, cột {other} (tỷ lệ) = cột {done} ÷ cột {base}. ${FIX_VI}`,
    en: `Column {base} ({baseLabel}) is both the result of “{from}” and the target (base) of “{to}”, because on {matches}/{rows} units, column {other} (rate) = column {done} ÷ column {base}. ${FIX_EN}`,
  },
} satisfies Catalogue;
