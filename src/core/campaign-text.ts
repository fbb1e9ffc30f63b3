// What one line of a sheet (a title, a note, a header, the sheet's name) says about the campaign: the plan's
// own days, periods (a phase's when a phase name precedes it), the day the figures are counted to, and the
// date of a document it refers to. Patterns are built from src/core/vocabulary/campaign-phrases.ts over the
// folded text (see foldDateText), so diacritics, case, quotes and commas never matter.
import { DATE_SOURCE, dayParts, foldDateText, serialOfParts } from "./dates";
import type { DaySerial } from "./types";
import type { DayParts } from "./dates";
import { CAMPAIGN_PHRASES as P } from "./vocabulary/campaign-phrases";
import { phraseAlternatives as any } from "./vocabulary/phrase-pattern";
import { lengthsKey, rebuiltWhenTablesChange } from "./vocabulary/live";

/** A period as written: either day may lack its year ("từ 21/8 đến 29/8"). */
export interface PeriodText {
  from: DayParts;
  to: DayParts;
  /** "Đợt 1", "Giai đoạn II" when the period belongs to a named phase. */
  phase: string | null;
}

export interface TextFacts {
  days: number | null;
  periods: PeriodText[];
  /** "tính đến ngày 15/9/2024", "Số liệu đến 17h00 ngày 15/09/2024". */
  statedDataDate: DayParts | null;
  /** "BÁO CÁO KẾT QUẢ … NGÀY 15/9/2024": a report's title dated with its data's day. */
  titleDate: DayParts | null;
  /** "Kèm theo Báo cáo số 12/BC-CAH ngày 16/9/2024": the document's own date. */
  documentDate: DayParts | null;
  /** The first full date written in the text ("01/8/2024"), to place days written without a year. */
  fullDate: DaySerial | null;
  /** A year written on its own ("năm 2024"), when the text has no full date. */
  year: number | null;
}

const WORD_END = "(?![a-z0-9%])";
const WORD_START = "(?<![a-z0-9%])";
const DATE = `(${DATE_SOURCE})`;
const TIME = "(?:\\d{1,2}(?:h|g)\\d{0,2}(?: \\d{1,2}(?: phut)?)?|\\d{1,2} gio(?: \\d{1,2})?(?: phut)?|\\d{1,2} \\d{2})";

// The place-and-date line of an administrative document ("Mường Tè, ngày 16 tháng 9 năm 2024"): its date too is
// the document's, written the morning after the data.
const PLACE_DATE = /^(?:[a-z]+ ){1,5}ngay (\d{1,2} thang \d{1,2} (?:nam )?\d{4})$/;
// "<label>: <date>", the label a few words that speak of the report or the data (see dataDateLabelWords), the
// date alone after the colon (a time of day may come with it). Matched on the raw text: folding drops the colon.
const LABELLED = /^([^:：\d]{2,80})[:：]\s*(.+)$/;
const LABELLED_DATE = new RegExp(`^(?:(?:vao|luc) )?(?:${TIME} )?(?:(?:(?:het )?ngay) )?${DATE}(?: (?:luc )?${TIME})?$`);

/** The patterns built from the phrase lists, again whenever a line is added to one (next month's wording). */
const patterns = rebuiltWhenTablesChange(() => lengthsKey(Object.values(P)), () => ({
  DAYS: new RegExp(`${WORD_START}(\\d{1,3}) (?:${any(P.daysAndNights)})${WORD_END}`),
  // "từ 21/8 đến 29/8/2024", "từ 21/8 – 29/8/2024"; without an opening word ("(01/8/2024 - 30/10/2024)", "thời gian:
  // 01/8 đến 30/10/2024") the two days must be joined by a word or end with a year, so two stray days are no period.
  PERIOD: new RegExp(
    `${WORD_START}(?:(?:${any(P.periodStart)}) ${DATE} (?:(?:${any(P.periodEnd)}) )?${DATE}` +
    `|${DATE} (?:(?:${any(P.periodEnd)}) ${DATE}|(\\d{1,2}x\\d{1,2}x\\d{2,4})(?![a-z0-9%])))`, "g"),
  DATA_SPAN: new RegExp(`${WORD_START}(?:${any(P.dataSpanLead)}) $`),
  PHASE: new RegExp(`${WORD_START}(${any(P.phaseWords)}) (\\d{1,2}|[ivx]{1,4})${WORD_END}`, "g"),
  STATED: new RegExp(`${WORD_START}(?:${any(P.dataDateLead)}) (?:(?:${any(P.dataDateFiller)}) )?(?:${TIME} )?(?:(?:het )?ngay )?${DATE}`),
  DOCUMENT: new RegExp(`${WORD_START}(?:${any(P.documentReference)})(?: [a-z]+){0,3} so \\d+(?: [a-z0-9]+){0,5}? ngay ${DATE}`),
  TITLE: new RegExp(`^(?:${any(P.reportTitle)})${WORD_END}(?: [a-z0-9%]+)*? ngay ${DATE}`),
  LABEL_WORDS: new RegExp(`${WORD_START}(?:${any(P.dataDateLabelWords)})${WORD_END}`),
  // A label naming another document ("Kèm theo báo cáo số …"): its date is the document's.
  DOCUMENT_LABEL: new RegExp(`${WORD_START}(?:${any(P.documentReference.filter((w) => w !== "số"))})${WORD_END}`),
}));
const YEAR = /(?<![a-z0-9%])nam (\d{4})(?![a-z0-9%])/;
const ANY_DATE = new RegExp(DATE_SOURCE, "g");

