// The input as an .xlsx package, whatever the clerk gave: the original bytes for an .xlsx (the report writer
// adds its parts to them), or an .xlsx written from an .xls, .ods, .csv or HTML export. Every refusal is one
// line in the clerk's language naming the file and what to do; no library's text ever reaches it.
import type { Finding } from "../../core/types";
import { refuse } from "./failure";
import { readInputBytes } from "./input-file";
import { MAX_UNPACKED_BYTES, megabytes } from "./limits";
import type { ConvertibleFormat } from "./sheetjs";
import { sniffFormat } from "./sniff";
import { entryPastLimit, unpackEntry, type ZipEntryInfo } from "./zip-reader";

export interface InputPackage {
  /** An .xlsx (or .xlsm) package: the file's own bytes when it was one, else the converted workbook. */
  bytes: Buffer;
  /** True when the input was not an .xlsx: the report copy is a new .xlsx, not the clerk's file plus parts. */
  converted: boolean;
  /** What the file was: "xlsx", "xls", "ods", "csv" or "html". */
  format: "xlsx" | ConvertibleFormat;
  /** What the clerk should know about the conversion (cells far from the table left out). */
  notes: Finding[];
  /**
   * XML parts the size check already unpacked, by lower-case name, for the reader to take (once) instead of
   * unpacking them again; loadWorkbook takes and drops the map so it lives no longer than the load.
   */
  unpacked?: Map<string, Buffer>;
}

/** The most unpacked bytes kept for the reader: the sheets of a province's workbook, not a pivot cache's worth. */
const KEEP_UNPACKED_BYTES = 48 * 1024 * 1024;

/** What the clerk reads as the file's kind in a message. */
const FORMAT_NAMES: Record<ConvertibleFormat, string> = { xls: ".xls", ods: ".ods", csv: ".csv", html: "HTML (.xls)", xml2003: "XML Spreadsheet 2003" };

/** Refuses a package that would unpack past the limit, from the sizes its directory claims, before unpacking. */
function checkUnpackedSize(file: string, parts: ZipEntryInfo[]): void {
  const past = entryPastLimit(parts, MAX_UNPACKED_BYTES);
  if (past) {
    refuse("reader.input.inflates-too-much", {
      file, part: past.name, size: megabytes(Math.min(past.size, Number.MAX_SAFE_INTEGER)), limit: megabytes(MAX_UNPACKED_BYTES),
    });
  }
}

/**
 * Unpacks every part with its claimed size as a cap: a part that lies about its size, or is cut off, is damage.
 * The XML parts (what the reader reads next) are kept, up to a bound, so that each is unpacked once.
 */
function checkParts(file: string, parts: ZipEntryInfo[]): Map<string, Buffer> {
  const kept = new Map<string, Buffer>();
  let keptBytes = 0;
  for (const part of parts) {
    if (part.name.endsWith("/")) continue;
    let bytes: Buffer;
    try {
      bytes = unpackEntry(part, MAX_UNPACKED_BYTES);
    } catch {
      return refuse("reader.input.damaged", { file });
    }
    const name = part.name.replace(/^\//, "").toLowerCase();
    if ((name.endsWith(".xml") || name.endsWith(".rels")) && keptBytes + bytes.length <= KEEP_UNPACKED_BYTES) {
      kept.set(name, bytes);
      keptBytes += bytes.length;
    }
  }
  return kept;
}

async function convert(file: string, bytes: Buffer, format: ConvertibleFormat): Promise<InputPackage> {
  // SheetJS is loaded only for the files that need it: an .xlsx (and --help) starts without its ~1 MB of code.
  // require, not import(): the command line runs as CommonJS (tsx/cjs, the esbuild bundle, jest), where a
  // native import() of a .ts path would not resolve.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { convertToXlsx, isPasswordError } = require("./sheetjs") as typeof import("./sheetjs");
  try {
    const out = convertToXlsx(bytes, format);
    const notes = [...out.notes];
    if (out.approximateFormats) {
      notes.push({ code: "number-formats-approximate", severity: "warning", cell: null, msg: { key: "reader.input.number-formats-approximate", params: { file, format: FORMAT_NAMES[format] } } });
    }
    return { bytes: out.bytes, converted: true, format, notes };
  } catch (e) {
    if (isPasswordError(e)) refuse("reader.input.encrypted", { file });
    return refuse("reader.input.cannot-convert", { file, format: FORMAT_NAMES[format] });
  }
}

/**
 * The input file as an .xlsx package, for the reader and for the report writer (which adds its parts to
 * `bytes` when `converted` is false, and names its output .xlsx in every case). Throws CliFailure.
 */
export async function inputAsXlsxPackage(file: string): Promise<InputPackage> {
  const bytes = readInputBytes(file);
  const format = sniffFormat(bytes);
  switch (format.kind) {
    case "xlsx": {
      checkUnpackedSize(file, format.parts);
      const unpacked = checkParts(file, format.parts);
      return { bytes, converted: false, format: "xlsx", notes: [], unpacked };
    }
    case "ods":
      checkUnpackedSize(file, format.parts);
      checkParts(file, format.parts);
      return convert(file, bytes, "ods");
    case "xls":
    case "csv":
    case "html":
    case "xml2003":
      return convert(file, bytes, format.kind);
    case "xlsb":
      return refuse("reader.input.xlsb", { file });
    case "encrypted":
      return refuse("reader.input.encrypted", { file });
    case "damaged-zip":
      return refuse("reader.input.damaged", { file });
    default:
      return refuse("reader.input.not-a-workbook", { file });
  }
}

export { FORMAT_NAMES };
