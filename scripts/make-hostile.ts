// Writes the hostile-sheet corpus into test/hostile/ (the cases and what a clerk should see are in
// test/hostile/corpus.ts) and a manifest.json beside them. Cases too big to commit are written at test time.
// Run: npx tsx scripts/make-hostile.ts
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { CASES, DEFAULT_DATES, type HostileCase } from "../test/hostile/corpus";
import { writeInputCases } from "./hostile/input";
import { writeOutputCases } from "./hostile/output";

export const HOSTILE_DIR = path.join(__dirname, "..", "test", "hostile");

/** The bytes of one case's file. */
export async function hostileBytes(c: HostileCase): Promise<Buffer> {
  if (c.bytes) return c.bytes();
  const wb = new ExcelJS.Workbook();
  wb.creator = "quota-report hostile corpus";
  // A fixed date keeps the files identical from one run to the next.
  wb.created = wb.modified = new Date(Date.UTC(2024, 8, 15));
  await c.build?.(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function main(): Promise<void> {
  const manifest = [];
  for (const c of CASES) {
    if (!c.generatedAtTestTime) fs.writeFileSync(path.join(HOSTILE_DIR, c.file), await hostileBytes(c));
    manifest.push({ file: c.file, what: c.what, dates: c.dates ?? DEFAULT_DATES, expect: c.expect, generatedAtTestTime: c.generatedAtTestTime ?? false });
  }
  fs.writeFileSync(path.join(HOSTILE_DIR, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  process.stdout.write(`${await writeOutputCases()} output-side cases written to test/hostile/output\n`);
  process.stdout.write(`${manifest.length} cases, ${manifest.filter((m) => !m.generatedAtTestTime).length} files written to ${HOSTILE_DIR}\n`);
  process.stdout.write(`${await writeInputCases()} input-side files written to ${path.join(HOSTILE_DIR, "input")}\n`);
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  });
}
