// The consolidation corpus as real files, as the communes send them: .xlsx written by exceljs (merged cells
// kept), old .xls written by SheetJS (BIFF8, merges kept), .csv as UTF-8 text with a BOM, and the clerk's
// mapping sheet. Used by the command-line corpus test and the province-scale bench.
import ExcelJS from "exceljs";
import * as XLSX from "@e965/xlsx";
import * as fs from "fs";
import * as path from "path";
import { mergeArea, type CorpusCase, type CorpusSheet } from "./consolidation-corpus";

const csvCell = (v: unknown) => {
  if (v === null || v === undefined) return "";
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

async function writeXlsx(file: string, sheet: string, rows: CorpusSheet["rows"], merges: string[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date(Date.UTC(2025, 7, 30));
  const ws = wb.addWorksheet(sheet);
  rows.forEach((line, i) => line.forEach((v, j) => {
    if (v !== null && v !== undefined) ws.getCell(i + 1, j + 1).value = v as ExcelJS.CellValue;
  }));
  for (const m of merges) ws.mergeCells(m);
  await wb.xlsx.writeFile(file);
}

export async function writeCorpusSheet(dir: string, s: CorpusSheet): Promise<string> {
  const file = path.join(dir, s.label);
  if (s.format === "xlsx") await writeXlsx(file, s.sheet, s.rows, s.merges);
  else if (s.format === "csv") fs.writeFileSync(file, "\ufeff" + s.rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n", "utf8");
  else {
    const ws = XLSX.utils.aoa_to_sheet(s.rows as (string | number | null)[][]);
    ws["!merges"] = s.merges.map((a) => {
      const m = mergeArea(a);
      return { s: { r: m.top - 1, c: m.left - 1 }, e: { r: m.bottom - 1, c: m.right - 1 } };
    });
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, s.sheet);
    fs.writeFileSync(file, XLSX.write(wb, { type: "buffer", bookType: "xls" }));
  }
  return file;
}

/** Every file of a case: the plan, the reports and the mapping sheet ("sap-nhap.xlsx", when there is a mapping). */
export async function writeCorpusCase(dir: string, c: CorpusCase): Promise<{ plan: string; reports: string[]; mapping: string | null }> {
  fs.mkdirSync(dir, { recursive: true });
  const plan = await writeCorpusSheet(dir, c.plan);
  const reports: string[] = [];
  for (const s of c.reports) reports.push(await writeCorpusSheet(dir, s));
  let mapping: string | null = null;
  if (c.mapping.length > 0) {
    mapping = path.join(dir, "sap-nhap.xlsx");
    await writeXlsx(mapping, "Sáp nhập", [["Tên đơn vị cũ", "Tên đơn vị mới"], ...c.mapping], []);
  }
  return { plan, reports, mapping };
}
