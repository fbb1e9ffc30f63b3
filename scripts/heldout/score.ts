// Held-out evaluation of the quota-table reader: `npx tsx scripts/heldout/score.ts [--repo DIR] [--count N]
// [--seed S] [--list] [--json FILE]`. The engine is imported from DIR's src (default: this worktree), so another
// branch's reader is measured on the same sheets without writing anything there.
import { resolve, join } from "node:path";
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { execFileSync } from "node:child_process";
import { buildHeldout } from "./build";
import { Engine, judge, Judgement, Verdict } from "./judge";
import { summarise } from "./summary";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function loadEngine(repo: string): Promise<Engine> {
  const load = (file: string) => import(pathToFileURL(join(repo, "src/core", file)).href);
  const [read, analyze, campaign, hints] = await Promise.all([load("read/index.ts"), load("analyze.ts"), load("campaign.ts"), load("campaign-hints.ts")]);
  const pick = (mod: Record<string, unknown>, name: string) => mod[name] ?? (mod.default as Record<string, unknown> | undefined)?.[name];
  return {
    readQuotaTable: pick(read, "readQuotaTable"),
    analyzeTable: pick(analyze, "analyzeTable"),
    detectCampaignHints: pick(analyze, "detectCampaignHints") ?? pick(hints, "detectCampaignHints"),
    makeCampaign: pick(campaign, "makeCampaign"),
    readCampaignHints: pick(hints, "readCampaignHints"),
  } as Engine;
}

/** The commit the measured tree is at, and whether its src has uncommitted changes (read only). */
function commitOf(repo: string): string {
  try {
    const head = execFileSync("git", ["-C", repo, "rev-parse", "--short", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const dirty = execFileSync("git", ["-C", repo, "status", "--porcelain", "--", "src"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    return dirty ? `${head} + uncommitted src changes` : head;
  } catch {
    return "(not a git tree)";
  }
}

async function main(): Promise<void> {
  const repo = resolve(arg("--repo") ?? process.cwd());
  const count = Number(arg("--count") ?? 150);
  const seed = Number(arg("--seed") ?? 1);
  const engine = await loadEngine(repo);
  const cases = buildHeldout(count, seed);
  const results: Judgement[] = cases.map((c) => judge(c, engine));
  console.log(`Held-out set: ${cases.length} sheets (seed ${seed}), engine from ${repo} at ${commitOf(repo)}${engine.readCampaignHints ? " (with readCampaignHints)" : ""}`);
  console.log(summarise(results, { list: process.argv.includes("--list") }));
  const out = arg("--json");
  if (out) writeFileSync(out, JSON.stringify(results, null, 1));
  const silent = results.filter((r) => r.verdict === ("silent" as Verdict)).length;
  process.exitCode = silent > 0 ? 1 : 0;
}

main().catch((err) => {
  console.error(String(err?.stack ?? err));
  process.exitCode = 2;
});
