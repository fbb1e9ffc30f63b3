// The custom functions clerks type into cells (namespace CT). Each one is a thin wrapper: arguments are read
// by ./args, the figures come from src/core. Every parameter takes a cell or a range; a range spills a
// column (or block) of results, so one formula serves a whole table. The build inserts the associate calls.
 
import { makeCampaign, campaignDays, daysElapsed, daysLeft } from "../core/campaign";
import { computeProgress, dailyTarget, statusLabel } from "../core/progress";
import { formatDate } from "../core/dates";
import { parseNumberDetailed } from "../core/numbers";
import { ArgumentProblem, ArgName, toFunctionError } from "./errors";
import { forecastAt, recentRate, RECENT_DAYS } from "../core/history/figures";
import { columnsOf, datedColumns, perColumn } from "./history-args";
import { getLang } from "./lang";
import {
  ArgMatrix,
  asMatrix,
  isEmptyCell,
  readAsOf,
  readCount,
  readDate,
  readOptionalDays,
  readRounding,
  readShare,
  spill,
} from "./args";
import { allocateSpill } from "./allocate";
import { campaignBetween, campaignOfDays, notStartedProblem, progressAt, shareFigures } from "./campaign-args";
import { rateGap, rateStatus } from "../core/rate-progress";

/**
 * Average daily target: target ÷ days, rounded half up (as the offices' tables do) or up.
 * @customfunction DAILY_TARGET DAILY_TARGET
 * @param {any[][]} target Target of the campaign (a number, "46.743", or a range of targets).
 * @param {any[][]} start First day of the campaign (counted).
 * @param {any[][]} end Last day of the campaign (counted).
 * @param {any[][]} [days] The plan's own number of days ("90 ngày đêm" → 90); overrides the dates.
 * @param {any[][]} [rounding] "half-up" (default) or "up".
 * @returns {any[][]} The daily target.
 */
export function DAILY_TARGET(target: any[][], start: any[][], end: any[][], days?: any[][], rounding?: any[][]): any[][] {
  return spill(
    [["target", target], ["start", start], ["end", end], ["days", days], ["rounding", rounding]],
    ([t, s, e, d, r]) => {
      const total = readCount(t, "target");
      const way = readRounding(r);
      // The plan's own days win over the dates (campaignDays), which may then be left out.
      const nominal = readOptionalDays(d, "days");
      return dailyTarget(total, campaignDays(nominal === null ? campaignBetween(s, e) : campaignOfDays(s, e, nominal)), way) as number;
    },
  );
}

/**
 * Completion rate: done ÷ target (format the cell as %). Over 100% is shown as it is.
 * @customfunction COMPLETION COMPLETION
 * @param {any[][]} done What has been done.
 * @param {any[][]} target The target.
 * @returns {any[][]} The completion rate, 1 = 100%.
 */
export function COMPLETION(done: any[][], target: any[][]): any[][] {
  return spill([["done", done], ["target", target]], ([a, t]) => {
    const p = progressAt(a, t, makeCampaign(), 0);
    if (p.completion === null) throw new ArgumentProblem("maths.arg.targetZero", "target");
    return p.completion;
  });
}

/**
 * Expected to date: target × days elapsed ÷ days of the campaign (the as-of day counts as elapsed).
 * @customfunction EXPECTED EXPECTED
 * @param {any[][]} target The target.
 * @param {any[][]} start First day of the campaign.
 * @param {any[][]} end Last day of the campaign.
 * @param {any[][]} [as_of] The day to compute for; today when omitted.
 * @param {any[][]} [days] The plan's own number of days ("90 ngày đêm" → 90); overrides the dates.
 * @returns {any[][]} What should be done by the as-of day.
 * @volatile
 */
export function EXPECTED(target: any[][], start: any[][], end: any[][], as_of?: any[][], days?: any[][]): any[][] {
  return spill([["target", target], ["start", start], ["end", end], ["as_of", as_of], ["days", days]], ([t, s, e, d, n]) => {
    const p = computeProgress({ target: readCount(t, "target"), done: 0 }, campaignBetween(s, e, n), readAsOf(d));
    return p.expected as number;
  });
}

