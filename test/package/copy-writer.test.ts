// The copy writer against packages it did not make: names chosen fresh against the whole package without case,
// a renamed old history sheet's table, inputs converted from .xls/.ods, and the parts it does not change kept
// byte for byte whatever the input's writer. Every copy passes the package linter.
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import JSZip from "jszip";
import * as fs from "fs";
import * as path from "path";
import { writeReportCopy } from "../../src/cli/xlsx/write-copy";
import * as XLSX from "@e965/xlsx";
import { makeWriterInputs } from "../../scripts/writers/make-writer-inputs";
import { TABLE1_SHEETS } from "../../scripts/writers/table1";
import { runCli, SAMPLE, tempDir } from "../support/run-cli";
import { changedParts, partsOf, sheetPart } from "../hostile/package-checks";
import { chartModel } from "../support/chart-model";
import { expectValidPackage, lintPackage } from "../support/package-lint";
import { readWithOpenpyxl } from "./second-readers";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const DATES = ["--from", "01/08/2024", "--to", "30/10/2024", "--days", "90", "--as-of", "15/09/2024"];

async function editPart(bytes: Buffer, part: string, edit: (doc: Document) => void): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const doc = new DOMParser().parseFromString(await (zip.file(part) as JSZip.JSZipObject).async("string"), "text/xml") as unknown as Document;
  edit(doc);
  zip.file(part, new XMLSerializer().serializeToString(doc as unknown as Node));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

test("a renamed old history sheet keeps its table; the new history sheet's table gets another name", async () => {
  const dir = tempDir("renamed-history-");
  const first = path.join(dir, "first.xlsx");
  expect((await runCli(["report", SAMPLE, "-o", first, ...DATES])).code).toBe(0);
  // The clerk renames the history sheet: it is now a sheet of theirs, holding the table "Lịch_sử_tiến_độ".
  const renamed = await editPart(fs.readFileSync(first), "xl/workbook.xml", (doc) => {
    const sheet = Array.from(doc.getElementsByTagNameNS(MAIN, "sheet") as unknown as ArrayLike<Element>).find((s) => s.getAttribute("name") === "Lịch sử tiến độ");
    sheet?.setAttribute("name", "Lịch sử cũ");
  });
  fs.writeFileSync(path.join(dir, "renamed.xlsx"), renamed);
  const second = path.join(dir, "second.xlsx");
  expect((await runCli(["report", path.join(dir, "renamed.xlsx"), "-o", second, ...DATES])).code).toBe(0);
  const parts = await partsOf(fs.readFileSync(second));
  const tables = [...parts].filter(([n]) => /^xl\/tables\//.test(n)).map(([, d]) => /\sname="([^"]+)"/.exec(d.toString())?.[1]);
  expect(tables).toHaveLength(2);
  expect(new Set(tables.map((t) => t?.toLowerCase())).size).toBe(2);
});

test("new part names are fresh against the package's own, compared without case", async () => {
  // The input's second sheet is stored as XL/WORKSHEETS/SHEET3.XML: the copy must not add xl/worksheets/sheet3.xml.
  const zip = await JSZip.loadAsync(fs.readFileSync(SAMPLE));
  const data = await (zip.file("xl/worksheets/sheet2.xml") as JSZip.JSZipObject).async("nodebuffer");
  zip.remove("xl/worksheets/sheet2.xml");
  zip.file("XL/WORKSHEETS/SHEET3.XML", data);
  const rels = await (zip.file("xl/_rels/workbook.xml.rels") as JSZip.JSZipObject).async("string");
  zip.file("xl/_rels/workbook.xml.rels", rels.replace("worksheets/sheet2.xml", "/XL/WORKSHEETS/SHEET3.XML"));
  const types = await (zip.file("[Content_Types].xml") as JSZip.JSZipObject).async("string");
  zip.file("[Content_Types].xml", types.replace("/xl/worksheets/sheet2.xml", "/XL/WORKSHEETS/SHEET3.XML"));
  const input = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  expect(await lintPackage(input)).toEqual([]);
  const copy = await writeReportCopy(input, { sheets: [chartModel(), { ...chartModel(), sheetName: "Hai", charts: [], table: undefined }] });
  await expectValidPackage(copy.bytes);
  const names = Object.keys((await JSZip.loadAsync(copy.bytes)).files).map((n) => n.toLowerCase());
  expect(names.filter((n) => n === "xl/worksheets/sheet3.xml")).toHaveLength(1);
});

test(".xls and .ods inputs (converted by SheetJS) give copies without <col level> that pass the linter and open in openpyxl", async () => {
  const dir = tempDir("converted-");
  // An .xls with column widths on every sheet (the case SheetJS writes <col level> for), built here.
  const wb = XLSX.utils.book_new();
  for (const sheet of TABLE1_SHEETS) {
    const ws = XLSX.utils.aoa_to_sheet(sheet.rows);
    ws["!cols"] = Array.from({ length: 7 }, (_, i) => ({ wch: i === 1 ? 20 : 10 }));
    XLSX.utils.book_append_sheet(wb, ws, sheet.name);
  }
  XLSX.writeFile(wb, path.join(dir, "widths.xls"), { bookType: "biff8" });
  const outputs: string[] = [];
  for (const input of [path.join(dir, "widths.xls"), ...["office-11-table.xls", "office-11-table.ods"].map((f) => path.resolve(__dirname, "../fixtures", f))]) {
    const out = path.join(dir, `${path.basename(input)}.xlsx`);
    outputs.push(out);
    const r = await runCli(["report", input, "-o", out]);
    expect({ input, code: r.code }).toEqual({ input, code: 0 });
    const problems = await lintPackage(fs.readFileSync(out));
    expect({ input, problems }).toEqual({ input, problems: [] });
  }
  const read = readWithOpenpyxl(outputs);
  for (const out of outputs) expect({ out, error: read[out].error }).toEqual({ out, error: undefined });
});

test("whatever the writer, the parts the copy does not change keep their bytes", async () => {
  const dir = tempDir("kept-bytes-");
  const inputs = await makeWriterInputs(path.join(dir, "in"), { libreOffice: false });
  for (const input of inputs) {
    const out = path.join(dir, `${path.basename(input.file)}-copy.xlsx`);
    expect((await runCli(["report", input.file, "-o", out])).code).toBe(0);
    const before = await partsOf(fs.readFileSync(input.file));
    const after = await partsOf(fs.readFileSync(out));
    // Changed: the workbook, its rels, the content types, the styles, and the coloured day sheet (15-9).
    const coloured = sheetPart(after, "15-9");
    const workbook = [...before.keys()].find((n) => /workbook\.xml$/i.test(n) && !n.includes("_rels")) as string;
    const allowed = (n: string) => ["[Content_Types].xml", workbook, workbook.replace(/([^/]+)$/, "_rels/$1.rels"), coloured].includes(n) || /styles\.xml$/i.test(n);
    expect({ writer: input.writer, changed: changedParts(before, after, allowed) }).toEqual({ writer: input.writer, changed: [] });
  }
}, 120000);
