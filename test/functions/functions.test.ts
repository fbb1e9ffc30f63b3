// The custom functions called as Excel calls them: every parameter arrives as a 2-D array ([[v]] for one
// cell), dates as serials or text, omitted optional arguments as null; ranges spill a column back.
import * as CT from "../../src/functions/functions";
import { cell, column, noOffice, officeLanguage, shown } from "../support/excel-call";
import { serialFromYMD, todaySerial } from "../../src/core/dates";

const day = (d: number, m: number, y: number) => serialFromYMD(y, m, d) as number;
afterEach(noOffice);

describe("CT.DAILY_TARGET", () => {
  it("reads table 1's total with the plan's 90 days, dates as text", () => {
    expect(CT.DAILY_TARGET(cell(13176), cell("01/8/2024"), cell("30/10/2024"), cell(90), null as never)).toEqual([[146]]);
  });

  it("counts 91 calendar days when days is omitted, dates as serials, the target as text", () => {
    expect(CT.DAILY_TARGET(cell("13.176"), cell(day(1, 8, 2024)), cell(day(30, 10, 2024)))).toEqual([[145]]);
    expect(CT.DAILY_TARGET(cell(1294), cell(day(1, 8, 2024)), cell(day(30, 10, 2024)), cell(null), cell("up"))).toEqual([[15]]);
  });

  it("spills a column for a range of targets: table 1's daily column", () => {
    const totals = column(497, "3.903", "1.294", "2.107", "1.485", "2.513", "1.377");
    expect(CT.DAILY_TARGET(totals, cell("01/8/2024"), cell("30/10/2024"), cell(90))).toEqual(column(6, 43, 14, 23, 17, 28, 15));
  });

  it("table 2 over the 9 days from 21/8/2024 to 29/8/2024, per-unit start and end ranges too", () => {
    const under6 = column(1016, 927, 1563, 16460);
    const starts = column("21/8/2024", "21-08-2024", day(21, 8, 2024), "ngày 21 tháng 8 năm 2024");
    expect(CT.DAILY_TARGET(under6, starts, cell("29/8/2024"))).toEqual(column(113, 103, 174, 1829));
  });

  it("keeps a blank row blank and gives only the bad row its #VALUE!", () => {
    const result = CT.DAILY_TARGET(column(900, null, "chín trăm"), cell("21/8/2024"), cell("29/8/2024"));
    expect(result[0][0]).toBe(100);
    expect(result[1][0]).toBe("");
    expect(result[2][0]).toMatchObject({ code: "#VALUE!", message: expect.stringContaining("target (chỉ tiêu)") });
  });

  it("says in Vietnamese which argument is wrong and why", () => {
    expect(shown(() => CT.DAILY_TARGET(cell("abc"), cell("21/8/2024"), cell("29/8/2024")))).toEqual({
      code: "#VALUE!",
      message: 'Đối số target (chỉ tiêu) phải là số, nhận được "abc".',
    });
    expect(shown(() => CT.DAILY_TARGET(cell(900), cell("31/2/2024"), cell("29/8/2024")))).toMatchObject({
      message: expect.stringMatching(/^Đối số start \(ngày bắt đầu\) phải là ngày.*"31\/2\/2024"/),
    });
    expect(shown(() => CT.DAILY_TARGET(cell(900), cell("29/8/2024"), cell("21/8/2024")))).toMatchObject({
      message: expect.stringContaining("end (ngày kết thúc)"),
    });
    expect(shown(() => CT.DAILY_TARGET(cell(900), cell(null), cell("21/8/2024")))).toMatchObject({
      message: "Thiếu đối số start (ngày bắt đầu).",
    });
    expect(shown(() => CT.DAILY_TARGET(cell(-5), cell("21/8/2024"), cell("29/8/2024")))).toMatchObject({
      message: expect.stringContaining("không được âm"),
    });
    expect(shown(() => CT.DAILY_TARGET(cell(900), null as never, null as never, cell(2.5)))).toMatchObject({
      message: expect.stringContaining("days (số ngày)"),
    });
    expect(shown(() => CT.DAILY_TARGET(cell(900), cell("21/8/2024"), cell("29/8/2024"), null as never, cell("xuống")))).toMatchObject({
      message: expect.stringContaining("rounding (cách làm tròn)"),
    });
  });

  it("answers in English on an English Excel", () => {
    officeLanguage("en-US");
    expect(shown(() => CT.DAILY_TARGET(cell("abc"), cell("21/8/2024"), cell("29/8/2024")))).toEqual({
      code: "#VALUE!",
      message: 'Argument target must be a number, got "abc".',
    });
  });

  it("refuses ranges of different heights, naming the odd one", () => {
    expect(shown(() => CT.DAILY_TARGET(column(1, 2), column("21/8/2024", "21/8/2024", "21/8/2024"), cell("29/8/2024")))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("target (chỉ tiêu) có 2×1 ô, cần 3×1"),
    });
  });

  it("throws a real CustomFunctions.Error when Excel's runtime is there", () => {
    class ExcelError {
      constructor(
        public code: string,
        public message?: string,
      ) {}
    }
    const g = globalThis as { CustomFunctions?: unknown };
    g.CustomFunctions = { Error: ExcelError, ErrorCode: { invalidValue: "#VALUE!" } };
    try {
      let thrown: unknown = null;
      try {
        CT.NUMBER(cell("12a"));
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(ExcelError);
      expect(thrown).toMatchObject({ code: "#VALUE!", message: expect.stringContaining('"12a"') });
    } finally {
      delete g.CustomFunctions;
    }
  });
});

