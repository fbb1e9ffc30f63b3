// Evaluating a parsed formula the way Excel does for the functions quota sheets use (SUM, ROUND, IF,
// SUBTOTAL…). A function it does not know throws Unsupported: the caller names the cell in a warning rather
// than guess.
import type { CellError, CellValue } from "../types";
import type { Node } from "./parse";
import { FUNCTIONS, type Arg } from "./functions";
import { err, isError, toNumber, Unsupported, type FormulaScope } from "./scope";

export { Unsupported };

function toText(v: CellValue): string | CellError {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return String(Number(v.toPrecision(15)));
  return v;
}

/** Excel orders numbers before text before booleans; text compares without case. */
function compare(a: CellValue, b: CellValue): number {
  const rank = (v: CellValue) => (typeof v === "number" || v === null ? 0 : typeof v === "string" ? 1 : 2);
  if (a === null) a = typeof b === "string" ? "" : typeof b === "boolean" ? false : 0;
  if (b === null) b = typeof a === "string" ? "" : typeof a === "boolean" ? false : 0;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === "string" && typeof b === "string") {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = Number(a);
  const y = Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

const COMPARISONS: Record<string, (c: number) => boolean> = {
  "=": (c) => c === 0, "<>": (c) => c !== 0, "<": (c) => c < 0, ">": (c) => c > 0, "<=": (c) => c <= 0, ">=": (c) => c >= 0,
};

const ARITHMETIC: Record<string, (a: number, b: number) => number | CellError> = {
  "+": (a, b) => a + b,
  "-": (a, b) => a - b,
  "*": (a, b) => a * b,
  "/": (a, b) => (b === 0 ? err("#DIV/0!") : a / b),
  "^": (a, b) => a ** b,
};

function binary(op: string, a: CellValue, b: CellValue): CellValue {
  if (isError(a)) return a;
  if (isError(b)) return b;
  if (op in COMPARISONS) return COMPARISONS[op](compare(a, b));
  if (op === "&") {
    const x = toText(a);
    const y = toText(b);
    return isError(x) ? x : isError(y) ? y : x + y;
  }
  const x = toNumber(a);
  const y = toNumber(b);
  if (isError(x)) return x;
  if (isError(y)) return y;
  const f = ARITHMETIC[op];
  if (!f) throw new Unsupported(`operator ${op}`);
  return f(x, y);
}

/** A node as a function argument: ranges stay ranges (SUM skips their text), everything else a value. */
function argument(node: Node, scope: FormulaScope): Arg {
  if (node.kind === "range") return { area: node };
  return { value: evaluateNode(node, scope), node };
}

export function evaluateNode(node: Node, scope: FormulaScope): CellValue {
  switch (node.kind) {
    case "number":
    case "text":
    case "bool":
      return node.value;
    case "error":
      return err(node.value);
    case "ref":
      return scope.cell(node.sheet, node.row, node.col);
    case "range": {
      // A range where one value is wanted: Excel's implicit intersection is rare in these sheets; a one-cell
      // range is its cell, anything else #VALUE!.
      if (node.top === node.bottom && node.left === node.right) return scope.cell(node.sheet, node.top, node.left);
      return err("#VALUE!");
    }
    case "unary": {
      const v = evaluateNode(node.arg, scope);
      const n = toNumber(v);
      if (isError(n)) return n;
      return node.op === "-" ? -n : node.op === "%" ? n / 100 : n;
    }
    case "binary":
      return binary(node.op, evaluateNode(node.left, scope), evaluateNode(node.right, scope));
    case "call": {
      const f = FUNCTIONS[node.name];
      if (!f) throw new Unsupported(`function ${node.name}`);
      // IF and IFERROR evaluate only the branch they take (a branch may hold an unsupported function).
      if (f.lazy) return f.lazy(node.args, (n) => evaluateNode(n, scope));
      return f.call(node.args.map((a) => argument(a, scope)), scope);
    }
  }
}

/** The formula's value, with NaN or ±Infinity (1e308*10) as #NUM!, as Excel shows them. */
export function evaluateFormula(node: Node, scope: FormulaScope): CellValue {
  const v = evaluateNode(node, scope);
  if (typeof v === "number" && !Number.isFinite(v)) return err("#NUM!");
  return v;
}
