// Core's placement of a colour legend beside the clerk's table keeps out of what the clerk prints: outside the
// sheet's print area when it has one; when it has none, the used range as it was. The command line's copy writes
// no legend on the clerk's sheet at all (nor a print area): that is checked on real files below.
import * as path from "path";
import ExcelJS from "exceljs";
import { analyzeTable } from "../../src/core/analyze";
import { makeCampaign } from "../../src/core/campaign";
import { buildColourRules } from "../../src/core/colour";
import { serialFromYMD } from "../../src/core/dates";
import { readQuotaTable } from "../../src/core/read";
import type { CellRange } from "../../src/core/report/model";
import type { CellValue, Grid } from "../../src/core/types";
import { openXlsx, runCli, tempDir } from "../cli-report/run-cli";

const VALUES: CellValue[][] = [
  ["TIẾN ĐỘ THU NHẬN HỒ SƠ"],
  [],
  ["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"],
  [1, "Xã An Bình", 900, 400],
  [2, "Xã Tân Phong", 800, 300],
  [3, "Xã Kim Phượng", 700, 650],
  [null, "Tổng", 2400, 1350],
];
const grid: Grid = { sheet: "Tiến độ", origin: { row: 1, col: 1 }, values: VALUES, merges: [], hiddenRows: [], hiddenCols: [] };

function legendFor(printArea: CellRange | null | undefined) {
  const read = readQuotaTable(grid);
  if (!read.ok) throw new Error("table not read");
  const campaign = makeCampaign({ from: serialFromYMD(2024, 8, 1), to: serialFromYMD(2024, 10, 30) });
  const analysis = analyzeTable(read.table, campaign, serialFromYMD(2024, 9, 15) as number);
  return buildColourRules(analysis, { lang: "vi", grid, printArea }).legend;
}
const overlaps = (a: CellRange, b: CellRange) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

test.each([
  { top: 1, left: 1, bottom: 20, right: 12 },
  { top: 1, left: 1, bottom: 7, right: 4 },
  { top: 3, left: 1, bottom: 40, right: 7 },
])("a print area %j: the legend is placed outside it, and the print setup is left alone", (printArea) => {
  const legend = legendFor(printArea);
  expect(legend).not.toBeNull();
  expect(overlaps(legend!.range, printArea)).toBe(false);
  expect(legend!.keepPrintArea ?? null).toBeNull();
});

test("no print area: the legend goes beside the table and the print area is kept to the used range as it was", () => {
  const legend = legendFor(null);
  expect(legend!.range.left).toBe(6);
  expect(legend!.keepPrintArea).toEqual({ top: 1, left: 1, bottom: 7, right: 4 });
});

test("print area unknown to the face: nothing is changed about printing", () => {
  expect(legendFor(undefined)!.keepPrintArea ?? null).toBeNull();
});

describe("through the command line, on real files", () => {
  const dir = tempDir("quota-report-print-");
  async function reportWith(printArea: string | undefined): Promise<ExcelJS.Worksheet> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Tiến độ");
    VALUES.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
    ws.getCell("A2").value = "Cao điểm từ ngày 01/8/2024 đến ngày 30/10/2024, số liệu tính đến ngày 15/9/2024";
    if (printArea) ws.pageSetup.printArea = printArea;
    const input = path.join(dir, `in-${printArea ?? "none"}.xlsx`.replace(":", "-"));
    await wb.xlsx.writeFile(input);
    const out = input.replace(/\.xlsx$/, "-out.xlsx");
    expect((await runCli(["report", input, "-o", out])).code).toBe(0);
    return (await openXlsx(out)).getWorksheet("Tiến độ") as ExcelJS.Worksheet;
  }

  // The copy writes no legend on the clerk's sheet (the add-in's rule): the print setup stays as the input had it.
  test("a sheet without a print area gets none, and no legend", async () => {
    const ws = await reportWith(undefined);
    expect(ws.pageSetup.printArea).toBeUndefined();
    expect(ws.getCell("F3").value ?? null).toBeNull();
  });

  test("a sheet with a print area keeps it, and no legend anywhere on it", async () => {
    const ws = await reportWith("A1:H20");
    expect(ws.pageSetup.printArea).toBe("A1:H20");
    const cols: number[] = [];
    ws.eachRow((row) => row.eachCell((cell, c) => { if (cell.value === "Chú giải màu của quota-report") cols.push(c); }));
    expect(cols).toHaveLength(0);
  });
});
