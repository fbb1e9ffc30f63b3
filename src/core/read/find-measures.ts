// Step 4 of reading: the measures. The figure columns are those named by their words or holding numbers in the
// unit rows; the figures vote on the roles the words proposed; columns are grouped into measures (or taken from
// the clerk's mapping); a block without a target may count out of an earlier block's done; reference columns
// target shares make rate measures; reference columns (population, households, typed norms) are set aside.
import type { Finding, Mapping, Measure } from "../types";
import { cellAddress, columnLetters } from "../address";
import { groupMeasures, ValueColumn } from "./measures";
import { chainBases } from "./chained-bases";
import { applyColumnRoles, measuresFromMapping } from "./mapping";
import { info } from "./findings";
import { sampleRows, voteOnRoles, type ReadNumber } from "./figure-votes";
import { LABEL_JOINER } from "./header";
import { setAsideReferences } from "./reference-columns";
import { isTargetShareColumn, makeRateMeasures } from "./rate-measures";

export interface MeasureInputs {
  candidates: ValueColumn[];
  unitRows: number[];
  /** Unit and total rows: a column with a number in none of them is no figure column. */
  dataRows: number[];
  hasNumber: (row: number, col: number) => boolean;
  read: ReadNumber;
  unitCol: number;
  headerBottom: number;
  labelOf: (col: number) => string;
  partsOf: (col: number) => string[];
  titleTexts: string[];
}

export interface FoundMeasures {
  measures: Measure[];
  /** The figure columns after the vote (for the warnings about columns the words left unnamed). */
  valueColumns: ValueColumn[];
}

export function findMeasures(input: MeasureInputs, mapping: Mapping, diagnostics: Finding[]): FoundMeasures {
  const { candidates, headerBottom, labelOf } = input;
  const detected = !mapping.measures && !mapping.columnRoles;
  const usedColumns = candidates.filter((c) => {
    if (c.explicit) return true;
    const used = input.dataRows.some((row) => input.hasNumber(row, c.col));
    if (!used) diagnostics.push(info("ignored-column", "reader.diag.ignored-column", { col: columnLetters(c.col), label: c.parts.join(LABEL_JOINER) }, cellAddress(headerBottom, c.col)));
    return used;
  });
  // A column of target shares ("Chỉ tiêu (%)") is no role of a count block: kept out of the vote and the grouping.
  const shareColumns = detected ? usedColumns.filter((c) => isTargetShareColumn(c.parts)) : [];
  const countColumns = usedColumns.filter((c) => !shareColumns.includes(c));
  // The figures vote on the roles the words proposed (and give one to columns the words left unnamed).
  const votes = mapping.measures ? { columns: countColumns, findings: [] } : voteOnRoles(countColumns, input.unitRows, input.read, headerBottom);
  diagnostics.push(...votes.findings);
  const valueColumns = votes.columns;
  let measures: Measure[] = mapping.measures
    ? measuresFromMapping(mapping.measures, labelOf)
    : groupMeasures(valueColumns.filter((c) => c.col > input.unitCol || c.parts.length > 0));
  if (mapping.columnRoles) measures = applyColumnRoles(measures, mapping.columnRoles, labelOf);
  if (detected) {
    // A block without a target of its own may count out of an earlier block's done (cards issued → accounts).
    for (const step of [
      () => chainBases(measures, input.unitRows, input.read, labelOf, headerBottom),
      () => makeRateMeasures(measures, shareColumns, { partsOf: input.partsOf, labelOf, titleTexts: input.titleTexts, headerBottom, unitRows: sampleRows(input.unitRows), read: input.read }),
      () => setAsideReferences(measures, valueColumns, input.unitRows, input.read, labelOf, headerBottom),
    ]) {
      const done = step();
      measures = done.measures;
      diagnostics.push(...done.findings);
    }
  }
  for (const m of measures) {
    const cols = Object.entries(m.columns).map(([role, col]) => `${role} ${columnLetters(col as number)}`).join(", ");
    diagnostics.push(info("measure", "reader.diag.measure", { id: m.id, label: m.label, columns: cols }));
    if (m.columns.target === undefined && m.columns.done !== undefined && m.columns.remaining !== undefined) {
      diagnostics.push(info("target-derived", "reader.diag.target-derived", { label: m.label }));
    }
  }
  return { measures, valueColumns };
}
