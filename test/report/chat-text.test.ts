import { chatSummary } from "../../src/core/report/chat-text";
import { sampleAnalysis } from "./sample-analysis";

test("the total first, the best units, then the lagging ones worst first with their rates", () => {
  const text = chatSummary(sampleAnalysis(), "vi");
  const lines = text.split("\n");
  expect(lines[0]).toBe("Tiến độ Thu nhận hồ sơ CCCD đến 15/09/2024");
  expect(lines[1]).toBe("Toàn huyện đạt 53,3% (7.020/13.176)");
  expect(text).toContain("Dẫn đầu: San Thàng 100,9%; Quyết Thắng 60,4%; Đông Phong 55,7%");
  expect(text).toContain("2 đơn vị chậm tiến độ: Sùng Phài 37,7%; Tân Phong 42,3%");
  expect(text).toContain("1 đơn vị có nguy cơ chậm: Đoàn Kết 48,4%");
  // Short lines for a phone screen, besides the lists of names.
  expect(lines.filter((l) => !l.includes(":")).every((l) => l.length <= 60)).toBe(true);
});

test("in English, with English separators", () => {
  const text = chatSummary(sampleAnalysis(), "en");
  expect(text).toContain("Overall: 53.3% done (7,020/13,176)");
  expect(text).toContain("Behind pace (2): Sùng Phài 37.7%; Tân Phong 42.3%");
});

test("without dates nobody is called behind", () => {
  const text = chatSummary(sampleAnalysis(undefined, false), "vi");
  expect(text).not.toMatch(/chậm tiến độ/);
  expect(text).toContain("Toàn huyện đạt 53,3%");
});
