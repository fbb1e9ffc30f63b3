// The weekly report and the phase report: for every measure the daily report shows, each unit's results within
// the period against the period's share of its target, best first, with the total; the same look as the daily
// report. The period's target is whole people, rounded half up as the daily target is, and the total row is
// the sum of the figures shown (native SUM formulas), so the sheet adds up the way a clerk checks it. A target
// share (rate measure) has no share of a week or a phase: it is said so in words, then its table as the daily
// report shows it (share reached to the data date against the target share, files still missing).
import { cellAddress } from "../address";
import { formatDate } from "../dates";
import type { PeriodAnalysis, PeriodFigures } from "../history/period";
import { t } from "../messages";
import { roundHalfUp } from "../numbers";
import type { Lang, Measure, TableAnalysis } from "../types";
import { pickMeasures, scopeName } from "./measures";
import { RATE_COL, rateBlock } from "./rate-table";
import { shareText } from "./rate-words";
import type { CellRange, ReportCell, ReportModel, RowRun } from "./model";
import { reportSheetName } from "./sheet-name";
import { reportStyles } from "./styles";
import { forDisplay } from "./display";
import { keepTablesWhole } from "./page-fit";
import { displayText } from "../text";

const HEADERS = ["report.col.rank", "report.col.unit", "history.period.col.target", "history.period.col.done", "history.period.col.completion", "history.period.col.perDay", "report.col.done", "report.col.completion"] as const;
const LAST = HEADERS.length;
const C = { target: 3, done: 4, completion: 5, perDay: 6, cumulative: 7, overall: 8 } as const;

export interface PeriodReportOptions {
  lang: Lang;
  measureId?: string;
  existingSheetNames: string[];
}

const isNum = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v);

function num(row: number, col: number, v: number | null | undefined, style: string): ReportCell {
  return isNum(v) ? { row, col, kind: "number", value: Math.round(v * 100) / 100, style } : { row, col, kind: "empty", style };
}

/** A share as it is (a percent format shows it), blank when there is none. */
function share(row: number, col: number, v: number | null, style: string): ReportCell {
  return isNum(v) ? { row, col, kind: "number", value: v, style } : { row, col, kind: "empty", style };
}

/** The period's target as a clerk writes it: whole people, half up (149,33 → 149; 16,5 → 17). */
function wholeTarget(f: PeriodFigures | undefined): number | null {
  return isNum(f?.target) ? roundHalfUp(f.target) : null;
}

export interface UnitLine {
  name: string;
  f: PeriodFigures | undefined;
  target: number | null;
  /** The unit's whole campaign target (for the overall completion). */
  campaignTarget: number | null;
}

export const completionOf = (l: UnitLine) => (isNum(l.f?.done) && isNum(l.target) && l.target > 0 ? l.f.done / l.target : null);

/**
 * done ÷ target, blank (not 0%) while the period has no result: a leader reading 0% believes nothing was done
 * when the figures were only missing. A result typed in later still gives its share.
 */
function shareFormula(done: string, target: string): string {
  return `IF(AND(ISNUMBER(${done}),N(${target})>0),${done}/${target},"")`;
}

function unitCells(row: number, rank: number, l: UnitLine): ReportCell[] {
  const a = (col: number) => cellAddress(row, col);
  const cumulative = l.f?.cumulative;
  return [
    { row, col: 1, kind: "number", value: rank, style: "rank" },
    { row, col: 2, kind: "text", value: l.name, style: "unit" },
    num(row, C.target, l.target, "count"),
    num(row, C.done, l.f?.done, "count"),
    { row, col: C.completion, kind: "formula", formula: shareFormula(a(C.done), a(C.target)), value: completionOf(l) ?? "", style: "percent" },
    num(row, C.perDay, l.f?.perDay, "count"),
    num(row, C.cumulative, cumulative, "count"),
    share(row, C.overall, isNum(cumulative) && isNum(l.campaignTarget) && l.campaignTarget > 0 ? cumulative / l.campaignTarget : null, "percent"),
  ];
}

