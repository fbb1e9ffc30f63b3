// Which sheets are the add-in's own (never read back by Tổng hợp): the names it writes, and nothing that only
// looks like them.
import { isAddinSheetName } from "../../src/core/workbook/addin-sheets";

test.each([
  "Lịch sử tiến độ", "Progress history", "Tổng hợp", "TỔNG HỢP", "Tổng hợp (2)", "Consolidated (3)", "Phân bổ chỉ tiêu",
  "Báo cáo 15-09-2024", "Báo cáo 15-09-2024 (2)", "Báo cáo tuần 10-09-2024", "Báo cáo đợt 20-09-2024", "Report 15-09-2024",
])("%s is the add-in's", (name) => {
  expect(isAddinSheetName(name)).toBe(true);
});

test.each([
  "Tổng hợp xã", "Tong hop", "Số liệu tổng hợp", "Báo cáo", "Báo cáo tháng 9", "Báo cáo 15-9", "Lịch sử", "15-09-2024", "Phân bổ",
])("%s is the clerk's", (name) => {
  expect(isAddinSheetName(name)).toBe(false);
});