// A 9-day phase 21/8–29/8/2024 with a target of 900; on 25/8 five days have passed: 500 expected.
const start = cell("21/8/2024");
const end = cell("29/8/2024");
const asOf = cell("25/8/2024");

describe("progress functions on a 9-day phase, as of 25/8/2024", () => {
  it("CT.COMPLETION: done ÷ target, over 100% shown as is", () => {
    expect(CT.COMPLETION(column(3880, "4.400", 0), cell(4000))).toEqual(column(0.97, 1.1, 0));
    expect(shown(() => CT.COMPLETION(cell(10), cell(0)))).toMatchObject({ message: "Chỉ tiêu bằng 0: không tính được tỷ lệ." });
  });

  it("CT.EXPECTED, CT.PACE, CT.LAG", () => {
    expect(CT.EXPECTED(cell(900), start, end, asOf)).toEqual([[500]]);
    expect(CT.PACE(column(450, 500, 600), cell(900), start, end, asOf)).toEqual(column(0.9, 1, 1.2));
    expect(CT.LAG(column(450, 600), cell(900), start, end, asOf)).toEqual(column(-50, 100));
    expect(shown(() => CT.PACE(cell(0), cell(900), start, end, cell("20/8/2024")))).toMatchObject({
      message: "Đợt chưa bắt đầu tại ngày tính (20/08/2024): chưa có tiến độ.",
    });
  });

  it("CT.STATUS labels every state with the default thresholds", () => {
    const done = column(900, 500, 450, 449, 100);
    expect(CT.STATUS(done, cell(900), start, end, asOf)).toEqual(
      column("Hoàn thành", "Đúng tiến độ", "Nguy cơ chậm", "Chậm tiến độ", "Chậm tiến độ"),
    );
    expect(CT.STATUS(cell(0), cell(900), start, end, cell("20/8/2024"))).toEqual([["Chưa bắt đầu"]]);
    officeLanguage("en-US");
    expect(CT.STATUS(column(1000, 450), cell(900), start, end, asOf)).toEqual(column("Complete", "At risk"));
  });

  it("CT.REQUIRED_DAILY: ceil(remaining ÷ days left after as_of), 0 when done, an error when overdue", () => {
    expect(CT.REQUIRED_DAILY(cell(900), column(450, 899, 900, 1000), end, asOf)).toEqual(column(113, 1, 0, 0)); // 450 ÷ 4 = 112.5
    expect(shown(() => CT.REQUIRED_DAILY(cell(900), cell(450), end, cell("29/8/2024")))).toMatchObject({
      message: "Đã hết ngày (kết thúc 29/08/2024) mà còn thiếu 450.",
    });
  });

  it("CT.FORECAST_DATE: at 90 a day, 450 remaining take 5 more days: 30/8/2024", () => {
    expect(CT.FORECAST_DATE(cell(900), cell(450), start, asOf)).toEqual([[day(30, 8, 2024)]]);
    expect(CT.FORECAST_DATE(cell(900), cell(100), start, asOf)).toEqual([[day(25, 8, 2024) + 40]]); // 20 a day, 800 left
    expect(shown(() => CT.FORECAST_DATE(cell(900), cell(0), start, asOf))).toMatchObject({
      message: expect.stringContaining("chưa dự báo được"),
    });
  });

  it("CT.DAYS_ELAPSED and CT.DAYS_LEFT clamp to the phase", () => {
    const asOfs = column("20/8/2024", "21/8/2024", "25/8/2024", "29/8/2024", "15/9/2024");
    expect(CT.DAYS_ELAPSED(start, end, asOfs)).toEqual(column(0, 1, 5, 9, 9));
    expect(CT.DAYS_LEFT(end, asOfs)).toEqual(column(9, 8, 4, 0, 0));
  });

  it("uses today when as_of is omitted", () => {
    const today = todaySerial();
    expect(CT.DAYS_ELAPSED(cell(today - 9), cell(today + 20), null as never)).toEqual([[10]]);
    expect(CT.DAYS_LEFT(cell(today + 20))).toEqual([[20]]);
  });
});

