import type { Catalogue, Entry } from "./catalogue";

/** Texts of consolidation ("tổng hợp"): findings with their source and cell, the sheet, the command line. Keys "merge.*". */
export const consolidationMessages = {
  "merge.sheet.name": { vi: "Tổng hợp", en: "Consolidated" },
  "merge.sheet.title": { vi: "BẢNG TỔNG HỢP SỐ LIỆU CÁC ĐƠN VỊ", en: "CONSOLIDATED FIGURES OF THE UNITS" },
  "merge.sheet.subtitle": { vi: "Tổng hợp từ {sources} nguồn, {units} đơn vị", en: "Gathered from {sources} sources, {units} units" },
  "merge.unit.loose": {
    vi: "\"{unit}\" ({source}, ô {cell}) được hiểu là đơn vị \"{matched}\" (tên viết khác); hãy kiểm tra.",
    en: "\"{unit}\" ({source}, cell {cell}) was taken as unit \"{matched}\" (spelled differently); please check.",
  },
  "merge.unit.unknown": {
    vi: "Đơn vị \"{unit}\" ({source}, ô {cell}) không có trong bảng của huyện: đã thêm vào cuối bảng.",
    en: "Unit \"{unit}\" ({source}, cell {cell}) is not in the district table: added at the end.",
  },
  "merge.unit.ambiguous": {
    vi: "\"{unit}\" ({source}, ô {cell}) có thể là {candidates}: không tự chọn, đã để thành một dòng riêng; hãy ghi rõ xã, phường hay thị trấn.",
    en: "\"{unit}\" ({source}, cell {cell}) could be {candidates}: not guessed, kept on a line of its own; name it with its kind (xã, phường, thị trấn).",
  },
  "merge.rate.recomputed": {
    vi: "Cột tỷ lệ (%) của {count} nguồn không được cộng: tỷ lệ được tính lại từ số đã tổng hợp.",
    en: "The rate (%) columns of {count} sources are not added: rates are worked out again from the gathered figures.",
  },
  "merge.unit.missing": { vi: "Đơn vị {unit} chưa gửi số liệu (không có trong nguồn nào): để trống.", en: "Unit {unit} sent nothing (in no source): left empty." },
  "merge.unit.conflict": {
    vi: "Đơn vị {unit}, {measure}: {keptSource} (ô {keptCell}) ghi {kept}, {otherSource} (ô {otherCell}) ghi {other}; đã lấy số của {keptSource}, hãy kiểm tra.",
    en: "Unit {unit}, {measure}: {keptSource} (cell {keptCell}) says {kept}, {otherSource} (cell {otherCell}) says {other}; {keptSource}'s figure was kept, please check.",
  },
  "merge.unit.twiceSame": { vi: "Đơn vị {unit} có trong cả {first} và {second}, cùng số liệu: chỉ tính một lần.", en: "Unit {unit} is in both {first} and {second} with the same figures: counted once." },
  "merge.measure.partial": {
    vi: "Chỉ tiêu \"{measure}\" không có trong {count} nguồn: {sources}; các đơn vị của các nguồn đó để trống ở cột này.",
    en: "Measure \"{measure}\" is missing from {count} sources: {sources}; their units are left empty in it.",
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
  "merge.cli.noFiles": { vi: "Hãy ghi các tệp cần tổng hợp: quota-report merge TỆP1 TỆP2 … -o TONG-HOP.xlsx", en: "Name the files to gather: quota-report merge FILE1 FILE2 … -o OUT.xlsx" },
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
  "merge.pane.units": { vi: "Bảng của huyện (giữ thứ tự đơn vị)", en: "District table (keeps the units' order)" },
  "merge.pane.none": { vi: "(không có)", en: "(none)" },
  "merge.pane.run": { vi: "Tổng hợp vào trang mới", en: "Gather into a new sheet" },
  "merge.pane.written": { vi: "Đã tổng hợp {units} đơn vị vào trang \"{sheet}\".", en: "Gathered {units} units into sheet \"{sheet}\"." },
  ...rolePartial(),
} satisfies Catalogue;

/** "merge.role.partial.done"…: the column named in the clerk's words, one entry per role summed. */
function rolePartial(): Record<`merge.role.partial.${"target" | "done" | "remaining" | "daily"}`, Entry> {
  const roles = {
    target: { vi: "Chỉ tiêu", en: "Target" },
    done: { vi: "Đã thực hiện", en: "Done" },
    remaining: { vi: "Còn lại", en: "Remaining" },
    daily: { vi: "Chỉ tiêu 01 ngày", en: "Daily target" },
  };
  const out: Record<string, Entry> = {};
  for (const [role, word] of Object.entries(roles)) {
    out[`merge.role.partial.${role}`] = {
      vi: `Cột "${word.vi}" của "{measure}" không có trong {count} nguồn: {sources}; các đơn vị đó để trống ở cột này.`,
      en: `The "${word.en}" column of "{measure}" is missing from {count} sources: {sources}; those units are left empty in it.`,
    };
  }
  return out as Record<`merge.role.partial.${keyof typeof roles}`, Entry>;
}
