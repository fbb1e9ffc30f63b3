// Formulas the file saved without a result (web systems and scripts write them so; Excel would compute them on
// opening): computed here, each from the cells it names, so that a total row of SUMs is a total and not blanks.
// A formula this engine cannot compute is named with its cell, never read as empty or zero in silence.
import type { CellValue } from "../types";
import { cellAddress } from "../address";
import { parseFormula, type Node } from "../formula/parse";
import { evaluateFormula } from "../formula/evaluate";
import type { Area, FormulaScope } from "../formula/scope";
import type { SheetCell, SparseSheet } from "./sparse-sheet";

export interface MissingResults {
  /** Cells computed here ("C8"), in the order met. */
  computed: string[];
  /** Cells whose formula could not be computed, with the formula: left empty, to be named in a warning. */
  failed: { cell: string; formula: string }[];
}

class CannotCompute extends Error {}
/** The stack ran out (a chain of thousands of formulas each waiting on the next): computed again bottom-up. */
class Deferred extends Error {}
/** Thrown as single instances: an error built per cell would record a stack trace each time. */
const CANNOT = new CannotCompute();
const DEFERRED = new Deferred();

const SUBTOTAL = /\bSUBTOTAL\s*\(/i;

/** Computes every formula without a saved result on `sheet` (and the cells those depend on, on any sheet). */
export function computeMissingResults(sheet: SparseSheet, others: (name: string) => SparseSheet | undefined = () => undefined): MissingResults {
  const result: MissingResults = { computed: [], failed: [] };
  const inProgress = new Set<SheetCell>();
  const failed = new Set<SheetCell>();
  const deferred = new Set<SheetCell>();
  let bottomUp = false;
  const parsed = new Map<string, Node>();

  const sheetOf = (name: string | null): SparseSheet | undefined => (name === null || name === sheet.name ? sheet : others(name));

  const valueOf = (s: SparseSheet, row: number, col: number): CellValue => {
    const cell = s.get(row, col);
    if (!cell) return null;
    if (deferred.has(cell)) {
      if (!bottomUp) throw DEFERRED;
      deferred.delete(cell);
    }
    if (cell.noResult && cell.formula !== undefined) compute(s, cell);
    if (failed.has(cell)) throw CANNOT;
    return cell.value;
  };

  const scopes = new Map<SparseSheet, FormulaScope>();
  const scopeFor = (home: SparseSheet): FormulaScope => {
    let scope = scopes.get(home);
    if (!scope) scopes.set(home, (scope = makeScope(home)));
    return scope;
  };
  const makeScope = (home: SparseSheet): FormulaScope => {
    const at = (name: string | null) => {
      const s = name === null ? home : sheetOf(name);
      if (!s) throw CANNOT;
      return s;
    };
    return {
      cell: (name, row, col) => valueOf(at(name), row, col),
      cellsIn: (a: Area) => {
        const s = at(a.sheet);
        return s.within(a.top, a.left, a.bottom, a.right).map((e) => ({ row: e.row, col: e.col, value: valueOf(s, e.row, e.col) }));
      },
      isSubtotal: (name, row, col) => SUBTOTAL.test(at(name).get(row, col)?.formula ?? ""),
      hiddenRow: (name, row) => at(name).hiddenRows.has(row),
    };
  };

  function compute(s: SparseSheet, cell: SheetCell): void {
    if (!cell.noResult || failed.has(cell)) return;
    // A formula that reaches itself again has no value (Excel warns of a circular reference).
    if (inProgress.has(cell)) throw CANNOT;
    inProgress.add(cell);
    try {
      const text = cell.formula as string;
      let node = parsed.get(text);
      if (!node) {
        node = parseFormula(text);
        parsed.set(text, node);
      }
      cell.value = evaluateFormula(node, scopeFor(s));
      cell.noResult = false;
    } catch (e) {
      if (e instanceof Deferred || e instanceof RangeError) {
        deferred.add(cell);
        throw DEFERRED;
      }
      failed.add(cell);
      cell.value = null;
    } finally {
      inProgress.delete(cell);
    }
  }

  // A sheet that stored no formula without a result (most) has nothing to gather: no walk.
  if (!sheet.mayHoldFormulasWithoutResult) return result;
  // The sheet's own cells in reading order, so that the messages list them as the clerk reads the sheet.
  // Only the formulas without a result are gathered: most sheets have none, and a copy of every cell is a
  // province's 600,000 objects.
  const own: { row: number; col: number; cell: SheetCell }[] = [];
  sheet.forEachCell((row, col, cell) => {
    if (cell.noResult && cell.formula !== undefined) own.push({ row, col, cell });
  });
  own.sort((a, b) => a.row - b.row || a.col - b.col);
  const attempt = (s: SparseSheet, cell: SheetCell) => {
    try {
      compute(s, cell);
    } catch (e) {
      if (!(e instanceof Deferred)) throw e;
    }
  };
  for (const { cell } of own) if (!deferred.has(cell)) attempt(sheet, cell);
  if (deferred.size > 0) {
    // Bottom-up, each deferred cell finds the ones it waits on already computed: the stack stays shallow.
    bottomUp = true;
    for (let i = own.length - 1; i >= 0; i--) {
      const { cell } = own[i];
      if (!deferred.delete(cell)) continue;
      attempt(sheet, cell);
      if (cell.noResult && !failed.has(cell)) {
        failed.add(cell);
        cell.value = null;
      }
    }
  }
  for (const { row, col, cell } of own) {
    if (failed.has(cell) || cell.noResult) result.failed.push({ cell: cellAddress(row, col), formula: cell.formula as string });
    else result.computed.push(cellAddress(row, col));
  }
  return result;
}

