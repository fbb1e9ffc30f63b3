// The history functions' arguments: a column (or a block, one column per unit) of dated cumulative figures,
// read whole rather than cell by cell; each column gives one result.
import type { DayPoint } from "../core/history/types";
import { parseNumberDetailed } from "../core/numbers";
import { toDaySerial } from "../core/dates";
import { ArgumentProblem, type ArgName } from "./errors";
import { asMatrix, isEmptyCell, type ArgMatrix, type ResultCell } from "./args";
import { toFunctionError } from "./errors";

function figure(v: unknown, arg: ArgName): number | null {
  if (isEmptyCell(v)) return null;
  const parsed = parseNumberDetailed(typeof v === "number" || typeof v === "string" ? v : null, { kind: "count" });
  if (parsed.value === null) throw new ArgumentProblem("maths.arg.notNumber", arg, { value: String(v) });
  return parsed.value;
}

/** The figures of each column, top to bottom, blanks skipped. */
export function columnsOf(m: ArgMatrix, arg: ArgName): number[][] {
  const rows = asMatrix(m);
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const out: number[][] = Array.from({ length: width }, () => []);
  for (const row of rows) row.forEach((v, c) => {
    const n = figure(v, arg);
    if (n !== null) out[c].push(n);
  });
  return out;
}

/** Each column's dated points (the dates in a single column beside them), sorted by date; blanks skipped. */
export function datedColumns(dates: ArgMatrix, cumulative: ArgMatrix): DayPoint[][] {
  const d = asMatrix(dates);
  const v = asMatrix(cumulative);
  if (d.length !== v.length) throw new ArgumentProblem("maths.arg.shape", "dates", { rows: d.length, cols: 1, expectedRows: v.length, expectedCols: 1 });
  const width = v.reduce((w, r) => Math.max(w, r.length), 0);
  const out: DayPoint[][] = Array.from({ length: width }, () => []);
  v.forEach((row, r) => {
    const cell = d[r]?.[0];
    if (isEmptyCell(cell)) return;
    const day = toDaySerial(typeof cell === "number" || typeof cell === "string" ? cell : null);
    if (day === null) throw new ArgumentProblem("maths.arg.notDate", "dates", { value: String(cell) });
    row.forEach((x, c) => {
      const n = figure(x, "cumulative");
      if (n !== null) out[c].push({ day, done: n, target: null });
    });
  });
  for (const col of out) col.sort((a, b) => a.day - b.day);
  return out;
}

/** One result per column as a row; a column that fails gets its own #VALUE!, a single result throws. */
export function perColumn<T>(columns: T[], compute: (col: T) => number): ResultCell[][] {
  try {
    if (columns.length === 1) return [[compute(columns[0])]];
    return [columns.map((col) => {
      try {
        return compute(col);
      } catch (e) {
        return toFunctionError(e);
      }
    })];
  } catch (e) {
    throw toFunctionError(e);
  }
}
