// A clerk's sheet as a test gives it to the stand-in Excel: its values from a top-left origin, what Excel knows
// of it besides (types, formats, merges, hidden rows, selection, tables, protection), and what the test allows
// the add-in to write over. The helpers read it as Excel would: its filled cells and its used range.
import { parseArea, type Area } from "../../../src/excel/a1";

export interface SourceSheet {
  name: string;
  /** Top-left of the used range. */
  origin: { row: number; col: number };
  values: (string | number | boolean | null)[][];
  valueTypes?: string[][];
  numberFormats?: string[][];
  merged?: string;
  visible?: string;
  /** What the clerk selected ("Tiến độ!A1:D5", whole columns "Tiến độ!A:H", or several areas); the used range when absent. */
  selection?: string;
  /** Conditional formats already on the sheet: custom ones with a formula, others by type only. */
  rules?: { type: string; formula?: string }[];
  existingSheets?: string[];
  /** The sheet is protected (Review → Protect Sheet). */
  protected?: boolean;
  /** The print area the clerk set, as Excel's address ("Tiến độ!$A$1:$H$20"); none when absent. */
  printArea?: string;
  /** Excel tables already on the sheet: by name, or with their range (then a resize must overlap it). */
  tables?: (string | { name: string; ref: string })[];
  /** Cells outside the block of values (a stray note far down or right): they stretch the used range. */
  stray?: { address: string; value: string | number }[];
  /** The add-in's own sheet (the history sheet): writes over its cells are expected, not intrusions. */
  addins?: boolean;
  /** Areas of this clerk's sheet a test allows writes over (A1 addresses). */
  allowWrites?: string[];
}

/** Range.valueTypes of a plain value, as Excel names it. */
export function typeOf(v: unknown): string {
  return v === null || v === "" ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";
}

/** The filled cells of a sheet (its block of values and its stray cells), as (row, col). */
export function filledCells(data: SourceSheet): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  data.values.forEach((line, i) => line.forEach((v, j) => {
    if (v !== null && v !== "") out.push({ row: data.origin.row + i, col: data.origin.col + j });
  }));
  for (const s of data.stray ?? []) {
    const a = parseArea(s.address);
    out.push({ row: a.top, col: a.left });
  }
  return out;
}

/** Worksheet.getUsedRange: the block of values stretched to every stray cell. */
export function usedArea(data: SourceSheet): Area {
  const rows = Math.max(1, data.values.length);
  const cols = Math.max(1, ...data.values.map((r) => r.length));
  const area = { top: data.origin.row, left: data.origin.col, bottom: data.origin.row + rows - 1, right: data.origin.col + cols - 1 };
  for (const s of data.stray ?? []) {
    const a = parseArea(s.address);
    area.top = Math.min(area.top, a.top); area.left = Math.min(area.left, a.left);
    area.bottom = Math.max(area.bottom, a.bottom); area.right = Math.max(area.right, a.right);
  }
  return area;
}
