// The one fold (case, diacritics, spaces) and the comparisons built on it: day sheets named with the look-alike
// eth "Ð" of old fonts, or with odd spaces, are dated like the clean names; the add-in's own sheets are known in
// either language whatever their case or accents.
import { foldText } from "../../src/core/vocabulary/normalize";
import { dateFromSheetName, dateFromTitle, isAddinSheet } from "../../src/core/workbook";
import { isHistorySheetName } from "../../src/core/history/sheet";
import { isWeekLabel } from "../../src/core/vocabulary/period-columns";

describe("foldText", () => {
  it("folds Đ, đ and the look-alike Ð, ð alike, drops every accent, lowers case and tidies spaces", () => {
    const variants = ["Đợt 2  Ngày 15", "ĐỢT 2 NGÀY 15", "Ðợt 2\u00a0ngày 15", "ðợt\t2 ngày 15 ", "Đợt 2 Ngày 15".normalize("NFD")];
    for (const v of variants) expect(foldText(v)).toBe("dot 2 ngay 15");
  });

  it("keeps punctuation, figures and other scripts", () => {
    expect(foldText("Số liệu 15/9-2024")).toBe("so lieu 15/9-2024");
    expect(foldText("Xã ស្រុក")).not.toBe(foldText("Xã Hòa"));
  });
});

describe("dates in sheet names and titles, through the one fold", () => {
  it("dates the same name typed with the eth, in capitals or with wide spaces", () => {
    const expected = { day: 15, month: 9, year: null };
    for (const name of ["Ngày 15-9", "NGÀY 15-9", "Ngay 15 - 9", "Ngày\u00a015-9", "Số liệu 15.9", "SL 15.9", "BC ngày 15-9", "Th9-15", "Tháng 9-15"]) {
      expect(dateFromSheetName(name)).toEqual(expected);
    }
    expect(dateFromSheetName("Ðợt 2")).toBeNull();
  });

  it("takes the data date of a title, never a referred document's date", () => {
    expect(dateFromTitle(["BÁO CÁO KẾT QUẢ CẤP CCCD NGÀY 15/9/2024"])).toEqual({ day: 15, month: 9, year: 2024 });
    expect(dateFromTitle(["Số liệu tính đến hết ngày 14 / 9 / 2024"])).toEqual({ day: 14, month: 9, year: 2024 });
    // The eth of old fonts in "ĐẾN".
    expect(dateFromTitle(["Số liệu tính ÐẾN ngày 13/9/2024"])).toEqual({ day: 13, month: 9, year: 2024 });
    expect(dateFromTitle(["Kèm theo Báo cáo số 12/BC-CAH ngày 16/9/2024"])).toBeNull();
  });
});

describe("the add-in's own sheets", () => {
  it("are known by the names the messages give them, in both languages, any case or accents", () => {
    for (const name of ["Báo cáo 15-09-2024", "BÁO CÁO 15-09-2024 (2)", "Bao cao 15-09-2024", "Report 15-09-2024", "Lịch sử tiến độ", "Progress history",
      "Báo cáo tuần", "Báo cáo đợt (2)", "BÁO CÁO ÐỢT", "Weekly report", "Phase report"]) {
      expect(isAddinSheet(name)).toBe(true);
    }
  });

  it("are not confused with a clerk's sheets that start alike", () => {
    for (const name of ["Báo cáo", "Báo cáo ngày 15-9", "Báo cáo tháng 9", "15-9", "Lịch sử", "Tổng hợp"]) expect(isAddinSheet(name)).toBe(false);
  });

  it("find the history sheet typed with or without accents, never a look-alike", () => {
    expect(isHistorySheetName("LỊCH SỬ TIẾN ĐỘ")).toBe(true);
    expect(isHistorySheetName("Lich su tien do")).toBe(true);
    expect(isHistorySheetName("Lịch sử tiến độ (2)")).toBe(false);
  });
});

describe("week columns", () => {
  it("tell a week's results from a day's by the word, not by a letter run", () => {
    expect(isWeekLabel("Kết quả trong tuần")).toBe(true);
    expect(isWeekLabel("TUẦN NÀY")).toBe(true);
    expect(isWeekLabel("Trong ngày")).toBe(false);
    // The letters inside another word are no week.
    expect(isWeekLabel("Kết quả ngày (tuantra)")).toBe(false);
  });
});
