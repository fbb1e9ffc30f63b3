// The command line's copy keeps the add-in's rule for the clerk's own sheet: nothing is written there but the
// colour rules on the table's range. No legend block, no column width, no print area: the legend lives on the
// report sheet. Read back with exceljs, a reader the product did not write.
import * as path from "path";
import type ExcelJS from "exceljs";
import { parseRangeAddress } from "../../../src/core/address";
import { SAMPLE, openXlsx, runCli, sheetValues, tempDir } from "../../support/run-cli";

type Rules = { conditionalFormattings?: { ref: string; rules: unknown[] }[] };
const SHEET = "Tiến độ CCCD";

/** Width of every column 1..16 as exceljs reads it (undefined where none is set). */
function widths(ws: ExcelJS.Worksheet): (number | undefined)[] {
  return Array.from({ length: 16 }, (_, i) => ws.getColumn(i + 1).width);
}

describe("report on the sample: the clerk's sheet gets only the colour rules", () => {
  const dir = tempDir("quota-report-source-");
  const output = path.join(dir, "bao-cao.xlsx");
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;
  beforeAll(async () => {
    const r = await runCli(["report", SAMPLE, "-o", output, "--sheet", SHEET, "--as-of", "15/09/2024"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    before = await openXlsx(SAMPLE);
    after = await openXlsx(output);
  });

  test("every cell value, column width and the print area are as in the input", () => {
    const was = before.getWorksheet(SHEET) as ExcelJS.Worksheet;
    const now = after.getWorksheet(SHEET) as ExcelJS.Worksheet;
    expect(sheetValues(now)).toEqual(sheetValues(was));
    expect(widths(now)).toEqual(widths(was));
    expect(now.pageSetup.printArea).toEqual(was.pageSetup.printArea);
  });

  test("the conditional formats are there, inside the table's range (the sheet's used range)", () => {
    const was = before.getWorksheet(SHEET) as ExcelJS.Worksheet;
    const now = after.getWorksheet(SHEET) as ExcelJS.Worksheet;
    const blocks = (now as unknown as Rules).conditionalFormattings ?? [];
    expect(blocks.length).toBeGreaterThan(((was as unknown as Rules).conditionalFormattings ?? []).length);
    const used = { top: was.dimensions.top, left: was.dimensions.left, bottom: was.dimensions.bottom, right: was.dimensions.right };
    for (const { ref } of blocks) {
      for (const part of ref.split(/\s+/)) {
        const r = parseRangeAddress(part);
        expect({ ref: part, inside: !!r && r.top >= used.top && r.left >= used.left && r.bottom <= used.bottom && r.right <= used.right }).toEqual({ ref: part, inside: true });
      }
    }
  });

  test("the report sheet carries the colour legend", () => {
    const report = after.getWorksheet("Báo cáo 15-09-2024") as ExcelJS.Worksheet;
    expect(Object.values(sheetValues(report))).toContain("Chú giải màu (tiến độ so với dự kiến đến ngày báo cáo)");
  });
});
