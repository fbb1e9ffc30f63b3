// Builds table 1 (scripts/writers/table1.ts) with every writer available here, into a folder: exceljs, SheetJS,
// openpyxl and XlsxWriter (Debian's python3), LibreOffice's two xlsx filters (from the exceljs file), and a
// package shaped as Excel writes it. Files are built, never edited by hand: the tests run this into a temp
// folder. `tsx scripts/writers/make-writer-inputs.ts DIR` writes them for a look.
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import * as XLSX from "@e965/xlsx";
import * as fs from "fs";
import * as path from "path";
import { excelShapedTable1 } from "./excel-shaped";
import { TABLE1_SHEETS } from "./table1";

export interface WrittenInput {
  writer: string;
  file: string;
}

const PYTHON = "/usr/bin/python3";

async function withExceljs(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of TABLE1_SHEETS) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => row.forEach((v, c) => {
      if (v !== null) ws.getCell(r + 1, c + 1).value = v;
    }));
  }
  await wb.xlsx.writeFile(file);
}

function withSheetJs(file: string): void {
  const wb = XLSX.utils.book_new();
  for (const sheet of TABLE1_SHEETS) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(sheet.rows), sheet.name);
  XLSX.writeFile(wb, file);
}

function withPython(script: string, file: string): void {
  execFileSync(PYTHON, [path.join(__dirname, script), file], { input: JSON.stringify(TABLE1_SHEETS), stdio: ["pipe", "pipe", "pipe"] });
}

/** LibreOffice converts `source` with one of its xlsx filters; its own throw-away profile. */
function withLibreOffice(source: string, filter: string, file: string): void {
  const out = fs.mkdtempSync(`${file}-lo-`);
  const profile = `file://${out}/profile`;
  execFileSync("soffice", ["--headless", "--norestore", `-env:UserInstallation=${profile}`, "--convert-to", `xlsx:${filter}`, "--outdir", out, source],
    { stdio: "pipe", timeout: 180000 });
  fs.renameSync(path.join(out, path.basename(source)), file);
  fs.rmSync(out, { recursive: true, force: true });
}

export async function makeWriterInputs(dir: string, options: { libreOffice?: boolean } = {}): Promise<WrittenInput[]> {
  fs.mkdirSync(dir, { recursive: true });
  const at = (name: string) => path.join(dir, name);
  const out: WrittenInput[] = [];
  await withExceljs(at("exceljs.xlsx"));
  out.push({ writer: "exceljs", file: at("exceljs.xlsx") });
  withSheetJs(at("sheetjs.xlsx"));
  out.push({ writer: "SheetJS", file: at("sheetjs.xlsx") });
  withPython("openpyxl_table1.py", at("openpyxl.xlsx"));
  out.push({ writer: "openpyxl", file: at("openpyxl.xlsx") });
  withPython("xlsxwriter_table1.py", at("xlsxwriter.xlsx"));
  out.push({ writer: "XlsxWriter", file: at("xlsxwriter.xlsx") });
  fs.writeFileSync(at("excel-shaped.xlsx"), await excelShapedTable1(TABLE1_SHEETS));
  out.push({ writer: "Excel-shaped XML", file: at("excel-shaped.xlsx") });
  if (options.libreOffice !== false) {
    withLibreOffice(at("exceljs.xlsx"), "Calc MS Excel 2007 XML", at("libreoffice-2007.xlsx"));
    out.push({ writer: "LibreOffice (Calc MS Excel 2007 XML)", file: at("libreoffice-2007.xlsx") });
    withLibreOffice(at("exceljs.xlsx"), "Calc Office Open XML", at("libreoffice-ooxml.xlsx"));
    out.push({ writer: "LibreOffice (Calc Office Open XML)", file: at("libreoffice-ooxml.xlsx") });
  }
  return out;
}

if (require.main === module) {
  const dir = process.argv[2] ?? "out/writers";
  makeWriterInputs(dir).then((list) => list.forEach((w) => process.stdout.write(`${w.writer}: ${w.file}\n`)));
}
