// A weekly and a phase report of a campaign with a count measure and a rate measure (a target share: the rate's
// table is the daily one, ten columns, so the print area widens from 8 to 10 columns with fit-to-width),
// printed by LibreOffice to PDF and kept as PNG pages in test-artifacts/ to look at. What a clerk checks on
// paper: A4 landscape pages, every column on the page that holds its rows (no page of stray right-hand
// columns), the print not shrunk below legible, the long note on the share whole, and no chart to cut.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { t } from "../../src/core/messages";
import { runCli, tempDir } from "../support/run-cli";
import { convert, describeWithSoffice } from "./soffice";

const DAYS = 30;
/** 20 communes: [name, target of the count measure, files received on a day, online share of them in tenths]. */
const UNITS = Array.from({ length: 20 }, (_, i) => ({ name: `Xã Thử Nghiệm ${i + 1}`, target: 300 + 37 * i, perDay: 3 + (i % 5), online: 2 + (i % 4) }));
const RATE = "Đăng ký thường trú";
const COUNT = "Thu nhận hồ sơ CCCD";
/**
 * Smallest printed word a clerk reads without a glass: 8-point type, whose word box (pdftotext's, ascent to
 * descent) is about 9 points high. The sheet is 12 pt before fitting to the width (a box of about 13 points).
 */
const LEGIBLE_PT = 9;
const artifacts = path.resolve(__dirname, "../../test-artifacts");

async function writeCampaign(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (let d = 1; d <= 20; d++) {
    const ws = wb.addWorksheet(`${d}-9`);
    ws.getCell("A1").value = `BÁO CÁO KẾT QUẢ THU NHẬN HỒ SƠ NGÀY ${d}/9/2024`;
    ws.getCell("A2").value = "(Đợt cao điểm 30 ngày đêm, từ ngày 01/9/2024 đến ngày 30/9/2024)";
    ws.getRow(4).values = ["STT", "Đơn vị", COUNT, null, RATE, null, null, null];
    ws.getRow(5).values = [null, null, "Chỉ tiêu", "Đã thực hiện", "Tổng số hồ sơ", "Hồ sơ trực tuyến", "Tỷ lệ (%)", "Chỉ tiêu (%)"];
    for (const range of ["A4:A5", "B4:B5", "C4:D4", "E4:H4"]) ws.mergeCells(range);
    UNITS.forEach((u, i) => {
      const base = u.perDay * d;
      const online = Math.floor((base * u.online) / 10);
      ws.getRow(6 + i).values = [i + 1, u.name, u.target, Math.round((u.target * d) / DAYS * 0.9), base, online, Math.round((online / base) * 1000) / 10, 30];
    });
  }
  await wb.xlsx.writeFile(file);
}

function pdfPages(pdf: string): { text: string; size: string }[] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "999", pdf]).toString();
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+ x [\d.]+)/g)].map((m) => m[1]);
  return sizes.map((size, i) => ({ size, text: execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), "-layout", pdf, "-"]).toString() }));
}