/**
 * Pace: done ÷ expected to date; 1 = on schedule, below 1 = behind.
 * @customfunction PACE PACE
 * @param {any[][]} done What has been done.
 * @param {any[][]} target The target.
 * @param {any[][]} start First day of the campaign.
 * @param {any[][]} end Last day of the campaign.
 * @param {any[][]} [as_of] The day to compute for; today when omitted.
 * @param {any[][]} [days] The plan's own number of days ("90 ngày đêm" → 90); overrides the dates.
 * @returns {any[][]} The pace.
 * @volatile
 */
export function PACE(done: any[][], target: any[][], start: any[][], end: any[][], as_of?: any[][], days?: any[][]): any[][] {
  const args: [ArgName, ArgMatrix][] = [["done", done], ["target", target], ["start", start], ["end", end], ["as_of", as_of], ["days", days]];
  return spill(args, ([a, t, s, e, d, n]) => {
    const campaign = campaignBetween(s, e, n);
    const asOf = readAsOf(d);
    const p = progressAt(a, t, campaign, asOf);
    if (p.pace !== null) return p.pace;
    if (p.target === 0) throw new ArgumentProblem("maths.arg.targetZero", "target");
    throw notStartedProblem(asOf);
  });
}

/**
 * Lag: done − expected to date; negative = behind by that many.
 * @customfunction LAG LAG
 * @param {any[][]} done What has been done.
 * @param {any[][]} target The target.
 * @param {any[][]} start First day of the campaign.
 * @param {any[][]} end Last day of the campaign.
 * @param {any[][]} [as_of] The day to compute for; today when omitted.
 * @param {any[][]} [days] The plan's own number of days ("90 ngày đêm" → 90); overrides the dates.
 * @returns {any[][]} Ahead (+) or behind (−) of the expected figure.
 * @volatile
 */
export function LAG(done: any[][], target: any[][], start: any[][], end: any[][], as_of?: any[][], days?: any[][]): any[][] {
  const args: [ArgName, ArgMatrix][] = [["done", done], ["target", target], ["start", start], ["end", end], ["as_of", as_of], ["days", days]];
  return spill(args, ([a, t, s, e, d, n]) => {
    return progressAt(a, t, campaignBetween(s, e, n), readAsOf(d)).lag as number;
  });
}

/**
 * Required per day from now on: remaining ÷ days left after the as-of day, rounded up.
 * @customfunction REQUIRED_DAILY REQUIRED_DAILY
 * @param {any[][]} target The target.
 * @param {any[][]} done What has been done.
 * @param {any[][]} end Last day of the campaign.
 * @param {any[][]} [as_of] The day to compute for; today when omitted.
 * @returns {any[][]} What must be done each remaining day.
 * @volatile
 */
export function REQUIRED_DAILY(target: any[][], done: any[][], end: any[][], as_of?: any[][]): any[][] {
  return spill([["target", target], ["done", done], ["end", end], ["as_of", as_of]], ([t, a, e, d]) => {
    const to = readDate(e, "end");
    const p = progressAt(a, t, makeCampaign({ to }), readAsOf(d));
    if (p.overdue) {
      throw new ArgumentProblem("maths.arg.overdue", "end", { to: formatDate(to, "vi"), remaining: p.remaining ?? 0 });
    }
    return p.requiredDaily as number;
  });
}

/**
 * Forecast finish date at the current run rate (done ÷ days elapsed since the start), or at a recent rate when
 * one is given (e.g. CT.RECENT_RATE). Format the cell as a date.
 * @customfunction FORECAST_DATE FORECAST_DATE
 * @param {any[][]} target The target.
 * @param {any[][]} done What has been done.
 * @param {any[][]} start First day of the campaign.
 * @param {any[][]} [as_of] The day to compute for; today when omitted.
 * @param {any[][]} [rate] Results per day to forecast with (e.g. the last 7 days' rate); the average since the start when omitted.
 * @returns {any[][]} The forecast finish date (a date serial).
 * @volatile
 */
