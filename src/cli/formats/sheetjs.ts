// .xls, .ods, .csv and HTML tables saved as .xls (what much government software exports), read with SheetJS
// (@e965/xlsx 0.20.3: SheetJS's fixed releases republished on npm, Apache-2.0; the plain `xlsx` 0.18.5 on npm
// carries unfixed advisories) and written as an .xlsx package, so that every later step reads one format and
// the report copy is always .xlsx. Only the command line imports this file: it stays out of the pane bundle.
import * as XLSX from "@e965/xlsx";
import type { Finding } from "../../core/types";
import { cellAddress } from "../../core/address";
import { SparseSheet } from "../../core/input/sparse-sheet";
import { farCellsFinding, keptArea } from "../../core/input/block";
import { decodeText } from "./text-decode";

export type ConvertibleFormat = "xls" | "ods" | "csv" | "html" | "xml2003";
/** An .xlsx is converted too when exceljs cannot read it (a sheet's XML that SheetJS's reader forgives). */
type SheetJsInput = ConvertibleFormat | "xlsx";

/** Figures in text exports stay text (the engine reads "46.743" the Vietnamese way), but a bare integer is a number. */
const BARE_INTEGER = /^-?\d{1,15}$/;

function numbersFromText(wb: XLSX.WorkBook): void {
  for (const name of wb.SheetNames) {
    const rows = wb.Sheets[name]["!data"];
    if (!rows) continue;
    for (const row of rows) {
      if (!row) continue;
      for (const cell of row) {
        if (cell && cell.t === "s" && typeof cell.v === "string" && BARE_INTEGER.test(cell.v.trim())) {
          cell.t = "n";
          cell.v = Number(cell.v.trim());
          delete cell.w;
        }
      }
    }
  }
}

/** The workbook as SheetJS reads it; throws SheetJS's own errors (the caller words them for the clerk). */
function readWith(bytes: Buffer, format: SheetJsInput): XLSX.WorkBook {
  const common = { dense: true, cellStyles: true, cellNF: true, cellDates: false } as const;
  if (format === "csv" || format === "html") {
    const wb = XLSX.read(decodeText(bytes), { ...common, type: "string", raw: true });
    numbersFromText(wb);
    return wb;
  }
  return XLSX.read(bytes, { ...common, type: "buffer", cellFormula: true });
}

/** What SheetJS prints to the console while it works (it has no option to stay quiet). */
const CONSOLE_METHODS = ["error", "warn", "log", "info", "debug"] as const;

/**
 * Runs `work` with the console silenced, returning what SheetJS tried to print: nothing of a library reaches
 * the clerk's terminal; the caller turns the lines that matter into one of its own notes.
 */
function quietly<T>(work: () => T): { value: T; printed: string[] } {
  const printed: string[] = [];
  const saved = CONSOLE_METHODS.map((m) => console[m]);
  for (const m of CONSOLE_METHODS) console[m] = (...args: unknown[]) => void printed.push(args.map(String).join(" "));
  try {
    return { value: work(), printed };
  } finally {
    CONSOLE_METHODS.forEach((m, i) => (console[m] = saved[i]));
  }
}

/** SheetJS's own words when it could not read a number format exactly (dates or percents may read differently). */
const APPROXIMATE_FORMAT = /number format may be incorrect/i;

/** Whether SheetJS's failure says the file has a password. */
export function isPasswordError(e: unknown): boolean {
  return /password|encrypt/i.test(e instanceof Error ? e.message : String(e));
}

type DenseRow = (XLSX.CellObject | undefined)[] | undefined;

/**
 * Cuts a sheet to the area around its table before SheetJS writes it (its writer visits every position of the
 * sheet's range: one value at XFD1048576 would mean 17 billion visits), and fills the rows SheetJS's dense
 * writer needs. Returns the info line when far cells were left out.
 */
function boundSheet(ws: XLSX.WorkSheet, name: string): Finding | null {
  const data = ws["!data"] as DenseRow[] | undefined;
  if (!data) return null;
  const sparse = new SparseSheet(name);
  // forEach skips the holes of a sparse array: the cost is the cells present, not the range.
  data.forEach((row, r) => row?.forEach((cell, c) => {
    if (cell && cell.v !== undefined && cell.v !== null && cell.v !== "") sparse.set(r + 1, c + 1, { value: 1 });
  }));
  for (const m of ws["!merges"] ?? []) sparse.merges.push({ top: m.s.r + 1, left: m.s.c + 1, bottom: m.e.r + 1, right: m.e.c + 1 });
  const area = keptArea(sparse) ?? { top: 1, left: 1, bottom: 1, right: 1 };
  const outside: string[] = [];
  let count = 0;
  data.forEach((row, r) => {
    if (!row) return;
    row.forEach((cell, c) => {
      if (r + 1 <= area.bottom && c + 1 <= area.right) return;
      if (cell && cell.v !== undefined && cell.v !== null && cell.v !== "") {
        count += 1;
        if (outside.length < 3) outside.push(cellAddress(r + 1, c + 1));
      }
      delete row[c];
    });
  });
  data.length = Math.min(data.length, area.bottom);
  for (let r = 0; r < area.bottom; r++) data[r] ??= [];
  ws["!ref"] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: area.bottom - 1, c: area.right - 1 } });
  ws["!merges"] = (ws["!merges"] ?? []).filter((m) => m.s.r < area.bottom && m.s.c < area.right);
  return count > 0 ? farCellsFinding(count, outside, area) : null;
}

/** The file as an .xlsx package (values, formulas with their results, merges, hidden sheets/rows/columns), and
 * what the clerk should know of the conversion. */
export function convertToXlsx(bytes: Buffer, format: SheetJsInput): { bytes: Buffer; notes: Finding[]; approximateFormats: boolean } {
  const read = quietly(() => readWith(bytes, format));
  const wb = read.value;
  if (wb.SheetNames.length === 0) throw new Error("no sheet");
  const notes: Finding[] = [];
  for (const name of wb.SheetNames) {
    const note = boundSheet(wb.Sheets[name], name);
    if (note) notes.push(note);
    // SheetJS writes a column's outline `level` back as <col level>, an attribute the schema does not have
    // (openpyxl refuses the file); its outline level is written as outlineLevel all the same.
    for (const col of wb.Sheets[name]["!cols"] ?? []) if (col && "level" in col) delete (col as { level?: number }).level;
  }
  const written = quietly(() => XLSX.write(wb, { type: "buffer", bookType: "xlsx", compression: true }) as Buffer);
  const approximateFormats = [...read.printed, ...written.printed].some((line) => APPROXIMATE_FORMAT.test(line));
  return { bytes: written.value, notes, approximateFormats };
}
