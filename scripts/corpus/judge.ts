// Reading a case as the product does (readQuotaTable, detectCampaignHints, analyzeTable) and judging the
// result against what the case was built from: read right, refused, wrong with a warning, wrong silently.
import type { Campaign, DaySerial, Finding, Grid, MeasureValues, QuotaTable, ReadResult, TableAnalysis } from "../../src/core/types";
import { readQuotaTable } from "../../src/core/read";
import { analyzeTable, detectCampaignHints } from "../../src/core/analyze";
import * as hintsModule from "../../src/core/campaign-hints";
import { makeCampaign } from "../../src/core/campaign";
import { isoDate, serialFromYMD } from "../../src/core/dates";
import type { CorpusCase, ExpectedFigures, ExpectedMeasure, Expectation } from "./case-types";

export type Verdict = "right" | "refused" | "wrong-warned" | "wrong-silent";

export interface Judgement {
  verdict: Verdict;
  /** Short problem codes ("units", "measure-missing:target", "days"…), for grouping. */
  problems: string[];
  /** One line per problem, for a person. */
  details: string[];
  refusal: string | null;
  warnings: string[];
  /** Units and figures right, whatever the campaign facts (days, period, report date). */
  tableRight: boolean;
}

const CAMPAIGN_PROBLEMS = new Set(["days", "period", "as-of"]);

/** The report date in plain hints, under whichever name a hints module gives it there. */
function hintedReportDate(hints: Partial<Campaign>): DaySerial | null {
  const h = hints as Record<string, unknown>;
  for (const key of ["asOf", "reportDate", "dataDate"]) if (typeof h[key] === "number") return h[key] as number;
  return null;
}

const FIELDS = ["target", "done", "remaining", "daily"] as const;

/** How many of a measure's expected figures the read values match, and the first mismatch. */
function matchScore(exp: ExpectedMeasure, read: (u: number) => MeasureValues | undefined): { hits: number; total: number; miss: string | null } {
  let hits = 0;
  let total = 0;
  let miss: string | null = null;
  exp.figures.forEach((f, u) => {
    const got = read(u);
    for (const k of FIELDS) {
      if (f[k] === null) continue;
      total++;
      const value = got?.[k] ?? null;
      if (value === f[k]) hits++;
      else if (miss === null) miss = `${k} ${value ?? "empty"} instead of ${f[k]} (unit ${u + 1})`;
    }
  });
  return { hits, total, miss };
}

function compareMeasures(expect: Expectation, table: QuotaTable, problems: string[], details: string[]): void {
  const byName = new Map(table.units.map((u) => [u.name, u]));
  const free = new Set(table.measures.map((m) => m.id));
  for (const exp of expect.measures) {
    let best: { id: string; hits: number; total: number; miss: string | null } | null = null;
    for (const m of table.measures) {
      if (!free.has(m.id)) continue;
      const score = matchScore(exp, (u) => byName.get(expect.units[u])?.values[m.id]);
      if (!best || score.hits > best.hits) best = { id: m.id, ...score };
    }
    if (best && best.total > 0 && best.hits === best.total) {
      free.delete(best.id);
      continue;
    }
    const missedRole = best?.miss?.split(" ")[0] ?? "all";
    problems.push(`measure-wrong:${missedRole}`);
    const label = best ? table.measures.find((m) => m.id === best!.id)?.label : null;
    details.push(`measure "${exp.name}": ${best ? `best match "${label}": ${best.miss}` : "no measure read"}`);
  }
  for (const id of free) {
    const m = table.measures.find((x) => x.id === id)!;
    const hasFigures = table.units.some((u) => Object.values(u.values[id] ?? {}).some((v) => v !== null));
    if (hasFigures) {
      problems.push("measure-extra");
      details.push(`extra measure "${m.label}" (${Object.keys(m.columns).join(", ")})`);
    }
  }
}

function compareUnits(expect: Expectation, table: QuotaTable, problems: string[], details: string[]): void {
  const got = table.units.map((u) => u.name);
  if (got.join("|") !== expect.units.join("|")) {
    problems.push("units");
    const missing = expect.units.filter((n) => !got.includes(n));
    const extra = got.filter((n) => !expect.units.includes(n));
    details.push(`units: ${got.length} read for ${expect.units.length}; missing [${missing.slice(0, 3).join(", ")}], extra [${extra.slice(0, 3).join(", ")}]`);
  }
  if (expect.totalRow !== null && !table.totals.some((t) => t.name.replace(/\s+/g, " ") === expect.totalRow)) {
    problems.push("total-row");
    details.push(`total row "${expect.totalRow}" not read as the total`);
  }
}

