// The 30-day campaign's daily, weekly and phase reports, written by the command line, recalculated by
// LibreOffice from zeroed cached results and rendered to PDF: the figures are the fixture script's.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import { openXlsx, runCli, tempDir } from "../support/run-cli";
import { convert, CSV_ALL_SHEETS, describeWithSoffice, parseCsv } from "./soffice";
import { buildHistoryCampaign, expectedAt, expectedPeriod, CAMPAIGN_DAYS } from "../../scripts/fixtures/history";

const FIXTURE = path.resolve(__dirname, "../fixtures/30-history-30-day-sheets.xlsx");
const ERROR = /^(#(DIV\/0!|VALUE!|REF!|NAME\?|N\/A|NUM!|NULL!)|Err:\d+)$/;
const units = buildHistoryCampaign();
const csvNumber = (v: string) => {
  const m = /^([-+]?\d+(?:,\d+)?)(%?)$/.exec(v.trim());
  return m ? Number(m[1].replace(",", ".")) / (m[2] ? 100 : 1) : NaN;
};
const sameName = (a: string, b: string) => a.replace(/\s+/g, " ").toLowerCase() === b.replace(/\s+/g, " ").toLowerCase();

/** Write a report, zero every cached formula result, keep only the report and history sheets, recalc to csv. */
async function reportCsv(dir: string, base: string, args: string[], sheet: string): Promise<string[][]> {
  const out = path.join(dir, `${base}.xlsx`);
  const r = await runCli(["report", FIXTURE, "-o", out, ...args]);
  expect(r.stderr).toBe("");
  const wb = await openXlsx(out);
  for (const ws of [...wb.worksheets]) if (ws.name !== sheet && ws.name !== "Lịch sử tiến độ") wb.removeWorksheet(ws.id);
  (wb.getWorksheet(sheet) as ExcelJS.Worksheet).eachRow((row) => row.eachCell((cell) => {
    const v = cell.value as { formula?: string } | null;
    if (v && typeof v === "object" && v.formula) cell.value = { formula: v.formula, result: 0 } as ExcelJS.CellFormulaValue;
  }));
  const tampered = path.join(dir, `${base}-zeroed.xlsx`);
  await wb.xlsx.writeFile(tampered);
  convert(tampered, CSV_ALL_SHEETS, dir);
  return parseCsv(fs.readFileSync(path.join(dir, `${base}-zeroed-${sheet}.csv`), "utf8"));
}

describeWithSoffice()("the campaign over days in LibreOffice", () => {
  const dir = tempDir("history-lo-");

  test("daily report: no error after recalculation; today's results per unit are the script's; PDF shows the history columns", async () => {
    const sheet = "Báo cáo 30-09-2024";
    const rows = await reportCsv(dir, "daily", [], sheet);
    const errors = rows.flat().filter((v) => ERROR.test(v));
    expect(errors).toEqual([]);
    const header = rows.findIndex((r) => r.includes("Trong ngày"));
    const col = rows[header].indexOf("Trong ngày");
    const expected = expectedAt(units, CAMPAIGN_DAYS);
    for (const u of units) {
      const row = rows.find((r) => sameName(r[1] ?? "", u.nameOn(CAMPAIGN_DAYS)))!;
      expect([u.name, csvNumber(row[col])]).toEqual([u.name, expected.units[u.name].today]);
    }
    const total = rows.find((r) => r[1] === "Tổng cộng")!;
    expect(csvNumber(total[3])).toBe(units.reduce((s, u) => s + u.cumulative[CAMPAIGN_DAYS], 0));
    convert(path.join(dir, "daily-zeroed.xlsx"), "pdf", dir);
    const text = execFileSync("pdftotext", ["-layout", path.join(dir, "daily-zeroed.pdf"), "-"]).toString();
    expect(text).toContain("Trong ngày");
    expect(text).toContain("TB 7 ngày");
    const artifacts = path.resolve(__dirname, "../../test-artifacts");
    fs.mkdirSync(artifacts, { recursive: true });
    execFileSync("pdftoppm", ["-f", "1", "-l", "1", "-r", "80", "-png", "-singlefile", path.join(dir, "daily-zeroed.pdf"), path.join(artifacts, "history-daily-page")]);
  }, 240000);

  test.each([
    ["week", ["--week"], "Báo cáo tuần 30-09-2024", CAMPAIGN_DAYS - 6, CAMPAIGN_DAYS],
    ["phase2", ["--phase", "2", "--phase-from", "16/9/2024", "--phase-to", "30/9/2024"], "Báo cáo đợt 30-09-2024", 16, 30],
  ])("%s report: LibreOffice's own completion = results ÷ the period's share, as the script built it", async (base, args, sheet, from, to) => {
    const rows = await reportCsv(dir, base as string, args as string[], sheet as string);
    expect(rows.flat().filter((v) => ERROR.test(v))).toEqual([]);
    const expected = expectedPeriod(units, from as number, to as number);
    for (const u of units) {
      const row = rows.find((r) => sameName(r[1] ?? "", u.nameOn(CAMPAIGN_DAYS)))!;
      expect([u.name, csvNumber(row[3])]).toEqual([u.name, expected[u.name].done]);
      // Against the period's target in whole people (rounded half up).
      expect(csvNumber(row[4])).toBeCloseTo(expected[u.name].done / Math.floor(expected[u.name].share + 0.5), 3);
    }
  }, 240000);
});
