// A sheet under construction: cells, merges and the typography a clerk's keyboard gives the text.
import type { CellValue, Grid, MergeArea } from "../../src/core/types";
import type { Rng } from "./prng";

export class SheetBuilder {
  private cells = new Map<string, CellValue>();
  merges: MergeArea[] = [];
  rows = 0;
  cols = 0;
  constructor(readonly name: string) {}

  set(row: number, col: number, value: CellValue): void {
    this.cells.set(`${row},${col}`, value);
    this.rows = Math.max(this.rows, row);
    this.cols = Math.max(this.cols, col);
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }

  grid(): Grid {
    const values: CellValue[][] = [];
    for (let r = 1; r <= this.rows; r++) {
      const line: CellValue[] = [];
      for (let c = 1; c <= this.cols; c++) line.push(this.cells.get(`${r},${c}`) ?? null);
      values.push(line);
    }
    return { sheet: this.name, origin: { row: 1, col: 1 }, values, merges: this.merges, hiddenRows: [], hiddenCols: [] };
  }
}

export function stripDiacritics(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFC");
}

/** How a sheet's headers were typed. */
export type Typing = "plain" | "upper" | "no-diacritics" | "breaks" | "mixed";
export const TYPINGS: readonly Typing[] = ["plain", "plain", "upper", "no-diacritics", "breaks", "mixed"];

function withBreak(text: string, rng: Rng): string {
  const spaces = [...text.matchAll(/ /g)].map((m) => m.index as number);
  if (spaces.length === 0) return text;
  const at = rng.pick(spaces);
  const joiner = rng.pick(["\n", "\n", "  ", " \n"]);
  return text.slice(0, at) + joiner + text.slice(at + 1);
}

/** A header text as this sheet's clerk typed it. */
export function typeHeader(text: string, typing: Typing, rng: Rng): string {
  const style = typing === "mixed" ? rng.pick(["plain", "upper", "breaks"] as const) : typing;
  if (style === "upper") return text.toLocaleUpperCase("vi");
  if (style === "no-diacritics") return stripDiacritics(text);
  if (style === "breaks") return withBreak(text, rng);
  return text;
}

/** Figures as numbers, dotted text ("3.903"), spaced text ("3 903") or text with stray spaces. */
export type NumberStyle = "number" | "dotted" | "spaced" | "mixed";
export const NUMBER_STYLES: readonly NumberStyle[] = ["number", "number", "dotted", "spaced", "mixed"];

function groupDigits(n: number, sep: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

export function typeCount(n: number, style: NumberStyle, rng: Rng): CellValue {
  const s = style === "mixed" ? rng.pick(["number", "dotted", "spaced"] as const) : style;
  if (s === "number") return n;
  if (s === "dotted") return n >= 1000 || rng.chance(0.3) ? groupDigits(n, ".") : n;
  return rng.chance(0.5) ? groupDigits(n, " ") : ` ${groupDigits(n, ".")} `;
}

export function typeRate(rate: number, decimals: number, style: NumberStyle, rng: Rng): CellValue {
  const rounded = Number(rate.toFixed(decimals));
  if (style === "number" || !rng.chance(0.5)) return rounded;
  return rounded.toFixed(decimals).replace(".", ",");
}