function compareCampaign(expect: Expectation, hints: Partial<Campaign>, dataDate: DaySerial | null, analysis: TableAnalysis, problems: string[], details: string[]): void {
  const day = (s: DaySerial | null | undefined) => (s === null || s === undefined ? "none" : isoDate(s));
  if (expect.days !== null && analysis.days !== expect.days) {
    problems.push("days");
    details.push(`days ${analysis.days ?? "none"} instead of ${expect.days}`);
  }
  if (expect.from !== null && (hints.from !== expect.from || hints.to !== expect.to)) {
    problems.push("period");
    details.push(`period ${day(hints.from)}..${day(hints.to)} instead of ${day(expect.from)}..${day(expect.to)}`);
  }
  if (expect.reportDate !== null && dataDate !== expect.reportDate) {
    problems.push("as-of");
    details.push(`report date ${day(dataDate)} instead of ${day(expect.reportDate)}`);
  }
}

/** The figures of one expected measure, for printing. */
export function figuresLine(f: ExpectedFigures): string {
  return FIELDS.filter((k) => f[k] !== null).map((k) => `${k} ${f[k]}`).join(", ");
}

type HintsReader = (grid: Grid, today: DaySerial) => { campaign: Partial<Campaign>; dataDate: DaySerial | null; notes: Finding[] };
type Analyze = (table: QuotaTable, campaign: Campaign, asOf: DaySerial, context?: { asOfSource?: string; notes?: Finding[] }) => TableAnalysis;

/** "Today" for every run, so that a verdict never changes with the calendar (after every generated campaign). */
const TODAY = serialFromYMD(2026, 1, 15) as DaySerial;

/**
 * The campaign a clerk gets with no options: the sheet's hints, the data date it states or else today. Uses the
 * hints module's full reading (with the data date and its notes) where it has one, the plain hints otherwise.
 */
function sheetCampaign(grid: Grid): { hints: Partial<Campaign>; dataDate: DaySerial | null; context: Parameters<Analyze>[3] } {
  const readHints = (hintsModule as unknown as { readCampaignHints?: HintsReader }).readCampaignHints;
  if (readHints) {
    const h = readHints(grid, TODAY);
    return { hints: h.campaign, dataDate: h.dataDate, context: { asOfSource: h.dataDate !== null ? "sheet" : "default", notes: h.notes } };
  }
  const hints = detectCampaignHints(grid);
  return { hints, dataDate: hintedReportDate(hints), context: {} };
}

export function readCase(grid: Grid): { result: ReadResult; hints: Partial<Campaign>; dataDate: DaySerial | null; analysis: TableAnalysis | null } {
  const result = readQuotaTable(grid);
  const { hints, dataDate, context } = sheetCampaign(grid);
  if (!result.ok) return { result, hints, dataDate, analysis: null };
  const analysis = (analyzeTable as Analyze)(result.table, makeCampaign(hints), dataDate ?? TODAY, context);
  return { result, hints, dataDate, analysis };
}

/** Judges what was read from a case's sheet (the same grid, or the grid of the case written to a file). */
export function judgeRead(c: CorpusCase, read: ReturnType<typeof readCase>): Judgement {
  const { result, hints, dataDate, analysis } = read;
  if (!result.ok || !analysis) {
    const refusal = result.ok ? "no analysis" : result.msg.key;
    return { verdict: "refused", problems: [`refused:${refusal}`], details: [`refused: ${refusal}`], refusal, warnings: [], tableRight: false };
  }
  const problems: string[] = [];
  const details: string[] = [];
  compareUnits(c.expect, result.table, problems, details);
  compareMeasures(c.expect, result.table, problems, details);
  compareCampaign(c.expect, hints, dataDate, analysis, problems, details);
  const warnings = analysis.warnings.filter((w) => w.severity === "warning").map((w) => w.code);
  if (c.expect.mustWarn && warnings.length === 0) {
    problems.push("error cell not warned");
    details.push("a #REF! in a result cell and no warning");
  }
  const verdict = problems.length === 0 ? "right" : warnings.length > 0 ? "wrong-warned" : "wrong-silent";
  return { verdict, problems, details, refusal: null, warnings, tableRight: problems.every((p) => CAMPAIGN_PROBLEMS.has(p)) };
}

export function judgeCase(c: CorpusCase): Judgement {
  return judgeRead(c, readCase(c.grid));
}
