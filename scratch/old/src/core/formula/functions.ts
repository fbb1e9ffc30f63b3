// The worksheet functions the evaluator knows, as a table: name → how it combines its arguments. Adding one is
// an entry here. Semantics follow Excel: in a range, only numbers count for SUM/AVERAGE/MIN/MAX; a value typed
// as an argument is converted ("5" counts as 5); an error in any argument is the result.
import type { CellError, CellValue } from "../types";
import type { Node } from "./parse";
import { err, isError, toNumber, Unsupported, type Area, type FormulaScope } from "./scope";

export type Arg = { area: Area } | { value: CellValue; node: Node };

interface FormulaFunction {
  call: (args: Arg[], scope: FormulaScope) => CellValue;
  /** For IF/IFERROR: gets the unevaluated arguments. */
  lazy?: (args: Node[], evaluate: (n: Node) => CellValue) => CellValue;
}

interface Gathered {
  numbers: number[];
  /** Non-empty values seen (for COUNTA). */
  filled: number;
  error: CellError | null;
}

/** The numbers of the arguments; options for SUBTOTAL (skip nested subtotals, and hidden rows for 101–111). */
function gather(args: Arg[], scope: FormulaScope, opts: { subtotal?: boolean; skipHidden?: boolean } = {}): Gathered {
  const out: Gathered = { numbers: [], filled: 0, error: null };
  for (const a of args) {
    if ("area" in a) {
      for (const c of scope.cellsIn(a.area)) {
        if (opts.subtotal && scope.isSubtotal(a.area.sheet, c.row, c.col)) continue;
        if (opts.skipHidden && scope.hiddenRow(a.area.sheet, c.row)) continue;
        if (c.value === null || c.value === "") continue;
        out.filled += 1;
        if (isError(c.value)) out.error ??= c.value;
        else if (typeof c.value === "number") out.numbers.push(c.value);
      }
      continue;
    }
    const v = a.value;
    if (v === null) continue;
    out.filled += 1;
    // A referenced cell's text or boolean is skipped, as in a range; typed literals are converted.
    if (a.node.kind === "ref" && typeof v !== "number" && !isError(v)) continue;
    const n = toNumber(v);
    if (isError(n)) out.error ??= n;
    else out.numbers.push(n);
  }
  return out;
}

type Reducer = (g: Gathered) => CellValue;

const sum: Reducer = (g) => g.numbers.reduce((s, n) => s + n, 0);
const average: Reducer = (g) => (g.numbers.length === 0 ? err("#DIV/0!") : (sum(g) as number) / g.numbers.length);
/** A loop, not Math.min(...numbers): a range of a million numbers must not go through a call's arguments. */
const extreme = (pick: (a: number, b: number) => boolean): Reducer => (g) => {
  if (g.numbers.length === 0) return 0;
  let best = g.numbers[0];
  for (const n of g.numbers) if (pick(n, best)) best = n;
  return best;
};
const REDUCERS: Record<string, Reducer> = {
  SUM: sum, AVERAGE: average, MIN: extreme((a, b) => a < b), MAX: extreme((a, b) => a > b),
  COUNT: (g) => g.numbers.length, COUNTA: (g) => g.filled,
};

/** SUBTOTAL's function numbers (1–11, or 101–111 to skip hidden rows) for the reducers known here. */
const SUBTOTAL_CODES: Record<number, string> = { 1: "AVERAGE", 2: "COUNT", 3: "COUNTA", 4: "MAX", 5: "MIN", 9: "SUM" };

function reducing(name: string): FormulaFunction {
  return {
    call: (args, scope) => {
      const g = gather(args, scope);
      // COUNT and COUNTA ignore errors; the others return the first one.
      if (g.error && name !== "COUNT" && name !== "COUNTA") return g.error;
      return REDUCERS[name](g);
    },
  };
}

