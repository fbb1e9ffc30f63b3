// The input's checks unpack every part; the reader takes the XML parts from them instead of unpacking them again.
// What a user would check: the workbook reads the same either way, and nothing of the unpacked parts outlives
// the load (the report writer keeps the input for the whole run).
import * as fs from "fs";
import * as path from "path";
import { inputAsXlsxPackage } from "../../../src/cli/formats/package";
import { XlsxWorkbook } from "../../../src/cli/formats/xlsx-workbook";
import { readZipEntries, unpackEntry } from "../../../src/cli/formats/zip-reader";
import { loadWorkbook } from "../../../src/cli/load";

const FILES = ["test/fixtures/01-table1-90-days.xlsx", "test/fixtures/30-history-30-day-sheets.xlsx", "test/hostile/13-merged-across-data-rows.xlsx"];
const ROOT = path.join(__dirname, "..", "..", "..");

const cellsOf = (wb: XlsxWorkbook) => wb.worksheets.map((w) => ({ name: w.name, cells: [...w.sparse().entries()] }));

test.each(FILES)("%s: the kept parts are the parts, and the workbook reads the same from them", async (rel) => {
  const file = path.join(ROOT, rel);
  const input = await inputAsXlsxPackage(file);
  const kept = input.unpacked!;
  expect(kept.has("xl/workbook.xml")).toBe(true);
  for (const e of readZipEntries(fs.readFileSync(file))) {
    const name = e.name.toLowerCase();
    if (kept.has(name)) expect(kept.get(name)!.equals(unpackEntry(e, 1e9))).toBe(true);
  }
  const fromKept = new XlsxWorkbook(input.bytes, kept);
  expect(cellsOf(fromKept)).toEqual(cellsOf(new XlsxWorkbook(input.bytes)));
});

test("loadWorkbook leaves nothing unpacked on the input it returns", async () => {
  const { input, workbook } = await loadWorkbook(path.join(ROOT, FILES[1]));
  expect(input.unpacked).toBeUndefined();
  expect(workbook.worksheets.length).toBeGreaterThan(1);
});
