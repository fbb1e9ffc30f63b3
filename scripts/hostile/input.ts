// The input side of the hostile corpus: files as offices and their software hand them over (other formats,
// formulas without saved results, stray far cells, absurd numbers), and files that must be refused at once.
// Each case says how it is made and what the clerk should see; expectations come from how the case was built,
// never from the product's output.
// Written into test/hostile/input/ by scripts/make-hostile.ts; test/hostile/input.test.ts runs them.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import * as XLSX from "@e965/xlsx";
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";

export const INPUT_DIR = path.join(__dirname, "..", "..", "test", "hostile", "input");

/** The table every readable case holds: unit, target, done. */
export const INPUT_UNITS: [string, number, number][] = [
  ["Xã An Bình", 1000, 600], ["Xã An Phú", 800, 300], ["Phường Bắc Hà", 1200, 1200], ["Thị trấn Chợ Chu", 500, 120],
];
export const SUM_TARGET = INPUT_UNITS.reduce((s, u) => s + u[1], 0);
export const SUM_DONE = INPUT_UNITS.reduce((s, u) => s + u[2], 0);
const HEADER = ["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"];
const TITLE = "TIẾN ĐỘ THU NHẬN HỒ SƠ CẤP CĂN CƯỚC";

export type InputExpect =
  | { ok: true; units: number; target: number; done: number; codes?: string[]; cells?: string[]; absentCodes?: string[] }
  | { ok: false; key: string };

export interface InputCase {
  file: string;
  what: string;
  /** The file's bytes; absent for cases made at test time (a folder, a device, a pipe, a 101 MB file). */
  bytes?: () => Promise<Buffer>;
  /** Too big to commit, or not a file: made by the test. */
  atTestTime?: "directory" | "device" | "fifo" | "too-big" | "missing" | "bytes";
  expect: InputExpect;
}

/** Rows of the standard table: title in row 1, header in row 3, units from row 4, total under them. */
function tableRows(): (string | number | null)[][] {
  return [[TITLE], [], HEADER, ...INPUT_UNITS.map(([n, t, d], i) => [i + 1, n, t, d]), [null, "Tổng cộng", SUM_TARGET, SUM_DONE]];
}

async function exceljsBook(build: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "quota-report hostile corpus";
  wb.created = wb.modified = new Date(Date.UTC(2024, 8, 15));
  build(wb.addWorksheet("Tiến độ"));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function putRows(ws: ExcelJS.Worksheet, rows: (string | number | null)[][]): void {
  rows.forEach((line, i) => line.forEach((v, j) => {
    if (v !== null) ws.getCell(i + 1, j + 1).value = v;
  }));
}

/** The standard table through SheetJS, in another format (xls, ods, xlsb), with the header merged over two rows. */
function sheetjsBook(bookType: XLSX.BookType): Buffer {
  const ws = XLSX.utils.aoa_to_sheet(tableRows());
  ws["!merges"] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 3 } }];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, "Tiến độ");
  return XLSX.write(wb, { type: "buffer", bookType }) as Buffer;
}

/** A worksheet part's XML changed in an exceljs-written package. */
async function withSheetXml(bytes: Buffer, change: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const name = "xl/worksheets/sheet1.xml";
  zip.file(name, change(await (zip.file(name) as JSZip.JSZipObject).async("string")));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** A one-part zip written by hand: `claimed` is the size its directory states (a lie when it differs). */
function handZip(name: string, data: Buffer, actualSize: number, claimed = actualSize): Buffer {
  const nameBytes = Buffer.from(name, "utf8");
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(claimed, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(claimed, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const localPart = Buffer.concat([local, nameBytes, data]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + nameBytes.length, 12);
  end.writeUInt32LE(localPart.length, 16);
  return Buffer.concat([localPart, central, nameBytes, end]);
}

/**
 * The same package with its central directory in ZIP64 form (sizes and offsets 0xFFFFFFFF, the real values in
 * a ZIP64 extra field), as some Java and .NET libraries write every workbook.
 */
function asZip64(bytes: Buffer): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  let count = 0;
  let end = bytes.length - 22;
  while (bytes.readUInt32LE(end) !== 0x06054b50) end--;
  let at = bytes.readUInt32LE(end + 16);
  for (let k = 0; k < bytes.readUInt16LE(end + 10); k++) {
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const compressed = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const localAt = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength);
    const dataAt = localAt + 30 + bytes.readUInt16LE(localAt + 26) + bytes.readUInt16LE(localAt + 28);
    const local = Buffer.from(bytes.subarray(localAt, localAt + 30));
    local.writeUInt16LE(0, 28);
    local.writeUInt16LE(0, 6); // no data descriptor: the sizes are in the header
    local.writeUInt32LE(bytes.readUInt32LE(at + 16), 14);
    local.writeUInt32LE(compressed, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameLength, 26);
    const chunk = Buffer.concat([local, name, bytes.subarray(dataAt, dataAt + compressed)]);
    const extra = Buffer.alloc(28);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(24, 2);
    extra.writeUInt32LE(size, 4);
    extra.writeUInt32LE(compressed, 12);
    extra.writeUInt32LE(offset, 20);
    const central = Buffer.from(bytes.subarray(at, at + 46));
    central.writeUInt16LE(45, 6);
    central.writeUInt16LE(0, 8);
    central.writeUInt32LE(0xffffffff, 20);
    central.writeUInt32LE(0xffffffff, 24);
    central.writeUInt32LE(0xffffffff, 42);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt16LE(0, 32);
    centrals.push(Buffer.concat([central, name, extra]));
    locals.push(chunk);
    offset += chunk.length;
    count += 1;
    at += 46 + nameLength + extraLength + commentLength;
  }
  const directory = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(count, 8);
  eocd.writeUInt16LE(count, 10);
  eocd.writeUInt32LE(directory.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, eocd]);
}

