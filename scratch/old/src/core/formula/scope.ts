// What a formula sees of the workbook, and the value rules every part of the evaluator shares.
import type { CellError, CellValue } from "../types";

export class Unsupported extends Error {}

/** A rectangle of cells on a sheet (null: the formula's own sheet). */
export interface Area {
  sheet: string | null;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** What a formula can see of the workbook. */
export interface FormulaScope {
  /** A cell's value (a formula cell's computed value). */
  cell(sheet: string | null, row: number, col: number): CellValue;
  /** The non-empty cells of an area, without visiting its empty cells (A1:A1048576 costs what it holds). */
  cellsIn(area: Area): { row: number; col: number; value: CellValue }[];
  /** Whether the cell holds a SUBTOTAL formula (SUBTOTAL skips those, so section totals are not counted twice). */
  isSubtotal(sheet: string | null, row: number, col: number): boolean;
  hiddenRow(sheet: string | null, row: number): boolean;
}

export const isError = (v: unknown): v is CellError => typeof v === "object" && v !== null && "error" in v;
export const err = (code: string): CellError => ({ error: code });

/** A value as a number in arithmetic: empty is 0, TRUE is 1, numeric text its number, other text #VALUE!. */
export function toNumber(v: CellValue): number | CellError {
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string") {
    const s = v.trim();
    const n = s === "" ? NaN : Number(s);
    return Number.isFinite(n) ? n : err("#VALUE!");
  }
  return v;
}

