// The corpus generator checked on its own (scripts/corpus): same seed, same tables; and every expectation agrees
// with the cells the case wrote and with the clerk's arithmetic (remaining = target − done, 0 over target;
// daily = target ÷ days rounded half up; the total row sums the units). A wrong expectation would blame the reader
// for the generator's mistake.
import { generateCorpus } from "../../scripts/corpus/generate";
import { HELD_OUT } from "../../scripts/corpus/lexicon";
import type { CorpusCase } from "../../scripts/corpus/case-types";
import type { CellValue } from "../../src/core/types";

/** A cell as the number a clerk reads in it: "46.743" and "46 743" are 46743, "97,50" is 97.5. */
function figure(v: CellValue): number | null {
  if (typeof v === "number") return v;
  if (typeof v !== "string") return null;
  const s = /^\d{1,3}([. ]\d{3})+$/.test(v) ? v.replace(/[. ]/g, "") : v.replace(",", ".");
  return Number.isFinite(Number(s)) ? Number(s) : null;
}
const halfUp = (n: number) => Math.floor(n + 0.5);
const isError = (v: CellValue) => typeof v === "object" && v !== null && "error" in v;

const cases: CorpusCase[] = [...generateCorpus(9, 300), ...generateCorpus(9, 100, HELD_OUT)];

describe("the corpus generator", () => {
  it("gives the same tables for the same seed, other tables for another", () => {
    expect(generateCorpus(9, 40)).toEqual(generateCorpus(9, 40));
    expect(generateCorpus(10, 40).map((c) => c.grid.values)).not.toEqual(generateCorpus(9, 40).map((c) => c.grid.values));
  });

  it("writes each unit's name and figures where the expectation says, in agreement with each other", () => {
    const wrong: string[] = [];
    const cell = (c: CorpusCase, row: number, col: number) => c.grid.values[row - 1]?.[col - 1] ?? null;
    for (const c of cases) {
      const { layout, expect: e } = c;
      e.units.forEach((name, u) => {
        if (cell(c, layout.unitRows[u], layout.unitCol) !== name) wrong.push(`${c.id}: unit ${name}`);
        e.measures.forEach((m, i) => {
          const f = m.figures[u];
          const cols = layout.columns[i];
          for (const role of ["target", "done", "remaining", "daily"] as const) {
            if (cols[role] === undefined) continue;
            if (figure(cell(c, layout.unitRows[u], cols[role] as number)) !== f[role]) wrong.push(`${c.id}: ${name} ${m.name} ${role}`);
          }
          const target = f.target as number;
          if (f.remaining !== null && f.done !== null && f.remaining !== Math.max(0, target - f.done)) wrong.push(`${c.id}: ${name} remaining`);
          // Without a target column the base is done + remaining, or (a chained block) the previous block's done.
          const previousDone = i > 0 ? e.measures[i - 1].figures[u].done : null;
          const baseShown = (f.done !== null && f.remaining !== null && f.done + f.remaining === target) || previousDone === target;
          if (cols.target === undefined && (f.done === null || !baseShown)) wrong.push(`${c.id}: ${name} base`);
          if (f.done === null && !e.allocation && !(e.mustWarn && Object.values(cols).some((col) => isError(cell(c, layout.unitRows[u], col))))) wrong.push(`${c.id}: ${name} no result`);
          if (f.daily !== null && e.days !== null && f.daily !== halfUp(target / e.days)) wrong.push(`${c.id}: ${name} daily`);
          if (cols.rate !== undefined && f.done !== null) {
            const typed = figure(cell(c, layout.unitRows[u], cols.rate)) as number;
            const rate = f.done / target;
            if (Math.min(Math.abs(typed - rate), Math.abs(typed / 100 - rate)) > 0.006) wrong.push(`${c.id}: ${name} rate`);
          }
        });
      });
      if (layout.totalRow !== null) {
        e.measures.forEach((m, i) => {
          for (const role of ["target", "done"] as const) {
            const col = layout.columns[i][role];
            if (col === undefined) continue;
            // A unit's #REF! makes the total's SUM an error too: nothing to compare.
            const known = m.figures.every((f) => f[role] !== null);
            const sum = m.figures.reduce((s, f) => s + (f[role] ?? 0), 0);
            const typed = figure(cell(c, layout.totalRow as number, col));
            if (known ? typed !== sum : typed !== null) wrong.push(`${c.id}: total ${m.name} ${role}`);
          }
        });
      }
      if (e.reportDate !== null && e.from !== null && e.to !== null && (e.reportDate < e.from || e.reportDate > e.to)) wrong.push(`${c.id}: report date outside the period`);
    }
    expect(wrong).toEqual([]);
  });

  it("breaks a result cell now and then (#REF!), and then expects a warning", () => {
    const broken = cases.filter((c) => c.features.includes("cells:#REF! in a result"));
    expect(broken.length).toBeGreaterThan(5);
    expect(broken.every((c) => c.expect.mustWarn)).toBe(true);
    expect(cases.filter((c) => c.expect.mustWarn)).toHaveLength(broken.length);
  });

  it("makes about a quarter allocation tables, with targets and no results", () => {
    const allocation = cases.filter((c) => c.expect.allocation);
    expect(allocation.length / cases.length).toBeGreaterThan(0.18);
    expect(allocation.length / cases.length).toBeLessThan(0.32);
    for (const c of allocation) for (const m of c.expect.measures) expect(m.figures.every((f) => f.done === null && f.target !== null)).toBe(true);
  });
});
