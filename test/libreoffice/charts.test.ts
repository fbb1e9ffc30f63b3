// The copy's charts are real DrawingML charts: LibreOffice opens the written package, recalculates it
// without an error value, and draws the completion bars and the burn-up lines (with their titles and series
// names) on the printed page; the Excel table over the history list is read as a table. The page is kept as
// test-artifacts/charts-page.png to look at.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import type { ReportCell, ReportModel } from "../../src/core/report/model";
import { writeReportCopy } from "../../src/cli/xlsx/write-copy";
import { runCli, SAMPLE, tempDir } from "../cli-report/run-cli";
import { convert, CSV_ALL_SHEETS, describeWithSoffice, parseCsv } from "./soffice";

const UNITS: [string, number][] = [["Xã An Bình", 0.92], ["Xã An Phú", 0.41], ["Phường Bắc Hà", 0.75], ["Thị trấn Chợ Chu", 0.18]];
/** A burn-up over five days: cumulative done, the expected straight line to the target, the target. */
const TARGET = 1000;
const DONE = [120, 260, 330, 480, 610];
const DAY0 = 45536; // 01/09/2024

function chartModel(): ReportModel {
  const cells: ReportCell[] = [
    { row: 1, col: 1, kind: "text", value: "BIỂU ĐỒ TIẾN ĐỘ", style: "title" },
    { row: 3, col: 1, kind: "text", value: "Đơn vị", style: "head" },
    { row: 3, col: 2, kind: "text", value: "Tỷ lệ đạt", style: "head" },
  ];
  UNITS.forEach(([name, rate], i) => {
    cells.push({ row: 4 + i, col: 1, kind: "text", value: name });
    cells.push({ row: 4 + i, col: 2, kind: "number", value: rate, style: "percent" });
  });
  const top = 10;
  ["Ngày", "Lũy kế", "Dự kiến", "Chỉ tiêu"].forEach((h, j) => cells.push({ row: top, col: 1 + j, kind: "text", value: h, style: "head" }));
  DONE.forEach((done, i) => {
    const r = top + 1 + i;
    cells.push({ row: r, col: 1, kind: "date", value: DAY0 + i, style: "date" });
    cells.push({ row: r, col: 2, kind: "number", value: done });
    cells.push({ row: r, col: 3, kind: "formula", formula: `ROUND(D${r}*${i + 1}/10,0)`, value: Math.round((TARGET * (i + 1)) / 10) });
    cells.push({ row: r, col: 4, kind: "number", value: TARGET });
  });
  const last = top + DONE.length;
  return {
    sheetName: "Biểu đồ",
    cells,
    styles: { title: { bold: true, fontSize: 14 }, head: { bold: true, border: true, fill: "#DDEBF7" }, percent: { numFmt: "0%" }, date: { numFmt: "dd/mm/yyyy" } },
    merges: [],
    columnWidths: [{ col: 1, width: 18 }, { col: 2, width: 12 }, { col: 3, width: 12 }, { col: 4, width: 12 }],
    rowHeights: [],
    rules: [],
    freeze: { rows: 0, cols: 0 },
    print: { paperSize: "A4", orientation: "portrait", fitToWidth: 1, repeatRows: null, printArea: { top: 1, left: 1, bottom: 60, right: 12 },
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5 }, centerHorizontally: false },
    charts: [
      { kind: "bar", title: "Tỷ lệ đạt theo đơn vị", categories: { top: 4, left: 1, bottom: 7, right: 1 }, values: { top: 4, left: 2, bottom: 7, right: 2 },
        anchor: { top: 18, left: 1, bottom: 36, right: 6 } },
      { kind: "line", title: "Lũy kế so với dự kiến", categories: { top: top + 1, left: 1, bottom: last, right: 1 }, values: { top: top + 1, left: 2, bottom: last, right: 2 },
        series: [
          { name: "Lũy kế", values: { top: top + 1, left: 2, bottom: last, right: 2 } },
          { name: "Dự kiến", values: { top: top + 1, left: 3, bottom: last, right: 3 }, dashed: true },
          { name: "Chỉ tiêu", values: { top: top + 1, left: 4, bottom: last, right: 4 }, color: "#C00000" },
        ],
        valueFormat: "#,##0", categoryFormat: "dd/mm", anchor: { top: 38, left: 1, bottom: 58, right: 6 } },
    ],
    table: { name: "Lịch sử tiến độ", ref: `A${top}:D${last}`, columns: ["Ngày", "Lũy kế", "Dự kiến", "Chỉ tiêu"] },
    font: { name: "Times New Roman", size: 12 },
    chatText: "",
  };
}

