// Two families the figures decide (generated variety, seed 9 and 3): a section's head row carrying its sums is a
// subtotal over the units under it, and a block with no target of its own counts out of an earlier block's done.
import { generateCorpus } from "../../scripts/corpus/generate";
import type { CorpusCase } from "../../scripts/corpus/case-types";
import { readQuotaTable } from "../../src/core/read";

const cases: CorpusCase[] = [...generateCorpus(9, 400), ...generateCorpus(3, 400)];
const withFeature = (f: string) => cases.filter((c) => c.features.includes(f));

describe("section heads with sums", () => {
  const sectioned = withFeature("rows:section heads with sums");
  it(`are no units, and their sums are checked against their own units (${sectioned.length} tables)`, () => {
    expect(sectioned.length).toBeGreaterThan(20);
    const wrong: string[] = [];
    for (const c of sectioned) {
      const read = readQuotaTable(c.grid);
      if (!read.ok) {
        wrong.push(`${c.id}: refused`);
        continue;
      }
      const t = read.table;
      if (t.units.map((u) => u.name).join("|") !== c.expect.units.join("|")) wrong.push(`${c.id}: units`);
      const heads = t.diagnostics.filter((d) => d.code === "section-head");
      if (heads.length < 2 || (t.subtotals ?? []).length < heads.length) wrong.push(`${c.id}: ${heads.length} heads, ${(t.subtotals ?? []).length} subtotals`);
      if (t.warnings.some((w) => w.code === "total-mismatch")) wrong.push(`${c.id}: total-mismatch`);
    }
    expect(wrong).toEqual([]);
  });
});

describe("chained bases", () => {
  const chained = withFeature("measures:chained base");
  it(`a block without a target takes the previous block's done as its target, said in an info line (${chained.length} tables)`, () => {
    expect(chained.length).toBeGreaterThan(20);
    const wrong: string[] = [];
    for (const c of chained) {
      const read = readQuotaTable(c.grid);
      if (!read.ok) {
        wrong.push(`${c.id}: refused`);
        continue;
      }
      const t = read.table;
      c.expect.measures.forEach((m, i) => {
        if (m.roles.includes("target") || i === 0) return;
        const base = c.layout.columns[i - 1].done;
        const measure = t.measures.find((x) => x.columns.done === c.layout.columns[i].done);
        if (!measure || measure.columns.target !== base) wrong.push(`${c.id}: ${m.name} target ${measure?.columns.target ?? "none"} for ${base}`);
      });
      if (!t.diagnostics.some((d) => d.code === "chained-base")) wrong.push(`${c.id}: no info line`);
    }
    expect(wrong).toEqual([]);
  });
});
