import type { Catalogue } from "./catalogue";

/** Texts of the phase report's buttons (ribbon and pane). Keys are namespaced "phase.*". */
export const phaseMessages = {
  "phase.none": {
    vi: "Bảng không ghi đợt nào đã bắt đầu đến ngày {asOf}. Ghi đợt vào tiêu đề (\"Đợt 1: từ 01/9 đến 15/9/2024\") rồi bấm lại, hoặc chọn đợt trong ngăn tác vụ.",
    en: "The sheet names no phase begun by {asOf}. Write it in the title (\"Đợt 1: từ 01/9 đến 15/9/2024\") and press again, or pick one in the pane.",
  },
  "phase.pane.button": { vi: "Báo cáo đợt", en: "Phase report" },
  "phase.pane.picker": { vi: "Đợt cần báo cáo", en: "Phase to report" },
  "phase.pane.option": { vi: "{phase}: từ {from} đến {to}", en: "{phase}: {from} to {to}" },
  "phase.pane.noPhases": {
    vi: "Tiêu đề bảng không ghi đợt nào (\"Đợt 1: từ 01/9 đến 15/9/2024\").",
    en: "The sheet's title names no phase (\"Đợt 1: từ 01/9 đến 15/9/2024\").",
  },
} satisfies Catalogue;
