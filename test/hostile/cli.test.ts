// The hostile corpus through the command line: `analyze --json` and `report -o` on every file (in-process,
// as bin/quota-report.js runs it), and the real bin spawned on a few. The input file is never changed, and
// the output copy keeps every original cell of every original sheet.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { runCli, tempDir } from "../support/run-cli";
import { sentencePattern } from "../support/sentence-pattern";
import { expectNoNewProblems } from "../support/package-lint";
import { t } from "../../src/core/messages";
import { CASES, badValues, caseFile, cliDateArgs, fileHash, openWorkbook, sheetChecksum } from "./harness";
import type { HostileCase } from "./corpus";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "quota-report.js");
const out = tempDir("hostile-cli-");

describe.each(CASES.map((c) => [c.file, c] as [string, HostileCase]))("%s", (_file, c) => {
  test(`${c.what}: analyze --json and report -o answer, and leave the data as it was`, async () => {
    const input = await caseFile(c);
    const inputHash = fileHash(input);
    const e = c.expect;

    const analyze = await runCli(["analyze", input, ...cliDateArgs(c), "--json"]);
    if (!e.ok) {
      expect(analyze.code).toBe(2);
      expect(analyze.stdout).toBe("");
      expect(analyze.stderr).toMatch(sentencePattern(e.cliKey ?? e.key));
      expect(analyze.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    } else {
      expect(analyze.stderr).toBe("");
      expect(analyze.code).toBe(0);
      const json = JSON.parse(analyze.stdout);
      expect(json.units).toHaveLength(e.units);
      const m = json.measures[0].id;
      if (e.target !== undefined) expect(json.total.values[m].target).toBe(e.target);
      if (e.done !== undefined) expect(json.total.values[m].done).toBe(e.done);
      if (e.names) expect(json.units.map((u: { name: string }) => u.name)).toEqual(e.names);
      for (const w of e.warnings ?? []) expect(json.warnings).toContainEqual(expect.objectContaining({ code: w.code, ...(w.cell ? { cell: w.cell } : {}) }));
      expect(badValues(json.warnings)).toEqual([]);
      expect(analyze.stdout).not.toMatch(/NaN|Infinity/);
    }
    if (c.generatedAtTestTime) return expect(fileHash(input)).toBe(inputHash); // the 50,000-row report is the bench's job

    const output = path.join(out, c.file);
    const report = await runCli(["report", input, "-o", output, ...cliDateArgs(c)]);
    expect(fileHash(input)).toBe(inputHash);
    if (!e.ok) {
      expect(report.code).toBe(2);
      expect(report.stderr).toMatch(sentencePattern(e.cliKey ?? e.key));
      expect(fs.existsSync(output)).toBe(false);
      return;
    }
    expect(report.stderr).toBe("");
    expect(report.code).toBe(0);
    expect(report.stdout).not.toMatch(/NaN|Infinity|undefined/);
    // A file read by its content (a CSV named .xlsx) has no .xlsx sheets of its own to compare.
    if (c.bytes) return;
    // Every original sheet keeps every original cell, value and type; the report is one new sheet.
    const before = await openWorkbook(input);
    const after = await openWorkbook(output);
    for (const ws of before.worksheets) {
      const original = sheetChecksum(ws);
      const copy = after.getWorksheet(ws.name);
      expect(copy).toBeDefined();
      expect(sheetChecksum(copy!, original.cells).hash).toBe(original.hash);
    }
    // The report, and the history sheet every report keeps the day's figures in, so the next one can say what
    // changed.
    const added = after.worksheets.filter((w) => !before.getWorksheet(w.name));
    expect(added.map((w) => w.name).filter((n) => n !== "Lịch sử tiến độ")).toHaveLength(1);
    for (const sheet of added) {
      expect(sheet.name.length).toBeLessThanOrEqual(31);
      // Names that look like formulas are written as text, never as formulas (in the history sheet too).
      sheet.eachRow((row) => row.eachCell((cell) => {
        if (typeof cell.value === "string" && /^[=+\-@]/.test(cell.value)) expect(cell.type).toBe(3 /* ValueType.String */);
      }));
    }
  });
});

describe("the real bin, spawned as a clerk runs it", () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60000 });
  const byFile = (f: string) => CASES.find((c) => c.file === f)!;

  test("a broken download: one Vietnamese line naming the file, exit 2", async () => {
    const file = await caseFile(byFile("32-corrupt-zip.xlsx"));
    const r = run("analyze", file, "--json");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`Không đọc được tệp “${file}”`);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  test("a TCVN3 sheet: the report copy names the units in Unicode and says the file uses the old encoding", async () => {
    const c = byFile("21-legacy-tcvn3.xlsx");
    const input = await caseFile(c);
    const output = path.join(out, "spawned-tcvn3.xlsx");
    const r = run("report", input, "-o", output, ...cliDateArgs(c));
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    // Spawned, not through runCli: the copy goes through the package linter here.
    await expectNoNewProblems(output, [input]);
    expect(r.stdout).toContain("Xã Kim Phượng");
    const analyze = run("analyze", input, ...cliDateArgs(c));
    expect(analyze.stdout).toContain(t("vi", "reader.legacy-encoding", { encoding: "TCVN3 (.VnTime)", count: 7, cell: "A1", before: "TiÕn ®é thu nhËn hå s¬", after: "Tiến độ thu nhận hồ sơ" }).slice(0, 60));
  });
});
