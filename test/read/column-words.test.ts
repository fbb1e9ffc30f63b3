// Header words of real district sheets, one by one: what each says about its column.
import { columnMeaning, isUnitHeader } from "../../src/core/read/column-roles";
import { normalizeText } from "../../src/core/text";

const meaning = (...parts: string[]) => {
  const m = columnMeaning(parts);
  return m.kind === "measure" ? m.role : m.kind;
};

describe("column headers clerks type", () => {
  it.each([
    ["Số còn phải thực hiện", "remaining"],
    ["Còn phải thu nhận", "remaining"],
    ["Cần thực hiện", "target"],
    ["Số phải thu nhận", "target"],
    ["Đã cấp căn cước", "done"],
    ["CT/ngày", "daily"],
    ["Chỉ tiêu/ngày", "daily"],
    ["So với chỉ tiêu", "rate"],
    ["Thiếu so với chỉ tiêu", "remaining"],
    ["Còn thiếu so với chỉ tiêu", "remaining"],
    ["Xếp hạng", "note"],
    ["Thứ hạng", "note"],
    ["Ngày báo cáo", "note"],
  ])("%s → %s", (header, expected) => {
    expect(meaning(header)).toBe(expected);
  });

  it("a signed difference (+ over, - under the target) is not taken for what remains", () => {
    expect(meaning("Vượt/Thiếu so với chỉ tiêu")).not.toBe("remaining");
  });

  it.each([
    ["Công an xã, phường, thị trấn", true],
    ["Xã/Thị trấn", true],
    ["Tên phường, xã", true],
    ["Công an các xã", true],
    ["Thôn/Tổ dân phố", true],
    // Unit names, not headers: a lone town, a commune police post with its place name.
    ["Thị trấn", false],
    ["Công an thị trấn", false],
    ["Công an xã Kim Phượng", false],
    ["Thôn Bản Mới", false],
    ["Tổ dân phố Đồng Tâm", false],
  ])("unit column title %s: %s", (text, expected) => {
    expect(isUnitHeader(normalizeText(text))).toBe(expected);
  });
});
