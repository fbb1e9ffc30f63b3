// The held-out figures as a clerk's team lead reads them: totals, per family and per feature, the kinds of
// failure, and a few concrete examples of each.
import type { Judgement, Verdict } from "./judge";

const VERDICTS: readonly Verdict[] = ["right", "refused", "warned", "silent"];

function counts(rs: Judgement[], key: "verdict" | "tableVerdict"): string {
  const n = (v: Verdict) => rs.filter((r) => r[key] === v).length;
  return VERDICTS.map((v) => `${v} ${String(n(v)).padStart(3)}`).join("  ");
}

function byGroup(rs: Judgement[], groupOf: (r: Judgement) => string[]): Map<string, Judgement[]> {
  const m = new Map<string, Judgement[]>();
  for (const r of rs) for (const g of groupOf(r)) m.set(g, [...(m.get(g) ?? []), r]);
  return new Map([...m.entries()].sort((a, b) => a[0].localeCompare(b[0])));
}

export function summarise(rs: Judgement[], opts: { list?: boolean } = {}): string {
  const lines: string[] = [];
  lines.push(`ALL (table + campaign): ${counts(rs, "verdict")}   of ${rs.length}`);
  lines.push(`TABLE only (units, figures; warned = a warning other than the campaign's dates): ${counts(rs, "tableVerdict")}`);
  const campaignWrong = rs.filter((r) => r.campaignProblems.length > 0);
  lines.push(`CAMPAIGN facts the titles state (all sheets, table read or not): right ${rs.length - campaignWrong.length}  wrong ${campaignWrong.length}`);
  for (const [g, group] of byGroup(campaignWrong, (r) => [...new Set(r.campaignProblems.map((p) => p.kind))])) {
    lines.push(`    ${g.padEnd(20)} ${String(group.length).padStart(3)}  e.g. ${group.slice(0, 2).map((r) => `${r.id}: ${r.campaignProblems.find((p) => p.kind === g)?.text}`).join("; ")}`);
  }
  lines.push("", "Per family (overall | table only):");
  for (const [g, group] of byGroup(rs, (r) => [r.family])) lines.push(`  ${g.padEnd(24)} n=${String(group.length).padStart(3)}  ${counts(group, "verdict")} | ${counts(group, "tableVerdict")}`);
  lines.push("", "Per feature (table only):");
  for (const [g, group] of byGroup(rs, (r) => r.tags)) lines.push(`  ${g.slice(0, 40).padEnd(40)} n=${String(group.length).padStart(3)}  ${counts(group, "tableVerdict")}`);
  lines.push("", "Refusals:");
  for (const [g, group] of byGroup(rs.filter((r) => r.verdict === "refused"), (r) => [r.refusal ?? "?"])) {
    lines.push(`  ${g}: ${group.length} (${group.slice(0, 6).map((r) => r.id).join(", ")})`);
    for (const [h, hs] of byGroup(group, (r) => r.tags.filter((t) => t.startsWith("unit-header:") || t === "unit-of-measure-line" || t === "plan-reference-line"))) {
      lines.push(`      ${h}: ${hs.length}`);
    }
  }
  lines.push("", "Failure kinds (cases; silent among them):");
  const failing = rs.filter((r) => r.verdict === "warned" || r.verdict === "silent");
  for (const [g, group] of byGroup(failing, (r) => [...new Set(r.problems.map((p) => p.kind))])) {
    lines.push(`  ${g.padEnd(36)} ${String(group.length).padStart(3)}; silent ${group.filter((r) => r.verdict === "silent").length}`);
  }
  lines.push("", "Examples:");
  for (const [g, group] of byGroup(failing, (r) => [...new Set(r.problems.map((p) => p.kind))])) {
    for (const r of group.slice(0, 2)) {
      const p = r.problems.find((x) => x.kind === g);
      lines.push(`  [${g}] ${r.id} ${r.family} (${r.verdict}${r.warnings.length ? `: ${r.warnings.slice(0, 3).join(",")}` : ""}): ${p?.text}`);
    }
  }
  if (opts.list) {
    lines.push("", "Every case not read right:");
    for (const r of rs.filter((x) => x.verdict !== "right")) {
      lines.push(`  ${r.id} ${r.family} ${r.verdict}${r.refusal ? ` ${r.refusal}` : ""} [${r.tags.join(", ")}]`);
      for (const p of r.problems) lines.push(`      - ${p.text}`);
    }
  }
  return lines.join("\n");
}