export function FORECAST_DATE(target: any[][], done: any[][], start: any[][], as_of?: any[][], rate?: any[][]): any[][] {
  return spill([["target", target], ["done", done], ["start", start], ["as_of", as_of], ["rate", rate]], ([t, a, s, d, r]) => {
    const from = readDate(s, "start");
    const asOf = readAsOf(d);
    if (asOf < from) throw notStartedProblem(asOf);
    if (!isEmptyCell(r)) {
      const remaining = Math.max(readCount(t, "target") - readCount(a, "done"), 0);
      if (remaining === 0) return Math.floor(asOf);
      const forecast = forecastAt(asOf, remaining, readCount(r, "rate"));
      if (forecast === null) throw new ArgumentProblem("maths.arg.noRunRate", "rate");
      return forecast;
    }
    // The run rate only needs the days elapsed: a campaign that ends on the as-of day gives exactly those.
    const p = progressAt(a, t, makeCampaign({ from, to: asOf }), asOf);
    if (p.forecast === null) throw new ArgumentProblem("maths.arg.noRunRate", "done");
    return p.forecast;
  });
}

/**
 * Status in words: Hoàn thành, Đúng tiến độ, Nguy cơ chậm, Chậm tiến độ, Chưa bắt đầu.
 * @customfunction STATUS STATUS
 * @param {any[][]} done What has been done.
 * @param {any[][]} target The target.
 * @param {any[][]} start First day of the campaign.
 * @param {any[][]} end Last day of the campaign.
 * @param {any[][]} [as_of] The day to compute for; today when omitted.
 * @param {any[][]} [days] The plan's own number of days ("90 ngày đêm" → 90); overrides the dates.
 * @returns {any[][]} The status.
 * @volatile
 */
export function STATUS(done: any[][], target: any[][], start: any[][], end: any[][], as_of?: any[][], days?: any[][]): any[][] {
  const args: [ArgName, ArgMatrix][] = [["done", done], ["target", target], ["start", start], ["end", end], ["as_of", as_of], ["days", days]];
  return spill(args, ([a, t, s, e, d, n]) => {
    return statusLabel(progressAt(a, t, campaignBetween(s, e, n), readAsOf(d)).status, getLang());
  });
}

/**
 * Still needed to reach a target share: max(0, ⌈target_rate × base⌉ − done), in whole numbers (30% of 10 files
 * is 3, never 4 from floating point). No campaign days are needed.
 * @customfunction RATE_GAP RATE_GAP
 * @param {any[][]} done The count achieving the share (e.g. the files received online).
 * @param {any[][]} base The count the share is of (e.g. all the files received).
 * @param {any[][]} target_rate The target share: 30%, 0.3, 30 or "30%".
 * @returns {any[][]} How many more are needed (0 once the share is reached).
 */
export function RATE_GAP(done: any[][], base: any[][], target_rate: any[][]): any[][] {
  return spill([["done", done], ["base", base], ["target_rate", target_rate]], ([a, b, p]) => {
    const f = shareFigures(a, b);
    return rateGap(f.done, f.base, readShare(p, "target_rate")) as number;
  });
}

/**
 * Status of a target share in words: Hoàn thành (the share is reached), Nguy cơ chậm (90% of it or more),
 * Chậm tiến độ (below).
 * @customfunction RATE_STATUS RATE_STATUS
 * @param {any[][]} done The count achieving the share (e.g. the files received online).
 * @param {any[][]} base The count the share is of (e.g. all the files received).
 * @param {any[][]} target_rate The target share: 30%, 0.3, 30 or "30%".
 * @returns {any[][]} The status.
 */
export function RATE_STATUS(done: any[][], base: any[][], target_rate: any[][]): any[][] {
  return spill([["done", done], ["base", base], ["target_rate", target_rate]], ([a, b, p]) => {
    const f = shareFigures(a, b);
    const share = readShare(p, "target_rate");
    if (f.base === 0) throw new ArgumentProblem("maths.arg.baseZero", "base");
    return statusLabel(rateStatus(f.done, f.base, share), getLang());
  });
}

/**
 * Days of the campaign elapsed at the as-of day, that day included (0 before the start, at most all days).
 * @customfunction DAYS_ELAPSED DAYS_ELAPSED
 * @param {any[][]} start First day of the campaign.
 * @param {any[][]} end Last day of the campaign.
 * @param {any[][]} [as_of] The day to compute for; today when omitted.
 * @param {any[][]} [days] The plan's own number of days ("90 ngày đêm" → 90); overrides the dates.
 * @returns {any[][]} Days elapsed.
 * @volatile
 */
