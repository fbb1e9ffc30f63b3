// Part names are URIs in a package's relationships and content types: a sheet part named with a space is written
// "%20" there (a valid package; some web exporters name parts after the sheet). The reader and the copy writer
// must find the same part: the clerk's sheet is read, coloured, and kept byte for byte otherwise.
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { runCli, SAMPLE, tempDir } from "../support/run-cli";
import { expectValidPackage } from "../support/package-lint";

const DATES = ["--as-of", "15/09/2024", "--sheet", "Tiến độ CCCD"];

/** The sample with every worksheet part renamed "sheet N.xml", referred to as "sheet%20N.xml". */
async function withSpacedParts(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(fs.readFileSync(SAMPLE));
  const renames = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  for (const from of renames) {
    const to = from.replace(/sheet(\d+)\.xml$/, "sheet $1.xml");
    zip.file(to, await zip.file(from)!.async("nodebuffer"));
    zip.remove(from);
    const rels = from.replace(/sheet(\d+)\.xml$/, "_rels/sheet$1.xml.rels");
    if (zip.file(rels)) {
      zip.file(rels.replace(/sheet(\d+)\.xml\.rels$/, "sheet $1.xml.rels"), await zip.file(rels)!.async("nodebuffer"));
      zip.remove(rels);
    }
  }
  for (const part of ["xl/_rels/workbook.xml.rels", "[Content_Types].xml"]) {
    const text = await zip.file(part)!.async("string");
    zip.file(part, text.replace(/worksheets\/sheet(\d+)\.xml/g, "worksheets/sheet%20$1.xml"));
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

test("a sheet part named with a space (%20 in its relationship) is read, coloured and copied into a valid package", async () => {
  const dir = tempDir("quota-part-space-");
  const input = path.join(dir, "spaced.xlsx");
  fs.writeFileSync(input, await withSpacedParts());
  const plain = await runCli(["report", SAMPLE, "-o", path.join(dir, "plain.xlsx"), ...DATES]);
  const r = await runCli(["report", input, "-o", path.join(dir, "out.xlsx"), ...DATES]);
  expect(r.code).toBe(0);
  // The same first line as the original's: the same sheet coloured with the same number of rules.
  expect(r.stdout.split("\n")[0].replace(/out\.xlsx/, "")).toBe(plain.stdout.split("\n")[0].replace(/plain\.xlsx/, ""));
  expect(plain.stdout.split("\n")[0]).toMatch(/tô màu [1-9]\d* quy tắc/);
  await expectValidPackage(path.join(dir, "out.xlsx"));
  const out = await JSZip.loadAsync(fs.readFileSync(path.join(dir, "out.xlsx")));
  expect(Object.keys(out.files).filter((n) => /^xl\/worksheets\/sheet \d+\.xml$/.test(n)).length).toBeGreaterThan(0);
  fs.rmSync(dir, { recursive: true, force: true });
});
