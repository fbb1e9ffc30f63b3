// Every Office.js member src/excel and src/commands use is allowed where it runs: the ExcelApi set its
// @types/office-js remarks name ("[Api set: ExcelApi 1.x]") is at most the set of the run-time capability check
// that guards the use (src/excel/requirements.ts), or the manifest's minimum where nothing guards it.
import * as fs from "fs";
import * as path from "path";
import { CAPABILITY_SETS } from "../../src/excel/requirements";
import { excelApiUses, manifestExcelApiMinor, minorOf, type MemberUse } from "../support/api-sets";

const ROOT = path.resolve(__dirname, "../..");
const CAPS = Object.keys(CAPABILITY_SETS);
const filesIn = (dir: string) =>
  fs.readdirSync(path.join(ROOT, dir)).filter((f) => /\.tsx?$/.test(f)).map((f) => `${dir}/${f}`);

function allowedMinor(use: MemberUse): number {
  const guarded = use.guards.map((g) => minorOf(`ExcelApi ${CAPABILITY_SETS[g as keyof typeof CAPABILITY_SETS]}`));
  return Math.max(manifestExcelApiMinor(), ...guarded);
}

const tooNew = (uses: MemberUse[]) =>
  uses.filter((u) => minorOf(u.needs) > allowedMinor(u)).map((u) => `${u.at} ${u.member} needs ${u.needs}, guarded by [${u.guards.join(", ")}]`);

let uses: MemberUse[];
beforeAll(() => {
  uses = excelApiUses([...filesIn("src/excel"), ...filesIn("src/commands"), "test/support/api-sets-sample.ts"], CAPS);
}, 120000);

test("no Office.js member in src/excel or src/commands needs a newer ExcelApi set than the check guarding it", () => {
  const product = uses.filter((u) => u.at.startsWith("src/"));
  expect(product.length).toBeGreaterThan(40);
  expect(tooNew(product)).toEqual([]);
});

test("the check reads the types' annotations and sees the guards (it can fail)", () => {
  const merged = uses.find((u) => u.at.startsWith("src/excel/read.ts") && u.member === "Excel.Range.getMergedAreasOrNullObject");
  expect(merged).toMatchObject({ needs: "ExcelApi 1.13" });
  expect(merged!.guards).toContain("mergedAreas");
  const sample = tooNew(uses.filter((u) => u.at.startsWith("test/support/api-sets-sample.ts")));
  expect(sample).toHaveLength(2);
  expect(sample[0]).toMatch(/getMergedAreasOrNullObject needs ExcelApi 1\.13, guarded by \[\]/);
  expect(sample[1]).toMatch(/guarded by \[conditionalFormats\]/);
});
