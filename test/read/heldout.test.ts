// The held-out set (scripts/heldout): sheets worded and laid out as offices do, built apart from the team's
// corpus. A sheet may be refused, or read wrong with a warning the clerk sees; none may be wrong silently.
import { readQuotaTable } from "../../src/core/read";
import { analyzeTable, detectCampaignHints } from "../../src/core/analyze";
import { makeCampaign } from "../../src/core/campaign";
import * as hintsModule from "../../src/core/campaign-hints";
import { buildHeldout } from "../../scripts/heldout/build";
import { Engine, judge } from "../../scripts/heldout/judge";

const engine: Engine = {
  readQuotaTable,
  analyzeTable,
  detectCampaignHints,
  makeCampaign,
  // Branches that read the sheet's data date export this; older ones do not.
  readCampaignHints: (hintsModule as Record<string, unknown>).readCampaignHints as Engine["readCampaignHints"],
};

describe("held-out sheets", () => {
  const results = buildHeldout(150).map((c) => judge(c, engine));

  it("builds 150 sheets, about a quarter of them allocation tables", () => {
    expect(results).toHaveLength(150);
    const allocation = results.filter((r) => r.family.startsWith("allocation")).length;
    expect(allocation).toBeGreaterThan(25);
    expect(allocation).toBeLessThan(55);
  });

  it("is never wrong silently: a wrong read always comes with a warning", () => {
    const silent = results.filter((r) => r.verdict === "silent").map((r) => `${r.id} ${r.family}: ${r.problems.map((p) => p.text).join(" | ")}`);
    expect(silent).toEqual([]);
  });

  it("never reads a table wrong with only a campaign warning ('no dates found') to show for it", () => {
    const silent = results.filter((r) => r.tableVerdict === "silent").map((r) => `${r.id} ${r.family} [${r.warnings.join(",")}]: ${r.problems.map((p) => p.text).join(" | ")}`);
    expect(silent).toEqual([]);
  });
});

describe("the held-out set itself", () => {
  const cases = buildHeldout(150);
  /** The figure a clerk sees in a typed cell: "3.903", " 3 903 ", "97,5" or a number. */
  const seen = (v: unknown, rate: boolean): number | null => {
    if (typeof v === "number") return v;
    if (typeof v !== "string") return null;
    const t = v.trim().replace(/ /g, "");
    return Number(rate ? t.replace(",", ".") : t.replace(/\./g, ""));
  };

  it("puts every expected figure in the cell the expectation names, on the unit's own row", () => {
    const off: string[] = [];
    for (const c of cases) {
      for (const m of c.expect.measures) {
        for (const [role, col] of Object.entries(m.columns)) {
          c.expect.units.forEach((name, i) => {
            const row = c.grid.values.find((line) => line.some((v) => v === name));
            const typed = row ? seen(row[(col as number) - 1], role === "rate") : null;
            const want = (m.figures as Record<string, number[]>)[role][i];
            if (Number.isNaN(want)) return;
            const close = typed !== null && (role === "rate" ? Math.abs(typed - want) <= 0.5001 : typed === want);
            if (!close) off.push(`${c.id} ${name} ${role}: typed ${typed}, expected ${want}`);
          });
        }
      }
    }
    expect(off).toEqual([]);
  });

  it("is judged wrong when a reader swaps target and done (the judge can fail)", () => {
    const swapping: Engine = {
      ...engine,
      readQuotaTable: (grid) => {
        const res = readQuotaTable(grid);
        if (!res.ok) return res;
        const measures = res.table.measures.map((m) => ({ ...m, columns: { ...m.columns, target: m.columns.done, done: m.columns.target } }));
        return { ...res, table: { ...res.table, measures } };
      },
    };
    const progress = cases.filter((c) => !c.family.startsWith("allocation"));
    const right = progress.map((c) => judge(c, swapping)).filter((r) => r.tableVerdict === "right");
    expect(right).toEqual([]);
  });
});
