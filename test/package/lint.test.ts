// The package linter itself: a valid package passes, and each package broken in one known way (among them the
// defects copies once had on other writers' inputs: openpyxl's per-sheet r: declaration lost, a duplicate table
// name, <col level>, a part of 97 MB) fails with the rule named and the part that breaks it.
import JSZip from "jszip";
import * as fs from "fs";
import { writeReportCopy } from "../../src/cli/xlsx/write-copy";
import { SAMPLE } from "../support/run-cli";
import { chartModel } from "../support/chart-model";
import { expectValidPackage, lintPackage } from "../support/package-lint";

let valid: Buffer;

beforeAll(async () => {
  valid = (await writeReportCopy(fs.readFileSync(SAMPLE), { sheets: [chartModel()] })).bytes;
});

/** The valid copy with one part changed (or removed, or added). */
async function broken(edits: Record<string, ((text: string) => string) | null | string>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(valid);
  for (const [name, edit] of Object.entries(edits)) {
    if (edit === null) zip.remove(name);
    else if (typeof edit === "string") zip.file(name, edit);
    else zip.file(name, edit(await (zip.file(name) as JSZip.JSZipObject).async("string")));
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

const rules = async (bytes: Buffer) => (await lintPackage(bytes)).map((p) => `${p.rule} ${p.part}`);

test("the copy of the sample passes", async () => {
  expect(await lintPackage(valid)).toEqual([]);
  await expect(expectValidPackage(valid)).resolves.toBeUndefined();
});

test("a prefix used where it is not declared (the openpyxl workbook's added <sheet r:id>)", async () => {
  const bytes = await broken({ "xl/workbook.xml": (t) => t.replace(/ xmlns:r="[^"]*"/, "") });
  expect(await rules(bytes)).toContain("xml-namespace-declared xl/workbook.xml");
  await expect(expectValidPackage(bytes)).rejects.toThrow(/\[xml-namespace-declared\] xl\/workbook\.xml/);
});

test("a part that is not well-formed", async () => {
  expect(await rules(await broken({ "xl/styles.xml": (t) => t.replace("</fonts>", "") }))).toContain("xml-well-formed xl/styles.xml");
});

test("mc:Ignorable naming a prefix that is not declared", async () => {
  const bytes = await broken({ "xl/workbook.xml": (t) => t.replace(/<sheets>/, '<sheets xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac">') });
  expect(await rules(bytes)).toContain("mc-ignorable-declared xl/workbook.xml");
});

test("a relationship to a missing part, and a part without a content type", async () => {
  const bytes = await broken({ "xl/charts/chart1.xml": null, "xl/extra.bin": "x" });
  const found = await rules(bytes);
  expect(found).toContain("rels-target-exists xl/drawings/_rels/drawing1.xml.rels");
  expect(found).toContain("content-types [Content_Types].xml");
  expect(found).toContain("content-type-present xl/extra.bin");
});

test("two part names equal but for case", async () => {
  const zip = await JSZip.loadAsync(valid);
  zip.file("XL/Styles.xml", await (zip.file("xl/styles.xml") as JSZip.JSZipObject).async("string"));
  expect(await rules(await zip.generateAsync({ type: "nodebuffer" }))).toContain("part-name-unique XL/Styles.xml");
});

test("sheet names invalid or repeated, sheet ids repeated", async () => {
  const sheets = (t: string) => t.replace('name="Tiến độ ĐDĐT"', 'name="tiến độ cccd"').replace('sheetId="2"', 'sheetId="1"');
  const found = await rules(await broken({ "xl/workbook.xml": sheets }));
  expect(found).toContain("sheet-name-unique xl/workbook.xml");
  expect(found).toContain("sheet-id-unique xl/workbook.xml");
  expect(await rules(await broken({ "xl/workbook.xml": (t) => t.replace('name="Tiến độ ĐDĐT"', 'name="Tiến độ: ĐDĐT"') }))).toContain("sheet-name-valid xl/workbook.xml");
});

test("a table name used twice in the workbook (a renamed old history sheet's table), and a table id twice", async () => {
  const zip = await JSZip.loadAsync(valid);
  const table = await (zip.file("xl/tables/table1.xml") as JSZip.JSZipObject).async("string");
  zip.file("xl/tables/table2.xml", table);
  const types = await (zip.file("[Content_Types].xml") as JSZip.JSZipObject).async("string");
  zip.file("[Content_Types].xml", types.replace("</Types>", '<Override PartName="/xl/tables/table2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/></Types>'));
  const found = await rules(await zip.generateAsync({ type: "nodebuffer" }));
  expect(found).toContain("table-name-unique xl/tables/table2.xml");
  expect(found).toContain("table-id-unique xl/tables/table2.xml");
});

test("a defined name referring to a sheet that does not exist", async () => {
  const bytes = await broken({ "xl/workbook.xml": (t) => t.replace(/'[^']+'!/, "'Không có'!") });
  expect(await rules(bytes)).toContain("defined-name-sheet xl/workbook.xml");
});

test("<col level> (SheetJS's .xls conversion), a NaN value, and a part over the size limit", async () => {
  const bytes = await broken({ "xl/worksheets/sheet1.xml": (t) => t.replace(/<col /, '<col level="0" ').replace(/<v>\d+<\/v>/, "<v>NaN</v>") });
  const found = await rules(bytes);
  expect(found).toContain("schema-attribute xl/worksheets/sheet1.xml");
  expect(found).toContain("finite-values xl/worksheets/sheet1.xml");
  expect((await lintPackage(valid, { maxPartBytes: 1000 })).map((p) => p.rule)).toContain("part-size");
});

test("a Strict part in a Transitional workbook", async () => {
  const bytes = await broken({ "xl/tables/table1.xml": (t) => t.replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main") });
  expect(await rules(bytes)).toContain("one-spelling xl/tables/table1.xml");
});

// The workbook-level rules shared with the mock's linter (workbook-rules.ts), on the package.
test("a sheet named History (Excel keeps the name), a table name that reads as a cell reference, a table past the grid", async () => {
  expect(await rules(await broken({ "xl/workbook.xml": (t) => t.replace('name="Tiến độ ĐDĐT"', 'name="HISTORY"') }))).toContain("sheet-name-valid xl/workbook.xml");
  const table = (t: string) => t.replace(/displayName="[^"]*"/, 'displayName="AB12"').replace(/ ref="[^"]*"/, ' ref="A1:XFE20"');
  const found = await rules(await broken({ "xl/tables/table1.xml": table }));
  expect(found).toContain("table-name-valid xl/tables/table1.xml");
  expect(found).toContain("range-within-limits xl/tables/table1.xml");
});

test("a chart whose data names a sheet the workbook does not have", async () => {
  const bytes = await broken({ "xl/charts/chart1.xml": (t) => t.replace(/<c:f>'?[^<!]+'?!/, "<c:f>'Không có'!") });
  expect(await rules(bytes)).toContain("range-in-sheet xl/charts/chart1.xml");
});

test("a table named as a workbook-level defined name, and a conditional format past the grid", async () => {
  const zip = await JSZip.loadAsync(valid);
  const table = await (zip.file("xl/tables/table1.xml") as JSZip.JSZipObject).async("string");
  const name = /displayName="([^"]*)"/.exec(table)?.[1] as string;
  const defined = `<definedName name="${name}">'Tiến độ ĐDĐT'!$A$1</definedName>`;
  const bytes = await broken({
    "xl/workbook.xml": (t) => (t.includes("<definedNames>") ? t.replace("<definedNames>", `<definedNames>${defined}`) : t.replace("</sheets>", `</sheets><definedNames>${defined}</definedNames>`)),
    "xl/worksheets/sheet1.xml": (t) => t.replace(/(<(?:\w+:)?conditionalFormatting sqref=")[^"]*"/, '$1H7:H1048577"'),
  });
  const found = await rules(bytes);
  expect(found).toContain("table-name-defined-name xl/tables/table1.xml");
  expect(found).toContain("range-within-limits xl/worksheets/sheet1.xml");
});
