// Custom functions as Excel calls them: every argument a 2-D array ([[v]] for one cell, a column for a range),
// dates as serials, counts as numbers or as the text clerks type ("3.903").
import * as CT from "../../src/functions/functions";
import { command, median, round, timeRuns, type Family, type Figure } from "./figure";
import { benchCampaign, CAMPAIGN_TEXT, withDots } from "./quota-grid";

const EVALUATIONS = 100000;
type Cell = unknown[][];
const cell = (v: unknown): Cell => [[v]];

function figuresOf(i: number): { done: unknown; target: unknown } {
  const target = 1000 + (i % 997) * 7;
  const done = Math.floor(target * (0.3 + (i % 61) / 100));
  // Every other row typed as text with a thousands dot, as offices do.
  return i % 2 ? { done: withDots(done), target: withDots(target) } : { done, target };
}

export const functionsFamily: Family = {
  name: "functions",
  method: [
    "functions: CT.COMPLETION, CT.PACE, CT.REQUIRED_DAILY, CT.STATUS called in turn with [[value]] arguments (dates as serials,",
    "  every other count as text \"3.903\"), 100,000 calls, median of 3 after a warm-up; spilled: one CT.PACE call with",
    "  100,000-row done and target columns (what Excel passes for a range), evaluations per second, median of 3.",
  ],
  async run(scale) {
    const n = scale.tiny ? 1000 : EVALUATIONS;
    const { campaign, asOf } = benchCampaign();
    const start = cell(campaign.from);
    const end = cell(campaign.to);
    const day = cell(asOf);
    const days = cell(CAMPAIGN_TEXT.days);
    const args = Array.from({ length: n }, (_, i) => figuresOf(i)).map(({ done, target }) => ({ done: cell(done), target: cell(target) }));

    let errors = 0;
    const scalarCalls = () => {
      errors = 0;
      for (let i = 0; i < n; i++) {
        const { done, target } = args[i];
        try {
          switch (i % 4) {
            case 0: CT.COMPLETION(done, target); break;
            case 1: CT.PACE(done, target, start, end, day, days); break;
            case 2: CT.REQUIRED_DAILY(target, done, end, day); break;
            default: CT.STATUS(done, target, start, end, day, days);
          }
        } catch {
          errors++;
        }
      }
    };
    const scalarMs = median(timeRuns(scalarCalls, 3, 1));

    const doneColumn = args.map((a) => a.done[0]);
    const targetColumn = args.map((a) => a.target[0]);
    let spilled: unknown[][] = [];
    const spilledCall = () => {
      spilled = CT.PACE(doneColumn, targetColumn, start, end, day, days);
    };
    const spilledMs = median(timeRuns(spilledCall, 3, 1));
    const badCells = spilled.filter((row) => typeof row[0] !== "number").length;
    if (spilled.length !== n) throw new Error(`CT.PACE spilled ${spilled.length} rows for ${n}`);

    const figures: Figure[] = [
      {
        key: "fn_calls_per_s",
        label: `custom functions, scalar calls (${n.toLocaleString("en")})`,
        value: Math.round((n / scalarMs) * 1000),
        unit: "calls/s",
        note: `${round(scalarMs)} ms per ${n.toLocaleString("en")} calls; ${errors} returned an error`,
        command: command("functions"),
      },
      {
        key: "fn_evals_per_s_spilled",
        label: `custom functions, one CT.PACE over ${n.toLocaleString("en")} rows`,
        value: Math.round((n / spilledMs) * 1000),
        unit: "calls/s",
        note: `${round(spilledMs)} ms for the call; ${badCells} cells not a number`,
        command: command("functions"),
      },
    ];
    return figures;
  },
};