export function DAYS_ELAPSED(start: any[][], end: any[][], as_of?: any[][], days?: any[][]): any[][] {
  return spill([["start", start], ["end", end], ["as_of", as_of], ["days", days]], ([s, e, d, n]) => {
    return daysElapsed(campaignBetween(s, e, n), readAsOf(d)) as number;
  });
}

/**
 * Days left after the as-of day, up to the end day included.
 * @customfunction DAYS_LEFT DAYS_LEFT
 * @param {any[][]} end Last day of the campaign.
 * @param {any[][]} [as_of] The day to compute for; today when omitted.
 * @returns {any[][]} Days left.
 * @volatile
 */
export function DAYS_LEFT(end: any[][], as_of?: any[][]): any[][] {
  return spill([["end", end], ["as_of", as_of]], ([e, d]) => {
    return daysLeft(makeCampaign({ to: readDate(e, "end") }), readAsOf(d)) as number;
  });
}

/**
 * A number typed as text, the Vietnamese or English way: "46.743" → 46743, "96,28" → 96.28, "97%" → 0.97.
 * @customfunction NUMBER NUMBER
 * @param {any[][]} text The text (or a range of texts) to read.
 * @returns {any[][]} The number.
 */
export function NUMBER(text: any[][]): any[][] {
  return spill([["text", text]], ([v]) => {
    const cell = typeof v === "number" || typeof v === "string" || typeof v === "boolean" || v === null ? v : String(v);
    const parsed = parseNumberDetailed(cell ?? null);
    if (parsed.value !== null) return parsed.value;
    if (parsed.problem === "empty") throw new ArgumentProblem("maths.arg.empty", "text");
    if (parsed.problem === "error") throw new ArgumentProblem("maths.arg.error", "text", { value: String(cell) });
    throw new ArgumentProblem("maths.arg.notNumber", "text", { value: String(cell) });
  });
}

/**
 * Allocation: the total given out over the weights so that the parts add up exactly (largest remainder; ties to the
 * larger weight, then the higher cell). Spills one figure per weight; a weight of 0 gets 0, a blank stays blank.
 * @customfunction ALLOCATE ALLOCATE
 * @param {any[][]} total The whole number to give out.
 * @param {any[][]} weights The base of each unit (a column of figures).
 * @param {any[][]} [minimum] The least each unit with a weight gets.
 * @returns {any[][]} Each unit's part.
 */
export function ALLOCATE(total: any[][], weights: any[][], minimum?: any[][]): any[][] {
  return allocateSpill(total, weights, minimum);
}

/**
 * Today's results from a column of cumulative figures, one row per day: the last figure minus the one before it
 * (blank cells skipped). A block with one column per unit gives one result per column.
 * @customfunction TODAY TODAY
 * @param {any[][]} done The cumulative figures by day (a column, or one column per unit).
 * @returns {any[][]} The last day's results (negative when the cumulative went down: check the figures).
 */
export function TODAY(done: any[][]): any[][] {
  return perColumn(columnsOf(done, "done"), (col) => {
    if (col.length < 2) throw new ArgumentProblem("maths.arg.twoFigures", "done", { count: col.length });
    return col[col.length - 1] - col[col.length - 2];
  });
}

/**
 * Results per day over the last days (7 unless told): from the figure on or before the last date minus the days
 * to the last one, divided by the days between them; over the whole history when it is shorter.
 * @customfunction RECENT_RATE RECENT_RATE
 * @param {any[][]} dates The days (a column of dates), one row per day.
 * @param {any[][]} cumulative The cumulative figures on those days (a column, or one column per unit).
 * @param {any[][]} [days] How many days back to look (default 7).
 * @returns {any[][]} Results per day.
 */
export function RECENT_RATE(dates: any[][], cumulative: any[][], days?: any[][]): any[][] {
  const window = (() => {
    try {
      return readOptionalDays(asMatrix(days)[0]?.[0] ?? null, "days") ?? RECENT_DAYS;
    } catch (e) {
      throw toFunctionError(e);
    }
  })();
  return perColumn(datedColumns(dates, cumulative), (points) => {
    if (points.length < 2) throw new ArgumentProblem("maths.arg.twoFigures", "cumulative", { count: points.length });
    const rate = recentRate(points, points[points.length - 1].day, window);
    if (rate === null) throw new ArgumentProblem("maths.arg.twoFigures", "dates", { count: 1 });
    return rate;
  });
}