/** The total row: sums of the unit rows shown (target, done, cumulative), rates from those sums. */
function totalCells(row: number, first: number, lines: UnitLine[], campaignTarget: number | null, elapsed: number, lang: Lang): ReportCell[] {
  const a = (col: number) => cellAddress(row, col);
  // The sum of the figures shown, a plain SUM a clerk recognises; blank when no unit has one (as the picture's
  // total), since SUM over blanks is 0: then the formula still sums a figure typed in later.
  const sumOf = (col: number, pick: (l: UnitLine) => number | null | undefined) => {
    const shown = lines.some((l) => isNum(pick(l)));
    const value = shown ? lines.reduce((s, l) => s + (isNum(pick(l)) ? (pick(l) as number) : 0), 0) : null;
    const range = `${cellAddress(first, col)}:${cellAddress(first + lines.length - 1, col)}`;
    const formula = lines.length === 0 ? `""` : shown ? `SUM(${range})` : `IF(COUNT(${range})>0,SUM(${range}),"")`;
    return { value, cell: { row, col, kind: "formula", formula, value: value ?? "", style: "totalCount" } as ReportCell };
  };
  const target = sumOf(C.target, (l) => l.target);
  const done = sumOf(C.done, (l) => l.f?.done);
  const cumulative = sumOf(C.cumulative, (l) => l.f?.cumulative);
  return [
    { row, col: 1, kind: "empty", style: "totalLabel" },
    { row, col: 2, kind: "text", value: t(lang, "report.totalRow"), style: "totalLabel" },
    target.cell, done.cell,
    {
      row, col: C.completion, kind: "formula", formula: shareFormula(a(C.done), a(C.target)),
      value: isNum(done.value) && isNum(target.value) && target.value > 0 ? done.value / target.value : "", style: "totalPercent",
    },
    elapsed > 0
      ? { row, col: C.perDay, kind: "formula", formula: `IF(ISNUMBER(${a(C.done)}),${a(C.done)}/${elapsed},"")`, value: isNum(done.value) ? done.value / elapsed : "", style: "totalCount" }
      : { row, col: C.perDay, kind: "empty", style: "totalCount" },
    cumulative.cell,
    share(row, C.overall, isNum(cumulative.value) && isNum(campaignTarget) && campaignTarget > 0 ? cumulative.value / campaignTarget : null, "totalPercent"),
  ];
}

/** A measure's units in the period, best first by the completion shown; units without figures last, in the sheet's order. */
export function periodLines(analysis: TableAnalysis, pa: PeriodAnalysis, measure: Measure): UnitLine[] {
  // One look-up per unit, not a search (a province's period report has tens of thousands of units).
  const byRow = new Map(analysis.units.map((x) => [x.row, x]));
  const lines: UnitLine[] = pa.units.map((u) => {
    const f = u.values[measure.id];
    return { name: displayText(u.name), f, target: wholeTarget(f), campaignTarget: byRow.get(u.row)?.values[measure.id]?.target ?? null };
  });
  return lines.map((l, i) => ({ l, i, k: completionOf(l) })).sort((x, y) => (y.k ?? -Infinity) - (x.k ?? -Infinity) || x.i - y.i).map((x) => x.l);
}

/** The title and the period's line, the same on the sheet and in the picture. */
export function periodHeading(analysis: TableAnalysis, pa: PeriodAnalysis, measures: Measure[], lang: Lang): { title: string; periodLine: string } {
  const p = pa.period;
  const periodLine = p.kind === "week"
    ? t(lang, "history.week.period", { from: formatDate(p.from, lang), to: formatDate(p.to, lang), days: pa.days })
    : t(lang, "history.phase.period", { phase: p.name, from: formatDate(p.from, lang), to: formatDate(p.to, lang), days: pa.days, asOf: formatDate(Math.min(analysis.asOf, p.to), lang) });
  const label = measures.map((m) => m.label).join(", ").toLocaleUpperCase("vi");
  const title = p.kind === "week" ? t(lang, "history.week.title", { measure: label }) : t(lang, "history.phase.title", { phase: p.name.toLocaleUpperCase("vi"), measure: label });
  return { title, periodLine };
}

interface Block {
  cells: ReportCell[];
  /** A share's unit rows, made on demand as on the daily report (a period's own table holds its cells). */
  runs?: RowRun[];
  headerRow: number;
  totalRow: number;
}

/** One measure's table from row `top`: a heading when there are several measures, the header, the units, the total. */
function measureBlock(analysis: TableAnalysis, pa: PeriodAnalysis, measure: Measure, top: number, heading: boolean, lang: Lang): Block {
  const cells: ReportCell[] = [];
  let row = top;
  if (heading) cells.push({ row: row++, col: 1, kind: "text", value: measure.label, style: "section" });
  const headerRow = row;
  HEADERS.forEach((key, i) => cells.push({ row: headerRow, col: i + 1, kind: "text", value: t(lang, key), style: "header" }));
  const ranked = periodLines(analysis, pa, measure);
  const first = headerRow + 1;
  ranked.forEach((l, i) => cells.push(...unitCells(first + i, i + 1, l)));
  const totalRow = first + ranked.length;
  cells.push(...totalCells(totalRow, first, ranked, analysis.total?.values[measure.id]?.target ?? null, pa.elapsed, lang));
  return { cells, headerRow, totalRow };
}

