// Tables whose targets are shares, generated in their variety (scripts/corpus/rate-tables.ts): the share per row
// (30, "30%", 0.3 formatted, "30,0"), in a column's header, in a parent header or once in the title; one to four
// rate measures, some beside a count measure. Expectations come from how each table was made.
import { readQuotaTable } from "../../src/core/read";
import { analyzeTable } from "../../src/core/analyze";
import { makeCampaign } from "../../src/core/campaign";
import { generateRateCorpus } from "../../scripts/corpus/rate-tables";
import type { QuotaTable } from "../../src/core/types";

const CASES = generateRateCorpus(7, 160);

function measureAt(table: QuotaTable, doneCol: number) {
  return table.measures.find((m) => m.columns.done === doneCol);
}

describe("rate tables, generated", () => {
  test("the corpus has each way of stating the share", () => {
    const features = new Set(CASES.flatMap((c) => c.features));
    for (const f of ["rate:share row", "rate:share header", "rate:share parent", "rate:share title", "rate:share as number", "rate:share as percent-text",
      "rate:share as fraction-format", "rate:share as comma-text", "rate:4 measures", "rate:beside a count measure", "header:1 row", "rate:no share-reached column"]) {
      expect(features).toContain(f);
    }
  });

  test.each(CASES.map((c) => [c.id, c.features.join("; "), c] as const))("%s (%s): base, done and share of every unit", (_id, _f, c) => {
    const read = readQuotaTable(c.grid);
    if (!read.ok) throw new Error(`refused: ${read.msg.key}`);
    const table = read.table;
    expect(table.units.map((u) => u.name)).toEqual(c.units);
    expect(table.measures).toHaveLength(c.measures.length);
    const analysis = analyzeTable(table, makeCampaign(), 45550);
    for (const exp of c.measures) {
      const m = measureAt(table, exp.doneCol);
      expect(m?.columns.target).toBe(exp.baseCol);
      expect(m?.kind ?? "count").toBe(exp.kind);
      const id = (m as { id: string }).id;
      c.units.forEach((_, u) => {
        const v = table.units[u].values[id];
        expect([v.target, v.done]).toEqual([exp.base[u], exp.done[u]]);
        if (exp.kind !== "rate") return;
        expect(v.targetRate).toBeCloseTo(exp.percent[u] / 100, 12);
        const p = analysis.units[u].values[id];
        // ⌈p% × base⌉ in whole numbers, from how the row was made.
        const needed = Math.floor((exp.percent[u] * exp.base[u] + 99) / 100);
        expect(p.rate?.gap).toBe(Math.max(0, needed - exp.done[u]));
        expect(p.status).toBe(100 * exp.done[u] >= exp.percent[u] * exp.base[u] ? "complete" : 1000 * exp.done[u] >= 9 * exp.percent[u] * exp.base[u] ? "at-risk" : "behind");
        expect([p.dailyTarget, p.expected, p.pace]).toEqual([null, null, null]);
      });
      if (exp.kind === "rate") {
        // The whole from the summed base and done.
        const base = exp.base.reduce((a, b) => a + b, 0);
        const done = exp.done.reduce((a, b) => a + b, 0);
        const total = analysis.total?.values[id];
        expect(total?.rate?.base).toBe(base);
        expect(total?.done).toBe(done);
        expect(total?.rate?.gap).toBe(Math.max(0, Math.floor((exp.percent[0] * base + 99) / 100) - done));
      }
    }
    // The sheet's own total row adds up: no warning offers to change it.
    expect(table.warnings.map((w) => w.code)).not.toContain("total-mismatch");
  });
});
