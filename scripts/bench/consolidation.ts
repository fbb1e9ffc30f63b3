// Province scale: `quota-report merge` over 160 communes' report files (mixed .xlsx / .xls / .csv, made by the
// consolidation corpus generator, seeded), the plan by --plan and the mapping by --map, spawned as a user runs
// it. Wall time from spawn to exit, median of 3; the goal is ≤ 10 s on this machine.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawn } from "child_process";
import { command, median, msSince, round, type Family, type Figure } from "./figure";
import { corpusCase } from "../corpus/consolidation-corpus";
import { writeCorpusCase } from "../corpus/write-consolidation-files";

const ROOT = path.resolve(__dirname, "../..");
const FILES = 160;
const GOAL_MS = 10_000;
const RUNS = 3;

/** Wall time from spawn to exit, and the child's CPU time (user + system, from max-rss-preload.cjs at exit). */
function runMerge(args: string[], rssFile: string): Promise<{ ms: number; cpuMs: number | null }> {
  const argv = ["--require", path.join(__dirname, "max-rss-preload.cjs"), path.join(ROOT, "bin/quota-report.js"), "merge", ...args];
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, argv, { cwd: ROOT, env: { ...process.env, BENCH_MAX_RSS_FILE: rssFile }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = msSince(start);
      if (code !== 0) return reject(new Error(`quota-report merge exited ${code}: ${stderr.trim().slice(0, 300)}`));
      const cpu = fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, "utf8").split(" ")[1]) : null;
      resolve({ ms, cpuMs: cpu });
    });
  });
}

export const consolidationFamily: Family = {
  name: "consolidation",
  method: [
    "consolidation: `node bin/quota-report.js merge <160 report files> --plan ke-hoach.xlsx --map sap-nhap.xlsx -o OUT.xlsx`,",
    "  files from scripts/corpus/consolidation-corpus.ts (seed 2025, 170 communes, the first 160 report files: .xlsx, .xls, .csv),",
    "  wall time from spawn to exit, median of 3, and the child's CPU time (user + system) beside it, which a machine shared",
    "  with other work does not inflate as it does wall time (BENCH_TINY=1: 8 files).",
  ],
  async run(scale) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-merge-"));
    try {
      const wanted = scale.tiny ? 8 : FILES;
      const c = corpusCase(2025, scale.tiny ? 10 : 170);
      const files = await writeCorpusCase(dir, { ...c, reports: c.reports.slice(0, wanted) });
      const kinds = ["xlsx", "xls", "csv"].map((k) => `${files.reports.filter((f) => f.endsWith(`.${k}`)).length} .${k}`).join(", ");
      const args = (n: number) => [...files.reports, "--plan", files.plan, ...(files.mapping ? ["--map", files.mapping] : []), "-o", path.join(dir, `tong-hop-${n}.xlsx`)];
      const runs: { ms: number; cpuMs: number | null }[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await runMerge(args(i), path.join(dir, `cpu-${i}.txt`)));
      const med = median(runs.map((r) => r.ms));
      const cpus = runs.map((r) => r.cpuMs).filter((x): x is number => x !== null);
      const cpu = cpus.length > 0 ? median(cpus) : null;
      const figure: Figure = {
        key: `merge_ms_${files.reports.length}`,
        label: `merge ${files.reports.length} report files (${kinds})`,
        value: round(med, 0),
        unit: "ms",
        note: `median of ${RUNS}, best ${round(Math.min(...runs.map((r) => r.ms)), 0)} ms, CPU ${cpu === null ? "?" : round(cpu, 0)} ms; goal ≤ ${GOAL_MS.toLocaleString("en")} ms: ${med <= GOAL_MS ? "met" : "NOT met"}`,
        command: command("consolidation"),
      };
      return [figure];
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
