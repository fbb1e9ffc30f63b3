// The input side of the hostile corpus through the command line (in-process, as bin/quota-report.js runs it):
// each file is read to the figures it was built with, or refused with one line naming the file and saying what
// to do; nothing crashes or hangs, and the input is never changed.
import { execFileSync, spawnSync } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { runCli, tempDir } from "../support/run-cli";
import { sentencePattern } from "../support/sentence-pattern";
import { INPUT_CASES, INPUT_DIR, type InputCase } from "../../scripts/hostile/input";
import { MAX_INPUT_BYTES } from "../../src/cli/formats/limits";

const ROOT = path.join(__dirname, "..", "..");
const work = tempDir("hostile-input-");
const DATES = ["--from", "01/08/2024", "--to", "30/10/2024", "--as-of", "15/09/2024"];
/** A generous bound against hangs, not a speed claim (the bench measures speed). */
const NO_HANG_MS = 20000;

/** The case's path: committed, or made here (a folder, a pipe, a 101 MB sparse file, a big generated file). */
async function casePath(c: InputCase): Promise<string> {
  switch (c.atTestTime) {
    case undefined:
      return path.join(INPUT_DIR, c.file);
    case "device":
      return c.file;
    case "missing":
      return path.join(work, c.file);
    case "directory": {
      const dir = path.join(work, c.file);
      fs.mkdirSync(dir, { recursive: true });
      return dir;
    }
    case "fifo": {
      const p = path.join(work, c.file);
      if (!fs.existsSync(p)) execFileSync("mkfifo", [p]);
      return p;
    }
    case "too-big": {
      const p = path.join(work, c.file);
      fs.writeFileSync(p, "PK");
      fs.truncateSync(p, MAX_INPUT_BYTES + 1024 * 1024); // sparse: no 101 MB written
      return p;
    }
    case "bytes": {
      const p = path.join(work, c.file);
      if (!fs.existsSync(p)) fs.writeFileSync(p, await (c.bytes as () => Promise<Buffer>)());
      return p;
    }
  }
}

/** A fingerprint of the input: its bytes for a regular file, its kind and size otherwise. */
function fingerprint(p: string): string {
  if (!fs.existsSync(p)) return "absent";
  const st = fs.statSync(p);
  if (!st.isFile()) return `${st.isDirectory() ? "dir" : "special"}:${st.mode}`;
  const hash = createHash("sha256");
  const fd = fs.openSync(p, "r");
  const buf = Buffer.alloc(1 << 20);
  for (let n; (n = fs.readSync(fd, buf, 0, buf.length, null)) > 0;) hash.update(buf.subarray(0, n));
  fs.closeSync(fd);
  return `${st.size}:${hash.digest("hex")}`;
}

async function timed<T>(run: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const out = await run();
  expect(Date.now() - started).toBeLessThan(NO_HANG_MS);
  return out;
}

describe.each(INPUT_CASES.map((c) => [c.file, c] as [string, InputCase]))("%s", (_file, c) => {
  test(`${c.what}: figures as built, or one clear line; the input unchanged`, async () => {
    const input = await casePath(c);
    const before = fingerprint(input);
    const e = c.expect;
    const analyze = await timed(() => runCli(["analyze", input, ...DATES, "--json"]));
    if (!e.ok) {
      expect(analyze.code).toBe(2);
      expect(analyze.stdout).toBe("");
      const lines = analyze.stderr.split("\n").filter(Boolean);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(sentencePattern(e.key));
      expect(lines[0]).toContain(input);
      // Never a library's words or an errno inside the clerk's line.
      expect(lines[0]).not.toMatch(/\b(E[A-Z]{3,}|Error|Cannot|undefined|zip|central directory)\b/);
    } else {
      expect(analyze.stderr).toBe("");
      expect(analyze.code).toBe(0);
      const json = JSON.parse(analyze.stdout);
      expect(json.units).toHaveLength(e.units);
      const m = json.measures[0].id;
      expect(json.total.values[m].target).toBe(e.target);
      expect(json.total.values[m].done).toBe(e.done);
      const codes = json.warnings.map((w: { code: string }) => w.code);
      for (const code of e.codes ?? []) expect(codes).toContain(code);
      for (const code of e.absentCodes ?? []) expect(codes).not.toContain(code);
      for (const cell of e.cells ?? []) expect(json.warnings.map((w: { cell: string }) => w.cell)).toContain(cell);
      expect(analyze.stdout).not.toMatch(/NaN|Infinity/);

      const output = path.join(work, `${path.basename(c.file)}-report.xlsx`);
      const report = await timed(() => runCli(["report", input, "-o", output, ...DATES]));
      expect(report.stderr).toBe("");
      expect(report.code).toBe(0);
      expect(fs.readFileSync(output).subarray(0, 2).toString()).toBe("PK");
    }
    expect(fingerprint(input)).toBe(before);
  }, 120000);
});

describe("the real bin, spawned as a clerk runs it", () => {
  test("a CSV export: read through SheetJS as the shipped command runs it (CommonJS, loaded on demand)", () => {
    const file = path.join(INPUT_DIR, "i12-bom-semicolon.csv");
    const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "quota-report.js"), "analyze", file, ...DATES], { cwd: ROOT, encoding: "utf8", timeout: 60000 });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Thị trấn Chợ Chu");
  });

  test("/dev/zero is refused at once, in English when asked, without reading it", () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "quota-report.js"), "analyze", "/dev/zero", "--lang", "en"], { cwd: ROOT, encoding: "utf8", timeout: 60000 });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`quota-report: “/dev/zero” is not a regular file (a device, a pipe…): give an Excel file saved on disk.`);
  });
});
