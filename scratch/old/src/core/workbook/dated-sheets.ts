// The workbook, not just a sheet: which sheets hold a quota table, the day each one holds, and which one to
// read (the one the clerk named, else the latest day). The list is kept: history imports the earlier days.
import { formatDate } from "../dates";
import type { DaySerial, Finding, Grid, QuotaTable, ReadResult } from "../types";
import { ADDIN_SHEET_NAMES } from "./date-words";
import { completeDate, dateFromSheetName, dateFromTitle, titleTexts, yearsSeen, type PartialDate } from "./sheet-date";

/** A sheet as a face hands it over: its grid, and its quota table when one was read. */
export interface WorkbookSheet {
  name: string;
  grid: Grid;
  table: QuotaTable | null;
  hidden?: boolean;
}

/** A sheet holding a quota table, with the day it holds when its name or title says one. */
export interface DatedSheet {
  /** Position in the list the face gave. */
  index: number;
  name: string;
  day: DaySerial | null;
  /** Where the day came from. */
  dateFrom: "name" | "title" | null;
  /** Where its year came from ("workbook": another date in the workbook; "fallback": the as-of year). */
  yearFrom: "name" | "workbook" | "fallback" | null;
}

export interface SheetChoice {
  /** Index (into the faces' list) of the sheet to read; null when no sheet holds a table. */
  index: number | null;
  /** Every table sheet, oldest day first, undated ones last (the history's days). */
  dated: DatedSheet[];
  /** What the clerk is told: which sheet was read and why, the others seen. */
  findings: Finding[];
}

function foldedName(name: string): string {
  return name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/\s+/g, " ").trim();
}

/** True for the sheets the add-in writes (reports, the history table): never a day's figures. */
export function isAddinSheet(name: string): boolean {
  const folded = foldedName(name);
  return ADDIN_SHEET_NAMES.some((re) => re.test(folded));
}

/** The day of every sheet holding a table; a year missing from a name comes from the workbook's other dates. */
export function datedSheets(sheets: WorkbookSheet[], fallbackYear: number | null = null): DatedSheet[] {
  const withTable = sheets.map((s, index) => ({ s, index })).filter(({ s }) => s.table !== null && !s.hidden && !isAddinSheet(s.name));
  const found: { index: number; name: string; partial: PartialDate | null; from: DatedSheet["dateFrom"] }[] = [];
  const seen: DaySerial[] = [];
  for (const { s, index } of withTable) {
    const texts = titleTexts(s.grid, s.table?.headerRows[0]);
    seen.push(...yearsSeen(texts));
    const byName = dateFromSheetName(s.name);
    const byTitle = byName ? null : dateFromTitle(texts);
    found.push({ index, name: s.name, partial: byName ?? byTitle, from: byName ? "name" : byTitle ? "title" : null });
  }
  const out: DatedSheet[] = found.map((f) => {
    if (!f.partial) return { index: f.index, name: f.name, day: null, dateFrom: null, yearFrom: null };
    const done = completeDate(f.partial, seen, fallbackYear);
    return { index: f.index, name: f.name, day: done.serial, dateFrom: done.serial === null ? null : f.from, yearFrom: done.yearFrom };
  });
  return out.sort((a, b) => (a.day === null ? (b.day === null ? a.index - b.index : 1) : b.day === null ? -1 : a.day - b.day || a.index - b.index));
}

/** A long list of sheets shortened for one line: the first and the last ones, "…" between. */
function nameList(names: string[]): string {
  return names.length <= 6 ? names.join(", ") : [...names.slice(0, 3), "…", ...names.slice(-2)].join(", ");
}

function info(code: string, key: string, params: Record<string, string | number>): Finding {
  return { code, severity: "info", msg: { key, params }, cell: null };
}

/**
 * The sheet to read: the one named (on the command line or in the pane) wins; else the latest dated sheet;
 * else the first table sheet. Whenever other table sheets were seen, one info line says which was read.
 */
export function chooseQuotaSheet(sheets: WorkbookSheet[], requested?: string, fallbackYear: number | null = null): SheetChoice {
  const dated = datedSheets(sheets, fallbackYear);
  const findings: Finding[] = [];
  // A sheet named by the clerk is read whatever it is (hidden, or a sheet the add-in wrote).
  const named = requested === undefined ? -1 : sheets.findIndex((s) => s.table !== null && s.name.toLocaleLowerCase("vi") === requested.toLocaleLowerCase("vi"));
  if (named >= 0 && !dated.some((d) => d.index === named)) return { index: named, dated, findings };
  if (dated.length === 0) return { index: null, dated, findings };
  const wanted = requested === undefined ? undefined : dated.find((d) => d.name.toLocaleLowerCase("vi") === requested.toLocaleLowerCase("vi"));
  const withDay = dated.filter((d) => d.day !== null);
  const latest = withDay.length > 0 ? withDay[withDay.length - 1] : null;
  const chosen = wanted ?? latest ?? [...dated].sort((a, b) => a.index - b.index)[0];
  const others = dated.filter((d) => d !== chosen).map((d) => d.name);
  const day = (d: DatedSheet) => (d.day === null ? "" : formatDate(d.day, "vi"));
  if (wanted && latest && latest !== wanted && (wanted.day === null || (latest.day as number) > wanted.day)) {
    findings.push(info("sheet-not-latest", "workbook.sheet-not-latest", { sheet: wanted.name, latest: latest.name, date: day(latest) }));
  } else if (!wanted && latest && others.length > 0) {
    findings.push(info("sheet-latest", "workbook.sheet-latest", { sheet: latest.name, date: day(latest), count: others.length, others: nameList(others) }));
  } else if (!wanted && others.length > 0) {
    findings.push(info("sheet-first", "workbook.sheet-first", { sheet: chosen.name, others: nameList(others) }));
  }
  if (chosen.yearFrom === "fallback" && chosen.day !== null) {
    findings.push({ code: "sheet-year-assumed", severity: "warning", cell: null, msg: { key: "workbook.sheet-year-assumed", params: { sheet: chosen.name, date: day(chosen) } } });
  }
  return { index: chosen.index, dated, findings };
}

/**
 * The pane reads the active sheet; from the names alone it can tell the clerk a later day's sheet exists.
 * null when the active sheet is the latest (or no other name is a date).
 */
export function laterDatedSheet(active: string, sheetNames: string[], fallbackYear: number | null): Finding | null {
  const sheets = sheetNames.map((name) => ({ name, grid: { sheet: name, origin: { row: 1, col: 1 }, values: [], merges: [], hiddenRows: [], hiddenCols: [] }, table: { headerRows: [1] } as QuotaTable }));
  const dated = datedSheets(sheets, fallbackYear).filter((d) => d.day !== null);
  const mine = dated.find((d) => d.name === active);
  const latest = dated[dated.length - 1];
  if (!latest || latest.name === active || (mine && (mine.day as number) >= (latest.day as number))) return null;
  return info("sheet-not-latest", "workbook.sheet-not-latest", { sheet: active, latest: latest.name, date: formatDate(latest.day as number, "vi") });
}

/** The read of the active sheet with the note that a later day's sheet exists, when one does. */
export function withLaterSheetNote(read: ReadResult, sheetNames: string[], fallbackYear: number | null): ReadResult {
  if (!read.ok) return read;
  const note = laterDatedSheet(read.table.sheet, sheetNames, fallbackYear);
  return note ? { ...read, table: { ...read.table, warnings: [note, ...read.table.warnings] } } : read;
}
