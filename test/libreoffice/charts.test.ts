// The copy's charts are real DrawingML charts: LibreOffice opens the written package, recalculates it
// without an error value, and draws the completion bars and the burn-up lines (with their titles and series
// names) on the printed page; the Excel table over the history list is read as a table. The page is kept as
// test-artifacts/charts-page.png to look at.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { chartModel, DONE, TARGET } from "../support/chart-model";
import { writeReportCopy } from "../../src/cli/xlsx/write-copy";
import { runCli, SAMPLE, tempDir } from "../support/run-cli";
import { convert, CSV_ALL_SHEETS, describeWithSoffice, parseCsv } from "./soffice";
import { expectValidPackage } from "../support/package-lint";

describeWithSoffice()("charts and a table in the copy, in LibreOffice", () => {
  const dir = tempDir("quota-report-charts-");
  const out = path.join(dir, "bieu-do.xlsx");
  const artifacts = path.resolve(__dirname, "../../test-artifacts");

  beforeAll(async () => {
    const copy = await writeReportCopy(fs.readFileSync(SAMPLE), { sheets: [chartModel()] });
    await expectValidPackage(copy.bytes);
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
