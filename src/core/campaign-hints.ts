// The campaign as the sheet's own words state it: the plan's days ("Cao điểm “22 ngày, đêm”"), the period
// ("từ ngày 01/8/2024 đến ngày 30/10/2024", "từ 21/8 đến 29/8" with the year from elsewhere), its phases, and
// the day the figures are counted to ("tính đến ngày 15/9/2024"; a referred report's date minus one as a last
// resort). Every fact taken says from which cell (an info line). Options a clerk gives always win over these.
import type { Campaign, DaySerial, Finding, Grid, Phase } from "./types";
import { formatDate, serialOfParts, todaySerial, ymdFromSerial } from "./dates";
import type { DayParts } from "./dates";
import { readCampaignText, mayHoldCampaignFacts } from "./campaign-text";
import type { PeriodText, TextFacts } from "./campaign-text";
import { cellAddress } from "./address";
import { makeSheetView } from "./read/sheet-view";
import { findHeader } from "./read/header";
import { DOCUMENT_DATE_LAG_DAYS } from "./vocabulary/campaign-phrases";

/** Rows searched when no header is found. */
const TITLE_ROWS = 15;
/** Rows at the bottom of the sheet searched for notes under the table. */
const NOTE_ROWS = 30;
/** Characters of a cell quoted in an info line. */
const QUOTE_LENGTH = 90;

/** Where the sheet says a thing: a cell (A1) or the sheet's name. */
type Source = { cell: string } | { sheetName: string };

export type DataDateSource = "stated" | "title" | "document";

export interface CampaignHints {
  /** Only the fields found: from, to, nominalDays, phases. */
  campaign: Partial<Campaign>;
  /** The day the figures are counted to, when the sheet says it (or the day before a referred report's date). */
  dataDate: DaySerial | null;
  dataDateSource: DataDateSource | null;
  /** What was taken from where (info), and what had to be guessed (warning). */
  notes: Finding[];
}

interface Line {
  text: string;
  source: Source;
  /** The sheet row of the cell; null for the sheet's name. */
  row: number | null;
  facts: TextFacts;
}

function quote(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > QUOTE_LENGTH ? `${oneLine.slice(0, QUOTE_LENGTH - 1)}…` : oneLine;
}

/** Date serials of the years a campaign can be in (2000–2099): a figure outside them is no date. */
const DATE_SERIALS = { from: 36526, to: 73050 };

/**
 * "Ngày báo cáo:" with the date in the cell on its right, alone on their row: read as one line "Ngày báo cáo:
 * 15/09/2024", so the label's date is read as if typed in one cell.
 */
function labelBesideDate(view: ReturnType<typeof makeSheetView>, row: number, col: number, text: string): string {
  if (!/[:：]\s*$/.test(text)) return text;
  const others: { col: number; v: unknown }[] = [];
  for (let c = view.firstCol; c <= view.lastCol; c++) {
    const v = view.raw(row, c);
    if (c !== col && v !== null && !(typeof v === "string" && v.trim() === "")) others.push({ col: c, v });
  }
  if (others.length !== 1 || others[0].col <= col) return text;
  const v = others[0].v;
  if (typeof v === "number" && Number.isInteger(Math.floor(v)) && v >= DATE_SERIALS.from && v <= DATE_SERIALS.to) return `${text} ${formatDate(Math.floor(v), "vi")}`;
  return typeof v === "string" ? `${text} ${v}` : text;
}

/** The texts around the table: title and header rows, the sheet's name, then notes under the table. */
function linesOf(grid: Grid): Line[] {
  const view = makeSheetView(grid);
  const header = findHeader(view);
  const topEnd = header ? header.rows[header.rows.length - 1] : Math.min(view.lastRow, view.firstRow + TITLE_ROWS);
  const lines: Line[] = [];
  const add = (text: string, source: Source, row: number | null) => {
    if (text.trim() !== "" && mayHoldCampaignFacts(text)) lines.push({ text, source, row, facts: readCampaignText(text) });
  };
  const addRow = (r: number) => {
    for (let c = view.firstCol; c <= view.lastCol; c++) {
      const v = view.raw(r, c);
      if (typeof v === "string") add(labelBesideDate(view, r, c, v), { cell: cellAddress(r, c) }, r);
    }
  };
  for (let r = view.firstRow; r <= topEnd; r++) addRow(r);
  add(grid.sheet, { sheetName: grid.sheet }, null);
  for (let r = Math.max(topEnd + 1, view.lastRow - NOTE_ROWS + 1); r <= view.lastRow; r++) addRow(r);
  return lines;
}

