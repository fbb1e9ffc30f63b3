// `quota-report report` end to end on a generated 5,000-unit workbook: spawned as a user runs it, wall time
// and peak memory (maxRSS written by a --require'd preload at exit, VmHWM polled from /proc as a cross-check).
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawn } from "child_process";
import ExcelJS from "exceljs";
import { command, median, msSince, round, type Family, type Figure } from "./figure";
import { CAMPAIGN_TEXT, quotaRows } from "./quota-grid";

const ROOT = path.resolve(__dirname, "../..");
const RUNS = 3;

async function writeWorkbook(file: string, units: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tiến độ");
  for (const row of quotaRows(units)) ws.addRow(row);
  await wb.xlsx.writeFile(file);
}

function vmHwmKb(pid: number): number | null {
  try {
    const line = fs.readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith("VmHWM:"));
    return line ? Number(line.replace(/\D+/g, "")) : null;
  } catch {
    return null;
  }
}

interface Run {
  ms: number;
  maxRssKb: number | null;
  polledKb: number | null;
}

function runReport(input: string, output: string, rssFile: string): Promise<Run> {
  const args = ["--require", path.join(__dirname, "max-rss-preload.cjs"), path.join(ROOT, "bin/quota-report.js"), "report", input, "-o", output,
    "--from", CAMPAIGN_TEXT.from, "--to", CAMPAIGN_TEXT.to, "--days", String(CAMPAIGN_TEXT.days), "--as-of", CAMPAIGN_TEXT.asOf];
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, BENCH_MAX_RSS_FILE: rssFile }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    let polled: number | null = null;
    child.stderr.on("data", (d) => (stderr += d));
    const poll = setInterval(() => {
      const kb = child.pid ? vmHwmKb(child.pid) : null;
      if (kb !== null) polled = Math.max(polled ?? 0, kb);
    }, 20);
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = msSince(start);
      clearInterval(poll);
      if (code !== 0) return reject(new Error(`quota-report exited ${code}: ${stderr.trim().slice(0, 300)}`));
      if (!fs.existsSync(output)) return reject(new Error("quota-report wrote no output"));
      const maxRssKb = fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, "utf8")) : null;
      resolve({ ms, maxRssKb, polledKb: polled });
    });
  });
}

export const cliFamily: Family = {
  name: "cli",
  method: [
    "cli: `node bin/quota-report.js report IN.xlsx -o OUT.xlsx --from 01/08/2024 --to 30/10/2024 --days 90 --as-of 20/08/2024`",
    "  on a 5,000-unit workbook written with exceljs; wall time from spawn to exit (tsx start-up included), median of 3.",
    "  Peak memory: the child's process.resourceUsage().maxRSS written at exit by scripts/bench/max-rss-preload.cjs",
    "  (node --require, env BENCH_MAX_RSS_FILE); /proc/<pid>/status VmHWM polled every 20 ms shown beside it.",
  ],
  async run(scale) {
    const units = scale.units(5000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-cli-"));
    try {
      const input = path.join(dir, `tien-do-${units}.xlsx`);
      await writeWorkbook(input, units);
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await runReport(input, path.join(dir, `out-${i}.xlsx`), path.join(dir, `rss-${i}`)));
      const peakKb = Math.max(...runs.map((r) => r.maxRssKb ?? 0));
      const polledKb = Math.max(...runs.map((r) => r.polledKb ?? 0));
      const inputKb = Math.round(fs.statSync(input).size / 1024);
      const figures: Figure[] = [
        {
          key: "cli_report_ms_5000",
          label: `quota-report report, ${units.toLocaleString("en")} units (${inputKb} KB .xlsx)`,
          value: round(median(runs.map((r) => r.ms)), 0),
          unit: "ms",
          note: `median of ${RUNS}: ${runs.map((r) => round(r.ms, 0)).join(", ")} ms`,
          command: command("cli"),
        },
        peakKb > 0
          ? {
              key: "cli_peak_mb_5000",
              label: "  peak memory (maxRSS)",
              value: round(peakKb / 1024, 1),
              unit: "MB",
              note: `highest of ${RUNS}; VmHWM polled: ${polledKb ? round(polledKb / 1024, 1) + " MB" : "unavailable"}`,
              command: command("cli"),
            }
          : { key: "cli_peak_mb_5000", label: "  peak memory", value: null, unit: "MB", reason: "the child wrote no maxRSS", command: command("cli") },
      ];
      return figures;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
