import {
  toDaySerial, parseDayText, serialFromYMD, ymdFromSerial, isoDate, formatDate, todaySerial, weekdayOf, findDatesInText,
} from "../../../src/core/dates";

describe("serials are Excel's", () => {
  it("matches serials Excel shows", () => {
    expect(serialFromYMD(1900, 3, 1)).toBe(61);
    expect(serialFromYMD(2024, 8, 21)).toBe(45525);
    expect(serialFromYMD(2023, 1, 1)).toBe(44927);
    expect(ymdFromSerial(45525)).toEqual({ y: 2024, m: 8, d: 21 });
  });

  it("round-trips every day from 1900 to 2100", () => {
    const first = serialFromYMD(1900, 3, 1) as number;
    const last = serialFromYMD(2100, 12, 31) as number;
    for (let s = first; s <= last; s++) {
      const { y, m, d } = ymdFromSerial(s);
      if (serialFromYMD(y, m, d) !== s) throw new Error(`serial ${s} does not round-trip`);
    }
    // 200 years of 365 days + 49 leap days (1904…2096, 2000 included), then 1/3 to 31/12/2100: 306 days.
    expect(last - first + 1).toBe(200 * 365 + 49 + 306);
  });

  it("knows leap years and rejects days that do not exist", () => {
    expect(isoDate(serialFromYMD(2024, 2, 29) as number)).toBe("2024-02-29");
    expect(serialFromYMD(2023, 2, 29)).toBeNull();
    expect(serialFromYMD(2100, 2, 29)).toBeNull();
    expect(serialFromYMD(2000, 2, 29)).not.toBeNull();
    expect(serialFromYMD(2024, 2, 31)).toBeNull();
    expect(serialFromYMD(2024, 13, 1)).toBeNull();
  });

  it("gives weekdays (0 = Sunday)", () => {
    expect(weekdayOf(serialFromYMD(2024, 8, 21) as number)).toBe(3);
    expect(weekdayOf(serialFromYMD(2024, 9, 2) as number)).toBe(1);
    expect(weekdayOf(serialFromYMD(2023, 7, 1) as number)).toBe(6);
    expect(weekdayOf(serialFromYMD(2024, 9, 1) as number)).toBe(0);
  });
});

describe("toDaySerial reads what cells hold", () => {
  const aug21 = 45525;
  it.each([
    [45525, aug21],
    [45525.75, aug21], // a date with a time keeps its day
    ["21/8/2024", aug21],
    ["21-08-2024", aug21],
    ["21.08.2024", aug21],
    ["21/08/24", aug21],
    ["2024-08-21", aug21],
    [" 21/8/2024 ", aug21],
    ["ngày 21 tháng 8 năm 2024", aug21],
    ["Ngày 21 Tháng 08 Năm 2024", aug21],
    ["ngay 21 thang 8 nam 2024", aug21],
    ["21 tháng 8, 2024", aug21],
  ])("%j → 21/08/2024", (v, s) => expect(toDaySerial(v)).toBe(s));

  it("reads 1.7.2023 and 14 tháng 6 as day first", () => {
    expect(isoDate(toDaySerial("1.7.2023") as number)).toBe("2023-07-01");
    expect(isoDate(toDaySerial("ngày 14 tháng 6 năm 2023") as number)).toBe("2023-06-14");
    expect(isoDate(toDaySerial("14 tháng 6, 2023") as number)).toBe("2023-06-14");
    expect(isoDate(toDaySerial("3/6/2023") as number)).toBe("2023-06-03");
  });

  it("reads JS dates: exceljs's UTC midnight and a local date alike", () => {
    expect(toDaySerial(new Date(Date.UTC(2024, 7, 21)))).toBe(aug21);
    expect(toDaySerial(new Date(2024, 7, 21))).toBe(aug21);
    expect(toDaySerial(new Date(2024, 7, 21, 18, 30))).toBe(aug21);
    expect(toDaySerial(new Date("invalid"))).toBeNull();
  });

  it.each([["31/2/2024"], ["29/2/2023"], ["21/8"], ["abc"], ["21/13/2024"], [""], [true], [null], [{ error: "#REF!" }], [0], [-3], [NaN]])(
    "%j is no date",
    (v) => expect(toDaySerial(v as never)).toBeNull(),
  );

  it("reads slashes with spaces around them, and never a range for a date", () => {
    expect(isoDate(parseDayText("21 / 8 / 2024") as number)).toBe("2024-08-21");
    expect(parseDayText("21/8 - 29/8")).toBeNull();
    expect(findDatesInText("từ 21/8/2024 - 29/8/2024").map(isoDate)).toEqual(["2024-08-21", "2024-08-29"]);
  });

  it("takes only a whole text as a date, but finds dates in a title", () => {
    expect(parseDayText("Báo cáo ngày 21/8/2024")).toBeNull();
    expect(findDatesInText("Từ ngày 21/8/2024 đến 29/8/2024 (hạn 31/2/2024)").map(isoDate)).toEqual(["2024-08-21", "2024-08-29"]);
  });
});

describe("writing dates", () => {
  it("writes day first in both languages, and ISO", () => {
    expect(formatDate(45525, "vi")).toBe("21/08/2024");
    expect(formatDate(45525, "en")).toBe("21/08/2024");
    expect(isoDate(45525)).toBe("2024-08-21");
  });

  it("today is the local date, whatever the time", () => {
    expect(todaySerial(new Date(2024, 7, 21, 0, 0, 1))).toBe(45525);
    expect(todaySerial(new Date(2024, 7, 21, 23, 59, 59))).toBe(45525);
  });
});
