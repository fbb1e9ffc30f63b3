// Shared steps of the hostile-corpus tests: open a case's file, run the engine on it, checksum sheets, and
// scan any output for figures a clerk must never read (NaN, Infinity, undefined).
import { tempDir } from "../support/temp-dirs";
import ExcelJS from "exceljs";
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { gridFromWorksheet } from "../support/exceljs-read";
import { readQuotaTable } from "../../src/core/read";
import { analyzeTable } from "../../src/core/analyze";
import { makeCampaign } from "../../src/core/campaign";
import { parseDayText } from "../../src/core/dates";
import type { Campaign, DaySerial, Grid } from "../../src/core/types";
import { CASES, DEFAULT_DATES, type HostileCase } from "./corpus";
import { hostileBytes } from "../../scripts/make-hostile";

export const HOSTILE_DIR = __dirname;
export { CASES };

let bigDir: string | null = null;

/** The case's file: committed beside the tests, or (too big to commit) written once into a temp dir. */
export async function caseFile(c: HostileCase): Promise<string> {
  if (!c.generatedAtTestTime) return path.join(HOSTILE_DIR, c.file);
  bigDir ??= tempDir("hostile-big-");
  const file = path.join(bigDir, c.file);
  if (!fs.existsSync(file)) fs.writeFileSync(file, await hostileBytes(c));
  return file;
}

export function datesOf(c: HostileCase) {
  return c.dates ?? DEFAULT_DATES;
}

export function campaignOf(c: HostileCase): { campaign: Campaign; asOf: DaySerial } {
  const d = datesOf(c);
  return { campaign: makeCampaign({ from: parseDayText(d.from), to: parseDayText(d.to) }), asOf: parseDayText(d.asOf) as DaySerial };
}

export function cliDateArgs(c: HostileCase): string[] {
  const d = datesOf(c);
  return ["--from", d.from, "--to", d.to, "--as-of", d.asOf];
}

export async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The sheet the engine is given: the first visible one (the sheet a clerk has open). */
export function firstVisibleGrid(wb: ExcelJS.Workbook): Grid {
  const ws = wb.worksheets.find((w) => w.state !== "hidden" && w.state !== "veryHidden") ?? wb.worksheets[0];
  return gridFromWorksheet(ws);
}

export function engineRead(grid: Grid, c: HostileCase) {
  const read = readQuotaTable(grid);
  if (!read.ok) return { read, analysis: null };
  const { campaign, asOf } = campaignOf(c);
  return { read, analysis: analyzeTable(read.table, campaign, asOf) };
}

/** Every non-empty cell of a sheet as "address=type:value" lines, hashed: what "the clerk's data" is. */
export function sheetChecksum(ws: ExcelJS.Worksheet, only?: Set<string>): { hash: string; cells: Set<string> } {
  const lines: string[] = [];
  const cells = new Set<string>();
  const wanted = only ?? null;
  ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: !!wanted }, (cell) => {
    if (wanted ? !wanted.has(cell.address) : cell.value === null || cell.value === undefined) return;
    cells.add(cell.address);
    lines.push(`${cell.address}=${cell.type}:${JSON.stringify(cell.value)}`);
  }));
  // Cells asked for but absent from the output are part of the checksum too (as empty).
  if (wanted) for (const a of wanted) if (!cells.has(a)) lines.push(`${a}=missing`);
  lines.sort();
  return { hash: createHash("sha256").update(lines.join("\n")).digest("hex"), cells };
}

export function fileHash(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

const BAD_TEXT = /\bNaN\b|Infinity|undefined|\[object Object\]/;

/** Paths to every NaN/Infinity number and every text showing "NaN", "Infinity" or "undefined". */
export function badValues(value: unknown, at = "$", out: string[] = [], seen = new Set<unknown>()): string[] {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) out.push(`${at}=${value}`);
  } else if (typeof value === "string") {
    if (BAD_TEXT.test(value)) out.push(`${at}="${value.slice(0, 80)}"`);
  } else if (value && typeof value === "object" && !seen.has(value)) {
    seen.add(value);
    for (const [k, v] of Object.entries(value)) badValues(v, `${at}.${k}`, out, seen);
  }
  return out;
}
