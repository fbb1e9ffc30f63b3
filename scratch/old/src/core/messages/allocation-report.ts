import type { Catalogue } from "./catalogue";

/** Texts of the report of an allocation table (targets given out, no results yet). Keys "report.allocation.*". */
export const allocationReportMessages = {
  "report.allocation.title": { vi: "BẢNG GIAO CHỈ TIÊU {measure}", en: "TARGETS GIVEN OUT: {measure}" },
  "report.allocation.subtitle": {
    vi: "Bảng giao chỉ tiêu, chưa có kết quả thực hiện (lập lúc {time} ngày {today})",
    en: "Allocation of targets, no results yet (made at {time} on {today})",
  },
  "report.allocation.campaign": { vi: "{name}: từ {from} đến {to} ({days} ngày)", en: "{name}: from {from} to {to} ({days} days)" },
  "report.allocation.campaignDaysOnly": { vi: "{name}: {days} ngày", en: "{name}: {days} days" },
  "report.allocation.campaignNoDates": {
    vi: "{name}: chưa có ngày bắt đầu và kết thúc, nên chưa chia chỉ tiêu theo ngày",
    en: "{name}: no start and end dates, so no daily targets",
  },
  "report.allocation.sum.target": { vi: "Tổng chỉ tiêu", en: "Total target" },
  "report.allocation.sum.daily": { vi: "Chỉ tiêu TB 01 ngày", en: "Daily target" },
  "report.allocation.sum.days": { vi: "Số ngày của đợt", en: "Days of the campaign" },
  "report.allocation.sum.units": { vi: "Số đơn vị", en: "Units" },
  "report.allocation.col.index": { vi: "STT", en: "No." },
  "report.allocation.col.daily": { vi: "Chỉ tiêu TB 01 ngày (chỉ tiêu ÷ {days} ngày)", en: "Daily target (target ÷ {days} days)" },
  "report.allocation.col.dailyNoDays": {
    vi: "Chỉ tiêu TB 01 ngày (chưa có số ngày của đợt)",
    en: "Daily target (the campaign's days are not known)",
  },
  "report.allocation.col.typedDaily": { vi: "TB 01 ngày ghi trên bảng (khi khác)", en: "Daily typed on the sheet (where it differs)" },
  "report.allocation.col.share": { vi: "Tỷ trọng (%)", en: "Share (%)" },
  // The text for a chat message
  "report.allocation.chat.header": {
    vi: "Giao chỉ tiêu {measure} (bảng phân bổ, chưa có kết quả thực hiện)",
    en: "Targets for {measure} (an allocation table, no results yet)",
  },
  "report.allocation.chat.total": {
    vi: "{scope}: {target} trong {days} ngày, bình quân {daily}/ngày",
    en: "{scope}: {target} over {days} days, {daily} a day",
  },
  "report.allocation.chat.totalNoDays": {
    vi: "{scope}: {target} (chưa có số ngày của đợt nên chưa chia theo ngày)",
    en: "{scope}: {target} (the campaign's days are not known, so no daily figure)",
  },
  "report.allocation.chat.units": { vi: "Từng đơn vị (chỉ tiêu, /ngày): {list}", en: "By unit (target, per day): {list}" },
  "report.allocation.chat.more": { vi: "và {count} đơn vị khác", en: "and {count} more units" },
} satisfies Catalogue;