describe("CT.NUMBER", () => {
  it("reads numbers typed the Vietnamese or English way", () => {
    const texts = column("46.743", " 1.012.526 ", "46\u00a0743", "96,28", "97,00%", 12, "1,234.5");
    expect(CT.NUMBER(texts)).toEqual(column(46743, 1012526, 46743, 96.28, 0.97, 12, 1234.5));
  });

  it("says why a text is not a number", () => {
    expect(shown(() => CT.NUMBER(cell("12a")))).toEqual({ code: "#VALUE!", message: 'Đối số text (văn bản) phải là số, nhận được "12a".' });
    expect(shown(() => CT.NUMBER(cell("#REF!")))).toMatchObject({ message: expect.stringContaining("giá trị lỗi #REF! của Excel") });
    expect(shown(() => CT.NUMBER(cell(true)))).toMatchObject({ message: expect.stringContaining('"true"') });
  });
});

describe("the plan's own number of days in the progress functions", () => {
  // Table 1 of domain.md: a "90 ngày đêm" plan from 01/8/2024 to 30/10/2024 (91 calendar days), 7,020 done by 15/9.
  const one = (v: unknown) => [[v]];
  const args = [one(7020), one(13176), one("01/8/2024"), one("30/10/2024"), one("15/9/2024")] as const;

  test("with days = 90 the expected figure and the pace follow the plan, not the calendar", () => {
    expect(CT.EXPECTED(one(13176), one("01/8/2024"), one("30/10/2024"), one("15/9/2024"), one(90))[0][0]).toBeCloseTo((13176 * 46) / 90, 6);
    expect(CT.EXPECTED(one(13176), one("01/8/2024"), one("30/10/2024"), one("15/9/2024"))[0][0]).toBeCloseTo((13176 * 46) / 91, 6);
    expect(CT.PACE(...args, one(90))[0][0]).toBeCloseTo(7020 / ((13176 * 46) / 90), 9);
    expect(CT.LAG(...args, one(90))[0][0]).toBeCloseTo(7020 - (13176 * 46) / 90, 6);
    expect(CT.DAYS_ELAPSED(one("01/8/2024"), one("30/10/2024"), one("30/10/2024"), one(90))[0][0]).toBe(90);
  });

  test("days that are not a positive whole number are a #VALUE! naming the argument", () => {
    expect(() => CT.STATUS(...args, one(-3))).toThrow(/days/);
  });
});

describe("a whole-column range (=CT.COMPLETION(D:D, C:C))", () => {
  test("1,048,576 rows: the filled rows are computed, the blank ones stay blank, nothing overflows", () => {
    const ROWS = 1048576;
    const done: unknown[][] = Array.from({ length: ROWS }, () => [null]);
    const target: unknown[][] = Array.from({ length: ROWS }, () => [null]);
    done[0] = ["Đã thực hiện"]; // the header row of the column is text: its own #VALUE!, the rest still computes
    target[0] = ["Chỉ tiêu"];
    done[1] = [300];
    target[1] = [497];
    done[2] = ["1.650"];
    target[2] = ["3.903"];
    const out = CT.COMPLETION(done, target);
    expect(out).toHaveLength(ROWS);
    expect(out[1][0]).toBeCloseTo(300 / 497, 12);
    expect(out[2][0]).toBeCloseTo(1650 / 3903, 12);
    expect(out[3][0]).toBe("");
    expect(out[ROWS - 1][0]).toBe("");
    expect(typeof out[0][0]).toBe("object"); // an error value for the header row, not a crash
  });
});

describe("the functions' language comes from Office, not from the pane", () => {
  it.each([
    ["en-US", "Complete"],
    ["en-GB", "Complete"],
    ["fr-FR", "Complete"],
    ["vi-VN", "Hoàn thành"],
    ["vi", "Hoàn thành"],
  ])("Excel in %s, no pane opened: CT.STATUS says %s", (locale, label) => {
    officeLanguage(locale);
    expect(CT.STATUS(cell(1000), cell(900), cell("01/8/2024"), cell("30/10/2024"), cell("15/9/2024"))).toEqual([[label]]);
  });
});
