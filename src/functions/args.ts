// Arguments as Excel sends them (numbers, serial dates, text, null for omitted ones, 2-D arrays for ranges)
// turned into the engine's values, and results spilled back as a 2-D array, one cell per input cell.
import type { CellValue, DaySerial, Rounding } from "../core/types";
import { parseNumberDetailed } from "../core/numbers";
import { parseRounding } from "../core/campaign-input";
import { formatDate, toDaySerial, todaySerial } from "../core/dates";
import { ArgumentProblem, ArgName, FunctionError, isFunctionError, toFunctionError } from "./errors";

/** One argument cell as Excel passes it (an error cell may arrive as an error object). */
export type ArgCell = unknown;
/** A parameter typed any[][] in the metadata: a single cell arrives as [[v]], an omitted one as null. */
export type ArgMatrix = ArgCell[][] | ArgCell | null | undefined;
export type ResultCell = number | string | boolean | FunctionError;

export function isEmptyCell(v: ArgCell): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function shown(v: ArgCell): string {
  if (typeof v === "object" && v !== null) {
    const o = v as { error?: unknown; code?: unknown };
    return String(o.error ?? o.code ?? "?");
  }
  return String(v);
}

function asCellValue(v: ArgCell): CellValue {
  if (v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean" || v === null) return v;
  if (typeof v === "object" && typeof (v as { error?: unknown }).error === "string") return v as CellValue;
  return { error: shown(v) };
}

/** A number argument parsed as core reads a cell of that kind; an error, a blank or a text that is no number is refused. */
function readNumberArgument(v: ArgCell, arg: ArgName, kind: "count" | "rate"): { value: number; percent: boolean } {
  if (isFunctionError(v)) throw new ArgumentProblem("maths.arg.error", arg, { value: shown(v) });
  const parsed = parseNumberDetailed(asCellValue(v), { kind });
  if (parsed.problem === "empty") throw new ArgumentProblem("maths.arg.empty", arg);
  if (parsed.problem === "error") throw new ArgumentProblem("maths.arg.error", arg, { value: shown(v) });
  if (parsed.value === null) throw new ArgumentProblem("maths.arg.notNumber", arg, { value: shown(v) });
  return { value: parsed.value, percent: parsed.percent };
}

/** A count (target, done): a number or text like "46.743"; never negative. */
export function readCount(v: ArgCell, arg: ArgName): number {
  const parsed = readNumberArgument(v, arg, "count");
  if (parsed.value < 0) throw new ArgumentProblem("maths.arg.negative", arg, { value: parsed.value });
  return parsed.value;
}

/**
 * A target share as a fraction: "30%" and a cell formatted 30% (0.3) are fractions; 30 or "30,0" is per cent
 * (a figure above 1). So 1 is 100%: a share of 1% is written 1% or 0.01.
 */
export function readShare(v: ArgCell, arg: ArgName): number {
  const parsed = readNumberArgument(v, arg, "rate");
  const share = parsed.percent || parsed.value <= 1 ? parsed.value : parsed.value / 100;
  if (share < 0 || share > 1) throw new ArgumentProblem("maths.arg.share", arg, { value: shown(v) });
  return share;
}

/** A number of days: a positive whole number, or null when omitted. */
export function readOptionalDays(v: ArgCell, arg: ArgName): number | null {
  if (isEmptyCell(v)) return null;
  const n = readCount(v, arg);
  if (!Number.isInteger(n) || n <= 0) throw new ArgumentProblem("maths.arg.notPositiveInteger", arg, { value: n });
  return n;
}

/** A date: a serial (what a date cell holds), a JS date or day-first text ("21/8/2024"). */
export function readDate(v: ArgCell, arg: ArgName): DaySerial {
  if (isEmptyCell(v)) throw new ArgumentProblem("maths.arg.empty", arg);
  if (isFunctionError(v) || (typeof v === "object" && !(v instanceof Date))) {
    throw new ArgumentProblem("maths.arg.error", arg, { value: shown(v) });
  }
  const serial = typeof v === "boolean" ? null : toDaySerial(v as string | number | Date);
  if (serial === null) throw new ArgumentProblem("maths.arg.notDate", arg, { value: shown(v) });
  return serial;
}

/** The as-of date; today (by the office's clock) when omitted. */
export function readAsOf(v: ArgCell): DaySerial {
  return isEmptyCell(v) ? todaySerial() : readDate(v, "as_of");
}

export function readOptionalDate(v: ArgCell, arg: ArgName): DaySerial | null {
  return isEmptyCell(v) ? null : readDate(v, arg);
}

/** The end must not come before the start: the message names the end argument. */
export function checkOrder(from: DaySerial, to: DaySerial): void {
  if (to < from) {
    throw new ArgumentProblem("maths.arg.endBeforeStart", "end", { from: formatDate(from, "vi"), to: formatDate(to, "vi") });
  }
}

/** "half-up" (default), "up", and their Vietnamese words (core's parseRounding); TRUE (= up) / FALSE too. */
export function readRounding(v: ArgCell): Rounding {
  if (isEmptyCell(v)) return "half-up";
  if (typeof v === "boolean") return v ? "up" : "half-up";
  const rounding = typeof v === "string" ? parseRounding(v) : null;
  if (rounding !== null) return rounding;
  throw new ArgumentProblem("maths.arg.badRounding", "rounding", { value: shown(v) });
}

export function asMatrix(v: ArgMatrix): ArgCell[][] {
  if (Array.isArray(v)) {
    if (v.length === 0) return [[null]];
    return v.map((row) => (Array.isArray(row) ? row : [row]));
  }
  return [[v ?? null]];
}

/**
 * Calls `compute` once per cell of the result. Arguments are single cells or ranges; a single cell is used
 * for every row and column, ranges must have the result's shape (Excel's own broadcasting rule). In a
 * range result a row whose range arguments are all blank stays blank, and a bad cell gets its own #VALUE!.
 * A single-cell result that fails throws, so Excel shows the message on the cell.
 */
export function spill(args: [ArgName, ArgMatrix][], compute: (cells: ArgCell[]) => ResultCell): ResultCell[][] {
  try {
    return spillCells(args, compute);
  } catch (e) {
    throw toFunctionError(e); // nothing but a #VALUE! with its message ever reaches Excel
  }
}

/** The widest row; a loop, since a whole-column range (D:D) has 1,048,576 rows, too many to spread into Math.max. */
function widthOf(m: unknown[][]): number {
  let width = 0;
  for (const row of m) if (row.length > width) width = row.length;
  return width;
}

function spillCells(args: [ArgName, ArgMatrix][], compute: (cells: ArgCell[]) => ResultCell): ResultCell[][] {
  const matrices = args.map(([, v]) => asMatrix(v));
  const widths = matrices.map(widthOf);
  const rows = matrices.reduce((most, m) => Math.max(most, m.length), 0);
  const cols = widths.reduce((most, w) => Math.max(most, w), 0);
  matrices.forEach((m, i) => {
    const width = widths[i];
    if ((m.length !== 1 && m.length !== rows) || (width !== 1 && width !== cols)) {
      const shape = { rows: m.length, cols: width, expectedRows: rows, expectedCols: cols };
      throw new ArgumentProblem("maths.arg.shape", args[i][0], shape);
    }
  });
  const isRange = matrices.map((m) => m.length > 1 || m[0].length > 1);
  const single = rows === 1 && cols === 1;

  const out: ResultCell[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: ResultCell[] = [];
    for (let c = 0; c < cols; c++) {
      const cells = matrices.map((m) => {
        const row = m.length === 1 ? m[0] : m[r];
        return row.length === 1 ? row[0] : row[c];
      });
      const blankRow = !single && cells.every((cell, i) => !isRange[i] || isEmptyCell(cell));
      if (blankRow) {
        line.push("");
        continue;
      }
      try {
        line.push(compute(cells));
      } catch (e) {
        const error = toFunctionError(e);
        if (single) throw error;
        line.push(error);
      }
    }
    out.push(line);
  }
  return out;
}
