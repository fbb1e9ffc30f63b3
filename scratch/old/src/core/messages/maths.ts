import type { Catalogue } from "./catalogue";

/** Texts of the maths area (campaign, progress, custom functions). Keys are namespaced "maths.*". */
export const mathsMessages = {
  // Status labels.
  "maths.status.complete": { vi: "Hoàn thành", en: "Complete" },
  "maths.status.on-track": { vi: "Đúng tiến độ", en: "On track" },
  "maths.status.at-risk": { vi: "Nguy cơ chậm", en: "At risk" },
  "maths.status.behind": { vi: "Chậm tiến độ", en: "Behind" },
  "maths.status.not-started": { vi: "Chưa bắt đầu", en: "Not started" },
  "maths.status.unknown": { vi: "Chưa đủ số liệu", en: "Not enough data" },
  "maths.overdue": { vi: "Đã hết hạn, còn thiếu {remaining}", en: "Past the deadline, {remaining} still to do" },

  // Campaign checks.
  "maths.campaign.noDates": {
    vi: "Không tìm thấy thời gian của đợt trên trang (ngày bắt đầu, ngày kết thúc hay số ngày của kế hoạch), nên chưa tính được chỉ tiêu theo ngày và tiến độ: thêm --from NGÀY --to NGÀY (hoặc --days N) trên dòng lệnh, hoặc điền ô “Từ ngày”, “Đến ngày”, “Số ngày theo kế hoạch” trong ngăn tác vụ.",
    en: "No campaign period was found on the sheet (start, end, or the plan's number of days), so daily targets and pace cannot be computed: add --from DATE --to DATE (or --days N) on the command line, or fill the “From”, “To”, “Days in the plan” fields in the pane.",
  },
  "maths.campaign.noStart": {
    vi: "Chưa có ngày bắt đầu đợt nên chưa tính được tiến độ: thêm --from NGÀY trên dòng lệnh, hoặc điền ô “Từ ngày” trong ngăn tác vụ.",
    en: "The campaign has no start date, so pace cannot be computed: add --from DATE on the command line, or fill the “From” field in the pane.",
  },
  "maths.campaign.reversed": {
    vi: "Ngày kết thúc ({to}) trước ngày bắt đầu ({from}): hãy kiểm tra lại hai ngày này.",
    en: "The end date ({to}) is before the start date ({from}): check both dates.",
  },
  "maths.campaign.badNominalDays": {
    vi: "Số ngày của kế hoạch ({days}) phải là số nguyên dương.",
    en: "The plan's number of days ({days}) must be a positive whole number.",
  },
  "maths.campaign.nominalDiffers": {
    vi: "Kế hoạch tính {nominal} ngày, theo lịch từ {from} đến {to} là {counted} ngày: dùng {nominal} ngày của kế hoạch.",
    en: "The plan counts {nominal} days; the calendar from {from} to {to} has {counted}: using the plan's {nominal}.",
  },
  "maths.campaign.noWorkingDays": {
    vi: "Từ {from} đến {to} không có ngày làm việc nào (sau khi trừ cuối tuần và ngày lễ).",
    en: "There is no working day from {from} to {to} (after weekends and holidays).",
  },
  "maths.campaign.badWeekend": {
    vi: "Ngày nghỉ cuối tuần phải từ 0 (Chủ nhật) đến 6 (Thứ bảy), nhận được {value}.",
    en: "Weekend days must be 0 (Sunday) to 6 (Saturday), got {value}.",
  },
  "maths.campaign.badThresholds": {
    vi: "Ngưỡng tiến độ không hợp lệ: ngưỡng \"nguy cơ chậm\" ({atRisk}) phải dương và không lớn hơn ngưỡng \"đúng tiến độ\" ({onTrack}).",
    en: "Invalid pace thresholds: \"at risk\" ({atRisk}) must be positive and not above \"on track\" ({onTrack}).",
  },

  // Custom functions: what is wrong with an argument. {arg} is the argument's label below.
  "maths.arg.empty": { vi: "Thiếu đối số {arg}.", en: "Argument {arg} is missing." },
  "maths.arg.error": {
    vi: "Đối số {arg} là giá trị lỗi {value} của Excel: hãy sửa ô được tham chiếu.",
    en: "Argument {arg} is an Excel error ({value}): fix the cell it refers to.",
  },
  "maths.arg.notNumber": {
    vi: "Đối số {arg} phải là số, nhận được \"{value}\".",
    en: "Argument {arg} must be a number, got \"{value}\".",
  },
  "maths.arg.negative": {
    vi: "Đối số {arg} không được âm, nhận được {value}.",
    en: "Argument {arg} must not be negative, got {value}.",
  },
  "maths.arg.notPositiveInteger": {
    vi: "Đối số {arg} phải là số nguyên dương, nhận được {value}.",
    en: "Argument {arg} must be a positive whole number, got {value}.",
  },
  "maths.arg.notDate": {
    vi: "Đối số {arg} phải là ngày (ví dụ 21/8/2024 hoặc một ô ngày), nhận được \"{value}\".",
    en: "Argument {arg} must be a date (e.g. 21/8/2024 or a date cell), got \"{value}\".",
  },
  "maths.arg.badRounding": {
    vi: "Đối số {arg} phải là \"half-up\" (làm tròn, mặc định) hoặc \"up\" (làm tròn lên), nhận được \"{value}\".",
    en: "Argument {arg} must be \"half-up\" (round, default) or \"up\" (round up), got \"{value}\".",
  },
  "maths.arg.endBeforeStart": {
    vi: "Ngày kết thúc ({to}) trước ngày bắt đầu ({from}): hãy kiểm tra đối số {arg}.",
    en: "The end date ({to}) is before the start date ({from}): check argument {arg}.",
  },
  "maths.arg.shape": {
    vi: "Các vùng ô truyền vào không cùng kích thước: {arg} có {rows}×{cols} ô, cần {expectedRows}×{expectedCols} hoặc một ô.",
    en: "The ranges passed do not match: {arg} has {rows}×{cols} cells, {expectedRows}×{expectedCols} or a single cell was expected.",
  },
  "maths.arg.targetZero": {
    vi: "Chỉ tiêu bằng 0: không tính được tỷ lệ.",
    en: "The target is 0: no rate can be computed.",
  },
  "maths.arg.notStarted": {
    vi: "Đợt chưa bắt đầu tại ngày tính ({asOf}): chưa có tiến độ.",
    en: "The campaign has not started at the as-of date ({asOf}): no pace yet.",
  },
  "maths.arg.noRunRate": {
    vi: "Chưa có kết quả nào nên chưa dự báo được ngày hoàn thành.",
    en: "Nothing done yet, so no finish date can be forecast.",
  },
  "maths.arg.overdue": {
    vi: "Đã hết ngày (kết thúc {to}) mà còn thiếu {remaining}.",
    en: "No days left (ended {to}) and {remaining} still to do.",
  },

  // Argument labels: the English name Excel shows, and what it means.
  "maths.argName.target": { vi: "target (chỉ tiêu)", en: "target" },
  "maths.argName.done": { vi: "done (đã thực hiện)", en: "done" },
  "maths.argName.start": { vi: "start (ngày bắt đầu)", en: "start" },
  "maths.argName.end": { vi: "end (ngày kết thúc)", en: "end" },
  "maths.argName.days": { vi: "days (số ngày)", en: "days" },
  "maths.argName.rounding": { vi: "rounding (cách làm tròn)", en: "rounding" },
  "maths.argName.as_of": { vi: "as_of (ngày tính)", en: "as_of" },
  "maths.argName.text": { vi: "text (văn bản)", en: "text" },
} satisfies Catalogue;
