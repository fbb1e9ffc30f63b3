// Reading each unit's figures from its row, with a warning (and the cell) for anything a clerk should fix:
// error values, text where a number belongs, done + remaining ≠ target, a typed rate that disagrees.
import type { CellValue, Finding, Grid, Measure, MeasureValues, Role } from "../types";
import { parseNumberDetailed, readPlainDigits, type ParseNumberOptions } from "../numbers";
import { cellAddress } from "../address";
import { SheetView } from "./sheet-view";
import { warning } from "./findings";

/** No campaign counts past a billion (the country has ~100 million people): a larger or infinite figure is a typo
 * or a broken export, left out of every sum with a warning. */
const IMPLAUSIBLE = 1e9;

/** Typed rates are rounded by the office: allow half a percentage point (plus float noise). */
const RATE_TOLERANCE = 0.0051;

function displayValue(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  // Excel shows booleans in capitals.
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** Percent cells arrive as fractions (0.97); typed rates as 97 or "97,00". Take the reading closest to the counts. */
export function rateAsFraction(typed: number, computed: number | null, percentSign: boolean, format?: string): number {
  if (percentSign || (format !== undefined && format.includes("%"))) return typed;
  if (computed === null) return typed > 1.5 ? typed / 100 : typed;
  return Math.abs(typed / 100 - computed) <= Math.abs(typed - computed) ? typed / 100 : typed;
}

/** Each measure's roles and their columns, side by side, listed once per table rather than once per row. */
interface RoleColumns {
  roles: Role[];
  cols: number[];
}

const roleColumns = new WeakMap<Measure, RoleColumns>();

function columnsOf(measure: Measure): RoleColumns {
  let list = roleColumns.get(measure);
  if (!list) {
    const roles = Object.keys(measure.columns) as Role[];
    list = { roles, cols: roles.map((role) => measure.columns[role] as number) };
    roleColumns.set(measure, list);
  }
  return list;
}

/** The parser's options by kind and decimal separator: built once, and found per row without building a key. */
const PARSE_OPTIONS = {
  rate: new Map<Grid["decimalSeparator"], ParseNumberOptions>(),
  count: new Map<Grid["decimalSeparator"], ParseNumberOptions>(),
};

function parseOptions(kind: "rate" | "count", decimalSeparator: Grid["decimalSeparator"]): ParseNumberOptions {
  let options = PARSE_OPTIONS[kind].get(decimalSeparator);
  if (!options) {
    options = { kind, decimalSeparator };
    PARSE_OPTIONS[kind].set(decimalSeparator, options);
  }
  return options;
}

/** isTotal: the row is a total (its remaining is the sum of the units' remaining, see checkRow). */
export function readRowValues(view: SheetView, row: number, unitName: string, measures: Measure[], warnings: Finding[], isTotal = false): Record<string, MeasureValues> {
  return rowValuesReader(view, measures)(row, unitName, warnings, isTotal);
}

/**
 * readRowValues for many rows of one table: each measure's (role, column) pairs and the parser's options are
 * looked up once for the table, not once per row (a province's table reads 50,000 rows).
 */
export function rowValuesReader(view: SheetView, measures: Measure[]): (row: number, unitName: string, warnings: Finding[], isTotal?: boolean) => Record<string, MeasureValues> {
  const grid: Grid = view.grid;
  const countOptions = parseOptions("count", grid.decimalSeparator);
  const rateOptions = parseOptions("rate", grid.decimalSeparator);
  const columns = measures.map(columnsOf);
  // Indexed loops, no iterator or destructuring per cell: a run of 5,000 rows is over before the optimising
  // compiler takes this function, and the interpreter pays for every iterator step.
  return (row, unitName, warnings, isTotal = false) => {
    const out: Record<string, MeasureValues> = {};
    for (let m = 0; m < measures.length; m++) {
      const measure = measures[m];
      const { roles, cols } = columns[m];
      const values: MeasureValues = { target: null, done: null, remaining: null, rate: null, daily: null };
      let ratePercentSign = false;
      for (let k = 0; k < roles.length; k++) {
        const role = roles[k];
        const col = cols[k];
        const cell = view.raw(row, col);
        // Plain numbers within reason need no parsing and no check (most cells of a big sheet): no object per cell.
        if (typeof cell === "number" && cell >= 0 && cell <= IMPLAUSIBLE) {
          values[role] = cell;
          continue;
        }
        // Counts typed as plain digits ("3.903"), half the cells of many sheets: read without a result object.
        // parseNumberDetailed gives the same value, no problem and no "%" for them.
        const plain = typeof cell === "string" ? readPlainDigits(cell, role === "rate" ? rateOptions : countOptions) : undefined;
        if (plain !== undefined && plain <= IMPLAUSIBLE) {
          values[role] = plain;
          if (role === "rate") ratePercentSign = false;
          continue;
        }
        const parsed = typeof cell === "number"
          ? { value: cell, problem: null, percent: false }
          : parseNumberDetailed(cell, role === "rate" ? rateOptions : countOptions);
        if (parsed.problem === "error") {
          warnings.push(warning("cell-error", "reader.cell-error", { cell: cellAddress(row, col), value: displayValue(cell), unit: unitName }, row, col));
        } else if (parsed.problem === "not-a-number") {
          warnings.push(warning("not-a-number", "reader.not-a-number", { cell: cellAddress(row, col), value: displayValue(cell), unit: unitName }, row, col));
        }
        if (parsed.value !== null && !(Math.abs(parsed.value) <= IMPLAUSIBLE)) {
          warnings.push(warning("implausible-value", "reader.input.implausible-value", { cell: cellAddress(row, col), value: displayValue(cell), unit: unitName }, row, col));
          continue;
        }
        if (parsed.value !== null && parsed.value < 0 && (role === "target" || role === "done")) {
          warnings.push(warning("negative-value", "reader.negative-value", { cell: cellAddress(row, col), value: parsed.value, unit: unitName }, row, col));
        }
        values[role] = parsed.value;
        if (role === "rate") ratePercentSign = parsed.percent;
      }
      checkRow(measure, values, row, unitName, warnings, ratePercentSign, formatAt(grid, view, row, measure.columns.rate), isTotal);
      out[measure.id] = values;
    }
    return out;
  };
}

function formatAt(grid: Grid, view: SheetView, row: number, col: number | undefined): string | undefined {
  if (col === undefined || !grid.numberFormats) return undefined;
  return grid.numberFormats[row - view.firstRow]?.[col - view.firstCol];
}

function checkRow(measure: Measure, v: MeasureValues, row: number, unit: string, warnings: Finding[], percentSign: boolean, rateFormat: string | undefined, isTotal: boolean): void {
  const cols = measure.columns;
  if (v.target === null && v.done !== null && v.remaining !== null && cols.target === undefined) {
    // No target column: the base is what was done plus what remains.
    v.target = v.done + v.remaining;
  } else if (v.target !== null && v.done !== null && v.remaining !== null) {
    const expectedRemaining = Math.max(0, v.target - v.done);
    // A total row adds the units' remaining, each 0 when over target ("Còn lại 0"): it may exceed target − done
    // by what the over-target units did beyond theirs. Its sum is checked against the units (checks.ts).
    const fits = isTotal ? v.remaining >= expectedRemaining - 1e-9 : Math.abs(expectedRemaining - v.remaining) <= 1e-9;
    if (!fits) {
      warnings.push(
        warning("done-remaining-mismatch", "reader.done-remaining-mismatch",
          { unit, measure: measure.label, target: v.target, done: v.done, remaining: v.remaining, cell: cellAddress(row, cols.remaining as number) },
          row, cols.remaining as number),
      );
    }
  }
  if (v.rate !== null) {
    const computed = v.target !== null && v.target > 0 && v.done !== null ? v.done / v.target : null;
    v.rate = rateAsFraction(v.rate, computed, percentSign, rateFormat);
    if (computed !== null && Math.abs(v.rate - computed) > RATE_TOLERANCE) {
      warnings.push(
        warning("rate-mismatch", "reader.rate-mismatch",
          { unit, measure: measure.label, typed: percentNumber(v.rate), computed: percentNumber(computed), cell: cellAddress(row, cols.rate as number) },
          row, cols.rate as number),
      );
    }
  }
}

/** 0.975 → 97.5 (the message adds "%" and writes the decimal mark of its language). */
function percentNumber(fraction: number): number {
  return Math.round(fraction * 10000) / 100;
}
