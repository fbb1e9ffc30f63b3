import type { Catalogue } from "./catalogue";

/** Texts of the report's picture (for a chat group) and of its command-line option. Keys "picture.*". */
export const pictureMessages = {
  "picture.col.rank": { vi: "Hạng", en: "Rank" },
  "picture.col.doneOfTarget": { vi: "Kết quả /\nChỉ tiêu", en: "Done /\nTarget" },
  "picture.col.doneOfBase": { vi: "Số đạt /\nTổng số", en: "Achieved /\nBase" },
  "picture.col.periodDoneOfTarget": { vi: "Kết quả /\nChỉ tiêu trong kỳ", en: "Done /\nTarget (period)" },
  "picture.col.periodCompletion": { vi: "Tỷ lệ đạt\ntrong kỳ", en: "Done in\nthe period" },
  "picture.col.completion": { vi: "Tỷ lệ đạt", en: "Done (%)" },
  "picture.col.daily": { vi: "Chỉ tiêu 01 ngày", en: "Daily target" },
  "picture.asOf": { vi: "Số liệu đến hết ngày {date}", en: "Data as of {date}" },
  "picture.allocation": { vi: "Bảng giao chỉ tiêu (chưa có kết quả)", en: "Allocation of targets (no results yet)" },
  "picture.allocationTotal": { vi: "{scope}: tổng chỉ tiêu {target}", en: "{scope}: total target {target}" },
  "picture.part": { vi: "Ảnh {part}/{parts}: hạng {first}–{last} trong {count} đơn vị", en: "Picture {part} of {parts}: ranks {first}–{last} of {count} units" },
  "picture.legendTitle": { vi: "Chú giải màu (tiến độ so với dự kiến đến ngày báo cáo)", en: "Colours (pace vs expected to date)" },
  // The pane
  "pane.picture.section": { vi: "Ảnh báo cáo", en: "Report picture" },
  "pane.picture.show": { vi: "Ảnh báo cáo (gửi nhóm Zalo)", en: "Report picture (for the chat group)" },
  "pane.picture.showWeek": { vi: "Ảnh báo cáo tuần (gửi nhóm Zalo)", en: "Weekly report picture (for the chat group)" },
  "pane.picture.showPhase": { vi: "Ảnh báo cáo đợt (gửi nhóm Zalo)", en: "Phase report picture (for the chat group)" },
  "pane.picture.fileBaseWeek": { vi: "anh-bao-cao-tuan", en: "weekly-report-picture" },
  "pane.picture.fileBasePhase": { vi: "anh-bao-cao-dot", en: "phase-report-picture" },
  "pane.picture.part": { vi: "Ảnh {part}/{parts}", en: "Picture {part} of {parts}" },
  "pane.picture.copy": { vi: "Sao chép ảnh", en: "Copy picture" },
  "pane.picture.save": { vi: "Lưu ảnh", en: "Save picture" },
  "pane.picture.fileBase": { vi: "anh-bao-cao", en: "report-picture" },
  "pane.picture.copied": { vi: "Đã chép ảnh: dán (Ctrl+V) vào nhóm Zalo.", en: "Picture copied: paste it (Ctrl+V) into the chat group." },
  "pane.picture.cannotCopy": {
    vi: "Excel trên máy này không cho chép ảnh: bấm \"Lưu ảnh\" rồi gửi tệp ảnh vào nhóm.",
    en: "This Excel does not allow copying pictures: press \"Save picture\" and send the file to the group.",
  },
  "pane.picture.failed": {
    vi: "Không vẽ được ảnh báo cáo trên máy này. Hãy bấm \"Sao chép tóm tắt\" để gửi nhóm, hoặc in trang báo cáo.",
    en: "The report picture could not be drawn here. Press \"Copy summary\" to post to the group, or print the report sheet.",
  },
  // The command line
  "picture.cli.notPng": {
    vi: "Tệp ảnh phải có đuôi .png (ví dụ --image bao-cao.png), không phải \"{file}\".",
    en: "The picture file must end in .png (for example --image report.png), not \"{file}\".",
  },
  "picture.cli.written": { vi: "Đã lưu ảnh báo cáo: {files}", en: "Report picture saved: {files}" },
  "picture.cli.keptExisting": {
    vi: "Đã có tệp \"{kept}\" nên ảnh được lưu thành \"{file}\" (tệp cũ giữ nguyên).",
    en: "\"{kept}\" already exists, so the picture was saved as \"{file}\" (the old file is kept).",
  },
  "picture.cli.cannotDraw": {
    vi: "Không vẽ được ảnh báo cáo ({reason}). Hãy chạy lại; nếu vẫn lỗi, dùng bảng báo cáo trong tệp Excel.",
    en: "The report picture could not be drawn ({reason}). Run it again; if it still fails, use the report sheet in the Excel copy.",
  },
} satisfies Catalogue;
