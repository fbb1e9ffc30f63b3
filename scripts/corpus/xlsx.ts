// A generated case as a real .xlsx file (exceljs): values, number formats and merged cells as a clerk's file
// has them, so the corpus can also be read the way the command line reads files.
import ExcelJS from "exceljs";
import type { Grid } from "../../src/core/types";

export function workbookOf(grid: Grid): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "quota-report corpus";
  // A fixed date keeps the files identical from one run to the next.
  wb.created = wb.modified = new Date(Date.UTC(2024, 8, 16));
  const ws = wb.addWorksheet(grid.sheet);
  grid.values.forEach((line, i) => line.forEach((v, j) => {
    if (v === null) return;
    const cell = ws.getCell(grid.origin.row + i, grid.origin.col + j);
    cell.value = typeof v === "object" ? { error: v.error as ExcelJS.CellErrorValue["error"] } : v;
    const format = grid.numberFormats?.[i]?.[j];
    if (format) cell.numFmt = format;
    if (typeof v === "string" && v.includes("\n")) cell.alignment = { wrapText: true };
  }));
  for (const m of grid.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  for (const c of grid.hiddenCols) ws.getColumn(c).hidden = true;
  return wb;
}

export async function writeCaseXlsx(grid: Grid, file: string): Promise<void> {
  await workbookOf(grid).xlsx.writeFile(file);
}
