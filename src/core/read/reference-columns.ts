// Reference columns are no measures. Beside the figures, offices keep counts a target may be drawn from (the
// population, the households) and typed norms ("Định mức/ngày"). Read as measures they get a daily target of
// their own ("24.173 người → 403/ngày"). A column is a measure's target only when the figures or the words tie it
// to results: a lone target whose words name a reference count, in a table that has results, is set aside; a
// per-day column belongs to the measure whose target it divides (the figures say which), and one that divides
// no target is a norm, set aside too. Each with an info line naming the column.
import type { Finding, Measure } from "../types";
import { cellAddress, columnLetters } from "../address";
import { info } from "./findings";
import { daily } from "./figure-relations";
import { sampleRows, type ReadNumber } from "./figure-votes";
import type { ValueColumn } from "./measures";

/** Rows whose daily figure is 2 or more needed before the figures may say a daily column divides nothing. */
const TELLING_ROWS = 3;

function hasResult(m: Measure): boolean {
  return m.columns.done !== undefined || m.columns.remaining !== undefined || m.columns.rate !== undefined;
}

/** The words of the column name a reference count (population, households) and no other target. */
function namesReference(column: ValueColumn | undefined): boolean {
  const best = column?.candidates?.find((c) => c.role === "target");
  return best?.reference === true && column?.candidates?.[0]?.role === "target";
}

export function setAsideReferences(measures: Measure[], columns: ValueColumn[], unitRows: number[], read: ReadNumber, labelOf: (col: number) => string, headerBottom: number): { measures: Measure[]; findings: Finding[] } {
  if (!measures.some(hasResult)) return { measures, findings: [] };
  const byCol = new Map(columns.map((c) => [c.col, c]));
  const rows = sampleRows(unitRows);
  const figures = (col: number) => rows.map((r) => read(r, col));
  const findings: Finding[] = [];
  const said = (key: string, col: number) => findings.push(info("reference-column", key, { col: columnLetters(col), label: labelOf(col) }, cellAddress(headerBottom, col)));
  const kept = measures.map((m) => ({ ...m, columns: { ...m.columns } }));
  const dailies: number[] = [];
  for (const m of kept) {
    const target = m.columns.target;
    if (!hasResult(m) && target !== undefined && namesReference(byCol.get(target))) {
      said("reader.diag.reference-column", target);
      delete m.columns.target;
    }
    if (m.columns.daily !== undefined) dailies.push(m.columns.daily);
  }
  // Each typed per-day column goes to the measure whose target it divides; it may not be the one beside it.
  for (const col of dailies) {
    const holder = kept.find((m) => m.columns.daily === col) as Measure;
    const own = figures(col);
    const telling = own.filter((v) => v !== null && v >= 2).length >= TELLING_ROWS;
    const divides = (m: Measure) => m.columns.target !== undefined && daily(figures(m.columns.target), own) !== null;
    if (!telling || divides(holder)) continue;
    delete holder.columns.daily;
    const owner = kept.find((m) => m.columns.daily === undefined && hasResult(m) && divides(m));
    if (owner) owner.columns.daily = col;
    else said("reader.diag.reference-daily", col);
  }
  return { measures: kept.filter((m) => Object.keys(m.columns).length > 0), findings };
}
