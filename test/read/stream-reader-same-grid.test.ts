// The command line's streaming reader (src/cli/formats/xlsx-workbook) against the reader it replaced, exceljs,
// kept here as the independent reader: over every workbook of the fixtures, the hostile corpus and the sample,
// every sheet must give the same Grid, and the finder the same quota table.
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { inputAsXlsxPackage } from "../../src/cli/formats/package";
import { XlsxWorkbook } from "../../src/cli/formats/xlsx-workbook";
import { findQuotaSheet, gridOfSheet } from "../../src/cli/read-xlsx";
import { exceljsSource } from "../support/exceljs-read";
import { serialFromYMD } from "../../src/core/dates";
import type { CellValue, Grid } from "../../src/core/types";

const ROOT = path.join(__dirname, "..", "..");
const FOLDERS = ["test/fixtures", "test/hostile", "assets/sample"];

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : /\.(xlsx|xlsm|xls|ods|csv|txt)$/i.test(e.name) ? [p] : [];
  });
}

/**
 * Where exceljs is wrong and the streaming reader is not: an ISO date cell (t="d", as LibreOffice and Strict
 * Open XML write dates) is read by exceljs as parseFloat("2024-09-15…") = 2024, a silent wrong figure. The
 * expectation is the day the generator wrote (scripts/hostile/output.ts), not what either reader says.
 */
const EXCELJS_MISREADS: Record<string, { sheet: string; row: number; col: number; value: CellValue }[]> = {
  "test/hostile/output/o6-iso-dates.xlsx": [
    { sheet: "Tiến độ", row: 1, col: 6, value: serialFromYMD(2024, 9, 15) },
    { sheet: "Ghi chú", row: 5, col: 2, value: serialFromYMD(2024, 8, 1) },
  ],
  "test/hostile/output/o8-everything.xlsm": [
    { sheet: "Tiến độ", row: 1, col: 6, value: serialFromYMD(2024, 9, 15) },
    { sheet: "Ghi chú", row: 5, col: 2, value: serialFromYMD(2024, 8, 1) },
  ],
};

function corrected(rel: string, sheet: string, grid: Grid): Grid {
  for (const fix of EXCELJS_MISREADS[rel] ?? []) {
    if (fix.sheet === sheet) grid.values[fix.row - grid.origin.row][fix.col - grid.origin.col] = fix.value;
  }
  return grid;
}

const FILES = FOLDERS.flatMap((f) => filesUnder(path.join(ROOT, f))).sort();

/** The package both readers read: the file's own bytes, or the .xlsx a converted format became; null if refused. */
async function packageOf(file: string): Promise<Buffer | null> {
  try {
    return (await inputAsXlsxPackage(file)).bytes;
  } catch {
    return null;
  }
}

async function exceljsBook(bytes: Buffer): Promise<ExcelJS.Workbook | null> {
  try {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    return wb;
  } catch {
    return null;
  }
}

/** Sheets compared, and files left to other tests (refused before reading, or unreadable by exceljs). */
const seen = { sheets: 0, skipped: [] as string[] };

afterAll(() => {
  // Most of the corpus must really be compared: a reader change that made exceljs fail everywhere would pass.
  expect(seen.skipped.length).toBeLessThan(15);
  expect(seen.sheets).toBeGreaterThan(150);
});

test("the corpus holds the workbooks it is meant to (a moved folder would make this test empty)", () => {
  expect(FILES.length).toBeGreaterThan(100);
});

describe.each(FILES.map((f) => [path.relative(ROOT, f)]))("%s", (rel) => {
  test("every sheet gives the same Grid and the same quota table through both readers", async () => {
    const bytes = await packageOf(path.join(ROOT, rel));
    if (!bytes) return void seen.skipped.push(rel); // refused before any reading (a password, a zip bomb): no reader is involved
    const theirs = await exceljsBook(bytes);
    if (!theirs) return void seen.skipped.push(rel); // exceljs cannot read it (a damaged sheet): the command line's fallback is tested elsewhere
    const ours = new XlsxWorkbook(bytes);
    const reference = exceljsSource(theirs);
    expect(ours.worksheets.filter((w) => w.state !== undefined).map((w) => [w.name, w.state])).toEqual(
      expect.arrayContaining(reference.worksheets.map((w) => [w.name, w.state])),
    );
    for (const sheet of reference.worksheets) {
      const mine = ours.getWorksheet(sheet.name);
      expect(mine).toBeDefined();
      seen.sheets += 1;
      expect({ sheet: sheet.name, grid: gridOfSheet(ours, mine!) }).toEqual({ sheet: sheet.name, grid: corrected(rel, sheet.name, gridOfSheet(reference, sheet)) });
    }
    if (EXCELJS_MISREADS[rel]) return; // the tables differ by the date exceljs misreads
    const a = findQuotaSheet(ours, undefined, undefined, 2024);
    const b = findQuotaSheet(reference, undefined, undefined, 2024);
    expect(a.ok).toBe(b.ok);
    if (a.ok && b.ok) {
      expect(a.worksheet.name).toBe(b.worksheet.name);
      expect(a.table).toEqual(b.table);
    } else if (!a.ok && !b.ok) expect(a.msg).toEqual(b.msg);
  });
});
