// Colours on the clerk's own table: native expression rules that recompute the status from the sheet's own
// target and done columns, with the campaign's dates and thresholds written into the formula as numbers, so
// the colours follow when the clerk types tomorrow's figures. Rules are mutually exclusive.
import { cellAddress } from "../address";
import type { CellRange, ColourPlan, ConditionalRule } from "../report/model";
import { reportableMeasures } from "../report/measures";
import { STATUS_LOOK } from "../report/styles";
import type { DaySerial, Grid, Lang, Measure, Msg, Status, TableAnalysis } from "../types";
import { COLOUR_MARKER } from "./marker";

export interface ColourOptions {
  lang: Lang;
  measureId?: string;
  /** The sheet's cells, to name the figures typed as text (a rule cannot colour their rows). */
  grid?: Grid;
  /**
   * Today, as a day serial. When the data are a few days old at most (a morning report of yesterday's
   * figures), the rules count elapsed days from TODAY() minus that gap, so tomorrow they move on by
   * themselves; otherwise (old data, working days) the elapsed days are fixed at the as-of date.
   */
  today?: DaySerial;
}

const FOLLOW_TODAY_MAX_GAP = 7;
/** Cells typed as text named in the message (the count says how many there are). */
const TEXT_CELLS_NAMED = 3;

/** The measure to colour: the one asked for, else the first with done figures and a target. */
function colourMeasure(analysis: TableAnalysis, measureId?: string): Measure | null {
  const candidates = measureId === undefined ? reportableMeasures(analysis) : analysis.table.measures.filter((m) => m.id === measureId);
  return candidates.find((m) => m.columns.done !== undefined && (m.columns.target !== undefined || m.columns.remaining !== undefined)) ?? null;
}

/** Consecutive unit rows, so a total or note row between units is never coloured. */
function unitRuns(rows: number[]): { top: number; bottom: number }[] {
  // A table's unit rows come in order, each once: then neither a set nor a sort is needed (50,000 rows).
  let ordered = true;
  for (let i = 1; i < rows.length && ordered; i++) ordered = rows[i] > rows[i - 1];
  const sorted = ordered ? rows : [...new Set(rows)].sort((a, b) => a - b);
  const runs: { top: number; bottom: number }[] = [];
  for (const r of sorted) {
    const last = runs[runs.length - 1];
    if (last && r === last.bottom + 1) last.bottom = r;
    else runs.push({ top: r, bottom: r });
  }
  return runs;
}

/** The elapsed-days term of the formula: a number, or one that moves with TODAY(). */
function elapsedTerm(analysis: TableAnalysis, today?: DaySerial): string | null {
  const { campaign, days, elapsed } = analysis;
  if (days === null || elapsed === null || campaign.from === null) return null;
  const gap = today === undefined ? -1 : today - analysis.asOf;
  if (campaign.dayCount === "calendar" && gap >= 0 && gap <= FOLLOW_TODAY_MAX_GAP) {
    return `MIN(MAX(TODAY()-${gap}-${campaign.from}+1,0),${days})`;
  }
  return String(elapsed);
}

/**
 * A rate measure's three conditions: the share reached (done ≥ ⌈share × base⌉, rounded to 9 decimals first so
 * 0.07 × 100 needs 7 as the engine counts), at risk from the pane's threshold times the share, behind under it.
 * The share is the row's own cell (30 or 30% alike) or the measure's stated one, written in as a number.
 */
function rateStatusFormulas(analysis: TableAnalysis, measure: Measure, row: number): Partial<Record<Status, string>> {
  const ref = (col: number) => `$${cellAddress(row, col)}`;
  const done = ref(measure.columns.done as number);
  const base = measure.columns.target !== undefined ? ref(measure.columns.target) : `(${done}+${ref(measure.columns.remaining as number)})`;
  const shareCell = measure.targetRateCol !== undefined ? ref(measure.targetRateCol) : null;
  if (shareCell === null && measure.targetRate === undefined) return {};
  const share = shareCell !== null ? `IF(${shareCell}>1,${shareCell}/100,${shareCell})` : String(measure.targetRate);
  const numbers = [done, ...(measure.columns.target !== undefined ? [ref(measure.columns.target)] : [ref(measure.columns.remaining as number)]), ...(shareCell ? [shareCell] : [])]
    .map((r) => `ISNUMBER(${r})`);
  const all = (...terms: string[]) => `AND(${[COLOUR_MARKER, ...numbers, `${base}>0`, ...terms].join(",")})`;
  const needed = `ROUNDUP(ROUND(${share}*${base},9),0)`;
  const nearly = `ROUND(${analysis.campaign.thresholds.atRisk}*${share}*${base},9)`;
  return {
    complete: all(`${done}>=${needed}`),
    "at-risk": all(`${done}<${needed}`, `${done}>=${nearly}`),
    behind: all(`${done}<${nearly}`),
  };
}

