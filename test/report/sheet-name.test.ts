import { reportSheetName } from "../../src/core/report/sheet-name";
import { safeSheetName } from "../../src/core/address";
import { serialFromYMD } from "../../src/core/dates";
import { buildReport } from "../../src/core/report/build";
import { sampleAnalysis } from "./sample-analysis";

const day = serialFromYMD(2024, 9, 15) as number;

test("the report sheet is named after the as-of day", () => {
  expect(reportSheetName(day, ["Tiến độ CCCD"])).toBe("Báo cáo 15-09-2024");
});

test("a taken name gets (2), then (3), compared without case as Excel does", () => {
  expect(reportSheetName(day, ["Báo cáo 15-09-2024"])).toBe("Báo cáo 15-09-2024 (2)");
  expect(reportSheetName(day, ["BÁO CÁO 15-09-2024", "báo cáo 15-09-2024 (2)"])).toBe("Báo cáo 15-09-2024 (3)");
});

test("names stay within Excel's 31 characters and its forbidden characters", () => {
  const long = reportSheetName(day, [], "Báo cáo tiến độ cấp CCCD toàn huyện");
  expect(long.length).toBeLessThanOrEqual(31);
  const taken = reportSheetName(day, [long], "Báo cáo tiến độ cấp CCCD toàn huyện");
  expect(taken.length).toBeLessThanOrEqual(31);
  expect(taken.endsWith(" (2)")).toBe(true);
  expect(safeSheetName("a/b\\c?d*e[f]g:h")).toBe("a-b-c-d-e-f-g-h");
  expect(safeSheetName("'Báo cáo'")).toBe("Báo cáo");
});

describe("the report sheet's name follows the clerk's language", () => {
  test("an English report is named “Report DD-MM-YYYY”, a Vietnamese one “Báo cáo DD-MM-YYYY”", () => {
    const analysis = sampleAnalysis();
    const now = new Date(2024, 8, 15, 7, 30);
    expect(buildReport(analysis, { lang: "en", now, existingSheetNames: [] }).sheetName).toMatch(/^Report \d{2}-\d{2}-\d{4}$/);
    expect(buildReport(analysis, { lang: "vi", now, existingSheetNames: [] }).sheetName).toMatch(/^Báo cáo \d{2}-\d{2}-\d{4}$/);
  });
});
