// The consolidation corpus (scripts/corpus/consolidation-corpus.ts): hundreds of seeded provinces, each a plan
// and its communes' reports in three layouts and seven spellings, with look-alike distinct communes, mergers,
// renames, conflicts, missing senders, a neighbour's file and OCR-damaged names. Each unit's figures must come
// back exactly as the case was made, and nothing distinct may be merged.
import { consolidate, type Consolidation } from "../../src/core/consolidation";
import { readQuotaTable } from "../../src/core/read";
import type { QuotaTable } from "../../src/core/types";
import { consolidationCorpus, corpusGrid, type CorpusCase, type CorpusSheet } from "../../scripts/corpus/consolidation-corpus";

const SEED = Number(process.env.CORPUS_SEED ?? 20261207);
const CASES = consolidationCorpus(SEED, 300);

function read(s: CorpusSheet): QuotaTable {
  const r = readQuotaTable(corpusGrid(s));
  if (!r.ok) throw new Error(`${s.label}: ${r.msg.key}`);
  return r.table;
}

function run(c: CorpusCase): Consolidation {
  return consolidate(c.reports.map((s) => ({ label: s.label, table: read(s) })), {
    plan: { label: c.plan.label, table: read(c.plan) },
    mapping: { entries: c.mapping.map(([o, n], i) => ({ old: o, new: n, cell: `Sáp nhập!A${i + 1}` })) },
  });
}

/** What a clerk checks per unit: targets and results by age group, whether it reported. */
function figures(c: Consolidation): [string, number | null, number | null, number | null, number | null, boolean][] {
  const id = (group: string) => c.measures.find((m) => m.key.includes(`|${group}|`))!.id;
  const [young, older] = [id("0-6"), id("6-14")];
  return c.units.map((u) => [u.name, u.values[young].target, u.values[older].target, u.values[young].done, u.values[older].done, u.sent]);
}

test("the corpus holds the variety it promises", () => {
  const all = CASES.flatMap((c) => c.reports);
  expect(CASES).toHaveLength(300);
  expect(new Set(all.map((s) => s.format))).toEqual(new Set(["xlsx", "xls", "csv"]));
  expect(CASES.filter((c) => c.mapping.length > 0).length).toBeGreaterThan(100);
  expect(CASES.filter((c) => c.loose.length > 0).length).toBeGreaterThan(30);
  expect(CASES.filter((c) => c.unknown.length > 0).length).toBeGreaterThan(30);
  expect(CASES.filter((c) => c.conflicts.length > 0).length).toBeGreaterThan(30);
  expect(CASES.filter((c) => c.expected.some((e) => e.done === null)).length).toBeGreaterThan(100);
});

describe.each(CASES.map((c) => [c.seed, c] as const))("case %i", (_seed, c) => {
  const result = run(c);
  test("every unit's figures exactly as made; the neighbour's file on its own line", () => {
    const want = [
      ...c.expected.map((e) => [e.unit, e.target[0], e.target[1], e.done?.[0] ?? null, e.done?.[1] ?? null, e.done !== null]),
      ...c.unknown.map((name) => [`Xã ${name}`, 10, 10, 5, 5, true]),
    ];
    expect(figures(result)).toEqual(want);
  });
  test("the review lines are the conflicts, loose matches and unknown names the case made, no more", () => {
    const review = (kind: string) => [...new Set(result.findings.filter((f) => f.review === kind).map((f) => f.unit))].sort();
    expect(review("conflict")).toEqual([...c.conflicts].sort());
    expect(review("loose")).toEqual([...c.loose].sort());
    expect(review("unknown")).toEqual(c.unknown.map((n) => `Xã ${n}`).sort());
    expect(review("ambiguous")).toEqual([]);
    expect(review("merger")).toEqual([]);
  });
});
