import type { Catalogue } from "./catalogue";

const FIX_VI = "Nếu không đúng: chọn lại vai trò của cột trong ngăn tác vụ, hoặc dùng --role {col}=… với lệnh quota-report.";
const FIX_EN = "If wrong: set the column's role in the pane, or use --role {col}=… with quota-report.";

/**
 * Texts of the reader's roles: what the figures said about a column (remaining = target − done, rate = done ÷
 * target, daily = target ÷ days), and the warnings of a table read without a target or a result.
 */
export const readerRoleMessages = {
  "reader.figures.difference.target": {
    vi: `Cột {col} ({label}) được hiểu là chỉ tiêu vì ở {matches}/{rows} đơn vị, cột {remaining} (còn lại) = cột {col} − cột {done} (đã thực hiện). ${FIX_VI}`,
    en: `Column {col} ({label}) is read as the target because on {matches}/{rows} units, column {remaining} (remaining) = column {col} − column {done} (done). ${FIX_EN}`,
  },
  "reader.figures.difference.done": {
    vi: `Cột {col} ({label}) được hiểu là đã thực hiện vì ở {matches}/{rows} đơn vị, cột {remaining} (còn lại) = cột {target} (chỉ tiêu) − cột {col}. ${FIX_VI}`,
    en: `Column {col} ({label}) is read as done because on {matches}/{rows} units, column {remaining} (remaining) = column {target} (target) − column {col}. ${FIX_EN}`,
  },
  "reader.figures.difference.remaining": {
    vi: `Cột {col} ({label}) được hiểu là số còn lại vì ở {matches}/{rows} đơn vị, nó bằng cột {target} (chỉ tiêu) − cột {done} (đã thực hiện). ${FIX_VI}`,
    en: `Column {col} ({label}) is read as remaining because on {matches}/{rows} units it equals column {target} (target) − column {done} (done). ${FIX_EN}`,
  },
  "reader.figures.ratio.target": {
    vi: `Cột {col} ({label}) được hiểu là chỉ tiêu vì ở {matches}/{rows} đơn vị, cột {rate} (tỷ lệ) = cột {done} (đã thực hiện) ÷ cột {col}. ${FIX_VI}`,
    en: `Column {col} ({label}) is read as the target because on {matches}/{rows} units, column {rate} (rate) = column {done} (done) ÷ column {col}. ${FIX_EN}`,
  },
  "reader.figures.ratio.done": {
    vi: `Cột {col} ({label}) được hiểu là đã thực hiện vì ở {matches}/{rows} đơn vị, cột {rate} (tỷ lệ) = cột {col} ÷ cột {target} (chỉ tiêu). ${FIX_VI}`,
    en: `Column {col} ({label}) is read as done because on {matches}/{rows} units, column {rate} (rate) = column {col} ÷ column {target} (target). ${FIX_EN}`,
  },
  "reader.figures.ratio.rate": {
    vi: `Cột {col} ({label}) được hiểu là tỷ lệ đạt vì ở {matches}/{rows} đơn vị, nó bằng cột {done} (đã thực hiện) ÷ cột {target} (chỉ tiêu). ${FIX_VI}`,
    en: `Column {col} ({label}) is read as the completion rate because on {matches}/{rows} units it equals column {done} (done) ÷ column {target} (target). ${FIX_EN}`,
  },
  "reader.figures.derived-ratio.done": {
    vi: `Cột {col} ({label}) được hiểu là đã thực hiện vì ở {matches}/{rows} đơn vị, cột {rate} (tỷ lệ) = cột {col} ÷ (cột {col} + cột {remaining} (còn lại)). ${FIX_VI}`,
    en: `Column {col} ({label}) is read as done because on {matches}/{rows} units, column {rate} (rate) = column {col} ÷ (column {col} + column {remaining} (remaining)). ${FIX_EN}`,
  },
  "reader.figures.derived-ratio.remaining": {
    vi: `Cột {col} ({label}) được hiểu là số còn lại vì ở {matches}/{rows} đơn vị, cột {rate} (tỷ lệ) = cột {done} (đã thực hiện) ÷ (cột {done} + cột {col}). ${FIX_VI}`,
    en: `Column {col} ({label}) is read as remaining because on {matches}/{rows} units, column {rate} (rate) = column {done} (done) ÷ (column {done} + column {col}). ${FIX_EN}`,
  },
  "reader.figures.derived-ratio.rate": {
    vi: `Cột {col} ({label}) được hiểu là tỷ lệ đạt vì ở {matches}/{rows} đơn vị, nó bằng cột {done} (đã thực hiện) ÷ (cột {done} + cột {remaining} (còn lại)). ${FIX_VI}`,
    en: `Column {col} ({label}) is read as the completion rate because on {matches}/{rows} units it equals column {done} (done) ÷ (column {done} + column {remaining} (remaining)). ${FIX_EN}`,
  },
  "reader.figures.daily.target": {
    vi: `Cột {col} ({label}) được hiểu là chỉ tiêu vì ở {matches}/{rows} đơn vị, cột {daily} (chỉ tiêu 01 ngày) = cột {col} ÷ số ngày của đợt. ${FIX_VI}`,
    en: `Column {col} ({label}) is read as the target because on {matches}/{rows} units, column {daily} (daily target) = column {col} ÷ the campaign's days. ${FIX_EN}`,
  },
  "reader.figures.daily.daily": {
    vi: `Cột {col} ({label}) được hiểu là chỉ tiêu 01 ngày vì ở {matches}/{rows} đơn vị, nó bằng cột {target} (chỉ tiêu) ÷ số ngày của đợt. ${FIX_VI}`,
    en: `Column {col} ({label}) is read as the daily target because on {matches}/{rows} units it equals column {target} (target) ÷ the campaign's days. ${FIX_EN}`,
  },
  "reader.unnamed-column": {
    vi: "Cột {col} ({label}): tiêu đề không cho biết vai trò và số liệu cũng không, nên được đọc là chỉ tiêu. Nếu sai: chọn vai trò của cột trong ngăn tác vụ, hoặc dùng --role {col}=… với lệnh quota-report.",
    en: "Column {col} ({label}): neither its title nor its figures say its role, so it is read as a target. If wrong: set the column's role in the pane, or use --role {col}=… with quota-report.",
  },
  "reader.diag.total-by-figures": {
    vi: "Dòng {row} (“{name}”) được hiểu là dòng tổng, không phải một đơn vị, vì mọi số liệu của dòng bằng tổng các đơn vị còn lại.",
    en: "Row {row} (“{name}”) is read as the total row, not a unit, because each of its figures is the sum of the other units.",
  },
  "reader.no-target-and-result": {
    vi: "Không có chỉ tiêu nào có cả cột chỉ tiêu và cột kết quả, nên không tính được tỷ lệ đạt. Đã đọc: {read}. Cách sửa: trong ngăn tác vụ, chọn vai trò từng cột (Chỉ tiêu, Đã thực hiện…); với lệnh quota-report, dùng --unit-col {unitCol} --role {example}.",
    en: "No measure has both a target column and a result column, so no completion can be computed. Read as: {read}. To fix: in the pane, set each column's role (Target, Done…); with quota-report, use --unit-col {unitCol} --role {example}.",
  },
  "reader.diag.allocation-table": {
    vi: "Bảng chỉ có chỉ tiêu (chưa có cột kết quả): đọc là bảng giao chỉ tiêu. Đã đọc: {read}.",
    en: "The table holds targets only (no result column yet): read as an allocation table. Read as: {read}.",
  },
  "reader.empty-measure": {
    vi: "“{label}” ({columns}): không đơn vị nào có số liệu ở các cột này. Kiểm tra lại cột đã chọn: trong ngăn tác vụ, chọn vai trò của cột; với lệnh quota-report, dùng --role.",
    en: "“{label}” ({columns}): no unit has a figure in these columns. Check the columns chosen: in the pane, set the column's role; with quota-report, use --role.",
  },
  "reader.empty-column.target": {
    vi: "Cột {col} được đọc là chỉ tiêu của “{label}” nhưng không đơn vị nào có số liệu ở cột này (nếu chưa giao chỉ tiêu thì bỏ qua dòng này). Nếu đọc sai cột: chọn lại vai trò của cột trong ngăn tác vụ, hoặc dùng --role {col}=… với lệnh quota-report.",
    en: "Column {col} is read as the target of “{label}” but no unit has a figure in it (if no target has been given yet, ignore this line). If it is the wrong column: set the column's role in the pane, or use --role {col}=… with quota-report.",
  },
  "reader.empty-column.done": {
    vi: "Cột {col} được đọc là đã thực hiện của “{label}” nhưng không đơn vị nào có số liệu ở cột này (nếu các đơn vị chưa báo cáo kết quả thì bỏ qua dòng này). Nếu đọc sai cột: chọn lại vai trò của cột trong ngăn tác vụ, hoặc dùng --role {col}=… với lệnh quota-report.",
    en: "Column {col} is read as done of “{label}” but no unit has a figure in it (if the units have not reported yet, ignore this line). If it is the wrong column: set the column's role in the pane, or use --role {col}=… with quota-report.",
  },
  "reader.empty-column.remaining": {
    vi: "Cột {col} được đọc là còn lại của “{label}” nhưng không đơn vị nào có số liệu ở cột này (nếu chưa nhập số còn lại thì bỏ qua dòng này). Nếu đọc sai cột: chọn lại vai trò của cột trong ngăn tác vụ, hoặc dùng --role {col}=… với lệnh quota-report.",
    en: "Column {col} is read as remaining of “{label}” but no unit has a figure in it (if the remaining figures are not typed yet, ignore this line). If it is the wrong column: set the column's role in the pane, or use --role {col}=… with quota-report.",
  },
  "reader.empty-column.rate": {
    vi: "Cột {col} được đọc là tỷ lệ của “{label}” nhưng không đơn vị nào có số liệu ở cột này (báo cáo tự tính tỷ lệ từ số liệu). Nếu đọc sai cột: chọn lại vai trò của cột trong ngăn tác vụ, hoặc dùng --role {col}=… với lệnh quota-report.",
    en: "Column {col} is read as the rate of “{label}” but no unit has a figure in it (the report computes the rate from the figures). If it is the wrong column: set the column's role in the pane, or use --role {col}=… with quota-report.",
  },
  "reader.empty-column.daily": {
    vi: "Cột {col} được đọc là chỉ tiêu 01 ngày của “{label}” nhưng không đơn vị nào có số liệu ở cột này (báo cáo tự tính chỉ tiêu ngày). Nếu đọc sai cột: chọn lại vai trò của cột trong ngăn tác vụ, hoặc dùng --role {col}=… với lệnh quota-report.",
    en: "Column {col} is read as the daily target of “{label}” but no unit has a figure in it (the report computes the daily target). If it is the wrong column: set the column's role in the pane, or use --role {col}=… with quota-report.",
  },
  "reader.cli.bad-unit-col": {
    vi: "{option} “{value}” không hợp lệ: ghi chữ cái của cột, ví dụ --unit-col B.",
    en: "{option} “{value}” is not valid: give the column's letter, e.g. --unit-col B.",
  },
  "reader.cli.bad-role": {
    vi: "{option} “{value}” không hợp lệ: ghi CỘT=VAI-TRÒ, vai trò là target (chỉ tiêu), done (đã thực hiện), remaining (còn lại), rate (tỷ lệ), daily (chỉ tiêu 01 ngày) hoặc ignore (bỏ qua); ví dụ --role C=target,D=done.",
    en: "{option} “{value}” is not valid: write COLUMN=ROLE, the role being target, done, remaining, rate, daily or ignore; e.g. --role C=target,D=done.",
  },
} satisfies Catalogue;
