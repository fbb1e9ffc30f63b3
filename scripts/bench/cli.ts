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
  /** CPU time of the child (user + system), which a busy shared machine does not inflate as it does wall time. */
  cpuMs: number | null;
  maxRssKb: number | null;
  polledKb: number | null;
}

const REPORT_ARGS = ["--from", CAMPAIGN_TEXT.from, "--to", CAMPAIGN_TEXT.to, "--days", String(CAMPAIGN_TEXT.days), "--as-of", CAMPAIGN_TEXT.asOf];

/** Goals set for province scale with lean reading (streaming reader, not exceljs), printed beside today's figures. */
const GOALS = { ms5000: 600, mb5000: 150, ms50000: 3000, mb50000: 400 };
/** Start-up: the goal set when the command line was bundled, and its figure before (tsx compiling at start). */
const HELP = { goalMs: 400, beforeMs: 850 };
/** Before lean reading (exceljs reading the input), as measured when the goals were set; null where none was. */
const BEFORE: Record<keyof typeof GOALS, number | null> = { ms5000: null, mb5000: null, ms50000: 8400, mb50000: 1170 };

function goalNote(value: number, goal: number, before: number | null, unit: string): string {
  const start = before === null ? "not measured then" : `~${before.toLocaleString("en")} ${unit}`;
  return `goal ≤ ${goal.toLocaleString("en")} ${unit} (${value <= goal ? "met" : "NOT met"}); before lean reading: ${start}`;
}

/** LibreOffice merely converting the same file (read it, write it as .xlsx): wall ms and peak memory, same run. */
function libreOfficeConverts(input: string, outDir: string): Promise<{ ms: number; peakKb: number | null } | null> {
  // Beside the outputs, in the run's temp folder (removed at the end), shared by both sizes as before.
  const profile = `file://${path.join(path.dirname(outDir), "lo-profile")}`;
  const args = ["-f", "%M", "soffice", "--headless", "--norestore", `-env:UserInstallation=${profile}`, "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir, input];
  return new Promise((resolve) => {
    if (!fs.existsSync("/usr/bin/time")) return resolve(null);
    const start = process.hrtime.bigint();
    const child = spawn("/usr/bin/time", args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", () => resolve(null));
    child.on("close", (code) => {
      const ms = msSince(start);
      // GNU time's last line: the peak resident size (KB) of soffice and the office process it waited for.
      const kb = Number(stderr.trim().split("\n").pop());
      resolve(code === 0 ? { ms, peakKb: Number.isFinite(kb) ? kb : null } : null);
    });
  });
}

function runReport(input: string, output: string, rssFile: string, argv: string[] = ["report", input, "-o", output, "--force", ...REPORT_ARGS]): Promise<Run> {
  const args = ["--require", path.join(__dirname, "max-rss-preload.cjs"), path.join(ROOT, "bin/quota-report.js"), ...argv];
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
      if (output && !fs.existsSync(output)) return reject(new Error("quota-report wrote no output"));
      const [rss, cpu] = fs.existsSync(rssFile) ? fs.readFileSync(rssFile, "utf8").split(" ").map(Number) : [];
      resolve({ ms, cpuMs: cpu ?? null, maxRssKb: rss ?? null, polledKb: polled });
    });
  });
}

