// `npm run bench`: speed and size figures as a table, each with the command that reproduces it.
// `npm run bench -- --json FILE` also writes them as JSON; `--only read,cli` runs some families;
// BENCH_TINY=1 runs every family on a few units (a smoke run, not figures).
import * as fs from "fs";
import * as os from "os";
import type { Family, Figure } from "./figure";
import { makeScale } from "./figure";
import { readFamily } from "./read";
import { findFamily } from "./find";
import { hyperformulaFamily } from "./hyperformula";
import { functionsFamily } from "./functions";
import { officeFamily } from "./office";
import { cliFamily } from "./cli";
import { paneFamily } from "./pane";
import { historyFamily } from "./history";
import { pictureFamily } from "./picture";
import { consolidationFamily } from "./consolidation";
import { modelFamily } from "./model";
import { sheetXmlFamily } from "./sheet-xml";
import { writeFamily } from "./write";

/** The keys every `--json` file holds, fixed so scripts can compare runs; each is a number or null with a reason. */
export const REQUIRED_KEYS = [
  "read_ms_1000", "read_ms_10000", "read_ms_50000", "hyperformula_ms_10000", "fn_calls_per_s",
  "syncs_10", "syncs_1000", "syncs_10000", "max_request_bytes_10000", "cli_report_ms_5000", "cli_peak_mb_5000",
  "pane_gzip_bytes", "pane_first_render_ms",
] as const;

const FAMILIES: Family[] = [readFamily, findFamily, hyperformulaFamily, functionsFamily, officeFamily, cliFamily, paneFamily, historyFamily, pictureFamily, consolidationFamily, modelFamily, sheetXmlFamily, writeFamily];

function parseArgs(argv: string[]): { json: string | null; only: string[] | null } {
  let json: string | null = null;
  let only: string[] | null = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--json") json = argv[++i] ?? null;
    else if (argv[i] === "--only") only = (argv[++i] ?? "").split(",").filter(Boolean);
    else throw new Error(`unknown option ${argv[i]} (use --json FILE, --only ${FAMILIES.map((f) => f.name).join(",")})`);
  }
  return { json, only };
}

export function machine(): Record<string, string | number> {
  let cpu = os.cpus()[0]?.model ?? "unknown";
  try {
    const line = fs.readFileSync("/proc/cpuinfo", "utf8").split("\n").find((l) => l.startsWith("model name"));
    if (line) cpu = line.split(":")[1].trim();
  } catch {
    // not Linux: os.cpus() is enough
  }
  return { cpu, nproc: os.availableParallelism?.() ?? os.cpus().length, node: process.version, os: `${os.type()} ${os.release()}`, memory_mb: Math.round(os.totalmem() / 2 ** 20) };
}

function formatValue(f: Figure): string {
  if (f.value === null) return "null";
  const digits = f.unit === "ms" || f.unit === "ratio" || f.unit === "MB" ? f.value : Math.round(f.value);
  return `${digits.toLocaleString("en")} ${f.unit}`;
}

function printTable(figures: Figure[]): void {
  const rows = figures.map((f) => [f.key, f.label, formatValue(f), f.value === null ? `NULL: ${f.reason}` : f.note ?? "", f.command]);
  const head = ["key", "figure", "value", "note", "reproduce"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join(" │ ").trimEnd();
  console.log(line(head));
  console.log(widths.map((w) => "─".repeat(w)).join("─┼─"));
  for (const r of rows) console.log(line(r));
}

async function main(): Promise<void> {
  const { json, only } = parseArgs(process.argv.slice(2));
  const scale = makeScale(process.env.BENCH_TINY === "1");
  const families = only ? FAMILIES.filter((f) => only.includes(f.name)) : FAMILIES;
  const figures: Figure[] = [];
  for (const family of families) {
    process.stderr.write(`bench: ${family.name}…\n`);
    try {
      figures.push(...(await family.run(scale)));
    } catch (e) {
      if (process.env.BENCH_DEBUG) console.error(e);
      const reason = `${family.name} failed: ${e instanceof Error ? e.message : String(e)}`;
      figures.push({ key: `${family.name}_error`, label: family.name, value: null, unit: "count", reason, command: `npm run bench -- --only ${family.name}` });
    }
  }
  const box = machine();
  console.log(`\nquota-report bench${scale.tiny ? " (BENCH_TINY: smoke sizes, not figures)" : ""} — ${box.cpu}, ${box.nproc} CPUs, node ${box.node}, ${box.os}\n`);
  printTable(figures);
  console.log("\nHow the figures were taken:");
  for (const f of families) for (const l of f.method) console.log(`- ${l}`);

  if (json) {
    const out: Record<string, unknown> = {};
    const reasons: Record<string, string> = {};
    for (const key of REQUIRED_KEYS) {
      if (!only) {
        out[key] = null;
        reasons[key] = "not measured (its family did not report it)";
      }
    }
    for (const f of figures) {
      out[f.key] = f.value;
      if (f.value === null) reasons[f.key] = f.reason ?? "unknown";
      else delete reasons[f.key];
    }
    out.null_reasons = reasons;
    out.machine = box;
    out.tiny = scale.tiny;
    out.taken_at = new Date().toISOString();
    fs.writeFileSync(json, JSON.stringify(out, null, 2) + "\n");
    console.log(`\nJSON written to ${json}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
