// Formulas saved without their results (what web systems and scripts write) give the same figures as the same
// workbook saved by LibreOffice, which computes every formula itself: on the corpus case, and on a seeded
// sheet of several hundred formulas of the kinds quota sheets use.
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import * as XLSX from "@e965/xlsx";
import { runCli, tempDir } from "../support/run-cli";
import { convert, describeWithSoffice } from "./soffice";
import { INPUT_DIR } from "../../scripts/hostile/input";
import { sparseFromWorksheet } from "../support/exceljs-read";
import { computeMissingResults } from "../../src/core/input/missing-results";
import type { CellValue } from "../../src/core/types";
import { makeRng } from "../../scripts/corpus/prng";

const DATES = ["--from", "01/08/2024", "--to", "30/10/2024", "--as-of", "15/09/2024"];

const ROWS = 60;
/** Formula shapes over the data in A:E of row r (and earlier formula cells), as quota sheets write them. */
const SHAPES: ((r: number, pick: () => number) => string)[] = [
  (r) => `SUM(A${r}:E${r})`,
  (r, p) => `ROUND(A${r}/B${r}*100,${Math.floor(p() * 3)})`,
  (r) => `IF(B${r}>0,ROUND(A${r}/B${r},2),0)`,
  (r) => `IF(A${r}>=B${r},A${r}-B${r},0)`,
  (r) => `SUBTOTAL(9,C1:C${r})`,
  (r) => `SUBTOTAL(109,D1:D${r})`,
  (r) => `AVERAGE(A${r}:C${r})`,
  (r) => `MAX(A${r}:E${r})-MIN(A${r}:E${r})`,
  (r, p) => `ROUNDUP(C${r}/${1 + Math.floor(p() * 9)},0)`,
  (r) => `ROUNDDOWN(D${r}*1.5,1)`,
  (r) => `A${r}*2+B${r}^2-C${r}/4`,
  (r) => `IFERROR(A${r}/E${r},-1)`,
  (r) => `G${r}+H${r}`,
  (r) => `COUNT(A${r}:E${r})+COUNTA(A${r}:E${r})`,
  (r) => `INT(-A${r}/7)+ABS(B${r}-C${r})`,
  (r) => `IF(AND(A${r}>100,OR(B${r}<50,C${r}>500)),"đạt","chưa đạt")`,
  (r) => `SUM(G1:G${r})`,
  (r) => `ROUND(SUM(A$1:A${r})/${r},0)`,
];

async function seededWorkbook(file: string): Promise<void> {
  const rand = makeRng(20240915).next;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Số liệu");
  for (let r = 1; r <= ROWS; r++) {
    for (let c = 1; c <= 5; c++) {
      const x = rand();
      // Mostly counts; a few decimals, blanks, zeros and a word, as real sheets have.
      const v: ExcelJS.CellValue = x < 0.06 ? null : x < 0.1 ? 0 : x < 0.13 ? "không" : x < 0.25 ? Math.round(rand() * 100000) / 100 : Math.floor(rand() * 5000);
      if (v !== null) ws.getCell(r, c).value = v;
    }
    if (r % 7 === 0) ws.getRow(r).hidden = true;
    SHAPES.forEach((shape, k) => {
      ws.getCell(r, 7 + k).value = { formula: shape(r, rand) } as ExcelJS.CellFormulaValue;
    });
  }
  await wb.xlsx.writeFile(file);
}

/** LibreOffice's saved value, as SheetJS reads it (exceljs drops a saved result of 0). */
function same(mine: CellValue, theirs: XLSX.CellObject | undefined): boolean {
  if (!theirs) return mine === null;
  if (theirs.t === "e") return typeof mine === "object" && mine !== null && "error" in mine && mine.error === theirs.w;
  if (typeof mine === "number" && typeof theirs.v === "number") return Math.abs(mine - theirs.v) <= 1e-9 * Math.max(1, Math.abs(theirs.v));
  return mine === theirs.v;
}

describeWithSoffice()("formulas without saved results, against LibreOffice", () => {
  const dir = tempDir("formulas-lo-");

  test("the corpus case: analyze gives the same figures as LibreOffice's recalculated copy", async () => {
    const original = path.join(INPUT_DIR, "i01-formulas-without-results.xlsx");
    const copy = path.join(dir, "lo");
    fs.mkdirSync(copy);
    convert(original, "xlsx", copy);
    const mine = await runCli(["analyze", original, ...DATES, "--json"]);
    const theirs = await runCli(["analyze", path.join(copy, path.basename(original)), ...DATES, "--json"]);
    expect(mine.code).toBe(0);
    expect(theirs.code).toBe(0);
    const figures = (s: string) => {
      const j = JSON.parse(s);
      return { units: j.units, total: j.total, measures: j.measures, period: j.period };
    };
    expect(figures(mine.stdout)).toEqual(figures(theirs.stdout));
    const codes = JSON.parse(mine.stdout).warnings.map((w: { code: string }) => w.code);
    expect(codes).toContain("formulas-computed");
    expect(JSON.parse(theirs.stdout).warnings.map((w: { code: string }) => w.code)).not.toContain("formulas-computed");
  }, 180000);

  test(`a seeded sheet of ${ROWS * SHAPES.length} formulas: every value equals LibreOffice's`, async () => {
    const file = path.join(dir, "seeded.xlsx");
    await seededWorkbook(file);
    convert(file, "xlsx", path.join(dir, "out"));
    const read = async (f: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(f);
      return wb.worksheets[0];
    };
    const sparse = sparseFromWorksheet(await read(file));
    const outcome = computeMissingResults(sparse);
    expect(outcome.failed).toEqual([]);
    expect(outcome.computed).toHaveLength(ROWS * SHAPES.length);
    const lo = XLSX.read(fs.readFileSync(path.join(dir, "out", "seeded.xlsx")), { type: "buffer" });
    const loSheet = lo.Sheets[lo.SheetNames[0]];
    const differ: string[] = [];
    for (let r = 1; r <= ROWS; r++) {
      for (let c = 7; c < 7 + SHAPES.length; c++) {
        const mine = sparse.get(r, c)?.value ?? null;
        const address = XLSX.utils.encode_cell({ r: r - 1, c: c - 1 });
        const theirs = loSheet[address] as XLSX.CellObject | undefined;
        if (!same(mine, theirs)) differ.push(`${address} ${sparse.get(r, c)?.formula}: ${JSON.stringify(mine)} vs ${JSON.stringify(theirs?.v)}`);
      }
    }
    expect(differ).toEqual([]);
  }, 180000);
});