function numberArgs(args: Arg[], min: number, max: number): number[] | CellError {
  if (args.length < min || args.length > max) return err("#VALUE!");
  const out: number[] = [];
  for (const a of args) {
    if ("area" in a) return err("#VALUE!");
    const n = toNumber(a.value);
    if (isError(n)) return n;
    out.push(n);
  }
  return out;
}

/** Rounds |x| scaled by 10^digits with `how`, keeping the sign; the 15-digit step removes binary noise (2.675 → 2.68). */
function roundWith(how: (x: number) => number): FormulaFunction {
  return {
    call: (args) => {
      const a = numberArgs(args, 1, 2);
      if (isError(a)) return a;
      const [x, digits = 0] = a;
      const f = 10 ** Math.trunc(digits);
      const scaled = Number((Math.abs(x) * f).toPrecision(15));
      return (Math.sign(x) * how(scaled)) / f;
    },
  };
}

function oneNumber(f: (x: number) => number): FormulaFunction {
  return {
    call: (args) => {
      const a = numberArgs(args, 1, 1);
      return isError(a) ? a : f(a[0]);
    },
  };
}

function truth(v: CellValue): boolean | CellError {
  if (isError(v)) return v;
  if (typeof v === "string") {
    const u = v.trim().toUpperCase();
    if (u === "TRUE" || u === "FALSE") return u === "TRUE";
    return err("#VALUE!");
  }
  const n = toNumber(v);
  return isError(n) ? n : n !== 0;
}

function logical(combine: (values: boolean[]) => boolean): FormulaFunction {
  return {
    call: (args, scope) => {
      const values: boolean[] = [];
      for (const a of args) {
        const items = "area" in a ? scope.cellsIn(a.area).map((c) => c.value).filter((v) => typeof v === "boolean" || typeof v === "number") : [a.value];
        for (const v of items) {
          const b = truth(v);
          if (isError(b)) return b;
          values.push(b);
        }
      }
      return values.length === 0 ? err("#VALUE!") : combine(values);
    },
  };
}

export const FUNCTIONS: Record<string, FormulaFunction> = {
  ...Object.fromEntries(Object.keys(REDUCERS).map((name) => [name, reducing(name)])),
  SUBTOTAL: {
    call: (args, scope) => {
      const first = args[0];
      const code = first && !("area" in first) ? toNumber(first.value) : err("#VALUE!");
      if (isError(code)) return code;
      const name = SUBTOTAL_CODES[code % 100];
      if (!name || code < 1 || code > 111) throw new Unsupported(`SUBTOTAL ${code}`);
      const g = gather(args.slice(1), scope, { subtotal: true, skipHidden: code > 100 });
      if (g.error && name !== "COUNT" && name !== "COUNTA") return g.error;
      return REDUCERS[name](g);
    },
  },
  ROUND: roundWith((x) => Math.floor(x + 0.5)),
  ROUNDUP: roundWith(Math.ceil),
  ROUNDDOWN: roundWith(Math.floor),
  INT: oneNumber(Math.floor),
  ABS: oneNumber(Math.abs),
  AND: logical((v) => v.every(Boolean)),
  OR: logical((v) => v.some(Boolean)),
  NOT: { call: (args) => (args.length !== 1 || "area" in args[0] ? err("#VALUE!") : ((b) => (isError(b) ? b : !b))(truth(args[0].value))) },
  IF: {
    call: () => err("#VALUE!"),
    lazy: (args, evaluate) => {
      if (args.length < 2 || args.length > 3) return err("#VALUE!");
      const cond = truth(evaluate(args[0]));
      if (isError(cond)) return cond;
      if (cond) return evaluate(args[1]);
      return args.length === 3 ? evaluate(args[2]) : false;
    },
  },
  IFERROR: {
    call: () => err("#VALUE!"),
    lazy: (args, evaluate) => {
      if (args.length !== 2) return err("#VALUE!");
      const v = evaluate(args[0]);
      return isError(v) ? evaluate(args[1]) : v;
    },
  },
};