function note(code: string, key: string, source: Source, text: string, params: Record<string, string | number>, severity: Finding["severity"] = "info"): Finding {
  const where = "cell" in source ? source.cell : null;
  const fullKey = "cell" in source ? key : `${key}.sheetName`;
  return { code, severity, cell: where, msg: { key: fullKey, params: { ...params, cell: where ?? "", sheet: "sheetName" in source ? source.sheetName : "", text: quote(text) } } };
}

/**
 * What places days written without a year: a full date written elsewhere on the sheet (a data date, the plan's
 * date), else a year written on its own ("năm 2024", taken as the start's year), else today's year (a guess).
 */
interface YearContext {
  date: DaySerial | null;
  year: number;
  /** Where it came from; null when it is only today's year (a guess the clerk is told about). */
  source: Source | null;
}

function yearContext(lines: Line[], today: DaySerial): YearContext {
  const dated = lines.find((l) => l.facts.fullDate !== null);
  if (dated) return { date: dated.facts.fullDate, year: ymdFromSerial(dated.facts.fullDate as DaySerial).y, source: dated.source };
  const line = lines.find((l) => l.facts.year !== null);
  return line ? { date: null, year: line.facts.year as number, source: line.source } : { date: null, year: ymdFromSerial(today).y, source: null };
}

const monthDay = (p: DayParts) => p.m * 100 + p.d;

/** The two days of a period in the years given to its start (the end a year later across New Year). */
function periodIn(p: PeriodText, fromYear: number): { from: DaySerial; to: DaySerial } | null {
  const from = serialOfParts(p.from, fromYear);
  const to = serialOfParts(p.to, fromYear + (monthDay(p.to) < monthDay(p.from) ? 1 : 0));
  return from === null || to === null ? null : { from, to };
}

/** Both days of a period: a missing year comes from the other day, else from the context (see YearContext). */
function resolvePeriod(p: PeriodText, context: YearContext): { from: DaySerial; to: DaySerial; guessedYear: boolean } | null {
  if (p.from.y !== null || p.to.y !== null) {
    const fromYear = p.from.y ?? (p.to.y as number) - (monthDay(p.from) > monthDay(p.to) ? 1 : 0);
    const from = serialOfParts(p.from, fromYear);
    const to = serialOfParts(p.to, p.to.y ?? fromYear + (monthDay(p.to) < monthDay(p.from) ? 1 : 0));
    return from === null || to === null ? null : { from, to, guessedYear: false };
  }
  if (context.date === null) {
    const r = periodIn(p, context.year);
    return r && { ...r, guessedYear: true };
  }
  // The placement nearest the date written elsewhere (inside the period for a data date).
  const at = context.date;
  const distance = (r: { from: DaySerial; to: DaySerial }) => (at < r.from ? r.from - at : at > r.to ? at - r.to : 0);
  const placements = [context.year - 1, context.year, context.year + 1].map((y) => periodIn(p, y)).filter((r): r is { from: DaySerial; to: DaySerial } => r !== null);
  const best = placements.sort((a, b) => distance(a) - distance(b))[0];
  return best ? { ...best, guessedYear: true } : null;
}

/** A note on a year taken from elsewhere; its code starts with the topic's ("hint-period-year"), see usedNotes. */
function yearNote(topic: string, line: Line, year: YearContext, guessed: boolean): Finding[] {
  if (!guessed) return [];
  return year.source === null
    ? [note(`${topic}-year-today`, "hints.yearToday", line.source, line.text, { year: String(year.year) }, "warning")]
    : [note(`${topic}-year`, "hints.year", line.source, line.text, { year: String(year.year), from: "cell" in year.source ? year.source.cell : year.source.sheetName })];
}

function readPeriods(lines: Line[], year: YearContext, hints: CampaignHints): void {
  const phases: Phase[] = [];
  for (const line of lines) {
    for (const p of line.facts.periods) {
      const r = resolvePeriod(p, year);
      if (r === null) continue;
      const params = { from: formatDate(r.from, "vi"), to: formatDate(r.to, "vi") };
      if (p.phase !== null) {
        if (phases.some((x) => x.name === p.phase)) continue;
        phases.push({ name: p.phase, from: r.from, to: r.to });
        hints.notes.push(note("hint-phase", "hints.phase", line.source, line.text, { ...params, name: p.phase }), ...yearNote("hint-phase", line, year, r.guessedYear));
      } else if (hints.campaign.from === undefined) {
        hints.campaign.from = r.from;
        hints.campaign.to = r.to;
        hints.notes.push(note("hint-period", "hints.period", line.source, line.text, params), ...yearNote("hint-period", line, year, r.guessedYear));
      }
    }
  }
  if (phases.length === 0) return;
  hints.campaign.phases = phases;
  // Phases without a period of their own: the campaign runs from the first phase's start to the last one's end.
  if (hints.campaign.from === undefined) {
    hints.campaign.from = Math.min(...phases.map((p) => p.from));
    hints.campaign.to = Math.max(...phases.map((p) => p.to));
  }
}

