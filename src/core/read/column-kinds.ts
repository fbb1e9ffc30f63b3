// Step 2 of reading: what each column under the header is: the row numbers, hidden, a period's result, a note,
// or a candidate figure column with the roles its words propose.
import type { Finding, Mapping } from "../types";
import { cellAddress, columnLetters } from "../address";
import { headerParts, LABEL_JOINER, parentArea } from "./header";
import { columnMeaning } from "./column-roles";
import type { ValueColumn } from "./measures";
import { info } from "./findings";
import type { SheetView } from "./sheet-view";

export interface ColumnKinds {
  indexCol: number | null;
  candidates: ValueColumn[];
}

export function classifyColumns(view: SheetView, headerRows: number[], unitCol: number, mapping: Mapping, diagnostics: Finding[]): ColumnKinds {
  const headerBottom = headerRows[headerRows.length - 1];
  let indexCol: number | null = mapping.indexCol !== undefined ? mapping.indexCol : null;
  const candidates: ValueColumn[] = [];
  const said = (code: string, c: number, parts: string[]) =>
    diagnostics.push(info(code, `reader.diag.${code}`, { col: columnLetters(c), label: parts.join(LABEL_JOINER) }, cellAddress(headerBottom, c)));
  for (let c = view.firstCol; c <= view.lastCol; c++) {
    if (c === unitCol || c === indexCol) continue;
    const parts = headerParts(view, headerRows, c);
    if (view.isHiddenCol(c)) {
      said("hidden-column", c, parts);
      continue;
    }
    const meaning = columnMeaning(parts);
    if (meaning.kind === "index") {
      if (mapping.indexCol === undefined && indexCol === null) indexCol = c;
      continue;
    }
    if (meaning.kind === "period") {
      said("period-column", c, parts);
      continue;
    }
    if (meaning.kind === "note" || meaning.kind === "unit") {
      said("ignored-column", c, parts);
      continue;
    }
    // Left of the unit column stand the row numbers ("STT", "Số"): a figure column there must say its role.
    if (c < unitCol && !meaning.explicit) {
      if (parts.length > 0) said("ignored-column", c, parts);
      continue;
    }
    candidates.push({ col: c, parts, role: meaning.role, explicit: meaning.explicit, parent: parentArea(view, headerRows, c), candidates: meaning.candidates });
  }
  return { indexCol, candidates };
}