export const cliFamily: Family = {
  name: "cli",
  method: [
    "cli: `node bin/quota-report.js report IN.xlsx -o OUT.xlsx --from 01/08/2024 --to 30/10/2024 --days 90 --as-of 20/08/2024`",
    "  on 5,000 (median of 3) and 50,000 units (one run), workbooks written with exceljs; wall time from spawn to exit",
    "  (bin/quota-report.js runs the esbuild bundle, `npm run build:cli`); `--help` timed the same way.",
    "  Peak memory and CPU time: the child's process.resourceUsage() written at exit by scripts/bench/max-rss-preload.cjs",
    "  (node --require, env BENCH_MAX_RSS_FILE); /proc/<pid>/status VmHWM polled every 20 ms shown beside it.",
    "  Beside each size, in the same run: `/usr/bin/time -f %M soffice --headless --convert-to xlsx` on the same file",
    "  (LibreOffice merely reading and writing it), wall time and peak memory, and our figures as a ratio of its.",
    "  Goals are those set for province scale; 'before lean reading' is the figure measured then (exceljs reading the input).",
  ],
  async run(scale) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-cli-"));
    try {
      const figures: Figure[] = [];
      for (const [n, runs, goalMs, goalMb, beforeMs, beforeMb] of [
        [5000, RUNS, GOALS.ms5000, GOALS.mb5000, BEFORE.ms5000, BEFORE.mb5000],
        [50000, 1, GOALS.ms50000, GOALS.mb50000, BEFORE.ms50000, BEFORE.mb50000],
      ] as const) {
        const units = scale.units(n);
        const input = path.join(dir, `tien-do-${units}.xlsx`);
        await writeWorkbook(input, units);
        const done: Run[] = [];
        for (let i = 0; i < runs; i++) done.push(await runReport(input, path.join(dir, `out-${n}-${i}.xlsx`), path.join(dir, `rss-${n}-${i}`)));
        const ms = median(done.map((r) => r.ms));
        const peakKb = Math.max(0, ...done.map((r) => r.maxRssKb ?? 0));
        const polledKb = Math.max(0, ...done.map((r) => r.polledKb ?? 0));
        const inputKb = Math.round(fs.statSync(input).size / 1024);
        figures.push({
          key: `cli_report_ms_${n}`,
          label: `quota-report report, ${units.toLocaleString("en")} units (${inputKb} KB .xlsx)`,
          value: round(ms, 0),
          unit: "ms",
          note: `median of ${runs}: ${done.map((r) => round(r.ms, 0)).join(", ")} ms; CPU ${done.map((r) => r.cpuMs ?? "?").join(", ")} ms; ${goalNote(ms, goalMs, beforeMs, "ms")}`,
          command: command("cli"),
        });
        figures.push(peakKb > 0
          ? { key: `cli_peak_mb_${n}`, label: "  peak memory (maxRSS)", value: round(peakKb / 1024, 1), unit: "MB",
            note: `VmHWM polled: ${polledKb ? round(polledKb / 1024, 1) + " MB" : "unavailable"}; ${goalNote(peakKb / 1024, goalMb, beforeMb, "MB")}`, command: command("cli") }
          : { key: `cli_peak_mb_${n}`, label: "  peak memory", value: null, unit: "MB", reason: "the child wrote no maxRSS", command: command("cli") });
        // Beside it, in the same run (the machine's load is the same for both): LibreOffice converting the file.
        const lo = await libreOfficeConverts(input, path.join(dir, `lo-${n}`));
        figures.push(lo
          ? { key: `libreoffice_convert_ms_${n}`, label: `  LibreOffice converting the same file to .xlsx`, value: round(lo.ms, 0), unit: "ms",
            note: `peak memory ${lo.peakKb ? round(lo.peakKb / 1024, 1) + " MB" : "unavailable"}; ours ÷ LibreOffice: ${round(ms / lo.ms, 2)}× time${lo.peakKb && peakKb ? `, ${round(peakKb / lo.peakKb, 2)}× memory` : ""}`, command: command("cli") }
          : { key: `libreoffice_convert_ms_${n}`, label: "  LibreOffice converting the same file", value: null, unit: "ms", reason: "soffice or /usr/bin/time is missing, or the conversion failed", command: command("cli") });
      }
      const help: Run[] = [];
      for (let i = 0; i < RUNS; i++) help.push(await runReport("", "", path.join(dir, `rss-help-${i}`), ["--help"]));
      const helpMs = median(help.map((r) => r.ms));
      figures.push({ key: "cli_help_ms", label: "quota-report --help (start-up)", value: round(helpMs, 0), unit: "ms",
        note: `median of ${RUNS}; CPU ${help.map((r) => r.cpuMs ?? "?").join(", ")} ms; goal ≤ ${HELP.goalMs} ms (${helpMs <= HELP.goalMs ? "met" : "NOT met"}); before bundling: ~${HELP.beforeMs} ms`, command: command("cli") });
      return figures;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
