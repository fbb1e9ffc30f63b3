import {
  makeCampaign, campaignDays, countDays, daysElapsed, daysLeft, validateCampaign,
} from "../../../src/core/campaign";
import { readCampaignText } from "../../../src/core/campaign-text";
import { serialFromYMD } from "../../../src/core/dates";
import { t } from "../../../src/core/messages";

const day = (d: number, m: number, y: number) => serialFromYMD(y, m, d) as number;

describe("makeCampaign", () => {
  it("defaults to calendar days, a Saturday–Sunday weekend, pace thresholds 1 and 0.9, rounding half up", () => {
    expect(makeCampaign()).toEqual({
      from: null, to: null, nominalDays: null, dayCount: "calendar", weekend: [0, 6], holidays: [],
      thresholds: { onTrack: 1, atRisk: 0.9 }, rounding: "half-up",
    });
    expect(makeCampaign({ thresholds: { onTrack: 1.05, atRisk: 0.8 } }).thresholds).toEqual({ onTrack: 1.05, atRisk: 0.8 });
  });
});

describe("counting days, both ends included", () => {
  const calendar = makeCampaign();
  it("across months and years", () => {
    expect(countDays(calendar, day(21, 8, 2024), day(29, 8, 2024))).toBe(9);
    expect(countDays(calendar, day(1, 8, 2024), day(30, 10, 2024))).toBe(91);
    expect(countDays(calendar, day(3, 6, 2023), day(25, 6, 2023))).toBe(23);
    expect(countDays(calendar, day(15, 12, 2023), day(15, 1, 2024))).toBe(32);
    expect(countDays(calendar, day(5, 5, 2024), day(5, 5, 2024))).toBe(1);
    expect(countDays(calendar, day(6, 5, 2024), day(5, 5, 2024))).toBe(0);
  });

  it("through 29 February of a leap year, and not of a common year", () => {
    expect(countDays(calendar, day(1, 2, 2024), day(1, 3, 2024))).toBe(30);
    expect(countDays(calendar, day(1, 2, 2023), day(1, 3, 2023))).toBe(29);
    expect(countDays(calendar, day(1, 1, 2024), day(31, 12, 2024))).toBe(366);
  });

  it("working days: Monday to Friday minus holidays (2/9/2024 Quốc khánh, a Monday)", () => {
    const working = makeCampaign({ dayCount: "working" });
    // 26/8 (Mon) … 8/9/2024 (Sun): two weeks, ten working days.
    expect(countDays(working, day(26, 8, 2024), day(8, 9, 2024))).toBe(10);
    const withHolidays = makeCampaign({ dayCount: "working", holidays: [day(2, 9, 2024), day(3, 9, 2024), day(7, 9, 2024)] });
    // 2/9 and 3/9 are off; 7/9 is a Saturday anyway.
    expect(countDays(withHolidays, day(26, 8, 2024), day(8, 9, 2024))).toBe(8);
    // A holiday listed twice counts once; one outside the period does not count.
    const twice = makeCampaign({ dayCount: "working", holidays: [day(2, 9, 2024), day(2, 9, 2024), day(1, 1, 2025)] });
    expect(countDays(twice, day(26, 8, 2024), day(8, 9, 2024))).toBe(9);
  });

  it("working days with a Sunday-only weekend, and over a long span (matches a day-by-day count)", () => {
    const sixDays = makeCampaign({ dayCount: "working", weekend: [0] });
    expect(countDays(sixDays, day(26, 8, 2024), day(8, 9, 2024))).toBe(12);
    const weekdays = makeCampaign({ dayCount: "working" });
    let byHand = 0;
    for (let s = day(1, 1, 2024); s <= day(31, 12, 2024); s++) if (![0, 6].includes((s + 6) % 7)) byHand++;
    expect(countDays(weekdays, day(1, 1, 2024), day(31, 12, 2024))).toBe(byHand);
    expect(byHand).toBe(262);
  });
});

describe("campaignDays", () => {
  const from = day(1, 8, 2024);
  const to = day(30, 10, 2024);
  it("takes the plan's number over the calendar, else counts", () => {
    expect(campaignDays(makeCampaign({ from, to }))).toBe(91);
    expect(campaignDays(makeCampaign({ from, to, nominalDays: 90 }))).toBe(90);
    expect(campaignDays(makeCampaign({ nominalDays: 22 }))).toBe(22);
    expect(campaignDays(makeCampaign({ from, to, dayCount: "working", holidays: [day(2, 9, 2024)] }))).toBe(65 - 1);
  });

  it("is null when dates are missing or reversed, or the plan's number is not a positive whole number", () => {
    expect(campaignDays(makeCampaign({ from }))).toBeNull();
    expect(campaignDays(makeCampaign({ from: to, to: from }))).toBeNull();
    expect(campaignDays(makeCampaign({ from, to, nominalDays: 0 }))).toBeNull();
    expect(campaignDays(makeCampaign({ from, to, nominalDays: 2.5 }))).toBeNull();
  });
});