describeWithSoffice()("charts and a table in the copy, in LibreOffice", () => {
  const dir = tempDir("quota-report-charts-");
  const out = path.join(dir, "bieu-do.xlsx");
  const artifacts = path.resolve(__dirname, "../../test-artifacts");

  beforeAll(async () => {
    const copy = await writeReportCopy(fs.readFileSync(SAMPLE), { sheets: [chartModel()] });
    fs.writeFileSync(out, copy.bytes);
    convert(out, CSV_ALL_SHEETS, dir);
    convert(out, "pdf", dir);
  }, 180000);

  test("recalculated without error values; the expected line is LibreOffice's own figures", () => {
    const rows = parseCsv(fs.readFileSync(path.join(dir, "bieu-do-Biểu đồ.csv"), "utf8"));
    expect(rows.flat().filter((v) => /^#|^Err:/.test(v))).toEqual([]);
    const expected = rows.slice(10, 15).map((r) => Number(r[2]));
    expect(expected).toEqual(DONE.map((_, i) => Math.round((TARGET * (i + 1)) / 10)));
  });

  test("the page shows both charts: titles, unit names on the bars, series names in the legend", () => {
    const pdf = path.join(dir, "bieu-do.pdf");
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())?.[1]);
    let text = "";
    for (let p = 1; p <= pages; p++) text += execFileSync("pdftotext", ["-f", String(p), "-l", String(p), "-layout", pdf, "-"]).toString();
    for (const word of ["Tỷ lệ đạt theo đơn vị", "Lũy kế so với dự kiến", "Dự kiến", "Chỉ tiêu", "Thị trấn Chợ Chu"]) expect(text).toContain(word);
    fs.mkdirSync(artifacts, { recursive: true });
    execFileSync("pdftoppm", ["-f", String(pages), "-l", String(pages), "-r", "70", "-png", "-singlefile", pdf, path.join(artifacts, "charts-page")]);
    expect(fs.statSync(path.join(artifacts, "charts-page.png")).size).toBeGreaterThan(10000);
  }, 120000);
});

describeWithSoffice()("the report's own chart, in LibreOffice", () => {
  test("the completion bars of the sample's report are drawn, one per unit (print area widened to take the chart in)", async () => {
    const dir = tempDir("quota-report-report-chart-");
    const out = path.join(dir, "bao-cao.xlsx");
    const r = await runCli(["report", SAMPLE, "-o", out, "--sheet", "Tiến độ CCCD", "--as-of", "15/09/2024"]);
    expect(r.code).toBe(0);
    // The model prints the table only; the chart sits to its right. Widen the print area to see it drawn.
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const wb = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", wb.replace(/(Print_Area" localSheetId="\d+">[^<]*!\$A\$1:\$)J(\$\d+)/, "$1T$2"));
    const wide = path.join(dir, "rong.xlsx");
    fs.writeFileSync(wide, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    convert(wide, "pdf", dir);
    const pdf = path.join(dir, "rong.pdf");
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())?.[1]);
    const text = execFileSync("pdftotext", ["-f", String(pages), "-l", String(pages), "-layout", pdf, "-"]).toString();
    expect(text).toContain("Tỷ lệ đạt (%): Tổng chỉ tiêu");
    // The unit names appear twice on the page: in the table and on the chart's axis.
    for (const unit of ["San Thàng", "Sùng Phài", "Tân Phong"]) expect(text.split(unit).length - 1).toBe(2);
    execFileSync("pdftoppm", ["-f", String(pages), "-l", String(pages), "-r", "70", "-png", "-singlefile", pdf, path.resolve(__dirname, "../../test-artifacts/report-chart-page")]);
  }, 180000);
});
