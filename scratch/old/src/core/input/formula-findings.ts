// What the clerk is told about formulas saved without results: which were computed here (an info line), and
// each one that could not be (a warning naming the cell), so that no figure is blank or zero in silence.
import type { Finding } from "../types";
import type { MissingResults } from "./missing-results";

/** Cells listed in the info line before "…". */
const LISTED = 5;
/** Formulas named one by one; past this, one more line counts the rest (10,000 warnings help no one). */
const NAMED = 20;

export function formulaFindings(r: MissingResults): Finding[] {
  const out: Finding[] = [];
  if (r.computed.length > 0) {
    const cells = r.computed.slice(0, LISTED).join(", ") + (r.computed.length > LISTED ? ", …" : "");
    out.push({ code: "formulas-computed", severity: "info", cell: r.computed[0], msg: { key: "reader.input.formulas-computed", params: { count: r.computed.length, cells } } });
  }
  for (const f of r.failed.slice(0, NAMED)) {
    out.push({ code: "formula-not-computed", severity: "warning", cell: f.cell, msg: { key: "reader.input.formula-not-computed", params: { cell: f.cell, formula: f.formula } } });
  }
  if (r.failed.length > NAMED) {
    const rest = r.failed.slice(NAMED);
    out.push({
      code: "formula-not-computed", severity: "warning", cell: rest[0].cell,
      msg: { key: "reader.input.formulas-not-computed-more", params: { count: rest.length, cells: rest.slice(0, LISTED).map((f) => f.cell).join(", ") } },
    });
  }
  return out;
}
