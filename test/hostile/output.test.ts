// The copy keeps everything of the clerk's: each output-side hostile workbook, and every workbook of
// test/fixtures and test/hostile, goes through `quota-report report`; the input's checksum does not move, every
// part the report has no business touching comes out byte for byte, and the package is valid. -o never
// reaches the input, an existing file is kept, and no NaN or Infinity is written.
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { OUTPUT_CASES, OUTPUT_DATES, OUTPUT_DIR, ISO_DATE_CELL, QUOTA_SHEET } from "../../scripts/hostile/output";
import { runCli, tempDir } from "../support/run-cli";
import { expectValidPackage } from "../support/package-lint";
import { changedParts, partsOf, sheetPart, type Parts } from "./package-checks";

const hash = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
const DATES = ["--from", OUTPUT_DATES.from, "--to", OUTPUT_DATES.to, "--as-of", OUTPUT_DATES.asOf];
/** The parts the report must touch: the workbook, its rels, the content types, the styles, the coloured sheet. */
const touched = (colouredSheet: string | null) => (name: string) =>
  ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", colouredSheet].includes(name);

const dir = tempDir("quota-report-copy-");

async function report(input: string, output: string, extra: string[] = DATES) {
  const before = hash(input);
  const r = await runCli(["report", input, "-o", output, ...extra]);
  expect(hash(input)).toBe(before);
  return r;
}