/** The heights (pt) of the words of each unit name on a page, as printed. */
function unitWordHeights(pdf: string, page: number): number[] {
  const html = execFileSync("pdftotext", ["-f", String(page), "-l", String(page), "-bbox", pdf, "-"]).toString();
  return [...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">Nghiệm<\/word>/g)].map((m) => Number(m[2]) - Number(m[1]));
}

const squeeze = (s: string) => s.replace(/\s+/g, "");

describeWithSoffice()("a period report with a rate measure, printed by LibreOffice", () => {
  const dir = tempDir("quota-report-period-rate-print-");
  const book = path.join(dir, "ty-le-dot.xlsx");
  beforeAll(async () => {
    await writeCampaign(book);
    fs.mkdirSync(artifacts, { recursive: true });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each([
    ["week", ["--week"]],
    ["phase", ["--phase", "2", "--phase-from", "16/9/2024", "--phase-to", "30/9/2024"]],
  ])("%s report: A4 landscape, all ten columns on each page of rows, each table whole under its header, legible", async (base, args) => {
    const out = path.join(dir, `${base}.xlsx`);
    const r = await runCli(["report", book, "-o", out, "--as-of", "20/9/2024", ...(args as string[])]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    // The period report draws no chart: none in the copy, so none can straddle a page break.
    const parts = execFileSync("/usr/bin/python3", ["-c", "import sys, zipfile; print('\\n'.join(zipfile.ZipFile(sys.argv[1]).namelist()))", out]).toString();
    expect(parts).not.toMatch(/xl\/charts\//);
    // The report is the copy's last sheet: its pages are the last ones, from the page with its title on.
    const sheets = execFileSync("/usr/bin/python3", ["-c", "import sys, zipfile, re; print('\\n'.join(re.findall(r'<sheet [^>]*name=\"([^\"]*)\"', zipfile.ZipFile(sys.argv[1]).read('xl/workbook.xml').decode())))", out]).toString().trim().split("\n");
    expect(sheets[sheets.length - 1]).toMatch(/^Báo cáo (tuần|đợt) /);
    convert(out, "pdf", dir);
    const pdf = path.join(dir, `${base}.pdf`);
    const all = pdfPages(pdf);
    const first = all.findIndex((p) => /BÁO CÁO (TUẦN|KẾT QUẢ ĐỢT)/.test(p.text));
    expect(first).toBeGreaterThanOrEqual(0);
    const pages = all.slice(first);
    pages.forEach((_, i) => execFileSync("pdftoppm", ["-f", String(first + i + 1), "-l", String(first + i + 1), "-r", "80", "-png", "-singlefile", pdf, path.join(artifacts, `period-rate-${base}-page-${i + 1}`)]));

    // A4 landscape: 842 × 595 pt.
    for (const p of pages) expect(p.size).toMatch(/^841\.[89]\d* x 595\.\d+$/);
    // Two tables of 20 communes each: two pages at most, each holding rows (no page of right-hand columns only).
    expect(pages.length).toBeLessThanOrEqual(2);
    for (const p of pages) expect(p.text).toMatch(/Xã Thử Nghiệm \d+/);
    // Every commune appears once in each table: 40 names over the pages.
    const names = pages.flatMap((p) => [...p.text.matchAll(/Xã Thử Nghiệm (\d+)\b/g)].map((m) => Number(m[1])));
    expect(names.sort((a, b) => a - b)).toEqual(UNITS.flatMap((_, i) => [i + 1, i + 1]));
    // The share's ten columns: the last two headers on the page of its first column.
    const rateHeader = [t("vi", { key: "report.rate.col.base" }), t("vi", { key: "report.rate.col.note" }), t("vi", { key: "report.col.status" })];
    const ratePage = pages.find((p) => squeeze(p.text).includes(squeeze(t("vi", { key: "report.rate.col.note" }))));
    expect(ratePage).toBeDefined();
    for (const h of rateHeader) expect(squeeze(ratePage!.text)).toContain(squeeze(h));
    // Each table (20 communes and the total) fits on a page, so each prints whole, under its own header: the
    // rows after a header on its page are all the table's.
    // (Headers short enough to print on one line mark where each table starts on its page.)
    for (const header of [t("vi", { key: "history.period.col.perDay" }), t("vi", { key: "report.col.status" })]) {
      const page = pages.find((p) => p.text.includes(header));
      expect({ header, page: page !== undefined }).toEqual({ header, page: true });
      const after = page!.text.slice(page!.text.indexOf(header));
      const listed = [...after.matchAll(/Xã Thử Nghiệm (\d+)\b/g)].map((m) => Number(m[1]));
      expect({ header, listed: listed.slice(0, 20).sort((a, b) => a - b), total: after.includes(t("vi", { key: "report.totalRow" })) })
        .toEqual({ header, listed: UNITS.map((_, i) => i + 1), total: true });
    }
    // The note on the share (why no period figures) printed whole, across its merged row.
    expect(squeeze(pages.map((p) => p.text).join(""))).toContain(squeeze(`Chỉ tiêu "${RATE}" là tỷ lệ (30% trên tổng số hồ sơ)`));
    expect(squeeze(pages.map((p) => p.text).join(""))).toContain(squeeze("tỷ lệ đã đạt đến hết ngày 20/09/2024."));
    // Fitting ten columns to the width did not shrink the print below legible.
    const heights = pages.flatMap((_, i) => unitWordHeights(pdf, first + i + 1));
    expect(heights.length).toBe(40);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(LEGIBLE_PT);
  }, 240000);
});
