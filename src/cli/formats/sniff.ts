// What a file is, from its bytes (the name may lie: an HTML table saved as .xls, a CSV named .xlsx).
import { readZipEntries, type ZipEntryInfo } from "./zip-reader";

export type InputFormat =
  | { kind: "xlsx"; parts: ZipEntryInfo[] }
  | { kind: "ods"; parts: ZipEntryInfo[] }
  | { kind: "xlsb" }
  /** A zip that is not a workbook (a .docx, a cut-off download whose directory is gone). */
  | { kind: "damaged-zip" }
  | { kind: "other-zip" }
  | { kind: "xls" }
  /** An OLE (CFB) container holding an encrypted package: a workbook saved with a password. */
  | { kind: "encrypted" }
  | { kind: "other-cfb" }
  | { kind: "html" }
  /** Excel 2003's "XML Spreadsheet" (SpreadsheetML), which some software exports under an .xls name. */
  | { kind: "xml2003" }
  | { kind: "csv" }
  | { kind: "unknown" };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (b: Buffer, sig: number[]) => sig.every((x, i) => b[i] === x);
/** A stream name as a CFB directory stores it (UTF-16LE). */
const utf16 = (s: string) => Buffer.from(s, "utf16le");

function sniffZip(bytes: Buffer): InputFormat {
  let parts: ZipEntryInfo[];
  try {
    parts = readZipEntries(bytes);
  } catch {
    return { kind: "damaged-zip" };
  }
  const names = new Set(parts.map((p) => p.name.toLowerCase()));
  if (names.has("xl/workbook.bin")) return { kind: "xlsb" };
  if (names.has("xl/workbook.xml")) return { kind: "xlsx", parts };
  if (names.has("content.xml") && bytes.includes("application/vnd.oasis.opendocument.spreadsheet")) return { kind: "ods", parts };
  return { kind: "other-zip" };
}

function sniffCfb(bytes: Buffer): InputFormat {
  if (bytes.includes(utf16("EncryptionInfo")) || bytes.includes(utf16("EncryptedPackage"))) return { kind: "encrypted" };
  if (bytes.includes(utf16("Workbook")) || bytes.includes(utf16("Book"))) return { kind: "xls" };
  return { kind: "other-cfb" };
}

/** Text: no NUL byte and few control characters in the first 64 KB. */
function looksLikeText(head: Buffer): boolean {
  let control = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 9 || (b > 13 && b < 32)) control += 1;
  }
  return control <= head.length / 100;
}

const UTF16_BOM = [0xff, 0xfe];

export function sniffFormat(bytes: Buffer): InputFormat {
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) return sniffZip(bytes);
  if (startsWith(bytes, CFB)) return sniffCfb(bytes);
  // Excel's "Unicode Text" export: UTF-16 with its mark, tab-separated.
  if (startsWith(bytes, UTF16_BOM)) return { kind: "csv" };
  const head = bytes.subarray(0, 65536);
  if (!looksLikeText(head)) return { kind: "unknown" };
  const text = head.toString("utf8").replace(/^\uFEFF/, "").trimStart().toLowerCase();
  if (text.startsWith("<")) {
    const all = bytes.toString("latin1");
    if (all.includes("urn:schemas-microsoft-com:office:spreadsheet") && /<(ss:)?Workbook[\s>]/.test(all)) return { kind: "xml2003" };
    return /<table[\s>]/i.test(all) ? { kind: "html" } : { kind: "unknown" };
  }
  return { kind: "csv" };
}
