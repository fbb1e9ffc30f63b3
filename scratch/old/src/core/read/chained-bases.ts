// A later block's base is often an earlier block's done (domain.md, shape 3): "Công dân từ 14 tuổi | Đã cấp CCCD |
// Chưa cấp | Tỷ lệ | ĐDĐT mức 2 đã cấp | Chưa cấp | Tỷ lệ …": the level-2 accounts are counted out of the cards
// issued. A measure whose words name no target takes an earlier measure's done column as its target when the
// figures confirm it on most sampled units (its remaining = that done − its done, or its rate = its done ÷ that
// done); the column then plays done in one measure and target in the next. Without that, nothing changes.
import type { Finding, Measure } from "../types";
import { cellAddress, columnLetters } from "../address";
import { info } from "./findings";
import { difference, ratio } from "./figure-relations";
import { sampleRows, ReadNumber } from "./figure-votes";

export function chainBases(measures: Measure[], unitRows: number[], read: ReadNumber, labelOf: (col: number) => string, headerBottom: number): { measures: Measure[]; findings: Finding[] } {
  const rows = sampleRows(unitRows);
  const column = (col: number) => rows.map((r) => read(r, col));
  const findings: Finding[] = [];
  const out = measures.map((m) => ({ ...m, columns: { ...m.columns } }));
  const byColumn = [...out].sort((a, b) => firstCol(a) - firstCol(b));
  byColumn.forEach((m, i) => {
    const done = m.columns.done;
    if (m.columns.target !== undefined || done === undefined) return;
    const remaining = m.columns.remaining;
    const rate = m.columns.rate;
    if (remaining === undefined && rate === undefined) return;
    const own = column(done);
    // The nearest earlier block first: the chain runs left to right.
    for (let j = i - 1; j >= 0; j--) {
      const base = byColumn[j].columns.done;
      if (base === undefined || base === done) continue;
      const baseFigures = column(base);
      const byRemaining = remaining !== undefined ? difference(baseFigures, own, column(remaining)) : null;
      const byRate = byRemaining === null && rate !== undefined ? ratio(baseFigures, own, column(rate)) : null;
      const fit = byRemaining ?? byRate;
      if (fit === null) continue;
      m.columns.target = base;
      const key = byRemaining ? "reader.figures.chained-base.remaining" : "reader.figures.chained-base.rate";
      const other = (byRemaining ? remaining : rate) as number;
      findings.push(info("chained-base", key, {
        base: columnLetters(base), baseLabel: labelOf(base), from: byColumn[j].label, to: m.label, matches: fit.matches, rows: fit.rows,
        other: columnLetters(other), done: columnLetters(done),
      }, cellAddress(headerBottom, base)));
      return;
    }
  });
  return { measures: out, findings };
}

function firstCol(m: Measure): number {
  return Math.min(...(Object.values(m.columns) as number[]));
}
