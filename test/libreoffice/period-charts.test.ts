// A 30-day campaign with two measures, kept as one sheet per day (built by test/report/two-measure-campaign.ts):
// the weekly and the phase reports cover both measures with the period's targets in whole people and totals
// that are the sums shown; the daily report's burn-up charts, one per measure, print whole in LibreOffice (each
// chart's title on the page that holds its legend, one chart a page). Pages kept in test-artifacts/ to look at.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import { openXlsx, runCli, tempDir } from "../support/run-cli";
import { convert, describeWithSoffice } from "./soffice";
import { DAYS, periodTarget, planTwoMeasures, writeTwoMeasureWorkbook } from "../report/two-measure-campaign";

const MEASURES = ["Thu nhận hồ sơ CCCD", "Kích hoạt ĐDĐT mức 2"];
const units = planTwoMeasures();
const artifacts = path.resolve(__dirname, "../../test-artifacts");

function pdfPages(pdf: string): string[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())?.[1]);
  const out: string[] = [];
  for (let p = 1; p <= pages; p++) out.push(execFileSync("pdftotext", ["-f", String(p), "-l", String(p), "-layout", pdf, "-"]).toString());
  return out;
}

const valueOf = (v: ExcelJS.CellValue) => (v && typeof v === "object" && "result" in v ? (v as { result: unknown }).result : v);

/** Each measure's block on a period sheet: its section row, then the header, the units, the total. */
function checkPeriodSheet(ws: ExcelJS.Worksheet, from: number, to: number): void {
  const rows: { label: string; row: number }[] = [];
  ws.eachRow((row, n) => {
    const label = String(row.getCell(1).value ?? "");
    if (MEASURES.includes(label)) rows.push({ label, row: n });
  });
  expect(rows.map((r) => r.label)).toEqual(MEASURES);
  rows.forEach(({ row: section }, m) => {
    // The seeded plan must give some unit a share with a fraction, or the half-up rounding goes untested.
    expect(units.some((u) => (u.targets[m] * (to - from + 1)) % DAYS !== 0)).toBe(true);
    const first = section + 2;
    const totalRow = first + units.length;
    let shown = 0;
    for (let r = first; r < totalRow; r++) {
      const name = String(ws.getCell(r, 2).value);
      const u = units.find((x) => x.name === name)!;
      expect(u).toBeDefined();
      const target = ws.getCell(r, 3).value as number;
      // Whole people: the plan's share of the unit's target, half up (e.g. 149,33 → 149).
      expect([name, target]).toEqual([name, periodTarget(u.targets[m], from, to)]);
      expect(ws.getCell(r, 4).value).toBe(u.cumulative[m][to] - u.cumulative[m][from - 1]);
      shown += target;
    }
    expect(String(ws.getCell(totalRow, 2).value)).toBe("Tổng cộng");
    expect(valueOf(ws.getCell(totalRow, 3).value)).toBe(shown);
  });
}

describeWithSoffice()("two measures over 30 days: period reports and charts in LibreOffice", () => {
  const dir = tempDir("quota-report-two-measures-");
  const book = path.join(dir, "hai-chi-tieu.xlsx");
  beforeAll(async () => {
    await writeTwoMeasureWorkbook(book, units);
    fs.mkdirSync(artifacts, { recursive: true });
  });

  test.each([
    ["week", ["--week"], "Báo cáo tuần 30-09-2024", DAYS - 6, DAYS],
    ["phase", ["--phase", "2", "--phase-from", "16/9/2024", "--phase-to", "30/9/2024"], "Báo cáo đợt 30-09-2024", 16, DAYS],
  ])("%s report: both measures, whole-number period targets, totals the sums shown; LibreOffice prints both", async (base, args, sheet, from, to) => {
    const out = path.join(dir, `${base}.xlsx`);
    const r = await runCli(["report", book, "-o", out, ...(args as string[])]);
    expect(r.stderr).toBe("");
    const ws = (await openXlsx(out)).getWorksheet(sheet as string)!;
    expect(String(ws.getCell(1, 1).value)).toContain(MEASURES[1].toLocaleUpperCase("vi"));
    checkPeriodSheet(ws, from as number, to as number);
    convert(out, "pdf", dir);
    const pdf = path.join(dir, `${base}.pdf`);
    const pages = pdfPages(pdf);
    const own = pages.findIndex((p) => p.includes("Chỉ tiêu trong kỳ"));
    expect(own).toBeGreaterThanOrEqual(0);
    const text = pages.slice(own).join("\n");
    for (const m of MEASURES) expect(text).toContain(m);
    execFileSync("pdftoppm", ["-f", String(own + 1), "-l", String(own + 1), "-r", "70", "-png", "-singlefile", pdf, path.join(artifacts, `two-measures-${base}-page`)]);
  }, 240000);

  test("daily report: one burn-up chart per measure, each printed whole on a page of its own", async () => {
    const out = path.join(dir, "daily.xlsx");
    const r = await runCli(["report", book, "-o", out]);
    expect(r.stderr).toBe("");
    convert(out, "pdf", dir);
    const pdf = path.join(dir, "daily.pdf");
    const pages = pdfPages(pdf);
    for (const m of MEASURES) {
      const title = `Tiến độ lũy kế: Tổng cộng (${m})`;
      const at = pages.map((p, i) => (p.includes(title) ? i : -1)).filter((i) => i >= 0);
      // The chart's title and its legend on one page: the page does not cut through the chart.
      expect(at.length).toBeGreaterThan(0);
      const page = pages[at[at.length - 1]];
      expect(page).toContain("Thực hiện lũy kế");
      expect(page).toContain("Dự kiến");
      // One chart a page: the other measure's chart is not on it.
      for (const other of MEASURES.filter((x) => x !== m)) expect(page).not.toContain(`Tiến độ lũy kế: Tổng cộng (${other})`);
      execFileSync("pdftoppm", ["-f", String(at[at.length - 1] + 1), "-l", String(at[at.length - 1] + 1), "-r", "70", "-png", "-singlefile", pdf, path.join(artifacts, `two-measures-chart-${MEASURES.indexOf(m) + 1}`)]);
    }
  }, 240000);
});
