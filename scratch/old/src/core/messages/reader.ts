import type { Catalogue } from "./catalogue";

/** Texts of the reader area. Keys are namespaced "reader.*". */
export const readerMessages = {
  // Why no table could be read.
  "reader.empty": {
    vi: "Trang tính “{sheet}” trống: hãy chọn trang có bảng giao chỉ tiêu.",
    en: "Sheet “{sheet}” is empty: choose the sheet that holds the quota table.",
  },
  "reader.no-header": {
    vi: "Không tìm thấy dòng tiêu đề có cột “Đơn vị” trong trang “{sheet}”: hãy đặt tiêu đề “Đơn vị” (hoặc “Tên đơn vị”, “Địa bàn”, “Xã, phường”) trên cột tên đơn vị, hoặc chỉ định cột đơn vị: trong ngăn tác vụ chọn cột đơn vị; với lệnh quota-report dùng --unit-col B (chữ cái của cột).",
    en: "No header row with a “Đơn vị” (unit) column in sheet “{sheet}”: title the unit-name column “Đơn vị” (or “Tên đơn vị”, “Địa bàn”, “Xã, phường”), or choose the unit column: in the pane, pick it; with quota-report, use --unit-col B (the column's letter).",
  },
  "reader.no-units": {
    vi: "Trang “{sheet}” có tiêu đề nhưng không có dòng đơn vị nào có số liệu dưới cột {col}: hãy kiểm tra tên đơn vị và số liệu, hoặc chỉ định đúng cột đơn vị (với lệnh quota-report: --unit-col B).",
    en: "Sheet “{sheet}” has a header but no unit row with figures under column {col}: check the unit names and figures, or name the right unit column (with quota-report: --unit-col B).",
  },
  "reader.no-measures": {
    vi: "Trang “{sheet}” không có cột số liệu (chỉ tiêu, đã thực hiện, tỷ lệ…): hãy đặt tiêu đề cho các cột số liệu, hoặc chọn vai trò của cột (trong ngăn tác vụ; với lệnh quota-report: --role C=target,D=done).",
    en: "Sheet “{sheet}” has no figure columns (target, done, rate…): give the figure columns a header, or set the columns' roles (in the pane; with quota-report: --role C=target,D=done).",
  },
  "reader.no-sheet": {
    vi: "Không có trang tính tên “{sheet}” trong tệp: kiểm tra tên trang (--sheet).",
    en: "The file has no sheet named “{sheet}”: check the sheet name (--sheet).",
  },
  "reader.no-table-in-file": {
    vi: "Không trang tính nào trong tệp có bảng giao chỉ tiêu (cần cột “Đơn vị” và các cột số liệu).",
    en: "No sheet in the file holds a quota table (a “Đơn vị” unit column and figure columns are needed).",
  },
  "reader.table-on-hidden-sheet": {
    vi: "Bảng giao chỉ tiêu nằm ở trang ẩn “{sheet}”: hãy bỏ ẩn trang (chuột phải vào tên trang → Unhide) hoặc chỉ định trang bằng --sheet “{sheet}”.",
    en: "The quota table is on the hidden sheet “{sheet}”: unhide it (right-click a sheet tab → Unhide) or name it with --sheet “{sheet}”.",
  },
  // Warnings: what a clerk should look at and fix.
  "reader.cell-error": {
    vi: "Ô {cell} ({unit}) có lỗi {value}: sửa công thức hoặc nhập số vào ô này.",
    en: "Cell {cell} ({unit}) holds the error {value}: fix the formula or type a number in it.",
  },
  "reader.not-a-number": {
    vi: "Ô {cell} ({unit}) ghi “{value}”, không phải là số: nhập số (ví dụ 3.903).",
    en: "Cell {cell} ({unit}) holds “{value}”, which is not a number: type a number (e.g. 3,903).",
  },
  "reader.done-remaining-mismatch": {
    vi: "{unit} – {measure}: đã thực hiện {done} + còn lại {remaining} không khớp chỉ tiêu {target}: kiểm tra ô {cell}.",
    en: "{unit} – {measure}: done {done} + remaining {remaining} does not match the target {target}: check cell {cell}.",
  },
  "reader.rate-mismatch": {
    vi: "{unit} – {measure}: tỷ lệ ghi {typed}% nhưng tính từ số liệu được {computed}%: kiểm tra ô {cell} (báo cáo dùng tỷ lệ tính từ số liệu).",
    en: "{unit} – {measure}: the rate reads {typed}% but the figures give {computed}%: check cell {cell} (the report uses the computed rate).",
  },
  "reader.duplicate-unit": {
    vi: "Đơn vị “{unit}” có hai dòng (dòng {first} và dòng {row}): xóa dòng thừa hoặc sửa tên ở ô {cell}.",
    en: "Unit “{unit}” appears twice (rows {first} and {row}): delete the extra row or fix the name in cell {cell}.",
  },
  "reader.total-mismatch": {
    vi: "Dòng tổng, ô {cell} ({measure}): ghi {typed} nhưng cộng các đơn vị được {sum} (chênh {difference}): kiểm tra công thức dòng tổng.",
    en: "Total row, cell {cell} ({measure}): reads {typed} but the units add up to {sum} (difference {difference}): check the total row's formula.",
  },
  "reader.daily-mismatch": {
    vi: "{unit} – {measure}: ô {cell} ghi chỉ tiêu 01 ngày là {typed} nhưng {target} ÷ {days} ngày = {computed}: kiểm tra số ngày của đợt hoặc công thức.",
    en: "{unit} – {measure}: cell {cell} gives a daily target of {typed} but {target} ÷ {days} days = {computed}: check the campaign's number of days or the formula.",
  },
  "reader.legacy-encoding": {
    vi: "Trang này gõ bằng bảng mã cũ {encoding}: {count} ô đã được đọc sang Unicode, ví dụ ô {cell} “{before}” đọc là “{after}”. Hãy chuyển bảng mã của tệp sang Unicode (Unikey: Công cụ chuyển mã) để Excel và báo cáo hiển thị đúng.",
    en: "This sheet is typed in the old {encoding} encoding: {count} cells were read as Unicode, e.g. cell {cell} “{before}” reads “{after}”. Convert the file to Unicode (Unikey's converter) so Excel and the report show it correctly.",
  },
  "reader.negative-value": {
    vi: "Ô {cell} ({unit}) ghi số âm {value}: chỉ tiêu và số đã thực hiện không thể âm, hãy sửa lại số (đơn vị này chưa được tính tiến độ).",
    en: "Cell {cell} ({unit}) holds the negative number {value}: targets and done figures cannot be negative; correct it (this unit's progress is not computed).",
  },
  "reader.merged-data": {
    vi: "Các ô {range} được gộp qua nhiều dòng đơn vị: mỗi đơn vị cần số liệu riêng, hãy bỏ gộp ô (Merge & Center) và nhập số cho từng dòng.",
    en: "Cells {range} are merged across several unit rows: each unit needs its own figures; unmerge them (Merge & Center) and type a figure on every row.",
  },
  // Diagnostics: what was recognised and what was ignored.
  "reader.diag.header": {
    vi: "Tiêu đề ở dòng {rows}; cột đơn vị là {unitCol}.",
    en: "Header in row(s) {rows}; unit column is {unitCol}.",
  },
  "reader.diag.title-rows": {
    vi: "Bỏ qua các dòng {from}–{to} phía trên bảng (tên bảng, số kế hoạch).",
    en: "Rows {from}–{to} above the table ignored (title, plan number).",
  },
  "reader.diag.hidden-column": {
    vi: "Bỏ qua cột ẩn {col} ({label}).",
    en: "Hidden column {col} ({label}) ignored.",
  },
  "reader.diag.ignored-column": {
    vi: "Bỏ qua cột {col} ({label}): không phải cột số liệu.",
    en: "Column {col} ({label}) ignored: not a figure column.",
  },
  "reader.diag.numbering-row": {
    vi: "Dòng {row} là dòng đánh số cột, bỏ qua.",
    en: "Row {row} numbers the columns; ignored.",
  },
  "reader.next-table": {
    vi: "Dòng {row} bắt đầu một bảng khác trên cùng trang; chỉ đọc bảng đầu. Muốn đọc bảng sau: trong Excel, chọn vùng của bảng đó rồi đánh dấu “Chỉ vùng đang chọn”; với lệnh quota-report, chuyển bảng đó sang một trang riêng.",
    en: "Row {row} starts another table on the same sheet; only the first is read. To read the other: in Excel, select its range and tick “Selection only”; with quota-report, move it to a sheet of its own.",
  },
  "reader.diag.notes-below": {
    vi: "Bảng kết thúc trước dòng {from}: các dòng {from}–{to} là ghi chú, chữ ký.",
    en: "The table ends before row {from}: rows {from}–{to} are notes or signatures.",
  },
  "reader.diag.period-column": {
    vi: "Cột {col} ({label}) là kết quả trong ngày hoặc trong tuần: không dùng để tính tỷ lệ đạt, vì tỷ lệ tính theo số lũy kế.",
    en: "Column {col} ({label}) holds one day's or week's results: completion is counted on the cumulative figures, not on it.",
  },
  "reader.diag.blank-row": { vi: "Dòng {row} trống, bỏ qua.", en: "Row {row} is blank; ignored." },
  "reader.diag.hidden-row": { vi: "Dòng {row} bị ẩn, bỏ qua.", en: "Row {row} is hidden; ignored." },
  "reader.diag.ignored-row": {
    vi: "Dòng {row} (“{text}”) không có số liệu, không tính là đơn vị.",
    en: "Row {row} (“{text}”) has no figures; not counted as a unit.",
  },
  "reader.diag.measure": {
    vi: "Chỉ tiêu “{label}” ({id}): {columns}.",
    en: "Measure “{label}” ({id}): {columns}.",
  },
  "reader.diag.target-derived": {
    vi: "“{label}” không có cột chỉ tiêu: chỉ tiêu = đã thực hiện + còn lại.",
    en: "“{label}” has no target column: target = done + remaining.",
  },
  // The command line (quota-report).
  "reader.cli.usage": {
    vi: "Cách dùng: quota-report <lệnh> TỆP.xlsx [tùy chọn]; các lệnh: {commands}.",
    en: "Usage: quota-report <command> FILE.xlsx [options]; commands: {commands}.",
  },
  "reader.cli.unknown-command": {
    vi: "Không có lệnh “{command}”: dùng một trong các lệnh {commands}.",
    en: "Unknown command “{command}”: use one of {commands}.",
  },
  "reader.cli.unknown-option": {
    vi: "Không có tùy chọn “{option}”: xem lại cách viết (ví dụ --from 01/08/2024).",
    en: "Unknown option “{option}”: check its spelling (e.g. --from 01/08/2024).",
  },
  "reader.cli.missing-value": {
    vi: "Tùy chọn {option} cần một giá trị.",
    en: "Option {option} needs a value.",
  },
  "reader.cli.bad-date": {
    vi: "{option} “{value}” không phải ngày hợp lệ: viết ngày/tháng/năm, ví dụ 21/08/2024.",
    en: "{option} “{value}” is not a valid date: write day/month/year, e.g. 21/08/2024.",
  },
  "reader.cli.bad-days": {
    vi: "{option} “{value}” phải là số ngày nguyên dương, ví dụ 90.",
    en: "{option} “{value}” must be a positive whole number of days, e.g. 90.",
  },
  "reader.cli.bad-rounding": {
    vi: "{option} “{value}” không hợp lệ: dùng half-up (làm tròn) hoặc up (làm tròn lên).",
    en: "{option} “{value}” is not valid: use half-up or up.",
  },
  "reader.cli.bad-lang": {
    vi: "{option} “{value}” không hợp lệ: dùng vi hoặc en.",
    en: "{option} “{value}” is not valid: use vi or en.",
  },
  "reader.cli.missing-file": {
    vi: "Thiếu tên tệp: quota-report {command} TỆP.xlsx.",
    en: "Missing file name: quota-report {command} FILE.xlsx.",
  },
  "reader.cli.unreadable": {
    vi: "Không đọc được tệp “{file}” ({reason}): kiểm tra đường dẫn và tệp có phải .xlsx không.",
    en: "Cannot read “{file}” ({reason}): check the path and that it is an .xlsx file.",
  },
  "reader.cli.not-found": {
    vi: "Không đọc được tệp “{file}”: không có tệp này, hãy kiểm tra tên tệp và thư mục.",
    en: "Cannot read “{file}”: there is no such file; check the file name and folder.",
  },
  "reader.cli.not-xlsx": {
    vi: "Không đọc được tệp “{file}”: tệp không phải .xlsx hoặc đã bị hỏng. Hãy mở tệp bằng Excel và lưu lại dạng Excel Workbook (.xlsx).",
    en: "Cannot read “{file}”: it is not an .xlsx file, or it is damaged. Open it in Excel and save it as an Excel Workbook (.xlsx).",
  },
  "reader.cli.sheet-line": { vi: "Trang “{sheet}”: {units} đơn vị.", en: "Sheet “{sheet}”: {units} unit(s)." },
  "reader.cli.period-line": {
    vi: "Đợt từ {from} đến {to} ({days} ngày); tính đến {asOf}: đã qua {elapsed} ngày.",
    en: "Campaign {from} to {to} ({days} days); as of {asOf}: {elapsed} days elapsed.",
  },
  "reader.cli.period-from": {
    vi: "Đợt từ {from}, {days} ngày; tính đến {asOf}: đã qua {elapsed} ngày.",
    en: "Campaign from {from}, {days} days; as of {asOf}: {elapsed} days elapsed.",
  },
  "reader.cli.period-days-only": {
    vi: "Đợt {days} ngày nhưng chưa có ngày bắt đầu (thêm --from NGÀY); số liệu tính đến {asOf}.",
    en: "A {days}-day campaign without a start date (add --from DATE); data as of {asOf}.",
  },
  "reader.cli.period-no-dates": {
    vi: "Chưa đủ ngày bắt đầu và kết thúc của đợt (thêm --from NGÀY --to NGÀY); số liệu tính đến {asOf}.",
    en: "The campaign's start and end dates are missing (add --from DATE --to DATE); data as of {asOf}.",
  },
  "reader.cli.col.unit": { vi: "Đơn vị", en: "Unit" },
  "reader.cli.col.target": { vi: "Chỉ tiêu", en: "Target" },
  "reader.cli.col.done": { vi: "Đã thực hiện", en: "Done" },
  "reader.cli.col.completion": { vi: "Tỷ lệ", en: "Completion" },
  "reader.cli.col.daily": { vi: "CT 01 ngày", en: "Daily target" },
  "reader.cli.col.required": { vi: "Cần/ngày", en: "Needed/day" },
  "reader.cli.col.status": { vi: "Tình trạng", en: "Status" },
  "reader.cli.total": { vi: "Tổng", en: "Total" },
  "reader.cli.warnings": { vi: "Cần kiểm tra ({count}):", en: "To check ({count}):" },
} satisfies Catalogue;
