// .xls, .ods, .csv and HTML tables saved as .xls (what much government software exports), read with SheetJS
// (@e965/xlsx 0.20.3: SheetJS's fixed releases republished on npm, Apache-2.0; the plain `xlsx` 0.18.5 on npm
// carries unfixed advisories) and written as an .xlsx package, so that every later step reads one format and
// the report copy is always .xlsx. Only the command line imports this file: it stays out of the pane bundle.
import * as XLSX from "@e965/xlsx";
import { decodeText } from "./text-decode";

export type ConvertibleFormat = "xls" | "ods" | "csv" | "html";

/** Figures in text exports stay text (the engine reads "46.743" the Vietnamese way), but a bare integer is a number. */
const BARE_INTEGER = /^-?\d{1,15}$/;

function numbersFromText(wb: XLSX.WorkBook): void {
  for (const name of wb.SheetNames) {
    const rows = wb.Sheets[name]["!data"];
    if (!rows) continue;
    for (const row of rows) {
      if (!row) continue;
      for (const cell of row) {
        if (cell && cell.t === "s" && typeof cell.v === "string" && BARE_INTEGER.test(cell.v.trim())) {
          cell.t = "n";
          cell.v = Number(cell.v.trim());
          delete cell.w;
        }
      }
    }
  }
}

/** The workbook as SheetJS reads it; throws SheetJS's own errors (the caller words them for the clerk). */
function readWith(bytes: Buffer, format: ConvertibleFormat): XLSX.WorkBook {
  const common = { dense: true, cellStyles: true, cellNF: true, cellDates: false } as const;
  if (format === "csv" || format === "html") {
    const wb = XLSX.read(decodeText(bytes), { ...common, type: "string", raw: true });
    numbersFromText(wb);
    return wb;
  }
  return XLSX.read(bytes, { ...common, type: "buffer", cellFormula: true });
}

/** Whether SheetJS's failure says the file has a password. */
export function isPasswordError(e: unknown): boolean {
  return /password|encrypt/i.test(e instanceof Error ? e.message : String(e));
}

/** The file as an .xlsx package: values, formulas with their results, merges, hidden sheets/rows/columns. */
export function convertToXlsx(bytes: Buffer, format: ConvertibleFormat): Buffer {
  const wb = readWith(bytes, format);
  if (wb.SheetNames.length === 0) throw new Error("no sheet");
  return XLSX.write(wb, { type: "buffer", bookType: "xlsx", compression: true }) as Buffer;
}