describe("output-side hostile workbooks", () => {
  beforeAll(async () => {
    // Build them from the builder, so the test does not depend on committed bytes being current.
    for (const c of OUTPUT_CASES) fs.writeFileSync(path.join(dir, c.file), await c.bytes());
  });

  test.each(OUTPUT_CASES.map((c) => [c.file, c.what]))("%s (%s): a valid copy, every untouched part identical", async (file) => {
    const input = path.join(dir, file);
    const output = path.join(dir, `out-${file}`);
    const r = await report(input, output);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const a = await partsOf(fs.readFileSync(input));
    await expectValidPackage(output);
    const b = await partsOf(fs.readFileSync(output));
    expect(changedParts(a, b, touched(sheetPart(a, QUOTA_SHEET)))).toEqual([]);
    // The clerk's sheet lost no cell: its <sheetData> cells are all still there, as written.
    const sheet = sheetPart(a, QUOTA_SHEET) as string;
    const cellsOf = (p: Parts) => [...p.get(sheet)!.toString("utf8").matchAll(/<c r="[^"]+"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)].map((m) => m[0]);
    const after = new Set(cellsOf(b));
    expect(cellsOf(a).filter((c) => !after.has(c))).toEqual([]);
    expect(r.stdout).not.toMatch(/NaN|Infinity/);
  });

  test("the special parts survive: macros, external link, locks, ISO dates", async () => {
    const out = await partsOf(fs.readFileSync(path.join(dir, "out-o8-everything.xlsm")));
    expect(out.get("xl/vbaProject.bin")).toEqual((await partsOf(fs.readFileSync(path.join(dir, "o8-everything.xlsm")))).get("xl/vbaProject.bin"));
    expect(out.get("[Content_Types].xml")!.toString()).toContain("macroEnabled.main+xml");
    const wb = out.get("xl/workbook.xml")!.toString();
    expect(wb).toContain('<workbookProtection workbookPassword="CC3D" lockStructure="1"/>');
    expect(wb).toContain('<externalReference r:id="rIdExt1"/>');
    expect(wb).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="0">'${QUOTA_SHEET}'!$A$1:$D$8</definedName>`);
    expect(wb.match(/<definedNames>/g)).toHaveLength(1);
    const quota = out.get(sheetPart(out, QUOTA_SHEET) as string)!.toString();
    expect(quota).toContain('<sheetProtection password="CC3D" sheet="1" objects="1" scenarios="1"/>');
    expect(quota).toContain(ISO_DATE_CELL);
    expect(out.has("xl/media/image1.png") && out.has("xl/charts/chart1.xml") && out.has("xl/externalLinks/externalLink1.xml")).toBe(true);
  });

  test("1e308 targets: no NaN or Infinity in any cell or in the chat text, and the blank cells are named", async () => {
    const output = path.join(dir, "out-1e308-again.xlsx");
    const r = await report(path.join(dir, "o7-targets-1e308.xlsx"), output);
    expect(r.code).toBe(0);
    const text = [...(await partsOf(fs.readFileSync(output))).values()].map((b) => b.toString("latin1")).join("");
    expect(text).not.toMatch(/<v>(NaN|-?Infinity)<\/v>/);
    expect(r.stdout).not.toMatch(/NaN|Infinity/);
  });

  test("a macro workbook asked to become .xlsx: one line saying to use .xlsm, nothing written", async () => {
    const output = path.join(dir, "macros-as.xlsx");
    const r = await report(path.join(dir, "o2-macros.xlsm"), output);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(".xlsm");
    expect(fs.existsSync(output)).toBe(false);
  });
});

describe("-o never reaches the input; an existing file is kept", () => {
  const input = path.join(dir, "goc.xlsx");
  beforeAll(async () => fs.writeFileSync(input, await OUTPUT_CASES[0].bytes()));

  test.each([
    ["a hard link to the input", () => { const p = path.join(dir, "link.xlsx"); fs.rmSync(p, { force: true }); fs.linkSync(input, p); return p; }],
    ["a symbolic link to the input", () => { const p = path.join(dir, "symlink.xlsx"); fs.rmSync(p, { force: true }); fs.symlinkSync(input, p); return p; }],
    ["the input's name in other case", () => path.join(dir, "GOC.XLSX")],
  ])("%s: refused with one line, input unchanged", async (_name, make) => {
    const r = await report(input, make(), [...DATES, "--force"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/khác tệp gốc/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  test("an existing output is kept; the copy takes \"(2)\" and the clerk is told; --force replaces it", async () => {
    const existing = path.join(dir, "bao-cao.xlsx");
    fs.writeFileSync(existing, "the clerk's own file");
    const r = await report(input, existing);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(existing, "utf8")).toBe("the clerk's own file");
    const second = path.join(dir, "bao-cao (2).xlsx");
    expect(fs.existsSync(second)).toBe(true);
    expect(r.stdout).toContain(second);
    expect(r.stdout).toContain("--force");
    const forced = await report(input, existing, [...DATES, "--force"]);
    expect(forced.code).toBe(0);
    await expectValidPackage(existing);
    // No temporary file is left beside it.
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("every fixture and hostile workbook: the copy keeps every untouched part", () => {
  const root = path.join(__dirname, "..");
  const files = [
    ...fs.readdirSync(path.join(root, "fixtures")).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(root, "fixtures", f)),
    ...fs.readdirSync(path.join(root, "hostile")).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(root, "hostile", f)),
  ];
  // The workbooks made to be refused, as their makers say: the hostile manifest's refusals, and the fixture
  // built without a table. Every other one is a good workbook and must give a copy.
  const manifest = JSON.parse(fs.readFileSync(path.join(root, "hostile", "manifest.json"), "utf8")) as { file: string; expect: { ok: boolean }; generatedAtTestTime: boolean }[];
  const refused = new Set([
    ...manifest.filter((c) => !c.expect.ok && !c.generatedAtTestTime).map((c) => path.join(root, "hostile", c.file)),
    path.join(root, "fixtures", "17-no-table.xlsx"),
  ]);

  test("the refused workbooks are known by name, so a renamed one cannot slip through as a refusal", () => {
    for (const file of refused) expect(files).toContain(file);
  });

  test.each(files.map((f) => [path.relative(root, f), f]))("%s", async (_rel, file) => {
    const input = path.join(dir, `in-${path.basename(file)}`);
    fs.copyFileSync(file, input);
    const output = path.join(dir, `copy-${path.basename(file)}`);
    const r = await report(input, output);
    // Headings no word list knows: it may be refused, but only with the line that says how to name the columns.
    if (file === path.join(root, "fixtures", "office-03-unknown-headings.xlsx") && r.code !== 0) {
      expect(r.stderr).toContain("--unit-col");
      return;
    }
    if (refused.has(file)) {
      // No table, or not a workbook: one clear line and no file.
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(fs.existsSync(output)).toBe(false);
      return;
    }
    // A good workbook: the command line must make its copy.
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    await expectValidPackage(output);
    const b = await partsOf(fs.readFileSync(output));
    // An input that is no zip (a CSV named .xlsx) was converted: there are no parts of its own to keep.
    if (fs.readFileSync(input).subarray(0, 2).toString() !== "PK") return;
    const a = await partsOf(fs.readFileSync(input));
    const coloured = /'([^']+)'[^']*$/.exec(r.stdout.split("\n")[0])?.[1] ?? "";
    expect(changedParts(a, b, touched(sheetPart(a, coloured)))).toEqual([]);
  });
});

test("the committed output-side files are what the builder makes", async () => {
  for (const c of OUTPUT_CASES) {
    const committed = await partsOf(fs.readFileSync(path.join(OUTPUT_DIR, c.file)));
    const built = await partsOf(await c.bytes());
    expect([...committed.keys()].sort()).toEqual([...built.keys()].sort());
  }
});
