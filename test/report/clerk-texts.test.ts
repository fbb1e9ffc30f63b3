import { t } from "../../src/core/messages";
import { chatSummary } from "../../src/core/report/chat-text";
import { analysisText } from "../../src/cli/analysis-text";
import { sampleAnalysis } from "./sample-analysis";

test("figures inside a warning are written the clerk's way, row numbers stay plain", () => {
  const warning = { key: "reader.total-mismatch", params: { cell: "C4", measure: "Chỉ tiêu", typed: 3100, sum: 3000, difference: 100 } };
  expect(t("vi", warning)).toBe("Dòng tổng, ô C4 (Chỉ tiêu): ghi 3.100 nhưng cộng các đơn vị được 3.000 (chênh 100): kiểm tra công thức dòng tổng.");
  expect(t("en", warning)).toContain("reads 3,100 but the units add up to 3,000");
  expect(t("vi", { key: "reader.rate-mismatch", params: { unit: "Xã A", measure: "M", typed: 97.5, computed: 90, cell: "F5" } }))
    .toContain("tỷ lệ ghi 97,5% nhưng tính từ số liệu được 90%");
  expect(t("vi", { key: "reader.duplicate-unit", params: { unit: "Xã A", first: "1205", row: "1300", cell: "B1300" } })).toContain("dòng 1205 và dòng 1300");
});

test("without dates the chat gives every rate of a small table, never calls anyone leading or behind", () => {
  const text = chatSummary(sampleAnalysis([["Xã A", 100, 90], ["Xã B", 100, 20]], false), "vi");
  expect(text).toContain("Tỷ lệ đạt từng đơn vị: Xã A 90,0%; Xã B 20,0%");
  expect(text).not.toMatch(/Dẫn đầu|chậm tiến độ/);
});

test("a unit behind pace is never listed as leading", () => {
  const text = chatSummary(sampleAnalysis([["Xã A", 1000, 100], ["Xã B", 1000, 50]]), "en");
  expect(text).not.toContain("Leading:");
  expect(text).toContain("Behind pace (2): Xã B 5.0%; Xã A 10.0%");
});

test("analyze says which dates are missing instead of printing question marks", () => {
  const vi = analysisText(sampleAnalysis(undefined, false), "vi");
  expect(vi).not.toContain("?");
  expect(vi).toMatch(/Chưa đủ ngày bắt đầu và kết thúc của đợt \(thêm --from NGÀY --to NGÀY\)/);
  expect(analysisText(sampleAnalysis(undefined, false), "en")).toMatch(/unit\(s\)\./);
});
