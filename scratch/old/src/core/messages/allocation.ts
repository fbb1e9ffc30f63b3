import type { Catalogue } from "./catalogue";

/** Texts of allocation ("giao chỉ tiêu"): the sheet, the rule, the problems, the command line. Keys "alloc.*". */
export const allocationMessages = {
  "alloc.sheet.name": { vi: "Phân bổ chỉ tiêu", en: "Allocation" },
  "alloc.sheet.title": { vi: "BẢNG PHÂN BỔ CHỈ TIÊU", en: "TARGET ALLOCATION" },
  "alloc.sheet.subtitle": {
    vi: "Tổng chỉ tiêu {total}, phân bổ theo \"{base}\" (trang {sheet})",
    en: "Total target {total}, allocated by \"{base}\" (sheet {sheet})",
  },
  "alloc.sheet.days": {
    vi: "Thực hiện trong {days} ngày; chỉ tiêu trung bình 01 ngày của toàn đơn vị: {totalDaily}",
    en: "Over {days} days; daily target of the whole: {totalDaily}",
  },
  "alloc.sheet.unit": { vi: "Đơn vị", en: "Unit" },
  "alloc.sheet.target": { vi: "Chỉ tiêu được giao", en: "Target given" },
  "alloc.sheet.daily": { vi: "Chỉ tiêu TB 01 ngày ({days} ngày)", en: "Daily target ({days} days)" },
  "alloc.sheet.total": { vi: "Tổng cộng", en: "Total" },
  "alloc.note.rule": {
    vi: "Cách chia: mỗi đơn vị nhận phần nguyên của {total} × số của đơn vị ÷ tổng \"{base}\"; phần còn lại chia lần lượt mỗi đơn vị 01 cho các đơn vị có phần lẻ lớn nhất (bằng nhau thì đơn vị có số lớn hơn, rồi đơn vị đứng trên), nên tổng các đơn vị đúng bằng {total}.",
    en: "Rule: each unit gets the whole part of {total} × its figure ÷ the sum of \"{base}\"; what is left goes one each to the largest fractional parts (ties: the larger figure, then the unit higher up), so the units add up to exactly {total}.",
  },
  "alloc.note.proportional": {
    vi: "Cách chia: làm tròn riêng từng đơn vị {total} × số của đơn vị ÷ tổng \"{base}\" (như nhiều kế hoạch vẫn in); các đơn vị cộng lại {sum}, lệch {difference} so với {total}.",
    en: "Rule: {total} × each unit's figure ÷ the sum of \"{base}\", each rounded on its own (as many plans print); the units add up to {sum}, {difference} off {total}.",
  },
  "alloc.note.proportionalDaily": {
    vi: "Chỉ tiêu 01 ngày: làm tròn riêng từng đơn vị (÷ {days} ngày); cộng lại {sum}, còn toàn đơn vị là {totalDaily}.",
    en: "Daily target: each unit rounded on its own (÷ {days} days); they add up to {sum}, the whole's is {totalDaily}.",
  },
  "alloc.note.extra": { vi: "{count} đơn vị nhận thêm 01 từ phần lẻ: {units}.", en: "{count} units took one more from the fractions: {units}." },
  "alloc.note.raised": { vi: "Nâng lên mức tối thiểu {minimum}: {units}.", en: "Raised to the minimum of {minimum}: {units}." },
  "alloc.note.daily": {
    vi: "Chỉ tiêu 01 ngày: toàn đơn vị {total} ÷ {days} ngày, làm tròn = {totalDaily}; chia cho các đơn vị theo chỉ tiêu được giao, cùng cách chia trên, nên cột 01 ngày cộng lại đúng bằng {totalDaily}.",
    en: "Daily target: the whole {total} ÷ {days} days, rounded = {totalDaily}; given out over the units by their targets, same rule, so the daily column adds up to exactly {totalDaily}.",
  },
  "alloc.note.dailyChanged": {
    vi: "Nếu làm tròn riêng từng đơn vị thì cột 01 ngày cộng lại {plainSum}, không bằng {totalDaily}; các đơn vị khác với cách làm tròn riêng: {list}.",
    en: "Rounding each unit on its own would add up to {plainSum}, not {totalDaily}; units that differ from that: {list}.",
  },
  "alloc.note.skipped": { vi: "Bỏ qua đơn vị {unit} (dòng {row}): không có số ở cột làm căn cứ.", en: "Left out {unit} (row {row}): no figure in the base column." },
  "alloc.noBase": {
    vi: "Không tìm thấy cột làm căn cứ \"{wanted}\". Các cột số đọc được: {list}. Hãy ghi --base-col bằng chữ cột (ví dụ D).",
    en: "Base column \"{wanted}\" not found. Columns read: {list}. Give --base-col as a column letter (e.g. D).",
  },
  "alloc.problem.total": { vi: "Tổng chỉ tiêu {total} phải là số nguyên không âm.", en: "The total {total} must be a whole number, 0 or more." },
  "alloc.problem.weight": { vi: "Cột làm căn cứ có số âm hoặc không phải là số; hãy sửa rồi chạy lại.", en: "The base column holds a negative or non-numeric figure; correct it and run again." },
  "alloc.problem.noWeight": { vi: "Mọi đơn vị đều bằng 0 ở cột làm căn cứ: không chia được {total}.", en: "Every unit is 0 in the base column: {total} cannot be shared." },
  "alloc.problem.minimum": {
    vi: "Mức tối thiểu {minimum} cho mỗi đơn vị vượt quá tổng {total}; hãy giảm mức tối thiểu.",
    en: "A minimum of {minimum} per unit exceeds the total {total}; lower the minimum.",
  },
  "alloc.cli.noTotal": { vi: "Hãy ghi tổng chỉ tiêu cần phân bổ: --total N (ví dụ --total 16460).", en: "Give the total to allocate: --total N (e.g. --total 16460)." },
  "alloc.cli.badTotal": { vi: "Tổng chỉ tiêu \"{value}\" không phải số nguyên không âm.", en: "Total \"{value}\" is not a whole number, 0 or more." },
  "alloc.cli.badMinimum": { vi: "Mức tối thiểu \"{value}\" không phải số nguyên không âm.", en: "Minimum \"{value}\" is not a whole number, 0 or more." },
  "alloc.cli.badMethod": {
    vi: "Cách chia \"{value}\" không có: dùng largest-remainder (mặc định, cộng lại đúng tổng) hoặc proportional (làm tròn riêng từng đơn vị).",
    en: "No method \"{value}\": use largest-remainder (default, adds up to the total) or proportional (each unit rounded on its own).",
  },
  "alloc.cli.written": { vi: "Đã ghi {file}: trang \"{sheet}\" ({units} đơn vị, tổng {total}).", en: "Wrote {file}: sheet \"{sheet}\" ({units} units, total {total})." },
  "alloc.check.targets": {
    vi: "Các đơn vị ở cột {measure} cộng lại {sum}, lệch {difference} so với dòng tổng ({typed}, ô {cell}). Chia lại {typed} theo tỷ lệ các đơn vị (cách số dư lớn nhất) thì cộng đúng: {offer}.",
    en: "The units in {measure} add up to {sum}, {difference} off the total row ({typed}, cell {cell}). Sharing {typed} in proportion by largest remainder adds up: {offer}.",
  },
  "alloc.check.daily": {
    vi: "Cột chỉ tiêu 01 ngày của {measure} cộng lại {sum}, lệch {difference} so với {expected} của toàn đơn vị (ô {cell}). Chia {expected} theo chỉ tiêu các đơn vị (cách số dư lớn nhất) thì cộng đúng: {offer}.",
    en: "The daily column of {measure} adds up to {sum}, {difference} off the whole's {expected} (cell {cell}). Sharing {expected} by the units' targets (largest remainder) adds up: {offer}.",
  },
  "alloc.cli.exists": {
    vi: "Tệp {file} đã có: không ghi đè. Hãy đặt tên khác cho tệp kết quả.",
    en: "{file} already exists: it is never overwritten. Choose another name for the output.",
  },
  "alloc.arg.notWhole": { vi: "Đối số {arg} phải là số nguyên không âm.", en: "Argument {arg} must be a whole number, 0 or more." },
  "alloc.arg.oneCell": { vi: "Đối số {arg} phải là một ô, không phải một vùng.", en: "Argument {arg} must be one cell, not a range." },
  "alloc.arg.noWeight": { vi: "Mọi ô của {arg} đều bằng 0: không chia được {total}.", en: "Every cell of {arg} is 0: {total} cannot be shared." },
  "alloc.arg.minimumTooHigh": {
    vi: "Mức tối thiểu {minimum} cho mỗi đơn vị vượt quá tổng {total} ({arg}).",
    en: "A minimum of {minimum} per unit exceeds the total {total} ({arg}).",
  },
  "maths.argName.total": { vi: "total (tổng chỉ tiêu)", en: "total" },
  "maths.argName.weights": { vi: "weights (căn cứ phân bổ)", en: "weights" },
  "maths.argName.minimum": { vi: "minimum (mức tối thiểu)", en: "minimum" },
  "alloc.pane.section": { vi: "Phân bổ chỉ tiêu", en: "Allocate a target" },
  "alloc.pane.base": { vi: "Cột làm căn cứ phân bổ", en: "Base column" },
  "alloc.pane.total": { vi: "Tổng chỉ tiêu cần phân bổ", en: "Total to allocate" },
  "alloc.pane.days": { vi: "Số ngày (bỏ trống: theo thời gian ghi trên trang)", en: "Days (blank: the period on the sheet)" },
  "alloc.pane.minimum": { vi: "Mức tối thiểu mỗi đơn vị (bỏ trống: 0)", en: "Minimum per unit (blank: 0)" },
  "alloc.pane.run": { vi: "Lập bảng phân bổ trên trang mới", en: "Write the allocation on a new sheet" },
  "alloc.pane.written": { vi: "Đã lập bảng phân bổ trên trang \"{sheet}\".", en: "Allocation written on sheet \"{sheet}\"." },
  "alloc.pane.badTotal": { vi: "Tổng chỉ tiêu \"{value}\" không phải số nguyên không âm.", en: "Total \"{value}\" is not a whole number, 0 or more." },
} satisfies Catalogue;