/** The five status conditions over one row, written for the row `row` (Excel shifts them down the range). */
function statusFormulas(analysis: TableAnalysis, measure: Measure, row: number, today?: DaySerial): Partial<Record<Status, string>> {
  if (measure.kind === "rate") return rateStatusFormulas(analysis, measure, row);
  const ref = (col: number) => `$${cellAddress(row, col)}`;
  const done = ref(measure.columns.done as number);
  const target = measure.columns.target !== undefined ? ref(measure.columns.target) : `(${done}+${ref(measure.columns.remaining as number)})`;
  const numbers = [done, ...(measure.columns.target !== undefined ? [ref(measure.columns.target)] : [ref(measure.columns.remaining as number)])]
    .map((r) => `ISNUMBER(${r})`);
  const all = (...terms: string[]) => `AND(${[COLOUR_MARKER, ...numbers, ...terms].join(",")})`;
  const formulas: Partial<Record<Status, string>> = { complete: all(`${done}>=${target}`) };
  const n = elapsedTerm(analysis, today);
  if (n === null || analysis.days === null) return formulas;
  const expected = `${target}*${n}/${analysis.days}`;
  const { onTrack, atRisk } = analysis.campaign.thresholds;
  const going = [`${done}<${target}`, `${n}>0`];
  formulas["not-started"] = all(`${done}<${target}`, `${n}<=0`);
  formulas["on-track"] = all(...going, `${done}>=${onTrack}*${expected}`);
  formulas["at-risk"] = all(...going, `${done}<${onTrack}*${expected}`, `${done}>=${atRisk}*${expected}`);
  formulas.behind = all(...going, `${done}<${atRisk}*${expected}`);
  return formulas;
}

/** Column spans to colour in each unit row: the unit's name (and row number), and the measure's columns. */
function columnSpans(analysis: TableAnalysis, measure: Measure): { left: number; right: number }[] {
  const { unitCol, indexCol } = analysis.table;
  const nameSpan = { left: Math.min(unitCol, indexCol ?? unitCol), right: Math.max(unitCol, indexCol ?? unitCol) };
  const cols = Object.values(measure.columns).filter((c): c is number => typeof c === "number");
  const measureSpan = { left: Math.min(...cols), right: Math.max(...cols) };
  if (measureSpan.left <= nameSpan.right + 1 && measureSpan.right >= nameSpan.left - 1) {
    return [{ left: Math.min(nameSpan.left, measureSpan.left), right: Math.max(nameSpan.right, measureSpan.right) }];
  }
  return [nameSpan, measureSpan];
}

export function buildColourRules(analysis: TableAnalysis, opts: ColourOptions): ColourPlan {
  const messages: Msg[] = [];
  const plan: ColourPlan = { sheet: analysis.table.sheet, measureId: null, marker: COLOUR_MARKER, rules: [], messages };
  const measure = colourMeasure(analysis, opts.measureId);
  if (!measure) {
    messages.push({ key: "report.colour.noDone", params: { measure: opts.measureId ?? "" } });
    return plan;
  }
  plan.measureId = measure.id;
  // A share needs no campaign days: only count measures miss them.
  if (measure.kind !== "rate" && elapsedTerm(analysis, opts.today) === null) messages.push({ key: "report.colour.noDates" });
  const spans = columnSpans(analysis, measure);
  for (const run of unitRuns(analysis.table.units.map((u) => u.row))) {
    const formulas = statusFormulas(analysis, measure, run.top, opts.today);
    for (const [status, formula] of Object.entries(formulas) as [Status, string][]) {
      for (const span of spans) {
        const range: CellRange = { top: run.top, bottom: run.bottom, left: span.left, right: span.right };
        const rule: ConditionalRule = { kind: "expression", range, formula, style: STATUS_LOOK[status] };
        plan.rules.push(rule);
      }
    }
  }
  const typedAsText = textFigureCells(analysis, measure, opts.grid);
  if (typedAsText.count > 0) {
    messages.push({ key: "report.colour.textFigures", params: { count: String(typedAsText.count), cells: typedAsText.first.join(", ") } });
  }
  return plan;
}

/**
 * Figures typed as text ("46.743"): the engine reads them, but a rule in Excel cannot tell their separators
 * from the office's, so those rows stay uncoloured. Say which cells, so the clerk can turn them into numbers.
 */
function textFigureCells(analysis: TableAnalysis, measure: Measure, grid: Grid | undefined): { count: number; first: string[] } {
  const found = { count: 0, first: [] as string[] };
  if (!grid) return found;
  const cols = [measure.columns.target, measure.columns.done, measure.targetRateCol].filter((c): c is number => c !== undefined);
  for (const unit of analysis.table.units) {
    for (const col of cols) {
      const v = grid.values[unit.row - grid.origin.row]?.[col - grid.origin.col];
      if (typeof v !== "string" || v.trim() === "") continue;
      // Counted, and only the first three named (the message names three): no address made for every cell.
      found.count++;
      if (found.first.length < TEXT_CELLS_NAMED) found.first.push(cellAddress(unit.row, col));
    }
  }
  return found;
}
