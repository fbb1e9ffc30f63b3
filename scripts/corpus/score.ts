// The team's figure of merit: of a seeded corpus of tables worded as offices word them, how many the reader
// reads right, refuses (and why), gets wrong with a warning, or gets wrong silently; which wordings and layouts
// the failures share; a few examples.
// Run: npx tsx scripts/corpus/score.ts [--seed N] [--count N] [--examples N] [--feature F] [--problem P]
//      [--show CASE-ID] [--words main|held-out] [--write DIR] [--json]
// --write DIR writes the example tables as .xlsx files there, to open in Excel or LibreOffice.
// --words held-out writes the same families with other words (scripts/corpus/lexicon.ts): a check that the reader
// generalises, not a list to copy into it.
import * as fs from "fs";
import * as path from "path";
import { generateCorpus } from "./generate";
import { writeCaseXlsx } from "./xlsx";
import { LEXICONS } from "./lexicon";
import { judgeCase } from "./judge";
import { showCase } from "./show";
import { featureLines, Judged, pct, problemLines, VERDICTS, verdictLines } from "./score-tables";

function option(name: string): string | null {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? null : (process.argv[i + 1] ?? null);
}
function numberOption(name: string, fallback: number): number {
  const n = Number(option(name) ?? NaN);
  return Number.isFinite(n) ? n : fallback;
}

async function main(): Promise<void> {
  const seed = numberOption("seed", 9);
  const count = numberOption("count", 400);
  const lexicon = LEXICONS[option("words") ?? "main"];
  if (!lexicon) throw new Error(`--words takes ${Object.keys(LEXICONS).join(" or ")}`);
  const cases = generateCorpus(seed, count, lexicon);
  const judged: Judged[] = cases.map((c) => [c, judgeCase(c)]);

  const show = option("show");
  if (show !== null) {
    const found = judged.find(([c]) => c.id === show);
    console.log(found ? `${showCase(found[0])}\n${found[1].verdict}: ${found[1].details.join("; ")}` : `no case ${show} in seed ${seed}, count ${count}`);
    return;
  }
  if (process.argv.includes("--json")) {
    const counts = Object.fromEntries(VERDICTS.map((v) => [v, judged.filter(([, j]) => j.verdict === v).length]));
    process.stdout.write(JSON.stringify({ seed, count, words: lexicon.name, counts, tableRight: judged.filter(([, j]) => j.tableRight).length }) + "\n");
    return;
  }

  const failed = judged.filter(([, j]) => j.verdict !== "right");
  console.log(`Corpus seed ${seed}, ${lexicon.name} words: ${count} tables (${cases.filter((c) => c.expect.allocation).length} allocation), ${pct(failed.length, count)} % not read right\n`);
  console.log(verdictLines(judged).join("\n"));
  console.log("\nWhat went wrong (cases with each problem; the features most over-represented among them):");
  console.log(problemLines(judged).join("\n"));
  console.log("\nBy feature (lift: percentage points more tables wrong with the feature than without; worst first):");
  console.log(featureLines(judged).join("\n"));

  const feature = option("feature");
  const problem = option("problem");
  const picked = failed.filter(([c, j]) => (!feature || c.features.includes(feature)) && (!problem || j.problems.some((p) => p.startsWith(problem))));
  const examples = numberOption("examples", 6);
  console.log(`\nExamples (${Math.min(examples, picked.length)} of ${picked.length} failures${feature ? ` with ${feature}` : ""}${problem ? ` showing ${problem}` : ""}; see one with --show ID):`);
  for (const [c, j] of picked.slice(0, examples)) {
    console.log(`- ${c.id} [${j.verdict}] ${c.features.join("; ")}`);
    for (const d of j.details.slice(0, 4)) console.log(`    ${d}`);
    if (j.warnings.length) console.log(`    warnings: ${[...new Set(j.warnings)].join(", ")}`);
  }
  const dir = option("write");
  if (dir !== null) {
    fs.mkdirSync(dir, { recursive: true });
    for (const [c] of picked.slice(0, examples)) await writeCaseXlsx(c.grid, path.join(dir, `${c.id}.xlsx`));
    console.log(`\n${Math.min(examples, picked.length)} tables written to ${dir}`);
  }
}

// Piped into `head`, the reader of the output may leave early: that is no error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});
main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
