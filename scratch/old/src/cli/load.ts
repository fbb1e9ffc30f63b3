// Opening the input (an .xlsx, or an .xls/.ods/.csv/HTML export converted to one) and finding its quota sheet,
// failing with one line a clerk can act on.
import ExcelJS from "exceljs";
import type { Finding, Mapping } from "../core/types";
import { CliFailure } from "./formats/failure";
import { FORMAT_NAMES, inputAsXlsxPackage, type InputPackage } from "./formats/package";
import { leanPackage } from "./formats/lean-package";
import { findQuotaSheet } from "./read-xlsx";

export { CliFailure };
export { inputAsXlsxPackage, type InputPackage };

export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  input: InputPackage;
  /** What the clerk should know about the file itself (a converted format). */
  notes: Finding[];
}

export async function loadWorkbook(file: string): Promise<LoadedWorkbook> {
  const input = await inputAsXlsxPackage(file);
  const notes: Finding[] = [...input.notes];
  const attempts: (() => Promise<Buffer>)[] = [
    () => leanPackage(input.bytes),
    // exceljs fails on some drawings written by other tools ("reading 'anchors'"): read without them.
    () => leanPackage(input.bytes, true),
    // A sheet whose XML exceljs rejects but SheetJS's reader forgives: read, and the clerk told to check.
    async () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { convertToXlsx } = require("./formats/sheetjs") as typeof import("./formats/sheetjs");
      const converted = convertToXlsx(input.bytes, "xlsx");
      notes.push(...converted.notes, { code: "read-leniently", severity: "warning", cell: null, msg: { key: "reader.input.read-leniently", params: { file } } });
      return converted.bytes;
    },
  ];
  let workbook: ExcelJS.Workbook | null = null;
  for (const attempt of attempts) {
    try {
      const candidate = new ExcelJS.Workbook();
      await candidate.xlsx.load((await attempt()) as unknown as ExcelJS.Buffer);
      workbook = candidate;
      break;
    } catch {
      // the next, more forgiving, way of reading
    }
  }
  // The package passed every check of its zip; the workbook inside it is what is damaged.
  if (!workbook) throw new CliFailure({ key: "reader.input.damaged", params: { file } });
  if (input.converted && input.format !== "xlsx") {
    notes.unshift({ code: "input-converted", severity: "info", cell: null, msg: { key: "reader.input.converted", params: { file, format: FORMAT_NAMES[input.format] } } });
  }
  return { workbook, input, notes };
}

export async function loadQuotaSheet(file: string, sheet?: string, mapping?: Mapping) {
  const { workbook, input, notes } = await loadWorkbook(file);
  const found = findQuotaSheet(workbook, sheet, mapping);
  if (!found.ok) throw new CliFailure(found.msg, file);
  found.table.warnings.unshift(...notes);
  return { workbook, input, ...found };
}
