// A formula's text (as a file stores it: "SUM(C4:C7)", no leading "=") as a tree. Only what quota sheets use:
// numbers, text, booleans, error literals, cell and range references (optionally on another sheet),
// operators and function calls. Anything else is a parse failure, never a guess.

export type Node =
  | { kind: "number"; value: number }
  | { kind: "text"; value: string }
  | { kind: "bool"; value: boolean }
  | { kind: "error"; value: string }
  | { kind: "ref"; sheet: string | null; row: number; col: number }
  | { kind: "range"; sheet: string | null; top: number; left: number; bottom: number; right: number }
  | { kind: "unary"; op: "-" | "+" | "%"; arg: Node }
  | { kind: "binary"; op: string; left: Node; right: Node }
  | { kind: "call"; name: string; args: Node[] };

export class FormulaSyntaxError extends Error {}

const ERRORS = ["#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!"];
/** Binary operators by precedence level, loosest first (Excel's order); two-character ones first ("<=" before "<"). */
const LEVELS: string[][] = [["<>", "<=", ">=", "=", "<", ">"], ["&"], ["+", "-"], ["*", "/"], ["^"]];
const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})/;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): Node {
    const node = this.expression(0);
    this.space();
    if (this.i < this.s.length) throw new FormulaSyntaxError(`unexpected “${this.s.slice(this.i, this.i + 10)}”`);
    return node;
  }

  private space(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i])) this.i++;
  }

  private peekOperator(ops: string[]): string | null {
    this.space();
    for (const op of ops) if (this.s.startsWith(op, this.i)) return op;
    return null;
  }

  private expression(level: number): Node {
    if (level >= LEVELS.length) return this.unary();
    let left = this.expression(level + 1);
    for (let op = this.peekOperator(LEVELS[level]); op !== null; op = this.peekOperator(LEVELS[level])) {
      this.i += op.length;
      left = { kind: "binary", op, left, right: this.expression(level + 1) };
    }
    return left;
  }

  private unary(): Node {
    this.space();
    const ch = this.s[this.i];
    if (ch === "-" || ch === "+") {
      this.i++;
      return { kind: "unary", op: ch, arg: this.unary() };
    }
    let node = this.primary();
    for (this.space(); this.s[this.i] === "%"; this.space()) {
      this.i++;
      node = { kind: "unary", op: "%", arg: node };
    }
    return node;
  }

  private expect(ch: string): void {
    this.space();
    if (this.s[this.i] !== ch) throw new FormulaSyntaxError(`expected “${ch}”`);
    this.i++;
  }

  private primary(): Node {
    this.space();
    const rest = this.s.slice(this.i);
    if (rest.startsWith("(")) {
      this.i++;
      const inner = this.expression(0);
      this.expect(")");
      return inner;
    }
    if (rest.startsWith('"')) return this.text();
    const num = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(rest);
    if (num) {
      this.i += num[0].length;
      return { kind: "number", value: Number(num[0]) };
    }
    const err = ERRORS.find((e) => rest.toUpperCase().startsWith(e));
    if (err) {
      this.i += err.length;
      return { kind: "error", value: err };
    }
    return this.referenceOrName();
  }

  private text(): Node {
    let out = "";
    for (this.i++; this.i < this.s.length; this.i++) {
      if (this.s[this.i] === '"') {
        if (this.s[this.i + 1] !== '"') {
          this.i++;
          return { kind: "text", value: out };
        }
        this.i++;
      }
      out += this.s[this.i];
    }
    throw new FormulaSyntaxError("unterminated text");
  }

  /** 'Sheet name'! or Sheet! before a reference. */
  private sheetPrefix(): string | null {
    const rest = this.s.slice(this.i);
    const quoted = /^'((?:[^']|'')+)'!/.exec(rest);
    if (quoted) {
      this.i += quoted[0].length;
      return quoted[1].replace(/''/g, "'");
    }
    const plain = /^([^\s!'"(),:;=<>&+\-*/^%]+)!/.exec(rest);
    if (plain) {
      this.i += plain[0].length;
      return plain[1];
    }
    return null;
  }

  private referenceOrName(): Node {
    const start = this.i;
    const sheet = this.sheetPrefix();
    const rest = this.s.slice(this.i);
    const cell = CELL.exec(rest);
    // A cell reference is not followed by "(" (LOG10( is a function) nor by more letters or digits.
    if (cell && !/^[\w(.]/.test(rest.slice(cell[0].length))) {
      this.i += cell[0].length;
      const row = Number(cell[2]);
      const col = columnNumber(cell[1]);
      if (this.s[this.i] === ":") {
        const end = CELL.exec(this.s.slice(this.i + 1));
        if (!end) throw new FormulaSyntaxError("a range needs two cells");
        this.i += 1 + end[0].length;
        const row2 = Number(end[2]);
        const col2 = columnNumber(end[1]);
        return { kind: "range", sheet, top: Math.min(row, row2), left: Math.min(col, col2), bottom: Math.max(row, row2), right: Math.max(col, col2) };
      }
      return { kind: "ref", sheet, row, col };
    }
    if (sheet !== null) throw new FormulaSyntaxError("a sheet name must be followed by a cell");
    const name = /^[A-Za-z_][\w.]*/.exec(rest);
    if (!name) throw new FormulaSyntaxError(`unexpected “${rest.slice(0, 10)}”`);
    this.i += name[0].length;
    const upper = name[0].toUpperCase().replace(/^_XLFN\./, "");
    this.space();
    if (this.s[this.i] !== "(") {
      if (upper === "TRUE" || upper === "FALSE") return { kind: "bool", value: upper === "TRUE" };
      this.i = start;
      throw new FormulaSyntaxError(`unknown name “${name[0]}”`);
    }
    this.i++;
    const args: Node[] = [];
    this.space();
    if (this.s[this.i] === ")") {
      this.i++;
      return { kind: "call", name: upper, args };
    }
    for (;;) {
      args.push(this.expression(0));
      this.space();
      const ch = this.s[this.i++];
      if (ch === ")") break;
      if (ch !== ",") throw new FormulaSyntaxError("expected “,” or “)”");
    }
    return { kind: "call", name: upper, args };
  }
}

/** The formula's tree; throws FormulaSyntaxError for what this parser does not know. */
export function parseFormula(text: string): Node {
  return new Parser(text.replace(/^=/, "")).parse();
}
