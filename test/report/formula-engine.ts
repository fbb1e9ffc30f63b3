// A real formula engine (HyperFormula, dev only) to evaluate the formulas the model writes, as Excel would.
import { HyperFormula } from "hyperformula";
import type { ReportCell } from "../../src/core/report/model";

export type Sheet = (number | string | null)[][];

/** A sheet from cells: text and numbers as values, formulas with their leading "=". */
export function sheetFromCells(cells: ReportCell[]): Sheet {
  const rows = Math.max(...cells.map((c) => c.row));
  const cols = Math.max(...cells.map((c) => c.col));
  const sheet: Sheet = Array.from({ length: rows }, () => Array.from({ length: cols }, () => null));
  for (const c of cells) {
    if (c.kind === "formula") sheet[c.row - 1][c.col - 1] = `=${c.formula}`;
    else if (c.kind === "text") sheet[c.row - 1][c.col - 1] = c.value.startsWith("=") ? `'${c.value}` : c.value;
    else if (c.kind === "number" || c.kind === "date") sheet[c.row - 1][c.col - 1] = c.value;
  }
  return sheet;
}

export function engineFor(sheet: Sheet): HyperFormula {
  return HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3" });
}

/**
 * A conditional-format formula written for its range's top row, evaluated `offset` rows further down, as
 * Excel applies it (relative rows move, "$" columns stay).
 */
export function evaluateShifted(hf: HyperFormula, formula: string, offset: number): unknown {
  const shifted = formula.replace(/(\$?[A-Z]{1,3})(\$?)(\d+)/g, (_m, col: string, abs: string, row: string) =>
    abs ? `${col}$${row}` : `${col}${Number(row) + offset}`);
  return hf.calculateFormula(`=${shifted}`, 0) as unknown;
}
