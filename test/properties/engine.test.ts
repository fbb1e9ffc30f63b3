// Invariants of the engine over thousands of generated quota tables and campaigns (fast-check): what the
// reader finds is what the report writes, totals add up, completion/pace/status agree, the daily target
// times the days gives back the target within rounding, and no NaN, Infinity or "undefined" ever shows.
import fc from "fast-check";
import { readQuotaTable } from "../../src/core/read";
import { analyzeTable } from "../../src/core/analyze";
import { makeCampaign } from "../../src/core/campaign";
import { buildReport } from "../../src/core/report/build";
import { chatSummary } from "../../src/core/report/chat-text";
import { buildColourRules } from "../../src/core/colour";
import type { Campaign, CellValue, Grid, Progress } from "../../src/core/types";
import { badValues } from "../hostile/harness";
import { allCells } from "../../src/core/report/row-runs";

const START = 45505; // 01/08/2024

/** A figure as clerks type it: a count, sometimes missing, text with dots, an error or a negative slip. */
const figure: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 200000 }) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 99999 }).map((n) => String(n).replace(/\B(?=(\d{3})+$)/g, ".")) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>({ error: "#REF!" }, { error: "#DIV/0!" }, "12a", -5, 0) },
);

const tableArb = fc.array(fc.tuple(figure, figure), { minLength: 1, maxLength: 25 }).map((rows): Grid => ({
  sheet: "Tiến độ",
  origin: { row: 1, col: 1 },
  values: [["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"], ...rows.map(([target, done], i) => [i + 1, `Xã Số ${i + 1}`, target, done])],
  merges: [],
  hiddenRows: [],
  hiddenCols: [],
}));

const campaignArb = fc.record({
  offset: fc.integer({ min: -30, max: 30 }),
  length: fc.integer({ min: -5, max: 200 }),
  nominal: fc.option(fc.integer({ min: 1, max: 120 }), { nil: null }),
  working: fc.boolean(),
  up: fc.boolean(),
  asOf: fc.integer({ min: -40, max: 260 }),
}).map(({ offset, length, nominal, working, up, asOf }) => ({
  campaign: makeCampaign({ from: START + offset, to: START + offset + length, nominalDays: nominal, dayCount: working ? "working" : "calendar", rounding: up ? "up" : "half-up" }),
  asOf: START + asOf,
}));

function checkProgress(p: Progress, c: Campaign, days: number | null): void {
  if (p.target !== null && p.done !== null) {
    expect(p.status === "complete").toBe(p.done >= p.target);
    expect(p.remaining).toBe(Math.max(p.target - p.done, 0));
    expect(p.requiredDaily === 0).toBe(p.remaining === 0);
    if (p.target > 0) expect(p.completion).toBeCloseTo(p.done / p.target, 12);
    else expect(p.completion).toBeNull();
  } else {
    expect(p.status).toBe("unknown");
    expect(p.completion).toBeNull();
  }
  if (p.status === "on-track") expect(p.pace!).toBeGreaterThanOrEqual(c.thresholds.onTrack);
  if (p.status === "at-risk") {
    expect(p.pace!).toBeGreaterThanOrEqual(c.thresholds.atRisk);
    expect(p.pace!).toBeLessThan(c.thresholds.onTrack);
  }
  if (p.status === "behind") expect(p.pace!).toBeLessThan(c.thresholds.atRisk);
  if (p.overdue) expect(p.daysLeft).toBe(0);
  // Daily target × days gives back the target within the rounding.
  if (p.dailyTarget !== null && days !== null && p.target !== null) {
    const gap = p.dailyTarget * days - p.target;
    if (c.rounding === "up") {
      expect(gap).toBeGreaterThanOrEqual(0);
      expect(gap).toBeLessThan(days);
    } else expect(Math.abs(gap)).toBeLessThanOrEqual(days / 2 + 1e-9);
  }
}

describe("engine invariants on generated tables", () => {
  test("units, totals, completion/pace/status and the daily target agree (2,000 tables)", () => {
    fc.assert(
      fc.property(tableArb, campaignArb, (grid, { campaign, asOf }) => {
        const read = readQuotaTable(grid);
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        expect(read.table.units).toHaveLength(grid.values.length - 1);
        const a = analyzeTable(read.table, campaign, asOf);
        expect(a.units).toHaveLength(read.table.units.length);
        const id = read.table.measures[0].id;
        const sum = (k: "target" | "done" | "expected") => {
          const xs = a.units.map((u) => u.values[id][k]).filter((v): v is number => v !== null);
          return xs.length ? xs.reduce((s, v) => s + v, 0) : null;
        };
        const total = a.total!.values[id];
        expect(total.target).toBe(sum("target"));
        expect(total.done).toBe(sum("done"));
        // Expected is linear in the target: the total's is the units' sum (when every unit has a target).
        if (total.expected !== null && a.units.every((u) => u.values[id].target !== null)) expect(total.expected).toBeCloseTo(sum("expected") ?? 0, 6);
        for (const u of [...a.units, a.total!]) checkProgress(u.values[id], campaign, a.days);
        expect(badValues(a.units)).toEqual([]);
        expect(badValues(a.total)).toEqual([]);
        expect(badValues({ days: a.days, elapsed: a.elapsed })).toEqual([]);
      }),
      { numRuns: 2000, seed: 20240915 },
    );
  });

  test("the report and the chat text write every unit found, with no NaN, Infinity or undefined (600 tables)", () => {
    fc.assert(
      fc.property(tableArb, campaignArb, fc.constantFrom("vi" as const, "en" as const), (grid, { campaign, asOf }, lang) => {
        const read = readQuotaTable(grid);
        if (!read.ok) throw new Error(read.msg.key);
        const a = analyzeTable(read.table, campaign, asOf);
        const model = buildReport(a, { lang, now: new Date(2024, 8, 15, 7, 30), existingSheetNames: [grid.sheet] });
        const names = allCells(model).filter((c) => c.kind === "text").map((c) => (c as { value: string }).value).filter((v) => v.startsWith("Xã Số "));
        // Units found = units written: each exactly once in the ranked table (when any unit has a figure to report).
        const reported = a.units.some((u) => u.values[a.table.measures[0].id].target !== null || u.values[a.table.measures[0].id].done !== null);
        if (reported) expect(names.sort()).toEqual(a.units.map((u) => u.name).sort());
        else expect(model.chatText.length).toBeGreaterThan(0);
        expect(badValues(allCells(model))).toEqual([]);
        expect(badValues(model.chatText)).toEqual([]);
        expect(badValues(chatSummary(a, lang))).toEqual([]);
        expect(badValues(buildColourRules(a, { lang, grid }).rules)).toEqual([]);
        for (const w of a.warnings) expect(badValues(w.msg.params ?? {})).toEqual([]);
      }),
      { numRuns: 600, seed: 7 },
    );
  });
});
