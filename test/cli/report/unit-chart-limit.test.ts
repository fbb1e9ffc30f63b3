// The per-unit bar chart's limit through the command line: a generated workbook at the limit and one unit over
// it, the copy's chart parts counted by reading its package. At the limit the copy holds the bar chart; over it,
// no bar chart part, and the report sheet's line above the table says why. Burn-up (line) charts are unaffected.
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { t } from "../../../src/core/messages";
import { REPORT_LIMITS } from "../../../src/core/vocabulary/report-limits";
import { openXlsx, runCli, tempDir } from "../../support/run-cli";

const dir = tempDir("quota-report-chart-limit-");
const LIMIT = REPORT_LIMITS.unitChartMaxUnits;

async function workbook(units: number): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tiến độ");
  ws.getCell("A1").value = "BÁO CÁO TIẾN ĐỘ CẤP CCCD";
  ws.getRow(3).values = ["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"];
  for (let i = 0; i < units; i++) ws.getRow(4 + i).values = [i + 1, `Xã Số ${i + 1}`, 1000 + i * 10, 300 + ((i * 37) % 600)];
  const file = path.join(dir, `in-${units}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

async function report(units: number): Promise<{ bars: number; lines: number; texts: string[] }> {
  const input = await workbook(units);
  const output = path.join(dir, `out-${units}.xlsx`);
  const r = await runCli(["report", input, "-o", output, "--from", "01/08/2024", "--to", "30/10/2024", "--as-of", "20/08/2024"]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const zip = await JSZip.loadAsync(fs.readFileSync(output));
  const charts = await Promise.all(Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async("string")));
  const ws = (await openXlsx(output)).worksheets.find((w) => w.name.startsWith("Báo cáo")) as ExcelJS.Worksheet;
  const texts: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => { if (typeof c.value === "string") texts.push(c.value); }));
  return { bars: charts.filter((x) => x.includes("<c:barChart>")).length, lines: charts.filter((x) => x.includes("<c:lineChart>")).length, texts };
}

test(`${LIMIT} units: the copy has the per-unit bar chart; ${LIMIT + 1}: none, and the line saying so; line charts alike`, async () => {
  const at = await report(LIMIT);
  const over = await report(LIMIT + 1);
  const line = t("vi", "report.chart.leftOut", { max: LIMIT, count: LIMIT + 1 });
  expect(at.bars).toBe(1);
  expect(at.texts.some((x) => x.startsWith("Không vẽ biểu đồ"))).toBe(false);
  expect(over.bars).toBe(0);
  expect(over.texts).toContain(line);
  expect(line).toContain(`(bảng này có ${LIMIT + 1})`);
  expect(over.lines).toBe(at.lines);
});
