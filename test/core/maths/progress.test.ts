import { computeProgress, dailyTarget, statusLabel } from "../../../src/core/progress";
import { makeCampaign } from "../../../src/core/campaign";
import { serialFromYMD } from "../../../src/core/dates";
import type { Progress, Status } from "../../../src/core/types";

const day = (d: number, m: number, y: number) => serialFromYMD(y, m, d) as number;
// A 9-day phase, 21/8–29/8/2024; on 25/8 five days have passed and four are left.
const phase = makeCampaign({ from: day(21, 8, 2024), to: day(29, 8, 2024) });
const aug25 = day(25, 8, 2024);

function noNaNOrInfinity(p: Progress) {
  for (const [k, v] of Object.entries(p)) if (typeof v === "number") expect([k, Number.isFinite(v)]).toEqual([k, true]);
}

describe("dailyTarget", () => {
  it("rounds half up, or up", () => {
    expect(dailyTarget(1485, 90, "half-up")).toBe(17);
    expect(dailyTarget(1484, 90, "half-up")).toBe(16);
    expect(dailyTarget(13176, 90, "half-up")).toBe(146);
    expect(dailyTarget(13176, 91, "up")).toBe(145);
    expect(dailyTarget(900, 9, "up")).toBe(100); // exact: no extra unit
    expect(dailyTarget(0, 9, "half-up")).toBe(0);
  });

  it("is null for missing or impossible input", () => {
    expect(dailyTarget(null, 9, "half-up")).toBeNull();
    expect(dailyTarget(900, null, "half-up")).toBeNull();
    expect(dailyTarget(900, 0, "half-up")).toBeNull();
    expect(dailyTarget(-1, 9, "half-up")).toBeNull();
    expect(dailyTarget(NaN, 9, "half-up")).toBeNull();
    expect(dailyTarget(900, Infinity, "half-up")).toBeNull();
  });
});

describe("computeProgress: target 900 over 9 days, 450 done as of 25/8", () => {
  const p = computeProgress({ target: 900, done: 450 }, phase, aug25);
  it("gives every figure of the campaign maths", () => {
    expect(p).toEqual({
      target: 900,
      done: 450,
      remaining: 450,
      completion: 0.5,
      dailyTarget: 100,
      daysElapsed: 5,
      daysLeft: 4,
      expected: 500, // 900 × 5 ÷ 9
      pace: 0.9,
      lag: -50,
      requiredDaily: 113, // ceil(450 ÷ 4 = 112.5)
      overdue: false,
      runRate: 90, // 450 ÷ 5
      forecast: aug25 + 5, // ceil(450 ÷ 90)
      status: "at-risk",
    });
  });
});

describe("status", () => {
  const statusOf = (done: number | null, target: number | null = 900, asOf = aug25, c = phase): Status =>
    computeProgress({ target, done }, c, asOf).status;

  it("follows pace with the default thresholds (1 and 0.9)", () => {
    expect(statusOf(900)).toBe("complete");
    expect(statusOf(1200)).toBe("complete");
    expect(statusOf(500)).toBe("on-track");
    expect(statusOf(450)).toBe("at-risk");
    expect(statusOf(449)).toBe("behind");
    expect(statusOf(0)).toBe("behind");
  });

  it("is not-started before the start, unless already complete", () => {
    expect(statusOf(100, 900, day(20, 8, 2024))).toBe("not-started");
    expect(statusOf(900, 900, day(20, 8, 2024))).toBe("complete");
  });

  it("follows configured thresholds", () => {
    const strict = makeCampaign({ ...phase, thresholds: { onTrack: 1.1, atRisk: 1 } });
    expect(statusOf(550, 900, aug25, strict)).toBe("on-track");
    expect(statusOf(500, 900, aug25, strict)).toBe("at-risk");
    expect(statusOf(499, 900, aug25, strict)).toBe("behind");
  });

  it("is unknown when a figure is missing or impossible", () => {
    expect(statusOf(null)).toBe("unknown");
    expect(statusOf(450, null)).toBe("unknown");
    expect(statusOf(-1)).toBe("unknown");
    expect(statusOf(450, -900)).toBe("unknown");
    expect(statusOf(450, 900, aug25, makeCampaign())).toBe("unknown"); // no dates: no pace
  });

  it("has Vietnamese and English labels", () => {
    const all: Status[] = ["complete", "on-track", "at-risk", "behind", "not-started", "unknown"];
    expect(all.map((s) => statusLabel(s, "vi"))).toEqual([
      "Hoàn thành", "Đúng tiến độ", "Nguy cơ chậm", "Chậm tiến độ", "Chưa bắt đầu", "Chưa đủ số liệu",
    ]);
    expect(all.map((s) => statusLabel(s, "en"))).toEqual(["Complete", "On track", "At risk", "Behind", "Not started", "Not enough data"]);
  });
});