describe("days elapsed and left", () => {
  const phase = makeCampaign({ from: day(21, 8, 2024), to: day(29, 8, 2024) });
  it("counts the as-of day as elapsed and clamps to 0…N", () => {
    expect(daysElapsed(phase, day(20, 8, 2024))).toBe(0);
    expect(daysElapsed(phase, day(21, 8, 2024))).toBe(1);
    expect(daysElapsed(phase, day(25, 8, 2024))).toBe(5);
    expect(daysElapsed(phase, day(29, 8, 2024))).toBe(9);
    expect(daysElapsed(phase, day(1, 1, 2025))).toBe(9);
    expect([20, 21, 25, 29, 30].map((d) => daysLeft(phase, day(d, 8, 2024)))).toEqual([9, 8, 4, 0, 0]);
  });

  it("a 90-day plan over 91 calendar days never passes 90 elapsed, and keeps its last calendar day", () => {
    const plan = makeCampaign({ from: day(1, 8, 2024), to: day(30, 10, 2024), nominalDays: 90 });
    expect(daysElapsed(plan, day(29, 10, 2024))).toBe(90);
    expect(daysElapsed(plan, day(30, 10, 2024))).toBe(90);
    expect(daysLeft(plan, day(29, 10, 2024))).toBe(1);
    expect(daysLeft(plan, day(31, 7, 2024))).toBe(90);
  });

  it("working days: a holiday is neither elapsed nor left", () => {
    const working = makeCampaign({ from: day(26, 8, 2024), to: day(6, 9, 2024), dayCount: "working", holidays: [day(2, 9, 2024)] });
    expect(campaignDays(working)).toBe(9);
    expect(daysElapsed(working, day(2, 9, 2024))).toBe(5); // 26–30/8
    expect(daysLeft(working, day(2, 9, 2024))).toBe(4); // 3–6/9
  });

  it("without an end, a plan's number of days still gives both; without dates, null", () => {
    const open = makeCampaign({ from: day(3, 6, 2023), nominalDays: 22 });
    expect(daysElapsed(open, day(12, 6, 2023))).toBe(10);
    expect(daysLeft(open, day(12, 6, 2023))).toBe(12);
    expect(daysElapsed(makeCampaign(), day(12, 6, 2023))).toBeNull();
    expect(daysLeft(makeCampaign(), day(12, 6, 2023))).toBeNull();
    expect(daysLeft(makeCampaign({ to: day(30, 6, 2023) }), day(25, 6, 2023))).toBe(5);
  });
});

describe("validateCampaign tells the clerk what to fix", () => {
  const keys = (c: Parameters<typeof validateCampaign>[0]) => validateCampaign(c).map((m) => m.key);
  it("is silent when all is well", () => {
    expect(validateCampaign(makeCampaign({ from: day(21, 8, 2024), to: day(29, 8, 2024) }))).toEqual([]);
  });

  it("reports reversed dates with both dates in the message", () => {
    const [reversed] = validateCampaign(makeCampaign({ from: day(29, 8, 2024), to: day(21, 8, 2024) }));
    expect(t("vi", reversed)).toBe("Ngày kết thúc (21/08/2024) trước ngày bắt đầu (29/08/2024): hãy kiểm tra lại hai ngày này.");
  });

  it("reports missing dates, a bad plan length, a bad weekend, bad thresholds, no working day", () => {
    expect(keys(makeCampaign())).toEqual(["maths.campaign.noDates"]);
    expect(keys(makeCampaign({ to: day(1, 1, 2024) }))).toEqual(["maths.campaign.noStart"]);
    expect(keys(makeCampaign({ from: day(1, 1, 2024), nominalDays: -3 }))).toEqual(["maths.campaign.badNominalDays"]);
    expect(keys(makeCampaign({ from: day(1, 1, 2024), nominalDays: 5, weekend: [7] }))).toEqual(["maths.campaign.badWeekend"]);
    expect(keys(makeCampaign({ from: day(1, 1, 2024), nominalDays: 5, thresholds: { onTrack: 0.8, atRisk: 0.9 } }))).toEqual([
      "maths.campaign.badThresholds",
    ]);
    const weekendOnly = makeCampaign({ from: day(7, 9, 2024), to: day(8, 9, 2024), dayCount: "working" });
    expect(keys(weekendOnly)).toEqual(["maths.campaign.noWorkingDays"]);
  });

  it("notes when the plan's days differ from the calendar", () => {
    const [note] = validateCampaign(makeCampaign({ from: day(1, 8, 2024), to: day(30, 10, 2024), nominalDays: 90 }));
    expect(t("vi", note)).toBe("Kế hoạch tính 90 ngày, theo lịch từ 01/08/2024 đến 30/10/2024 là 91 ngày: dùng 90 ngày của kế hoạch.");
  });
});

describe("the plan's own days in a title (readCampaignText, the one parser)", () => {
  it.each([
    ["Kế hoạch cao điểm 90 ngày đêm cấp CCCD", 90],
    ["CAO ĐIỂM 90 NGÀY ĐÊM", 90],
    ["Cao diem 90 ngay dem", 90],
    ["“22 ngày, đêm”", 22],
    ["Cao điểm 22 ngày đêm từ ngày 03/6/2023 đến ngày 25/6/2023", 22],
    // "N ngày" alone is any span ("trong 22 ngày", "12 ngày 16/9"); only "ngày đêm" names a plan's days.
    ["Đợt cao điểm 22 ngày", null],
    ["Báo cáo ngày 21/8/2024", null],
    ["Bảng giao chỉ tiêu", null],
  ])("%j → %j", (text, n) => expect(readCampaignText(text).days).toBe(n));
});
