// The copies read back by programs we did not write: openpyxl (Debian's python3) and LibreOffice (one
// soffice call converting every file, each sheet to csv). What a clerk's other software would show.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { TABLE1_DONE, TABLE1_UNITS, table1Target } from "../../scripts/writers/table1";
import { CSV_ALL_SHEETS, parseCsv } from "../libreoffice/soffice";

export type Rows = unknown[][];

/** file → sheet → rows, or file → { error } when openpyxl refuses the file. */
export function readWithOpenpyxl(files: string[]): Record<string, Record<string, Rows> & { error?: string }> {
  const script = path.resolve(__dirname, "../../scripts/writers/read_sheets.py");
  const out = execFileSync("/usr/bin/python3", [script, ...files], { maxBuffer: 256 * 2 ** 20 }).toString("utf8");
  return JSON.parse(out);
}

/** file → sheet name → csv rows, with LibreOffice's raw values; a file it cannot open has no sheets. */
export function readWithLibreOffice(files: string[], outDir: string): Record<string, Record<string, string[][]>> {
  fs.mkdirSync(outDir, { recursive: true });
  const profile = `file://${outDir}/profile`;
  execFileSync("soffice", ["--headless", "--norestore", `-env:UserInstallation=${profile}`, "--convert-to", CSV_ALL_SHEETS, "--outdir", outDir, ...files],
    { stdio: "pipe", timeout: 600000 });
  const out: Record<string, Record<string, string[][]>> = {};
  for (const file of files) {
    const base = path.basename(file).replace(/\.xls[xm]$/i, "");
    out[file] = {};
    for (const name of fs.readdirSync(outDir)) {
      if (!name.startsWith(`${base}-`) || !name.endsWith(".csv")) continue;
      out[file][name.slice(base.length + 1, -4)] = parseCsv(fs.readFileSync(path.join(outDir, name), "utf8"));
    }
  }
  return out;
}

/** The row whose cells include `label` (a unit's name, "Tổng cộng"), as numbers where they read as numbers. */
export function rowOf(rows: unknown[][], label: string): number[] | null {
  const row = rows.find((r) => r.some((v) => typeof v === "string" && v.trim() === label));
  if (!row) return null;
  return row.map((v) => (typeof v === "number" ? v : typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : NaN)).filter((n) => !Number.isNaN(n));
}

export const TOTAL_TARGET = TABLE1_UNITS.reduce((s, _, i) => s + table1Target(i), 0);
const TOTAL_DONE = TABLE1_DONE["15-9"].reduce((a, b) => a + b, 0);

/** What the report sheet of 15/09/2024 must show: each unit's target and done, and the total's. */
export function expectReportFigures(rows: Rows, where: string): void {
  TABLE1_UNITS.forEach((unit, i) => {
    const figures = rowOf(rows, unit);
    expect({ where, unit, target: figures?.includes(table1Target(i)), done: figures?.includes(TABLE1_DONE["15-9"][i]) })
      .toEqual({ where, unit, target: true, done: true });
  });
  const total = rowOf(rows, "Tổng cộng");
  expect({ where, total: total?.includes(TOTAL_TARGET) && total.includes(TOTAL_DONE) }).toEqual({ where, total: true });
}

