// What the clerk is told about formulas saved without results: which were computed here (an info line), and
// each one that could not be (a warning naming the cell), so that no figure is blank or zero in silence.
import type { Finding } from "../types";
import type { MissingResults } from "./missing-results";

/** Cells listed in the info line before "…". */
const LISTED = 5;

export function formulaFindings(r: MissingResults): Finding[] {
  const out: Finding[] = [];
  if (r.computed.length > 0) {
    const cells = r.computed.slice(0, LISTED).join(", ") + (r.computed.length > LISTED ? ", …" : "");
    out.push({ code: "formulas-computed", severity: "info", cell: r.computed[0], msg: { key: "reader.input.formulas-computed", params: { count: r.computed.length, cells } } });
  }
  for (const f of r.failed) {
    out.push({ code: "formula-not-computed", severity: "warning", cell: f.cell, msg: { key: "reader.input.formula-not-computed", params: { cell: f.cell, formula: f.formula } } });
  }
  return out;
}
