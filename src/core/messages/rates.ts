import type { Catalogue } from "./catalogue";

/** Texts of targets that are shares: the functions' arguments, the report's and the chat text's words. */
export const rateMessages = {
  "maths.argName.base": { vi: "base (tổng số)", en: "base" },
  "maths.argName.target_rate": { vi: "target_rate (tỷ lệ phải đạt)", en: "target_rate" },
  "maths.arg.share": {
    vi: "Đối số {arg} phải là tỷ lệ từ 0% đến 100% (ví dụ 30%, 0,3 hoặc 30), không phải “{value}”.",
    en: "Argument {arg} must be a share from 0% to 100% (for example 30%, 0.3 or 30), not “{value}”.",
  },
  "maths.arg.baseZero": {
    vi: "Đối số {arg} bằng 0: chưa có hồ sơ nào nên chưa tính được tỷ lệ.",
    en: "Argument {arg} is 0: with nothing to count the share of, there is no share yet.",
  },
  "maths.arg.doneOverBase": {
    vi: "Số đạt ({done}) lớn hơn tổng số ({base}): hãy kiểm tra lại hai đối số.",
    en: "The count achieved ({done}) is larger than the base ({base}): check both arguments.",
  },
  "report.rate.gap": {
    vi: "còn thiếu {gap} hồ sơ để đạt {share}",
    en: "{gap} more needed to reach {share}",
  },
  "report.rate.reached": { vi: "đã đạt {share}", en: "{share} reached" },
  "report.rate.whole": {
    vi: "{scope} đạt {rate} ({done}/{base}), chỉ tiêu {share}: {gapText}",
    en: "{scope}: {rate} ({done}/{base}) against a target of {share}: {gapText}",
  },
  "report.rate.col.note": { vi: "Còn thiếu để đạt chỉ tiêu", en: "Still needed for the target" },
  "report.rate.unit": { vi: "{name} {rate} ({gapText})", en: "{name} {rate} ({gapText})" },
  "report.legend.share.title": { vi: "Chú giải màu (tỷ lệ đạt so với tỷ lệ chỉ tiêu)", en: "Colour legend (share reached vs target share)" },
  "report.legend.share.complete": { vi: "Đã đạt tỷ lệ chỉ tiêu", en: "Target share reached" },
  "report.legend.share.atRisk": { vi: "Từ {atRisk} tỷ lệ chỉ tiêu trở lên", en: "{atRisk} of the target share or more" },
  "report.legend.share.behind": { vi: "Dưới {atRisk} tỷ lệ chỉ tiêu", en: "Under {atRisk} of the target share" },
  "report.rate.col.base": { vi: "Tổng số", en: "Base" },
  "report.rate.col.done": { vi: "Số đạt", en: "Achieved" },
  "report.rate.col.rate": { vi: "Tỷ lệ", en: "Share" },
  "report.rate.col.target": { vi: "Chỉ tiêu (%)", en: "Target share" },
  "report.rate.col.gap": { vi: "Còn thiếu", en: "Still needed" },
} satisfies Catalogue;
