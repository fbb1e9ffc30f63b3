// Metamorphic: the same workbook spelled as other valid writers spell it (test/support/variants.ts: prefixes,
// where namespaces are declared, BOM/CRLF/no declaration, stored entries, data descriptors, Strict, sheet ids
// out of order) gives the same analysis, and a report copy that the package linter, openpyxl and LibreOffice
// accept, with the figures the sample was made of.
import * as fs from "fs";
import * as path from "path";
import { writeReportCopy } from "../../src/cli/xlsx/write-copy";
import { runCli, SAMPLE, tempDir } from "../support/run-cli";
import { describeWithSoffice } from "../libreoffice/soffice";
import { chartModel } from "../support/chart-model";
import { expectValidPackage } from "../support/package-lint";
import { variantsOf, type Variant } from "../support/variants";
import { expectReportFigures, readWithLibreOffice, readWithOpenpyxl, type Rows } from "./second-readers";

const TABLE2 = path.resolve(__dirname, "../fixtures/02-table2-two-row-header.xlsx");
/** openpyxl reads no Strict workbook at all (the variant input itself shows no sheet): LibreOffice is its second reader. */
const OPENPYXL_CANNOT = new Set(["Strict Open XML"]);

let dir: string;
const variants = new Map<string, Variant[]>();
const files = (base: string) => (variants.get(base) ?? []).map((v, i) => ({ ...v, file: path.join(dir, `${path.basename(base, ".xlsx")}-v${i}.xlsx`) }));

beforeAll(async () => {
  dir = tempDir("variants-");
  for (const base of [SAMPLE, TABLE2]) {
    variants.set(base, await variantsOf(fs.readFileSync(base)));
    for (const v of files(base)) fs.writeFileSync(v.file, v.bytes);
  }
});

async function analysis(file: string): Promise<unknown> {
  const r = await runCli(["analyze", file, "--json"]);
  return r.code === 0 ? JSON.parse(r.stdout) : { failed: r.stderr };
}

describe.each([["the sample", SAMPLE], ["table 2 (two-row header)", TABLE2]])("variants of %s", (_label, base) => {
  const names = ["main namespace prefixed x:", "every prefix renamed ns0, ns1… (ElementTree)", "declarations moved onto the elements using them",
    "unused namespaces and mc:Ignorable on every root", "BOM and CRLF", "no XML declaration", "stored entries", "data descriptors",
    "sheets listed out of id order", "Strict Open XML"];

  test("the generator makes every variant, each a different package", () => {
    expect(files(base).map((v) => v.name)).toEqual(names);
    const original = fs.readFileSync(base);
    for (const v of files(base)) expect({ variant: v.name, same: v.bytes.equals(original) }).toEqual({ variant: v.name, same: false });
  });

  for (const name of names) {
    test(`${name}: the same analysis`, async () => {
      const v = files(base).find((x) => x.name === name) as Variant & { file: string };
      expect(await analysis(v.file)).toEqual(await analysis(base));
    });
  }

  test("the copy writer adds sheets, charts and a table to every variant, and the copy passes the linter", async () => {
    for (const v of files(base)) {
      const copy = await writeReportCopy(v.bytes, { sheets: [chartModel()] });
      await expect(expectValidPackage(copy.bytes).then(() => v.name)).resolves.toBe(v.name);
    }
  });
});

describeWithSoffice()("report copies of the sample's variants, read back", () => {
  const copies: { name: string; file: string }[] = [];

  test("report writes a copy of every variant the reader reads (each passes the linter in runCli)", async () => {
    for (const v of files(SAMPLE)) {
      const out = v.file.replace(/\.xlsx$/, "-report.xlsx");
      const r = await runCli(["report", v.file, "-o", out]);
      expect({ variant: v.name, code: r.code, stderr: r.stderr }).toEqual({ variant: v.name, code: 0, stderr: "" });
      copies.push({ name: v.name, file: out });
    }
    expect(copies.length).toBe(files(SAMPLE).length);
  }, 120000);

  test("openpyxl reads the report figures from every copy it can read", () => {
    const read = readWithOpenpyxl(copies.map((c) => c.file));
    for (const c of copies) {
      const book = read[c.file];
      if (OPENPYXL_CANNOT.has(c.name)) continue;
      expect({ variant: c.name, error: book.error }).toEqual({ variant: c.name, error: undefined });
      expectReportFigures(book["Báo cáo 15-09-2024"] as Rows, `openpyxl ${c.name}`);
    }
  });

  test("LibreOffice reads the report figures from every copy (one soffice call)", () => {
    const read = readWithLibreOffice(copies.map((c) => c.file), path.join(dir, "csv"));
    for (const c of copies) expectReportFigures((read[c.file]["Báo cáo 15-09-2024"] ?? []) as Rows, `LibreOffice ${c.name}`);
  }, 600000);
});