describe("guards: nothing NaN or Infinity, ever", () => {
  it("no days left with work remaining is overdue, not a division by zero", () => {
    const p = computeProgress({ target: 900, done: 800 }, phase, day(29, 8, 2024));
    expect([p.overdue, p.requiredDaily, p.daysLeft, p.remaining]).toEqual([true, null, 0, 100]);
    const after = computeProgress({ target: 900, done: 800 }, phase, day(5, 9, 2024));
    expect([after.overdue, after.daysElapsed, after.expected]).toEqual([true, 9, 900]);
    noNaNOrInfinity(after);
  });

  it("nothing remaining: requires 0 a day and is finished as of today, over 100% shown as is", () => {
    const p = computeProgress({ target: 900, done: 1000 }, phase, aug25);
    expect([p.remaining, p.requiredDaily, p.overdue, p.forecast, p.completion]).toEqual([0, 0, false, aug25, 1000 / 900]);
  });

  it("before the start: nothing expected, no pace, no run rate", () => {
    const p = computeProgress({ target: 900, done: 0 }, phase, day(1, 8, 2024));
    expect([p.daysElapsed, p.expected, p.pace, p.lag, p.runRate, p.forecast, p.daysLeft]).toEqual([0, 0, null, 0, null, null, 9]);
    noNaNOrInfinity(p);
  });

  it("nothing done: run rate 0, no forecast", () => {
    const p = computeProgress({ target: 900, done: 0 }, phase, aug25);
    expect([p.runRate, p.forecast, p.pace, p.status]).toEqual([0, null, 0, "behind"]);
  });

  it("target 0: no completion or pace, and complete", () => {
    const p = computeProgress({ target: 0, done: 0 }, phase, aug25);
    expect([p.completion, p.pace, p.expected, p.dailyTarget, p.status]).toEqual([null, null, 0, 0, "complete"]);
    noNaNOrInfinity(p);
  });

  it("negative, NaN or missing figures count as missing", () => {
    for (const input of [{ target: -900, done: 10 }, { target: 900, done: null }, { target: NaN, done: 1 }, { target: 900, done: Infinity }]) {
      const p = computeProgress(input, phase, aug25);
      noNaNOrInfinity(p);
      expect(p.status).toBe("unknown");
      expect([p.remaining, p.completion]).toEqual([null, null]);
    }
  });

  it("without dates only the date-free figures are known", () => {
    const p = computeProgress({ target: 900, done: 450 }, makeCampaign(), aug25);
    expect(p).toMatchObject({ completion: 0.5, remaining: 450, dailyTarget: null, expected: null, pace: null, daysLeft: null, forecast: null });
  });

  it("a 90-day plan over 91 calendar days: on the last calendar day everything is expected", () => {
    const plan = makeCampaign({ from: day(1, 8, 2024), to: day(30, 10, 2024), nominalDays: 90 });
    const p = computeProgress({ target: 13176, done: 13000 }, plan, day(30, 10, 2024));
    expect([p.daysElapsed, p.expected, p.dailyTarget, p.overdue]).toEqual([90, 13176, 146, true]);
    const dayBefore = computeProgress({ target: 13176, done: 13000 }, plan, day(29, 10, 2024));
    expect([dayBefore.daysLeft, dayBefore.requiredDaily, dayBefore.overdue]).toEqual([1, 176, false]);
  });
});
