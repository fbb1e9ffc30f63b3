// The team's figure of merit: how many generated tables the reader reads right, refuses, gets wrong with a
// warning, or gets wrong silently; which wordings and layouts the failures share; a few examples.
// Run: npx tsx scripts/corpus/score.ts [--seed N] [--count N] [--examples N] [--json]
import { generateCorpus } from "./generate";
import { judgeCase, Judgement, Verdict } from "./judge";
import type { CorpusCase } from "./case-types";
import { showCase } from "./show";

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const n = Number(process.argv[i + 1]);
  return Number.isFinite(n) ? n : fallback;
}

const VERDICTS: readonly Verdict[] = ["right", "refused", "wrong-warned", "wrong-silent"];
const pct = (n: number, of: number) => (of === 0 ? "0.0" : ((n / of) * 100).toFixed(1));

function tally<T>(items: T[], keys: (x: T) => string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const x of items) for (const k of new Set(keys(x))) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
}

function main(): void {
  const seed = option("seed", 9);
  const count = option("count", 400);
  const examples = option("examples", 6);
  const cases = generateCorpus(seed, count);
  const judged: [CorpusCase, Judgement][] = cases.map((c) => [c, judgeCase(c)]);
  const failed = judged.filter(([, j]) => j.verdict !== "right");
  const show = process.argv.indexOf("--show");
  if (show >= 0) {
    const [c, j] = judged.find(([x]) => x.id === process.argv[show + 1]) ?? [];
    if (c && j) console.log(`${showCase(c)}\n${j.verdict}: ${j.details.join("; ")}`);
    return;
  }

  if (process.argv.includes("--json")) {
    const counts = Object.fromEntries(VERDICTS.map((v) => [v, judged.filter(([, j]) => j.verdict === v).length]));
    const tableRight = judged.filter(([, j]) => j.tableRight).length;
    process.stdout.write(JSON.stringify({ seed, count, counts, tableRight }) + "\n");
    return;
  }
  console.log(`Corpus seed ${seed}, ${count} tables (${cases.filter((c) => c.expect.allocation).length} allocation)\n`);
  for (const v of VERDICTS) {
    const n = judged.filter(([, j]) => j.verdict === v).length;
    console.log(`  ${v.padEnd(13)} ${String(n).padStart(5)}  ${pct(n, count).padStart(5)} %`);
  }
  const falseAlarms = judged.filter(([, j]) => j.verdict === "right" && j.warnings.length > 0).length;
  console.log(`  (read right but with warnings: ${falseAlarms})`);
  const tableRight = judged.filter(([, j]) => j.tableRight).length;
  console.log(`  units and figures right, campaign facts aside: ${tableRight} (${pct(tableRight, count)} %)`);

  console.log("\nWhat went wrong (cases with each problem):");
  const problems = [...tally(failed, ([, j]) => j.problems)].sort((a, b) => b[1] - a[1]);
  for (const [p, n] of problems) console.log(`  ${String(n).padStart(5)}  ${p}`);

  console.log(`\nFailure rate by feature (features of at least 5 cases; "table" = units or figures wrong or refused, campaign facts aside; overall ${pct(failed.length, count)} % / table ${pct(count - judged.filter(([, j]) => j.tableRight).length, count)} %):`);
  const all = tally(judged, ([c]) => c.features);
  const bad = tally(failed, ([c]) => c.features);
  const badTable = tally(judged.filter(([, j]) => !j.tableRight), ([c]) => c.features);
  const silent = tally(judged.filter(([, j]) => j.verdict === "wrong-silent"), ([c]) => c.features);
  const rows = [...all].filter(([, n]) => n >= 5).map(([f, n]) => ({ f, n, bad: bad.get(f) ?? 0, table: badTable.get(f) ?? 0, silent: silent.get(f) ?? 0 }));
  rows.sort((a, b) => b.table / b.n - a.table / a.n || b.bad / b.n - a.bad / a.n || b.n - a.n);
  console.log(`  ${"feature".padEnd(48)} cases  failed     %   table     %  silent`);
  for (const r of rows) {
    console.log(`  ${r.f.padEnd(48)} ${String(r.n).padStart(5)} ${String(r.bad).padStart(7)} ${pct(r.bad, r.n).padStart(5)} ${String(r.table).padStart(7)} ${pct(r.table, r.n).padStart(5)} ${String(r.silent).padStart(7)}`);
  }

  console.log(`\nExamples (first ${examples} failures):`);
  for (const [c, j] of failed.slice(0, examples)) {
    console.log(`- ${c.id} [${j.verdict}] ${c.features.join("; ")}`);
    for (const d of j.details.slice(0, 4)) console.log(`    ${d}`);
    if (j.warnings.length) console.log(`    warnings: ${[...new Set(j.warnings)].join(", ")}`);
  }
}

main();