/** `megabytes` of zeros, deflated a megabyte at a time (never held whole in memory). */
async function deflatedZeros(megabytes: number): Promise<Buffer> {
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on("end", () => resolve());
    deflate.on("error", reject);
  });
  const mb = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < megabytes; i++) if (!deflate.write(mb)) await new Promise((r) => deflate.once("drain", r));
  deflate.end();
  await done;
  return Buffer.concat(chunks);
}

const readable = (extra: Partial<Extract<InputExpect, { ok: true }>> = {}): InputExpect => ({ ok: true, units: INPUT_UNITS.length, target: SUM_TARGET, done: SUM_DONE, ...extra });
const refused = (key: string): InputExpect => ({ ok: false, key });
const csvText = (sep: string) => [HEADER, ...INPUT_UNITS.map(([n, t, d], i) => [i + 1, n, t.toLocaleString("de-DE"), d])]
  .map((r) => r.map((v) => (String(v).includes(sep) ? `"${v}"` : String(v))).join(sep)).join("\r\n") + "\r\n";

export const INPUT_CASES: InputCase[] = [
  {
    file: "i01-formulas-without-results.xlsx",
    what: "every figure a formula saved without its result (what web systems write): SUM total, ROUND rate, arithmetic targets",
    bytes: () => exceljsBook((ws) => {
      putRows(ws, [[TITLE], [], [...HEADER, "Tỷ lệ (%)"]]);
      INPUT_UNITS.forEach(([n, t, d], i) => {
        const r = 4 + i;
        ws.getRow(r).values = [i + 1, n];
        ws.getCell(r, 3).value = { formula: `${t / 2}*2` } as ExcelJS.CellFormulaValue;
        ws.getCell(r, 4).value = { formula: `${d}+0` } as ExcelJS.CellFormulaValue;
        ws.getCell(r, 5).value = { formula: `IF(C${r}>0,ROUND(D${r}/C${r}*100,2),0)` } as ExcelJS.CellFormulaValue;
      });
      const total = 4 + INPUT_UNITS.length;
      ws.getCell(total, 2).value = "Tổng cộng";
      for (const col of ["C", "D"]) ws.getCell(`${col}${total}`).value = { formula: `SUBTOTAL(9,${col}4:${col}${total - 1})` } as ExcelJS.CellFormulaValue;
      ws.getCell(`E${total}`).value = { formula: `ROUND(D${total}/C${total}*100,2)` } as ExcelJS.CellFormulaValue;
    }),
    expect: readable({ codes: ["formulas-computed"] }),
  },
  {
    file: "i02-formula-unknown-function.xlsx",
    what: "a target computed by a function the evaluator does not know, without a saved result",
    bytes: () => exceljsBook((ws) => {
      putRows(ws, tableRows());
      ws.getCell("C5").value = { formula: "VLOOKUP(B5,$B$4:$C$7,2,FALSE)" } as ExcelJS.CellFormulaValue;
      ws.getCell("C8").value = SUM_TARGET - INPUT_UNITS[1][1];
    }),
    expect: { ok: true, units: 4, target: SUM_TARGET - INPUT_UNITS[1][1], done: SUM_DONE, codes: ["formula-not-computed"], cells: ["C5"] },
  },
  {
    file: "i03-stray-A1048576.xlsx", what: "one stray value in the sheet's last row, A1048576",
    bytes: () => exceljsBook((ws) => { putRows(ws, tableRows()); ws.getCell("A1048576").value = 1; }),
    expect: readable({ codes: ["far-cells-ignored"], cells: ["A1048576"] }),
  },
  {
    file: "i04-stray-XFD1048576.xlsx", what: "one stray value in the sheet's last cell, XFD1048576, and one at XFD1",
    bytes: () => exceljsBook((ws) => { putRows(ws, tableRows()); ws.getCell("XFD1048576").value = "x"; ws.getCell("XFD1").value = "y"; }),
    expect: readable({ codes: ["far-cells-ignored"] }),
  },
  {
    file: "i05-styled-rows-to-bottom.xlsx", what: "empty rows styled down to row 1,048,576 (a whole-column format)", atTestTime: "bytes",
    bytes: async () => withSheetXml(await exceljsBook((ws) => putRows(ws, tableRows())), (xml) => {
      const rows: string[] = [];
      for (let r = tableRows().length + 1; r <= 1048576; r++) rows.push(`<row r="${r}" s="1" customFormat="1"><c r="A${r}" s="1"/></row>`);
      return xml.replace("</sheetData>", `${rows.join("")}</sheetData>`);
    }),
    expect: readable(),
  },
  {
    file: "i06-unpacks-to-300MB.xlsx", what: "a zip whose one part unpacks to 300 MB (a zip bomb)", atTestTime: "bytes",
    bytes: async () => handZip("xl/workbook.xml", await deflatedZeros(300), 300 * 1024 * 1024),
    expect: refused("reader.input.inflates-too-much"),
  },
  {
    file: "i07-part-lies-about-its-size.xlsx", what: "a part whose directory claims 1 KB but unpacks to 50 MB",
    bytes: async () => handZip("xl/workbook.xml", await deflatedZeros(50), 50 * 1024 * 1024, 1024),
    expect: refused("reader.input.damaged"),
  },
  {
    file: "i08-password.xlsx", what: "a workbook saved with a password (an OLE file with EncryptionInfo)",
    bytes: async () => {
      const cfb = XLSX.CFB.utils.cfb_new();
      XLSX.CFB.utils.cfb_add(cfb, "/EncryptionInfo", Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
      XLSX.CFB.utils.cfb_add(cfb, "/EncryptedPackage", Buffer.alloc(4096, 0x5a));
      return Buffer.from(XLSX.CFB.write(cfb, { type: "buffer" }) as Buffer);
    },
    expect: refused("reader.input.encrypted"),
  },
  { file: "i09-binary.xlsb", what: "an Excel binary workbook (.xlsb)", bytes: async () => sheetjsBook("xlsb"), expect: refused("reader.input.xlsb") },
  { file: "i10-table.ods", what: "the table saved by LibreOffice as .ods", bytes: async () => sheetjsBook("ods"), expect: readable() },
  { file: "i11-table.xls", what: "the table saved as Excel 97-2003 (.xls)", bytes: async () => sheetjsBook("biff8"), expect: readable() },
  {
    file: "i12-bom-semicolon.csv", what: "a CSV with a UTF-8 mark, semicolons and dotted thousands (a Vietnamese Excel's export)",
    bytes: async () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText(";"), "utf8")]), expect: readable(),
  },
  {
    file: "i13-plain-comma.csv", what: "a CSV in UTF-8 without a mark, commas, a quoted thousands figure",
    bytes: async () => Buffer.from(csvText(","), "utf8"), expect: readable(),
  },
  {
    file: "i14-unicode-text.txt", what: "Excel's “Unicode Text” export: UTF-16 with its mark, tab-separated",
    bytes: async () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csvText("\t"), "utf16le")]), expect: readable(),
  },
  {
    file: "i15-html-saved-as.xls", what: "an HTML table saved as .xls (what much government software exports), merged title",
    bytes: async () => Buffer.from([
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><table border="1">',
      `<tr><td colspan="4"><b>${TITLE}</b></td></tr>`,
      `<tr>${HEADER.map((h) => `<th>${h}</th>`).join("")}</tr>`,
      ...INPUT_UNITS.map(([n, t, d], i) => `<tr><td>${i + 1}</td><td>${n}</td><td>${t.toLocaleString("de-DE")}</td><td>${d}</td></tr>`),
      `<tr><td></td><td>Tổng cộng</td><td>${SUM_TARGET.toLocaleString("de-DE")}</td><td>${SUM_DONE.toLocaleString("de-DE")}</td></tr>`,
      "</table></body></html>",
    ].join("\n"), "utf8"),
    expect: readable(),
  },
  { file: "i16-empty.xlsx", what: "an empty file (0 bytes)", bytes: async () => Buffer.alloc(0), expect: refused("reader.input.empty") },
  {
    file: "i17-huge-targets.xlsx", what: "a target of 1e308 and one of 5 billion",
    bytes: () => exceljsBook((ws) => {
      putRows(ws, [[TITLE], [], HEADER, ...INPUT_UNITS.map(([n, t, d], i) => [i + 1, n, i === 0 ? 1e308 : i === 1 ? 5e9 : t, d])]);
    }),
    expect: { ok: true, units: 4, target: SUM_TARGET - INPUT_UNITS[0][1] - INPUT_UNITS[1][1], done: SUM_DONE, codes: ["implausible-value"], cells: ["C4", "C5"] },
  },
  {
    file: "i18-word-document.xlsx", what: "a Word document (.docx zip) named .xlsx",
    bytes: async () => {
      const zip = new JSZip();
      zip.file("[Content_Types].xml", "<Types/>");
      zip.file("word/document.xml", "<w:document/>");
      return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", date: new Date(Date.UTC(2024, 8, 15)) } as JSZip.JSZipGeneratorOptions<"nodebuffer">);
    },
    expect: refused("reader.input.not-a-workbook"),
  },
  {
    file: "i23-no-table.ods", what: "an .ods with a title and a note but no quota table: the sheet's reason, naming the file",
    bytes: async () => {
      const wb = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([[TITLE], [], ["Ghi chú: số liệu gửi sau"]]), "Tiến độ");
      return XLSX.write(wb, { type: "buffer", bookType: "ods" }) as Buffer;
    },
    expect: refused("reader.no-header"),
  },
  {
    file: "i24-stray-A65536.xls", what: "an .xls with a stray value in its last row (A65536)",
    bytes: async () => {
      const ws = XLSX.utils.aoa_to_sheet(tableRows());
      XLSX.utils.sheet_add_aoa(ws, [["lạc"]], { origin: "A65536" });
      const wb = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(wb, ws, "Tiến độ");
      return XLSX.write(wb, { type: "buffer", bookType: "biff8" }) as Buffer;
    },
    expect: readable({ codes: ["input-converted", "far-cells-ignored"], cells: ["A65536"] }),
  },
  {
    file: "i25-sheet-xml-damaged.xlsx", what: "a sheet whose XML has a broken row tag (exceljs refuses it; SheetJS forgives it)",
    bytes: async () => withSheetXml(await exceljsBook((ws) => putRows(ws, tableRows())), (xml) => xml.replace("<sheetData>", '<sheetData><row r="x">')),
    expect: readable({ codes: ["read-leniently"] }),
  },
  { file: "i26-xml-spreadsheet-2003.xls", what: "Excel 2003 “XML Spreadsheet” saved under an .xls name", bytes: async () => sheetjsBook("xlml"), expect: readable({ codes: ["input-converted"] }) },
  {
    file: "i27-zip64-directory.xlsx", what: "a workbook whose zip directory is in ZIP64 form (Java and .NET writers)",
    bytes: async () => asZip64(await exceljsBook((ws) => putRows(ws, tableRows()))), expect: readable({ absentCodes: ["read-leniently"] }),
  },
  { file: "i19-a-folder.xlsx", what: "a folder given as the input", atTestTime: "directory", expect: refused("reader.input.directory") },
  { file: "/dev/zero", what: "a device that never ends (/dev/zero)", atTestTime: "device", expect: refused("reader.input.not-regular") },
  { file: "i20-pipe.xlsx", what: "a named pipe (fifo)", atTestTime: "fifo", expect: refused("reader.input.not-regular") },
  { file: "i21-101MB.xlsx", what: "a 101 MB file", atTestTime: "too-big", expect: refused("reader.input.too-big") },
  { file: "i22-not-there.xlsx", what: "a file that does not exist", atTestTime: "missing", expect: refused("reader.cli.not-found") },
];

/** Writes the committed cases (those made from bytes and small enough) into test/hostile/input/. */
export async function writeInputCases(): Promise<number> {
  fs.mkdirSync(INPUT_DIR, { recursive: true });
  let written = 0;
  for (const c of INPUT_CASES) {
    if (!c.bytes || c.atTestTime) continue;
    fs.writeFileSync(path.join(INPUT_DIR, c.file), await c.bytes());
    written += 1;
  }
  return written;
}
