import type { Catalogue } from "./catalogue";

/** Texts of the phase report's buttons (ribbon and pane). Keys are namespaced "phase.*". */
export const phaseMessages = {
  "phase.none": {
    vi: "Bảng không ghi đợt nào đã bắt đầu đến ngày {asOf}. Ghi các đợt vào tiêu đề (ví dụ \"Đợt 1: từ 01/9 đến 15/9/2024\") rồi bấm lại, hoặc chọn đợt cạnh nút \"Báo cáo đợt\" trong ngăn tác vụ.",
    en: "The sheet names no phase begun by {asOf}. Write the phases in its title (e.g. \"Đợt 1: từ 01/9 đến 15/9/2024\") and press again, or pick a phase beside \"Phase report\" in the pane.",
  },
  "phase.pane.button": { vi: "Báo cáo đợt", en: "Phase report" },
  "phase.pane.picker": { vi: "Đợt cần báo cáo", en: "Phase to report" },
  "phase.pane.option": { vi: "{phase}: {from} – {to}", en: "{phase}: {from} – {to}" },
  "phase.pane.noPhases": {
    vi: "Tiêu đề bảng không ghi đợt nào (ví dụ \"Đợt 1: từ 01/9 đến 15/9/2024\"). Ghi các đợt vào tiêu đề rồi đọc lại bảng.",
    en: "The sheet's title names no phase (e.g. \"Đợt 1: từ 01/9 đến 15/9/2024\"). Write the phases in the title and read the table again.",
  },
} satisfies Catalogue;
