import type { Catalogue } from "./catalogue";

/** Texts of the campaign over days (history, weekly and phase reports). Keys are namespaced "history.*". */
export const historyMessages = {
  "history.negative-day": {
    vi: "{unit} ({measure}): số lũy kế giảm từ {from} (ngày {before}) xuống {to} (ngày {after}). Kiểm tra lại số liệu hai ngày này; kết quả trong ngày bị âm.",
    en: "{unit} ({measure}): the cumulative figure went down from {from} ({before}) to {to} ({after}). Check both days' figures; the day's result is negative.",
  },
  "history.today-mismatch": {
    vi: "{unit} ({measure}): cột \"trong ngày\" ghi {typed}, nhưng lũy kế tăng {computed} so với ngày trước. Kiểm tra lại một trong hai.",
    en: "{unit} ({measure}): the \"today\" column says {typed}, but the cumulative rose by {computed} since the day before. Check one of them.",
  },
  "history.unmatched": {
    vi: "{count} tên đơn vị trong số liệu các ngày trước không khớp đơn vị nào của bảng hôm nay (không bị bỏ, chỉ không so sánh được): {names}. Nếu là cùng đơn vị, sửa tên cho giống nhau.",
    en: "{count} unit names in earlier days' figures match no unit of today's table (kept, but not compared): {names}. If they are the same units, make the names agree.",
  },
  "history.new-units": {
    vi: "{count} đơn vị chưa có số liệu các ngày trước: {names}.",
    en: "{count} units have no figures from earlier days: {names}.",
  },
  "history.days-read": {
    vi: "Đã lấy lịch sử {days} ngày (từ {from} đến {to}) từ: {sources}.",
    en: "History of {days} days read ({from} to {to}) from: {sources}.",
  },
  "history.source.sheets": { vi: "các trang theo ngày", en: "the day sheets" },
  "history.source.dayColumn": { vi: "cột \"trong ngày\"", en: "the \"today\" column" },
  "history.source.table": { vi: "trang \"Lịch sử tiến độ\"", en: "the progress history sheet" },
  // The history sheet
  "history.sheetName": { vi: "Lịch sử tiến độ", en: "Progress history" },
  "history.tableName": { vi: "LichSuTienDo", en: "ProgressHistory" },
  "history.col.day": { vi: "Ngày", en: "Date" },
  "history.col.unit": { vi: "Đơn vị", en: "Unit" },
  "history.col.measure": { vi: "Nội dung", en: "Measure" },
  "history.col.target": { vi: "Chỉ tiêu", en: "Target" },
  "history.col.done": { vi: "Lũy kế đã thực hiện", en: "Cumulative done" },
  // Daily report columns and chat lines
  "history.col.today": { vi: "Trong ngày", en: "Today" },
  "history.col.avg7": { vi: "TB 7 ngày", en: "7-day average" },
  "history.col.rankChange": { vi: "Thay đổi hạng", en: "Rank change" },
  "history.col.forecastRecent": { vi: "Dự kiến xong (theo 7 ngày)", en: "Finish at 7-day rate" },
  "history.chat.today": { vi: "Trong ngày: {today}; TB 7 ngày: {avg7}/ngày", en: "Today: {today}; 7-day average: {avg7}/day" },
  "history.chat.forecast": { vi: "Với tốc độ 7 ngày qua: dự kiến xong ngày {date}", en: "At the last 7 days' rate: finish on {date}" },
  "history.chat.forecastNever": { vi: "Với tốc độ 7 ngày qua: chưa ước được ngày xong (không tăng)", en: "At the last 7 days' rate: no finish date (no progress)" },
  "history.chat.stalled": { vi: "Đứng yên: {list}", en: "Stood still: {list}" },
  "history.chat.stalledUnit": { vi: "{unit} ({days} ngày)", en: "{unit} ({days} days)" },
  // Weekly and phase reports
  "history.week.title": { vi: "BÁO CÁO TUẦN: {measure}", en: "WEEKLY REPORT: {measure}" },
  "history.week.period": { vi: "Tuần từ {from} đến {to} ({days} ngày)", en: "Week from {from} to {to} ({days} days)" },
  "history.phase.title": { vi: "BÁO CÁO KẾT QUẢ {phase}: {measure}", en: "REPORT OF {phase}: {measure}" },
  "history.phase.period": { vi: "{phase}: từ {from} đến {to} ({days} ngày); số liệu đến hết ngày {asOf}", en: "{phase}: from {from} to {to} ({days} days); figures to {asOf}" },
  "history.phase.name": { vi: "Đợt {n}", en: "Phase {n}" },
  "history.period.rateWeek": {
    vi: "Chỉ tiêu \"{measure}\" là tỷ lệ ({share} trên tổng số hồ sơ), không chia theo tuần: bảng dưới là tỷ lệ đã đạt đến hết ngày {asOf}.",
    en: "The target of \"{measure}\" is a share ({share} of all files), which has no weekly part: below, the share reached to {asOf}.",
  },
  "history.period.ratePhase": {
    vi: "Chỉ tiêu \"{measure}\" là tỷ lệ ({share} trên tổng số hồ sơ), không chia theo đợt: bảng dưới là tỷ lệ đã đạt đến hết ngày {asOf}.",
    en: "The target of \"{measure}\" is a share ({share} of all files), which has no part per phase: below, the share reached to {asOf}.",
  },
  "history.period.sheetWeek": { vi: "Báo cáo tuần", en: "Weekly report" },
  "history.period.sheetPhase": { vi: "Báo cáo đợt", en: "Phase report" },
  "history.period.col.target": { vi: "Chỉ tiêu trong kỳ", en: "Target for the period" },
  "history.period.col.done": { vi: "Kết quả trong kỳ", en: "Results in the period" },
  "history.period.col.completion": { vi: "Tỷ lệ đạt trong kỳ (%)", en: "Completion in the period (%)" },
  "history.period.col.perDay": { vi: "Bình quân/ngày", en: "Per day" },
  "history.period.noBaseline": {
    vi: "Lịch sử bắt đầu từ ngày {first}, sau ngày bắt đầu kỳ {from}: kết quả trong kỳ tính từ ngày {first}.",
    en: "The history starts on {first}, after the period's start {from}: results are counted from {first}.",
  },
  "history.period.noHistory": {
    vi: "Chưa có số liệu các ngày trước nên không tính được kết quả trong kỳ. Lưu số liệu mỗi ngày (hoặc giữ mỗi ngày một trang).",
    en: "No earlier days' figures, so the period's results cannot be computed. Save each day's figures (or keep one sheet per day).",
  },
  "history.period.noPhase": {
    vi: "Không tìm thấy đợt {n} trong kế hoạch: hãy chọn một đợt có trong kế hoạch, hoặc ghi ngày bắt đầu và kết thúc của đợt (dòng lệnh: --phase-from NGÀY --phase-to NGÀY).",
    en: "Phase {n} is not in the plan: pick a phase the plan has, or give the phase's first and last days (command line: --phase-from DATE --phase-to DATE).",
  },
  "history.cli.unknownUnit": {
    vi: "Không có đơn vị \"{name}\" trong bảng (--chart-unit). Ví dụ tên trong bảng: {list}.",
    en: "No unit \"{name}\" in the table (--chart-unit). Names in the table include: {list}.",
  },
  "history.cli.badPhase": { vi: "{option} cần một số đợt (1, 2, …), không phải \"{value}\".", en: "{option} needs a phase number (1, 2, …), not \"{value}\"." },
  // The pane's buttons
  "pane.actions.saveDay": { vi: "Lưu số liệu ngày", en: "Save the day's figures" },
  "pane.actions.week": { vi: "Báo cáo tuần", en: "Weekly report" },
  "pane.actions.saved": { vi: "Đã lưu số liệu hôm nay vào trang \"{sheet}\".", en: "Today's figures saved in sheet \"{sheet}\"." },
  // The history functions (CT.TODAY, CT.RECENT_RATE, CT.FORECAST_DATE's rate)
  "maths.arg.twoFigures": {
    vi: "Cần ít nhất hai ngày có số liệu trong {arg} (mới có {count}).",
    en: "{arg} needs figures on at least two days (it has {count}).",
  },
  "maths.argName.dates": { vi: "dates (các ngày)", en: "dates" },
  "maths.argName.cumulative": { vi: "cumulative (số lũy kế)", en: "cumulative" },
  "maths.argName.rate": { vi: "rate (tốc độ mỗi ngày)", en: "rate" },
  "history.chart.title": { vi: "Tiến độ lũy kế: {unit}", en: "Cumulative progress: {unit}" },
  "history.chart.actual": { vi: "Thực hiện lũy kế", en: "Cumulative done" },
  "history.chart.expected": { vi: "Dự kiến", en: "Expected" },
  "history.chart.target": { vi: "Chỉ tiêu", en: "Target" },
} satisfies Catalogue;
