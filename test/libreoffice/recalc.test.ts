import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import { openXlsx, runCli, SAMPLE, tempDir } from "../support/run-cli";
import { convert, CSV_ALL_SHEETS, describeWithSoffice, parseCsv } from "./soffice";

const REPORT = "Báo cáo 15-09-2024";
/** A csv number as LibreOffice writes it under a Vietnamese format ("53,28%", "6734,4"); NaN for text. */
function csvNumber(v: string): number {
  const m = /^(-?\d+(?:,\d+)?)(%?)$/.exec(v.trim());
  if (!m) return NaN;
  const n = Number(m[1].replace(",", "."));
  return m[2] ? n / 100 : n;
}

const ERROR = /^(#(DIV\/0!|VALUE!|REF!|NAME\?|N\/A|NUM!|NULL!)|Err:\d+)$/;

describeWithSoffice()("the written workbook in LibreOffice", () => {
  const dir = tempDir("quota-report-lo-");
  const out = path.join(dir, "bao-cao.xlsx");
  const tampered = path.join(dir, "tampered.xlsx");
  const sheetCsv = (base: string, sheet: string) => parseCsv(fs.readFileSync(path.join(dir, `${base}-${sheet}.csv`), "utf8"));

  beforeAll(async () => {
    const r = await runCli(["report", SAMPLE, "-o", out, "--sheet", "Tiến độ CCCD", "--as-of", "15/09/2024"]);
    expect(r.code).toBe(0);
    // The same file with every cached formula result on the report zeroed: what LibreOffice then shows, it
    // computed itself.
    const wb = await openXlsx(out);
    (wb.getWorksheet(REPORT) as ExcelJS.Worksheet).eachRow((row) => row.eachCell((cell) => {
      const v = cell.value as { formula?: string } | null;
      if (v && typeof v === "object" && v.formula) cell.value = { formula: v.formula, result: 0 } as ExcelJS.CellFormulaValue;
    }));
    await wb.xlsx.writeFile(tampered);
    convert(out, CSV_ALL_SHEETS, dir);
    convert(tampered, CSV_ALL_SHEETS, dir);
  }, 180000);

  test("no cell of any sheet holds an error value after recalculation", () => {
    for (const sheet of ["Tiến độ CCCD", "Tiến độ ĐDĐT", REPORT]) {
      for (const base of ["bao-cao", "tampered"]) {
        const errors = sheetCsv(base, sheet).flatMap((row, r) => row.map((v, c) => ({ at: [r + 1, c + 1], v }))).filter((x) => ERROR.test(x.v));
        expect({ sheet, base, errors }).toEqual({ sheet, base, errors: [] });
      }
    }
  });

  test("LibreOffice's own totals and percentages agree with the engine's cached values", () => {
    const cached = sheetCsv("bao-cao", REPORT);
    const recalculated = sheetCsv("tampered", REPORT);
    const totalRow = recalculated.findIndex((row) => row[1] === "Tổng cộng");
    expect(totalRow).toBeGreaterThan(0);
    const total = recalculated[totalRow];
    expect(csvNumber(total[2])).toBe(13176);
    expect(csvNumber(total[3])).toBe(7020);
    expect(csvNumber(total[5])).toBeCloseTo(7020 / 13176, 9);
    expect(csvNumber(total[4])).toBe(6156);
    expect(csvNumber(total[8])).toBe(137);
    // Every number, recalculated, equals what the engine cached.
    expect(recalculated.length).toBe(cached.length);
    recalculated.forEach((row, r) => row.forEach((v, c) => {
      const a = csvNumber(v);
      const b = csvNumber(cached[r][c]);
      if (v !== "" && Number.isFinite(a)) expect({ at: [r + 1, c + 1], v: a.toFixed(6) }).toEqual({ at: [r + 1, c + 1], v: b.toFixed(6) });
      else expect({ at: [r + 1, c + 1], v }).toEqual({ at: [r + 1, c + 1], v: cached[r][c] });
    }));
  });

  test("the report renders to PDF and PNG with its Vietnamese text (test-artifacts/report-page.png)", () => {
    convert(out, "pdf", dir);
    const pdf = path.join(dir, "bao-cao.pdf");
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())?.[1]);
    const text = execFileSync("pdftotext", ["-f", String(pages), "-l", String(pages), "-layout", pdf, "-"]).toString();
    expect(text).toContain("BÁO CÁO TIẾN ĐỘ TỔNG CHỈ TIÊU");
    expect(text).toMatch(/Tổng cộng\s+13\.176\s+7\.020\s+6\.156\s+53,28%/);
    expect(text).toContain("Chậm tiến độ");
    const artifacts = path.resolve(__dirname, "../../test-artifacts");
    fs.mkdirSync(artifacts, { recursive: true });
    execFileSync("pdftoppm", ["-f", String(pages), "-l", String(pages), "-r", "100", "-png", "-singlefile", pdf, path.join(artifacts, "report-page")]);
    fs.copyFileSync(pdf, path.join(artifacts, "report.pdf"));
    expect(fs.statSync(path.join(artifacts, "report-page.png")).size).toBeGreaterThan(20000);
  }, 120000);
});