function firstFullDate(folded: string): DaySerial | null {
  for (const m of folded.matchAll(ANY_DATE)) {
    const s = serialOfParts(dayParts(m[0]));
    if (s !== null) return s;
  }
  return null;
}

/** The phase named last before `index` (and after `since`): "dot 2" → "Đợt 2". */
function phaseBefore(folded: string, since: number, index: number): string | null {
  let name: string | null = null;
  for (const m of folded.slice(since, index).matchAll(patterns().PHASE)) name = `${m[1]} ${m[2]}`;
  if (name === null) return null;
  return name.replace(/^dot/, "Đợt").replace(/^giai doan/, "Giai đoạn").replace(/ ([ivx]+)$/, (_, r: string) => ` ${r.toUpperCase()}`);
}

function periodsIn(folded: string): { periods: PeriodText[]; spans: [number, number][]; dataSpanEnd: DayParts | null } {
  const { PERIOD, DATA_SPAN } = patterns();
  const periods: PeriodText[] = [];
  const spans: [number, number][] = [];
  let dataSpanEnd: DayParts | null = null;
  let since = 0;
  for (const m of folded.matchAll(PERIOD)) {
    const start = m.index ?? 0;
    const [from, to] = m[1] !== undefined ? [m[1], m[2]] : [m[3], m[4] ?? m[5]];
    // "Số liệu từ 01/8 đến 15/9/2024": the data's span, whose end is the data date; not the campaign.
    if (DATA_SPAN.test(folded.slice(since, start))) dataSpanEnd = dayParts(to);
    else periods.push({ from: dayParts(from), to: dayParts(to), phase: phaseBefore(folded, since, start) });
    since = start + m[0].length;
    spans.push([start, since]);
  }
  return { periods, spans, dataSpanEnd };
}

/** "Ngày báo cáo: 15/9/2024": the date under a label of its own that speaks of the report or its data. */
function labelledDataDate(text: string): DayParts | null {
  const m = LABELLED.exec(text.trim());
  if (!m) return null;
  const label = foldDateText(m[1]);
  const { LABEL_WORDS, DOCUMENT_LABEL } = patterns();
  if (!LABEL_WORDS.test(label) || DOCUMENT_LABEL.test(label)) return null;
  const date = LABELLED_DATE.exec(foldDateText(m[2]));
  return date ? dayParts(date[1]) : null;
}

/** Everything one text says about the campaign (all fields null or empty when it says nothing). */
export function readCampaignText(text: string): TextFacts {
  const folded = foldDateText(text);
  const { DAYS, STATED, DOCUMENT, TITLE } = patterns();
  const days = DAYS.exec(folded);
  const { periods, spans, dataSpanEnd } = periodsIn(folded);
  const stated = STATED.exec(folded);
  const reference = DOCUMENT.exec(folded);
  // A report's title dated "NGÀY 15/9/2024", read with its periods taken out (their days are not the data's).
  let withoutPeriods = folded;
  for (const [a, b] of [...spans].reverse()) withoutPeriods = `${withoutPeriods.slice(0, a)}p${withoutPeriods.slice(b)}`;
  const title = reference ? null : TITLE.exec(withoutPeriods);
  // "BÁO CÁO NGÀY 26 tháng 11 năm 2024" is a title, not a place-and-date line.
  const documentRef = reference ?? (title ? null : PLACE_DATE.exec(folded));
  const fullDate = firstFullDate(folded);
  const year = fullDate === null ? YEAR.exec(folded) : null;
  return {
    days: days ? Number(days[1]) || null : null,
    periods,
    statedDataDate: stated ? dayParts(stated[1]) : labelledDataDate(text) ?? dataSpanEnd,
    titleDate: title ? dayParts(title[1]) : null,
    documentDate: documentRef ? dayParts(documentRef[1]) : null,
    fullDate,
    year: year ? Number(year[1]) : null,
  };
}

/** True when the folded text may say something (a figure at least): most unit names are skipped cheaply. */
export function mayHoldCampaignFacts(text: string): boolean {
  return /\d/.test(text);
}
