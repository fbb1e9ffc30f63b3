// Opening the input (an .xlsx, or an .xls/.ods/.csv/HTML export converted to one) and finding its quota sheet,
// failing with one line a clerk can act on. The package is read by the command line's own streaming reader
// (src/cli/formats/xlsx-workbook); a sheet whose XML it finds damaged is read through SheetJS's more forgiving
// reader instead, and the clerk is told to check the figures.
import type { Finding, Mapping } from "../core/types";
import { CliFailure } from "./formats/failure";
import { FORMAT_NAMES, inputAsXlsxPackage, type InputPackage } from "./formats/package";
import { XlsxWorkbook } from "./formats/xlsx-workbook";
import { findQuotaSheet } from "./read-xlsx";

export { CliFailure };
export { inputAsXlsxPackage, type InputPackage };

export interface LoadedWorkbook {
  workbook: XlsxWorkbook;
  input: InputPackage;
  /** What the clerk should know about the file itself (a converted format). */
  notes: Finding[];
}

function openWorkbook(bytes: Buffer, unpacked?: Map<string, Buffer>): XlsxWorkbook | null {
  try {
    const workbook = new XlsxWorkbook(bytes, unpacked);
    workbook.checkAll();
    return workbook;
  } catch {
    return null;
  }
}

export async function loadWorkbook(file: string): Promise<LoadedWorkbook> {
  const input = await inputAsXlsxPackage(file);
  const notes: Finding[] = [...input.notes];
  // The parts the input's checks unpacked are read once, here, and not kept beyond the load.
  const unpacked = input.unpacked;
  delete input.unpacked;
  let workbook = openWorkbook(input.bytes, unpacked);
  unpacked?.clear();
  if (!workbook) {
    // A sheet whose XML is damaged but SheetJS's reader forgives: read, and the clerk told to check.
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { convertToXlsx } = require("./formats/sheetjs") as typeof import("./formats/sheetjs");
      const converted = convertToXlsx(input.bytes, "xlsx");
      workbook = openWorkbook(converted.bytes);
      if (workbook) notes.push(...converted.notes, { code: "read-leniently", severity: "warning", cell: null, msg: { key: "reader.input.read-leniently", params: { file } } });
    } catch {
      workbook = null;
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
