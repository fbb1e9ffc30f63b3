import type { Catalogue, Entry } from "./catalogue";

/** Texts of consolidation ("tổng hợp"): findings with their source and cell, the sheet, the command line. Keys "merge.*". */
export const consolidationMessages = {
  "merge.sheet.name": { vi: "Tổng hợp", en: "Consolidated" },
  "merge.sheet.title": { vi: "BẢNG TỔNG HỢP SỐ LIỆU CÁC ĐƠN VỊ", en: "CONSOLIDATED FIGURES OF THE UNITS" },
  "merge.sheet.subtitle": { vi: "Tổng hợp từ {sources} nguồn, {units} đơn vị", en: "Gathered from {sources} sources, {units} units" },
  "merge.unit.loose": {
    vi: "\"{unit}\" ({source}, ô {cell}) được hiểu là đơn vị \"{matched}\" (tên viết gần giống, không đơn vị nào khác gần như vậy); hãy xác nhận.",
    en: "\"{unit}\" ({source}, cell {cell}) was taken as unit \"{matched}\" (a near spelling, no other unit as near); please confirm.",
  },
  "merge.unit.unknown": {
    vi: "Đơn vị \"{unit}\" ({source}, ô {cell}) không có trong bảng kế hoạch: để thành một dòng riêng ở cuối bảng.",
    en: "Unit \"{unit}\" ({source}, cell {cell}) is not in the plan: kept on a line of its own at the end.",
  },
  "merge.unit.ambiguous": {
    vi: "\"{unit}\" ({source}, ô {cell}) có thể là {candidates}: không tự chọn, đã để thành một dòng riêng; hãy ghi rõ xã, phường hay thị trấn.",
    en: "\"{unit}\" ({source}, cell {cell}) could be {candidates}: not guessed, kept on a line of its own; name it with its kind (xã, phường, thị trấn).",
  },
  "merge.rate.recomputed": {
    vi: "Cột tỷ lệ (%) của {count} nguồn không được cộng: tỷ lệ được tính lại từ số đã tổng hợp.",
    en: "The rate (%) columns of {count} sources are not added: rates are worked out again from the gathered figures.",
  },
  "merge.unit.missing": { vi: "Đơn vị {unit} chưa gửi báo cáo: các cột kết quả để trống.", en: "Unit {unit} has not reported: its result columns are left empty." },
  "merge.measure.extra": {
    vi: "Chỉ tiêu \"{measure}\" ({source}) không có trong bảng kế hoạch: để thành cột riêng.",
    en: "Measure \"{measure}\" ({source}) is not in the plan: given columns of its own.",
  },
  "merge.merger.partial": {
    vi: "{unit} gồm {count} đơn vị cũ, mới có {sent} đơn vị gửi số liệu: số đã cộng chưa đủ.",
    en: "{unit} is made of {count} old units and only {sent} have reported: the sum is not complete.",
  },
  "merge.note.renamed": { vi: "\"{old}\" là tên cũ của {unit} (đổi tên, không cộng thêm).", en: "\"{old}\" is {unit}'s old name (a rename, not added twice)." },
  "merge.sheet.status": { vi: "Tình trạng", en: "Status" },
  "merge.sheet.sent": { vi: "Đã gửi", en: "Reported" },
  "merge.sheet.notSent": { vi: "Chưa gửi", en: "Not reported" },
  "merge.sheet.origin": { vi: "Nguồn số liệu (tệp (trang!ô))", en: "Where each figure comes from (file (sheet!cell))" },
  "merge.sheet.plan": { vi: "Kế hoạch", en: "Plan" },
  "merge.review.title": { vi: "CẦN XEM LẠI ({count})", en: "TO REVIEW ({count})" },
  "merge.review.kind": { vi: "Loại", en: "Kind" },
  "merge.review.unit": { vi: "Đơn vị", en: "Unit" },
  "merge.review.what": { vi: "Nội dung", en: "What" },
  "merge.review.conflict": { vi: "Số liệu khác nhau", en: "Figures differ" },
  "merge.review.loose": { vi: "Tên gần giống", en: "Near name" },
  "merge.review.unknown": { vi: "Không có trong kế hoạch", en: "Not in the plan" },
  "merge.review.ambiguous": { vi: "Tên chưa rõ", en: "Unclear name" },
  "merge.review.measure": { vi: "Chỉ tiêu không có trong kế hoạch", en: "Measure not in the plan" },
  "merge.review.merger": { vi: "Sáp nhập chưa đủ", en: "Merger incomplete" },
  "merge.review.more": {
    vi: "… và {count} dòng nữa (xem đủ trong ngăn tác vụ, hoặc trong danh sách lệnh in ra).",
    en: "… and {count} more lines (see them all in the pane, or in the list the command prints).",
  },
  "merge.mapping.twice": {
    vi: "Tên cũ \"{old}\" được ghi chuyển vào hai đơn vị mới: \"{first}\" và \"{second}\" (ô {cell}); đã dùng \"{first}\".",
    en: "Old name \"{old}\" is mapped to two new units: \"{first}\" and \"{second}\" (cell {cell}); \"{first}\" was used.",
  },
  "merge.mapping.half": { vi: "Dòng ô {cell} của bảng sáp nhập chỉ có một tên (\"{text}\"): bỏ qua.", en: "Line at {cell} of the mapping has only one name (\"{text}\"): skipped." },
  "merge.note.folded": {
    vi: "{unit} gồm {count} đơn vị cũ (đã cộng số liệu): {olds}.",
    en: "{unit} gathers {count} old units (figures added): {olds}.",
  },
  "merge.cli.noFiles": { vi: "Hãy ghi các tệp cần tổng hợp: quota-report merge TỆP1 TỆP2 … --plan KE-HOACH.xlsx -o TONG-HOP.xlsx", en: "Name the files to gather: quota-report merge FILE1 FILE2 … --plan PLAN.xlsx -o OUT.xlsx" },
  "merge.cli.noTable": { vi: "Tệp {file} không có bảng số liệu đọc được: {reason}", en: "File {file} holds no readable table: {reason}" },
  "merge.cli.written": {
    vi: "Đã ghi {file}: trang \"{sheet}\" ({units} đơn vị từ {sources} nguồn) và trang báo cáo \"{report}\".",
    en: "Wrote {file}: sheet \"{sheet}\" ({units} units from {sources} sources) and report sheet \"{report}\".",
  },
  "merge.cli.findings": { vi: "Cần xem lại ({count}):", en: "To check ({count}):" },
  "merge.pane.noFiles": {
    vi: "Excel này chưa mở được tệp từ ngăn bổ trợ (cần Excel 2021 hoặc Microsoft 365). Hãy mở từng tệp và chép trang của xã vào sổ này, rồi tổng hợp.",
    en: "This Excel cannot open files from the pane (Excel 2021 or Microsoft 365 needed). Open each file, copy the commune's sheet into this workbook, then gather.",
  },
  "merge.pane.skipped": { vi: "{source}: không có bảng số liệu đọc được, bỏ qua.", en: "{source}: no readable table, skipped." },
  "merge.pane.nothing": { vi: "Không có trang hay tệp nào có bảng số liệu để tổng hợp.", en: "No sheet or file holds a table to gather." },
  "merge.pane.section": { vi: "Tổng hợp", en: "Gather" },
  "merge.pane.files": { vi: "Tệp của các xã (.xlsx, có thể chọn nhiều tệp)", en: "The communes' files (.xlsx, several allowed)" },
  "merge.pane.filesHint": {
    vi: "Cùng với các trang có bảng số liệu trong sổ này. Tệp chỉ được đọc, không bị sửa.",
    en: "Together with the sheets of this workbook that hold a table. Files are only read.",
  },
  "merge.pane.mapping": { vi: "Trang tên cũ → tên mới (nếu có)", en: "Old → new names sheet (if any)" },
  "merge.pane.units": { vi: "Bảng kế hoạch (đơn vị, thứ tự và chỉ tiêu)", en: "The plan (units, their order and targets)" },
  "merge.pane.none": { vi: "(không có)", en: "(none)" },
  "merge.pane.run": { vi: "Tổng hợp vào trang mới", en: "Gather into a new sheet" },
  "merge.pane.written": { vi: "Đã tổng hợp {units} đơn vị vào trang \"{sheet}\".", en: "Gathered {units} units into sheet \"{sheet}\"." },
  ...conflictByRole(),
} satisfies Catalogue;

/** "merge.unit.conflict.done"…: a figure two sources give differently, the column named in the clerk's words. */
function conflictByRole(): Record<`merge.unit.conflict.${"target" | "done" | "remaining" | "rate" | "daily"}`, Entry> {
  const roles = {
    target: { vi: "Chỉ tiêu", en: "Target" },
    done: { vi: "Đã thực hiện", en: "Done" },
    remaining: { vi: "Còn lại", en: "Remaining" },
    rate: { vi: "Tỷ lệ", en: "Rate" },
    daily: { vi: "Chỉ tiêu 01 ngày", en: "Daily target" },
  };
  const out: Record<string, Entry> = {};
  for (const [role, word] of Object.entries(roles)) {
    out[`merge.unit.conflict.${role}`] = {
      vi: `{unit}, {measure} › ${word.vi}: {keptAt} ghi {kept}, {otherAt} ghi {other}; đã lấy {kept}, hãy kiểm tra.`,
      en: `{unit}, {measure} › ${word.en}: {keptAt} says {kept}, {otherAt} says {other}; {kept} was kept, please check.`,
    };
  }
  return out as Record<`merge.unit.conflict.${keyof typeof roles}`, Entry>;
}
