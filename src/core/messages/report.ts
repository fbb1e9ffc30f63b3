import type { Catalogue } from "./catalogue";

/** Texts of the report area. Keys are namespaced "report.*". */
export const reportMessages = {
  // The report sheet
  "report.sheetBase": { vi: "Báo cáo", en: "Report" },
  "report.title": { vi: "BÁO CÁO TIẾN ĐỘ {measure}", en: "PROGRESS REPORT: {measure}" },
  "report.asOf": {
    vi: "Số liệu đến hết ngày {date} (lập lúc {time} ngày {today})",
    en: "Data as of {date} (made at {time} on {today})",
  },
  "report.campaign": {
    vi: "{name}: từ {from} đến {to} ({days} ngày); đã qua {elapsed} ngày, còn lại {left} ngày",
    en: "{name}: from {from} to {to} ({days} days); {elapsed} days elapsed, {left} left",
  },
  "report.campaignNoDates": {
    vi: "{name}: chưa có ngày bắt đầu và kết thúc, nên xếp hạng theo tỷ lệ đạt",
    en: "{name}: no start and end dates, so units are ranked by completion",
  },
  "report.campaignName": { vi: "Đợt cao điểm", en: "Campaign" },
  "report.sum.target": { vi: "Tổng chỉ tiêu", en: "Total target" },
  "report.sum.done": { vi: "Đã thực hiện", en: "Done" },
  "report.sum.completion": { vi: "Tỷ lệ đạt", en: "Completion" },
  "report.sum.expected": { vi: "Dự kiến đến nay", en: "Expected to date" },
  "report.sum.pace": { vi: "Tiến độ\nso với dự kiến", en: "Pace vs expected" },
  "report.sum.daily": { vi: "Chỉ tiêu TB 01 ngày", en: "Daily target" },
  "report.sum.required": { vi: "Cần đạt mỗi ngày từ nay", en: "Needed per day from now" },
  "report.sum.forecast": { vi: "Dự kiến hoàn thành", en: "Forecast finish" },
  "report.col.rank": { vi: "Xếp hạng", en: "Rank" },
  "report.col.unit": { vi: "Đơn vị", en: "Unit" },
  "report.col.target": { vi: "Chỉ tiêu", en: "Target" },
  "report.col.done": { vi: "Đã thực hiện", en: "Done" },
  "report.col.remaining": { vi: "Còn lại", en: "Remaining" },
  "report.col.completion": { vi: "Tỷ lệ đạt (%)", en: "Completion (%)" },
  "report.col.expected": { vi: "Dự kiến đến nay", en: "Expected to date" },
  "report.col.lag": { vi: "Chênh lệch\nso với dự kiến", en: "Ahead (+) / behind (−)" },
  "report.col.required": { vi: "Cần đạt mỗi ngày", en: "Needed per day" },
  "report.col.status": { vi: "Tình trạng", en: "Status" },
  "report.totalRow": { vi: "Tổng cộng", en: "Total" },
  "report.overdue": { vi: "Quá hạn", en: "Overdue" },
  "report.none": { vi: "—", en: "—" },
  // Above REPORT_LIMITS.unitChartMaxUnits units (vocabulary/report-limits.ts): said on the line above the table.
  "report.chart.leftOut": {
    vi: "Không vẽ biểu đồ theo từng đơn vị khi bảng có hơn {max} đơn vị (bảng này có {count}); thanh màu trong cột tỷ lệ đạt thể hiện từng đơn vị.",
    en: "No per-unit chart is drawn for more than {max} units (this table has {count}); the bars in the completion column show each unit.",
  },
  // The signatures under the report
  "report.sign.date": { vi: "Ngày {day} tháng {month} năm {year}", en: "Date: {day}/{month}/{year}" },
  "report.sign.preparedBy": { vi: "NGƯỜI LẬP BIỂU", en: "PREPARED BY" },
  "report.sign.head": { vi: "THỦ TRƯỞNG ĐƠN VỊ", en: "HEAD OF UNIT" },
  "report.sign.hint": { vi: "(Ký, ghi rõ họ tên)", en: "(Signature and full name)" },
  // The legend (report sheet and clerk's sheet)
  "report.legend.title": { vi: "Chú giải màu (tiến độ so với dự kiến đến ngày báo cáo)", en: "Colour legend (pace vs expected to date)" },
  "report.legend.complete": { vi: "Đã đạt chỉ tiêu", en: "Target reached" },
  "report.legend.onTrack": { vi: "Từ {onTrack} dự kiến trở lên", en: "{onTrack} of expected or more" },
  "report.legend.atRisk": { vi: "Từ {atRisk} đến dưới {onTrack} dự kiến", en: "{atRisk} to under {onTrack} of expected" },
  "report.legend.behind": { vi: "Dưới {atRisk} dự kiến", en: "Under {atRisk} of expected" },
  "report.legend.notStarted": { vi: "Đợt chưa đến ngày bắt đầu", en: "The campaign has not begun" },
  // The text for a chat message
  "report.chat.header": { vi: "Tiến độ {measure} đến {date}", en: "Progress of {measure} as of {date}" },
  "report.chat.total": { vi: "{scope} đạt {rate} ({done}/{target})", en: "{scope}: {rate} done ({done}/{target})" },
  "report.chat.scope": { vi: "Toàn huyện", en: "Overall" },
  "report.chat.pace": { vi: "Tiến độ: {pace} so với dự kiến ({status})", en: "Pace: {pace} of expected ({status})" },
  "report.chat.required": { vi: "Cần đạt {n}/ngày trong {left} ngày còn lại", en: "Needs {n}/day over the {left} days left" },
  "report.chat.best": { vi: "Dẫn đầu: {list}", en: "Leading: {list}" },
  "report.chat.lagging": { vi: "{count} đơn vị chậm tiến độ: {list}", en: "Behind pace ({count}): {list}" },
  "report.chat.atRisk": { vi: "{count} đơn vị có nguy cơ chậm: {list}", en: "At risk ({count}): {list}" },
  "report.chat.ranking": { vi: "Tỷ lệ đạt từng đơn vị: {list}", en: "Completion by unit: {list}" },
  "report.chat.lowest": { vi: "Thấp nhất: {list}", en: "Lowest: {list}" },
  "report.chat.noLagging": { vi: "Không có đơn vị chậm tiến độ.", en: "No unit is behind pace." },
  "report.chat.noData": { vi: "Chưa có số liệu đã thực hiện.", en: "No done figures yet." },
  // Colours on the clerk's sheet
  "report.colour.noDone": {
    vi: "Không tô màu được {measure}: bảng chưa có cột kết quả (đã thực hiện) và chỉ tiêu",
    en: "Cannot colour {measure}: the table has no done and target columns",
  },
  "report.colour.noDates": {
    vi: "Chưa có ngày của đợt: chỉ tô màu các đơn vị đã hoàn thành",
    en: "No campaign dates: only completed units are coloured",
  },
  "report.colour.textFigures": {
    vi: "{count} ô số được gõ dạng chữ (ví dụ {cells}) nên dòng của chúng không được tô màu: chuyển các ô đó sang dạng số (Dữ liệu → Văn bản thành cột → Hoàn tất) rồi tô màu lại.",
    en: "{count} figures are typed as text (e.g. {cells}), so their rows are not coloured: turn those cells into numbers (Data → Text to Columns → Finish) and colour again.",
  },
  // The command line
  "report.cli.usage": {
    vi: "Cách dùng: quota-report report TỆP.xlsx -o KẾT_QUẢ.xlsx [--sheet TÊN] [--from NGÀY] [--to NGÀY] [--days N] [--as-of NGÀY] [--measure MÃ] [--text] [--force] [--lang vi|en]",
    en: "Usage: quota-report report FILE.xlsx -o OUT.xlsx [--sheet NAME] [--from DATE] [--to DATE] [--days N] [--as-of DATE] [--measure ID] [--text] [--force] [--lang vi|en]",
  },
  "report.cli.noOutput": { vi: "Thiếu tệp kết quả: thêm -o KẾT_QUẢ.xlsx", en: "Missing the output file: add -o OUT.xlsx" },
  "report.cli.sameFile": {
    vi: "Tệp kết quả phải khác tệp gốc ({file}): tệp gốc không bao giờ bị ghi đè",
    en: "The output file must differ from the input ({file}): the input is never overwritten",
  },
  "report.cli.notXlsx": { vi: "Tệp kết quả phải có đuôi .xlsx: {file}", en: "The output file must end in .xlsx: {file}" },
  "report.cli.unknownMeasure": {
    vi: "Không có chỉ tiêu mã '{id}'. Các mã có: {list}",
    en: "No measure with id '{id}'. Available: {list}",
  },
  "report.cli.cannotRead": { vi: "Không đọc được tệp {file}: {reason}", en: "Cannot read {file}: {reason}" },
  "report.cli.cannotWrite": { vi: "Không ghi được tệp {file}: {reason}", en: "Cannot write {file}: {reason}" },
  "report.cli.written": {
    vi: "Đã ghi {file}: thêm trang '{sheet}', tô màu {rules} quy tắc trên trang '{source}'",
    en: "Wrote {file}: added sheet '{sheet}', {rules} colour rules on sheet '{source}'",
  },
} satisfies Catalogue;
