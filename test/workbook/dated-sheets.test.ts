// A workbook with a sheet per day is read at its latest day, and the clerk is told so: a report of an older day,
// labelled with today's date, would have leaders praise and blame the wrong units.
import { chooseQuotaSheet, dateFromSheetName, dateFromTitle } from "../../src/core/workbook";
import type { WorkbookSheet } from "../../src/core/workbook";
import { readQuotaTable } from "../../src/core/read";
import { isoDate, serialFromYMD } from "../../src/core/dates";
import { t } from "../../src/core/messages";
import type { Grid } from "../../src/core/types";

function sheet(name: string, title: string | null, done: number): WorkbookSheet {
  const values = [
    [title, null, null, null],
    ["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"],
    [1, "Xã An Bình", 1000, done],
    [2, "Xã Tân Phong", 800, done + 5],
  ];
  const grid: Grid = { sheet: name, origin: { row: 1, col: 1 }, values, merges: [], hiddenRows: [], hiddenCols: [] };
  const read = readQuotaTable(grid);
  return { name, grid, table: read.ok ? read.table : null };
}

describe("the day a sheet holds", () => {
  test.each([
    ["13-9", 13, 9, null], ["15.9", 15, 9, null], ["Ngay 15-9", 15, 9, null], ["Ngày 15-9", 15, 9, null],
    ["15-9-2024", 15, 9, 2024], ["T9-15", 15, 9, null], ["15_9_24", 15, 9, 2024], ["15 tháng 9", 15, 9, null],
  ])("sheet name %s", (name, day, month, year) => {
    expect(dateFromSheetName(name)).toEqual({ day, month, year });
  });
  test.each(["Sheet1", "Tổng hợp", "Biểu 1", "32-9", "15-13"])("%s is no date", (name) => {
    expect(dateFromSheetName(name)).toBeNull();
  });
  test("the title's data date, not the document's", () => {
    expect(dateFromTitle(["BÁO CÁO KẾT QUẢ CẤP CCCD NGÀY 15/9/2024"])).toEqual({ day: 15, month: 9, year: 2024 });
    expect(dateFromTitle(["Số liệu tính đến ngày 16/09/2024"])).toEqual({ day: 16, month: 9, year: 2024 });
    expect(dateFromTitle(["Kèm theo Báo cáo số 12/BC-CAH ngày 16/9/2024"])).toBeNull();
    expect(dateFromTitle(["Báo cáo kết quả từ ngày 01/8/2024 đến ngày 30/10/2024"])).toBeNull();
  });
});

describe("which sheet is read", () => {
  const days = ["13-9", "14-9", "15-9"];
  const title = "Đợt cao điểm từ ngày 01/8/2024 đến ngày 30/10/2024";

  test("sheets 13-9, 14-9, 15-9 read 15-9 and say so, in both languages", () => {
    // Put the latest day in the middle of the workbook so the sheet order cannot be what decides.
    const sheets = [sheet("13-9", title, 10), sheet("15-9", title, 30), sheet("14-9", title, 20)];
    const choice = chooseQuotaSheet(sheets, undefined, null);
    expect(sheets[choice.index as number].name).toBe("15-9");
    expect(choice.dated.map((d) => d.name)).toEqual(days);
    expect(choice.dated.map((d) => isoDate(d.day as number))).toEqual(["2024-09-13", "2024-09-14", "2024-09-15"]);
    const note = choice.findings.find((f) => f.code === "sheet-latest")!;
    expect(t("vi", note.msg)).toContain("\"15-9\"");
    expect(t("vi", note.msg)).toContain("13-9, 14-9");
    expect(t("en", note.msg)).toContain("the latest day");
  });

  test("a sheet named by the clerk wins, with a note that a later one exists", () => {
    const sheets = days.map((d, i) => sheet(d, title, 10 * i));
    const choice = chooseQuotaSheet(sheets, "14-9", null);
    expect(sheets[choice.index as number].name).toBe("14-9");
    expect(choice.findings.map((f) => f.code)).toContain("sheet-not-latest");
  });

  test("the year comes from a date elsewhere in the workbook: a campaign over the new year", () => {
    const over = "Đợt cao điểm từ ngày 15/12/2024 đến ngày 15/01/2025";
    const sheets = [sheet("30-12", over, 1), sheet("2-1", over, 2)];
    const choice = chooseQuotaSheet(sheets, undefined, null);
    expect(sheets[choice.index as number].name).toBe("2-1");
    expect(isoDate(choice.dated[1].day as number)).toBe("2025-01-02");
  });

  test("dates from titles when the names are not dates; without any year the fallback is said", () => {
    const sheets = [sheet("Sheet1", "BÁO CÁO KẾT QUẢ NGÀY 15/9", 1), sheet("Sheet2", "BÁO CÁO KẾT QUẢ NGÀY 14/9", 2)];
    const choice = chooseQuotaSheet(sheets, undefined, 2024);
    expect(sheets[choice.index as number].name).toBe("Sheet1");
    expect(choice.dated[1].day).toBe(serialFromYMD(2024, 9, 15));
    expect(choice.findings.map((f) => f.code)).toContain("sheet-year-assumed");
  });

  test("a report sheet the add-in wrote is never taken for a day", () => {
    const sheets = [sheet("15-9", title, 1), sheet("Báo cáo 16-09-2024", title, 2)];
    const choice = chooseQuotaSheet(sheets, undefined, null);
    expect(sheets[choice.index as number].name).toBe("15-9");
  });
});