/** Why a target share has no period figures, and what is shown instead (the sheet's and the picture's words). */
export function periodRateNote(analysis: TableAnalysis, measure: Measure, isWeek: boolean, lang: Lang): string {
  const share = measure.targetRate ?? analysis.total?.values[measure.id]?.rate?.targetRate;
  return t(lang, isWeek ? "history.period.rateWeek" : "history.period.ratePhase", {
    measure: measure.label, share: typeof share === "number" ? shareText(share, lang) : "—", asOf: formatDate(analysis.asOf, lang),
  });
}

/** A target share: the words saying why it has no period figures, then the daily report's share table. */
function rateMeasureBlock(analysis: TableAnalysis, measure: Measure, top: number, isWeek: boolean, lang: Lang): Block & { merges: CellRange[] } {
  const note = periodRateNote(analysis, measure, isWeek, lang);
  const cells: ReportCell[] = [
    { row: top, col: 1, kind: "text", value: measure.label, style: "section" },
    { row: top + 1, col: 1, kind: "text", value: note, style: "summaryText" },
  ];
  const block = rateBlock(analysis, measure, lang, top + 2, false, scopeName(analysis, lang));
  return {
    cells: [...cells, ...block.cells], runs: block.runs, headerRow: block.headerRow, totalRow: block.totalRow,
    merges: [{ top: top + 1, left: 1, bottom: top + 1, right: RATE_COL.status }, ...block.merges],
  };
}

export function buildPeriodReport(input: TableAnalysis, pa: PeriodAnalysis, opts: PeriodReportOptions): ReportModel {
  const { lang } = opts;
  const analysis = forDisplay(input);
  const picked = pickMeasures(analysis, opts.measureId);
  const measures = picked.length > 0 ? picked : analysis.table.measures.slice(0, 1);
  const p = pa.period;
  const isWeek = p.kind === "week";
  // A share's table is wider than a period's (its ten columns, as on the daily report).
  const right = measures.some((m) => m.kind === "rate") ? Math.max(LAST, RATE_COL.status) : LAST;
  const full = (row: number): CellRange => ({ top: row, left: 1, bottom: row, right });
  const { title, periodLine } = periodHeading(analysis, pa, measures, lang);
  const cells: ReportCell[] = [
    { row: 1, col: 1, kind: "text", value: title, style: "title" },
    { row: 2, col: 1, kind: "text", value: periodLine, style: "subtitle" },
  ];
  const single = measures.length === 1;
  const rowHeights = [{ row: 1, height: 24 }];
  const runs: RowRun[] = [];
  let row = 4;
  let firstHeader = row;
  const blocks: { top: number; bottom: number }[] = [];
  const merges: CellRange[] = [full(1), full(2)];
  // No earlier figures, a late first day: the sheet says why its cells are blank, as the picture does.
  const notes = pa.findings.map((f) => t(lang, f.msg)).join(" ");
  if (notes !== "") {
    cells.push({ row: 3, col: 1, kind: "text", value: notes, style: "summaryText" });
    merges.push(full(3));
    rowHeights.push({ row: 3, height: 32 });
  }
  measures.forEach((m, i) => {
    const rate = m.kind === "rate" ? rateMeasureBlock(analysis, m, row, isWeek, lang) : null;
    if (rate) merges.push(...rate.merges);
    const block = rate ?? measureBlock(analysis, pa, m, row, !single, lang);
    if (i === 0) firstHeader = block.headerRow;
    blocks.push({ top: row, bottom: block.totalRow });
    for (const c of block.cells) cells.push(c);
    for (const run of block.runs ?? []) runs.push(run);
    rowHeights.push({ row: block.headerRow, height: 45 });
    row = block.totalRow + 2;
  });
  const bottom = row - 2;
  const base = t(lang, isWeek ? "history.period.sheetWeek" : "history.period.sheetPhase");
  const model: ReportModel = {
    sheetName: reportSheetName(analysis.asOf, opts.existingSheetNames, base),
    cells,
    runs,
    styles: reportStyles(lang),
    merges,
    columnWidths: [{ col: 1, width: 9 }, { col: 2, width: 26 }, ...[3, 4, 5, 6, 7, 8, 9, 10].slice(0, right - 2).map((col) => ({ col, width: col === RATE_COL.note ? 30 : 14 }))],
    rowHeights,
    rules: [],
    // One table: its header stays in view and repeats on every printed page; several: the title rows only.
    freeze: single ? { rows: firstHeader, cols: 2 } : { rows: 0, cols: 2 },
    print: { paperSize: "A4", orientation: "landscape", fitToWidth: 1, repeatRows: single ? { first: firstHeader, last: firstHeader } : null, printArea: { top: 1, left: 1, bottom, right }, margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5 }, centerHorizontally: true },
    charts: [],
    font: { name: "Times New Roman", size: 12 },
    chatText: "",
  };
  keepTablesWhole(model, blocks);
  return model;
}
