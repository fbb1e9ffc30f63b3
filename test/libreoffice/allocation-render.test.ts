// The reports as LibreOffice recalculates and prints them: an allocation table's report (domain.md's second
// table) computes the office's own daily figures itself and prints on one page, legend-free, signatures
// included; a progress report whose table fits on a page keeps its legend and signatures on that page.
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { openXlsx, runCli, tempDir } from "../support/run-cli";
import { convert, CSV_ALL_SHEETS, describeWithSoffice, parseCsv } from "./soffice";

/** domain.md, table 2 (0 to under 6 years, 9 days): unit, target, the office's daily figure. */
const TABLE2: [string, number, number][] = [
  ["Thị trấn", 1016, 113], ["Lê Thiện", 927, 103], ["Đại Bản", 1563, 174], ["An Hòa", 1365, 152], ["Hồng Phong", 1052, 117],
  ["Tân Tiến", 903, 100], ["An Hưng", 927, 103], ["An Hồng", 1043, 116], ["Bắc Sơn", 737, 82], ["Nam Sơn", 999, 111],
  ["Lê Lợi", 592, 66], ["Đặng Cương", 696, 77], ["Đồng Thái", 1095, 122], ["Quốc Tuấn", 583, 65], ["An Đông", 2128, 236], ["Hồng Thái", 834, 93],
];

/** The report sheet alone in a workbook (so the PDF holds its pages only), with an optional print override. */
async function reportOnly(file: string, out: string, fitToHeight?: number): Promise<string> {
  const wb = await openXlsx(file);
  const report = wb.worksheets[wb.worksheets.length - 1];
  for (const ws of [...wb.worksheets]) if (ws !== report) wb.removeWorksheet(ws.id);
  if (fitToHeight !== undefined) report.pageSetup.fitToHeight = fitToHeight;
  await wb.xlsx.writeFile(out);
  return report.name;
}

function pdfPages(file: string): number {
  return (fs.readFileSync(file, "latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

describeWithSoffice()("reports in LibreOffice", () => {
  const dir = tempDir("quota-report-lo-alloc-");

  test("an allocation report: LibreOffice's own daily figures are the office's, and it prints on one page", async () => {
    const fixture = path.join(__dirname, "..", "fixtures", "02-table2-two-row-header.xlsx");
    const json = JSON.parse((await runCli(["analyze", fixture, "--json"])).stdout) as { measures: { id: string; label: string }[] };
    const measure = json.measures.find((m) => /0 đến dưới 6/.test(m.label)) as { id: string };
    const written = path.join(dir, "alloc.xlsx");
    expect((await runCli(["report", fixture, "-o", written, "--measure", measure.id])).code).toBe(0);
    const only = path.join(dir, "alloc-only.xlsx");
    const sheet = await reportOnly(written, only);
    // Every cached result zeroed: what LibreOffice shows, it computed.
    const wb = await openXlsx(only);
    wb.worksheets[0].eachRow((row) => row.eachCell((cell) => {
      const v = cell.value as { formula?: string } | null;
      if (v && typeof v === "object" && v.formula) cell.value = { formula: v.formula, result: 0 } as ExcelJS.CellFormulaValue;
    }));
    const zeroed = path.join(dir, "alloc-zeroed.xlsx");
    await wb.xlsx.writeFile(zeroed);
    convert(zeroed, CSV_ALL_SHEETS, dir);
    const csv = parseCsv(fs.readFileSync(path.join(dir, `alloc-zeroed-${sheet}.csv`), "utf8"));
    for (const [name, target, daily] of TABLE2) {
      const row = csv.find((r) => r[1] === name) as string[];
      expect({ name, target: Number(row[2]), daily: Number(row[3]) }).toEqual({ name, target, daily });
    }
    const total = csv.find((r) => r[1] === "Tổng cộng") as string[];
    expect([Number(total[2]), Number(total[3])]).toEqual([16460, 1829]);
    expect(csv.flat().some((v) => /^(#|Err:)/.test(v))).toBe(false);

    convert(only, "pdf", dir);
    expect(pdfPages(path.join(dir, "alloc-only.pdf"))).toBe(1);
  }, 180000);

  test("a 20-unit progress report: legend and signatures stay on the table's page (and would not without the fit)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Tiến độ");
    ws.getCell("A1").value = "Cao điểm 90 ngày đêm từ ngày 01/8/2024 đến ngày 30/10/2024";
    ws.getCell("A2").value = "Số liệu tính đến ngày 15/9/2024";
    ws.getRow(4).values = ["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"];
    for (let i = 0; i < 20; i++) ws.getRow(5 + i).values = [i + 1, `Xã số ${i + 1}`, 1000 + i * 37, 300 + i * 29];
    const input = path.join(dir, "tien-do-20.xlsx");
    await wb.xlsx.writeFile(input);
    const written = path.join(dir, "tien-do-20-report.xlsx");
    expect((await runCli(["report", input, "-o", written])).code).toBe(0);

    const fitted = path.join(dir, "fitted.xlsx");
    await reportOnly(written, fitted);
    const flowing = path.join(dir, "flowing.xlsx");
    await reportOnly(written, flowing, 0);
    convert(fitted, "pdf", dir);
    convert(flowing, "pdf", dir);
    expect(pdfPages(path.join(dir, "fitted.pdf"))).toBe(1);
    expect(pdfPages(path.join(dir, "flowing.pdf"))).toBe(2);
  }, 180000);
});