/**
 * A day written without a year ("NGÀY 15/9") in the campaign's year: of its start's and end's years, the one
 * that puts the day inside the campaign (across New Year both are tried), else the nearest; without a period,
 * the year of the sheet.
 */
function dayInCampaign(parts: DayParts, c: Partial<Campaign>, fallbackYear: number): DaySerial | null {
  if (parts.y !== null) return serialOfParts(parts);
  if (c.from == null || c.to == null) return serialOfParts(parts, fallbackYear);
  const candidates = [...new Set([ymdFromSerial(c.from).y, ymdFromSerial(c.to).y])]
    .map((y) => serialOfParts(parts, y)).filter((s): s is DaySerial => s !== null);
  const distance = (s: DaySerial) => (s < (c.from as number) ? (c.from as number) - s : s > (c.to as number) ? s - (c.to as number) : 0);
  return candidates.sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

function readDataDate(lines: Line[], year: YearContext, hints: CampaignHints): void {
  const kinds: { field: "statedDataDate" | "titleDate" | "documentDate"; source: DataDateSource; key: string; lag: number }[] = [
    { field: "statedDataDate", source: "stated", key: "hints.dataDate", lag: 0 },
    { field: "titleDate", source: "title", key: "hints.dataDate", lag: 0 },
    { field: "documentDate", source: "document", key: "hints.documentDate", lag: DOCUMENT_DATE_LAG_DAYS },
  ];
  for (const kind of kinds) {
    const dated = lines
      .map((line) => ({ line, parts: line.facts[kind.field] as DayParts | null }))
      .map((x) => ({ ...x, day: x.parts && dayInCampaign(x.parts, hints.campaign, year.year) }))
      .filter((x): x is { line: Line; parts: DayParts; day: DaySerial } => x.parts !== null && x.day !== null);
    if (dated.length === 0) continue;
    // The first line that says it; several cells of that same row ("Kết quả ngày 13/9 | … ngày 14/9"): the latest.
    const sameRow = dated.filter((x) => x.line.row !== null && x.line.row === dated[0].line.row);
    const { line, parts, day } = sameRow.length > 1 ? sameRow.reduce((a, b) => (b.day > a.day ? b : a)) : dated[0];
    const dataDate = day - kind.lag;
    hints.dataDate = dataDate;
    hints.dataDateSource = kind.source;
    // A date taken from a document's date is a guess: a warning, so the clerk checks it.
    const severity = kind.source === "document" ? "warning" : "info";
    hints.notes.push(note(`hint-data-date-${kind.source}`, kind.key, line.source, line.text, { date: formatDate(dataDate, "vi"), documentDate: formatDate(day, "vi") }, severity),
      ...yearNote("hint-data-date", line, year, parts.y === null));
    return;
  }
}

/** Campaign facts the sheet states, each with an info line saying where it was read. */
export function readCampaignHints(grid: Grid, today: DaySerial): CampaignHints {
  const lines = linesOf(grid);
  const hints: CampaignHints = { campaign: {}, dataDate: null, dataDateSource: null, notes: [] };
  const daysLine = lines.find((l) => l.facts.days !== null);
  if (daysLine) {
    hints.campaign.nominalDays = daysLine.facts.days as number;
    hints.notes.push(note("hint-days", "hints.days", daysLine.source, daysLine.text, { days: String(daysLine.facts.days) }));
  }
  const year = yearContext(lines, today);
  readPeriods(lines, year, hints);
  readDataDate(lines, year, hints);
  return hints;
}

/** The notes of the facts actually used: those the clerk gave by hand (options, pane fields) are not the sheet's. */
export function usedNotes(hints: CampaignHints, given: { period?: boolean; days?: boolean; asOf?: boolean }): Finding[] {
  const dropped = [
    ...(given.period ? ["hint-period", "hint-phase"] : []), ...(given.days ? ["hint-days"] : []), ...(given.asOf ? ["hint-data-date"] : []),
  ];
  return hints.notes.filter((n) => !dropped.some((prefix) => n.code.startsWith(prefix)));
}

/** Campaign facts written in the title and header of a sheet; only the fields found are set. */
export function detectCampaignHints(grid: Grid, today: DaySerial = todaySerial()): Partial<Campaign> {
  return readCampaignHints(grid, today).campaign;
}

