// The score's tables: verdict counts, problems with the features most over-represented among them ("lift": how
// much more often a problem occurs with a feature than without it), and the per-feature failure table.
import type { CorpusCase } from "./case-types";
import type { Judgement, Verdict } from "./judge";

export type Judged = [CorpusCase, Judgement];

export const VERDICTS: readonly Verdict[] = ["right", "refused", "wrong-warned", "wrong-silent"];
export const pct = (n: number, of: number) => (of === 0 ? "0.0" : ((n / of) * 100).toFixed(1));

export function tally<T>(items: T[], keys: (x: T) => string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const x of items) for (const k of new Set(keys(x))) out.set(k, (out.get(k) ?? 0) + 1);
  return [...out].sort((a, b) => b[1] - a[1]).reduce((m, [k, n]) => m.set(k, n), new Map<string, number>());
}

/** P(hit | feature) − P(hit | no feature), in percentage points, for every feature of at least `min` cases. */
export function lifts(judged: Judged[], hit: (j: Judged) => boolean, min = 5): { feature: string; cases: number; hits: number; lift: number }[] {
  const features = tally(judged, ([c]) => c.features);
  const out: { feature: string; cases: number; hits: number; lift: number }[] = [];
  for (const [feature, cases] of features) {
    if (cases < min || cases === judged.length) continue;
    let hitsWith = 0;
    let hitsWithout = 0;
    for (const j of judged) {
      if (!hit(j)) continue;
      if (j[0].features.includes(feature)) hitsWith++;
      else hitsWithout++;
    }
    out.push({ feature, cases, hits: hitsWith, lift: (hitsWith / cases - hitsWithout / (judged.length - cases)) * 100 });
  }
  return out.sort((a, b) => b.lift - a.lift);
}

export function verdictLines(judged: Judged[]): string[] {
  const lines: string[] = [];
  for (const v of VERDICTS) {
    const of = judged.filter(([, j]) => j.verdict === v);
    lines.push(`  ${v.padEnd(13)} ${String(of.length).padStart(5)}  ${pct(of.length, judged.length).padStart(5)} %`);
    if (v === "refused") for (const [why, n] of tally(of, ([, j]) => [j.refusal ?? "?"])) lines.push(`      ${String(n).padStart(5)}  ${why}`);
    // Which warnings "warned" them: a campaign or total-row warning says nothing about a misread column.
    if (v === "wrong-warned") lines.push(`         warned by: ${[...tally(of, ([, j]) => j.warnings)].map(([k, n]) => `${k} ${n}`).join(", ")}`);
  }
  const tableRight = judged.filter(([, j]) => j.tableRight).length;
  lines.push(`  units and figures right, campaign facts (days, period, report date) aside: ${tableRight} (${pct(tableRight, judged.length)} %)`);
  // Stricter: units or figures wrong, and no warning about the table itself (only about the campaign's dates).
  const aboutDates = (code: string) => code.startsWith("campaign-") || code.startsWith("as-of");
  const mute = judged.filter(([, j]) => j.verdict !== "refused" && !j.tableRight && j.warnings.every(aboutDates)).length;
  lines.push(`  units or figures wrong with no warning about the table (only about dates, or none): ${mute} (${pct(mute, judged.length)} %)`);
  // A table with a #REF! must be warned about: that warning is due, not an alarm.
  const alarms = judged.filter(([c, j]) => j.verdict === "right" && !c.expect.mustWarn && j.warnings.length > 0);
  const codes = [...tally(alarms, ([, j]) => j.warnings)].map(([k, n]) => `${k} ${n}`).join(", ");
  lines.push(`  read right but warned anyway: ${alarms.length}${codes ? ` (${codes})` : ""}`);
  return lines;
}

export function problemLines(judged: Judged[]): string[] {
  const failed = judged.filter(([, j]) => j.verdict !== "right");
  const lines: string[] = [];
  for (const [problem, n] of tally(failed, ([, j]) => j.problems)) {
    const culprits = lifts(judged, ([, j]) => j.problems.includes(problem), 3).filter((x) => x.lift >= 10).slice(0, 4);
    lines.push(`  ${String(n).padStart(5)}  ${problem}`);
    if (culprits.length) lines.push(`         most with: ${culprits.map((x) => `${x.feature} (${x.hits}/${x.cases}, +${x.lift.toFixed(0)})`).join("; ")}`);
  }
  return lines;
}

export function featureLines(judged: Judged[]): string[] {
  const tableWrong = lifts(judged, ([, j]) => !j.tableRight);
  const failed = new Map(lifts(judged, ([, j]) => j.verdict !== "right").map((x) => [x.feature, x]));
  const silent = new Map(lifts(judged, ([, j]) => j.verdict === "wrong-silent").map((x) => [x.feature, x]));
  const lines = [`  ${"feature".padEnd(46)} cases  failed %   table wrong %  (lift)  silent`];
  for (const t of tableWrong) {
    const f = failed.get(t.feature)!;
    const s = silent.get(t.feature)!;
    const lift = `${t.lift >= 0 ? "+" : ""}${t.lift.toFixed(0)}`;
    lines.push(`  ${t.feature.padEnd(46)} ${String(t.cases).padStart(5)} ${pct(f.hits, t.cases).padStart(8)} ${pct(t.hits, t.cases).padStart(15)} ${lift.padStart(7)} ${String(s.hits).padStart(7)}`);
  }
  return lines;
}
