// A sheet's rows read without the general scanner, when they are written the way nearly every writer writes
// them: `<row …><c …><v>…</v></c>…</row>` in the sheet's main-namespace prefix, attribute values plain, no
// declaration, comment, CDATA, reference, formula or inline string. Why: the general scanner resolves every
// tag's name and namespace and calls the handler twice per element, and a 50,000-row sheet has two million
// elements; here a row is three or four string comparisons per cell.
//
// A row is read whole before anything is handed over: on anything it does not know it stops at that row's
// start, and the general scanner reads the row (and says what is wrong with it, if anything). So a row is
// either read here completely or not at all, and both readers hand the sheet reader the same things.
import { MAX_ROW, packedCellRef } from "../../core/address";
import { MAIN_NS } from "./ooxml-names";
import { TagAttributes } from "./sheet-fast-attributes";
import { COLS, refAt, TRUE } from "./sheet-values";
import type { Scope } from "./xml-names";

/**
 * What a whole row hands over: its written number (0 when none), whether it is hidden, and its cells in order as
 * six numbers each: packed reference (-2 when absent), style (-1 when absent), place in CELL_TYPES (-1 when
 * absent), where the <v> text starts and ends (-1 when there is no <v>), and 1 when the cell is written "/>".
 */
export interface RowSink {
  row(r: number, hidden: boolean, cells: Float64Array, count: number): void;
}

/** The cell types read here (typeAt knows their places); inline strings and any other are left to the general reader. */
export const CELL_TYPES = ["s", "n", "b", "e", "str", "d"];
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

export class FastRows {
  /**
   * The open row's cells, six numbers each, kept until the row's end tag is reached. Doubles, not 32-bit
   * integers: a packed reference past row 65,535 (row × 32,768 + column) does not fit in 31 bits.
   */
  private cells = new Float64Array(6 * 64);
  private count = 0;
  private readonly attrs: TagAttributes;
  /** What readWrittenTag found: packed reference (-2: none), style (-1: none), place in CELL_TYPES (-1: none). */
  private ref = -2;
  private style = -1;
  private type = -1;
  private prefix: string | null = null;
  private rowOpen = "";
  private rowClose = "";
  private cOpen = "";
  private cClose = "";
  private vOpen = "";
  private vClose = "";
  private commonCell = commonCellPattern("");
  /** The length of "</v></c>" in the prefix. */
  private valueEnd = 0;

  constructor(
    private readonly xml: string,
    private readonly sink: RowSink,
  ) {
    this.attrs = new TagAttributes(xml);
  }

  /**
   * Reads whole rows from `at`, where the general scanner stands inside sheetData (or just after a row) with
   * `scope`, and `prefix` is the prefix of the element it just opened or closed; returns where the general
   * scanner goes on: the first thing not read here.
   */
  read(at: number, prefix: string, scope: Scope): number {
    const uri = scope.get(prefix);
    if (uri === undefined || !MAIN_NS.has(uri)) return at;
    if (prefix !== this.prefix) this.setPrefix(prefix);
    this.attrs.useScope(scope);
    const xml = this.xml;
    let i = at;
    for (;;) {
      while (i < xml.length && isSpace(xml.charCodeAt(i))) i++;
      if (!xml.startsWith(this.rowOpen, i)) return i;
      const end = this.readRow(i + this.rowOpen.length);
      if (end < 0) return i;
      i = end;
    }
  }

  private setPrefix(prefix: string): void {
    const p = prefix === "" ? "" : prefix + ":";
    this.prefix = prefix;
    this.rowOpen = `<${p}row`;
    this.rowClose = `</${p}row>`;
    this.cOpen = `<${p}c`;
    this.cClose = `</${p}c>`;
    this.vOpen = `<${p}v>`;
    this.vClose = `</${p}v>`;
    this.commonCell = commonCellPattern(p);
    this.valueEnd = this.vClose.length + this.cClose.length;
  }

  /** One row from just past "<row"; its end, or -1 when the general reader must read it. */
  private readRow(p: number): number {
    const xml = this.xml;
    const attrs = this.attrs;
    p = attrs.read(p);
    if (p < 0) return -1;
    let r = 0;
    let hidden = false;
    for (let k = 0; k < attrs.count; k++) {
      const name = attrs.at[4 * k];
      const len = attrs.at[4 * k + 1] - name;
      const start = attrs.at[4 * k + 2];
      const end = attrs.at[4 * k + 3];
      if (len === 1 && xml.charCodeAt(name) === 114 /* r */) {
        r = digitsAt(xml, start, end);
        if (r < 1 || r > MAX_ROW) return -1;
      } else if (len === 6 && xml.startsWith("hidden", name)) hidden = TRUE.has(xml.slice(start, end).toLowerCase());
    }
    this.count = 0;
    if (!attrs.selfClosing) {
      for (;;) {
        const end = this.readCommonCell(p);
        if (end >= 0) {
          p = end;
          continue;
        }
        while (p < xml.length && isSpace(xml.charCodeAt(p))) p++;
        if (xml.startsWith(this.rowClose, p)) {
          p += this.rowClose.length;
          break;
        }
        if (!xml.startsWith(this.cOpen, p)) return -1;
        p = this.readWrittenCell(p + this.cOpen.length);
        if (p < 0) return -1;
      }
    }
    this.sink.row(r, hidden, this.cells, this.count);
    return p;
  }

  /**
   * A cell in the spelling writers use (commonCellPattern) at `at`, space before it allowed, kept in `cells`; its
   * end, or -1 for anything else (readWrittenCell reads any other spelling). Why a pattern: it runs as compiled
   * code from the first rows on, while the reader's own code is still cold (a 5,000-unit sheet is read before the
   * engine has optimised it), and a cell then costs one call rather than a pass over its attributes as names.
   */
  private readCommonCell(at: number): number {
    const common = this.commonCell;
    common.lastIndex = at;
    const m = common.exec(this.xml);
    if (m === null) return -1;
    const ref = packedCellRef(m[1], 0, m[1].length, COLS);
    if (ref < 0) return -1;
    const end = common.lastIndex;
    const style = m[2] === undefined ? -1 : digitsAt(m[2], 0, m[2].length);
    const type = m[3] === undefined ? -1 : typeAt(m[3], 0, m[3].length);
    if (m[4] !== undefined) this.keep(ref, style, type, -1, -1, true);
    else if (m[5] === undefined) this.keep(ref, style, type, -1, -1, false);
    else {
      const vEnd = end - this.valueEnd;
      this.keep(ref, style, type, vEnd - m[5].length, vEnd, false);
    }
    return end;
  }

  /** A cell in any plain spelling (attributes in any order and quotes, others beside them), kept; its end, or -1. */
  private readWrittenCell(at: number): number {
    const xml = this.xml;
    let p = this.readWrittenTag(at);
    if (p < 0) return -1;
    const selfClosing = this.attrs.selfClosing;
    // The content: a plain <v>, or nothing.
    let vStart = -1;
    let vEnd = -1;
    if (!selfClosing) {
      if (xml.startsWith(this.vOpen, p)) {
        vStart = p + this.vOpen.length;
        vEnd = xml.indexOf("<", vStart);
        if (vEnd <= vStart || !xml.startsWith(this.vClose, vEnd)) return -1;
        for (let k = vStart; k < vEnd; k++) {
          const c = xml.charCodeAt(k);
          if (c === 38 || c === 13) return -1;
        }
        p = vEnd + this.vClose.length;
      }
      if (!xml.startsWith(this.cClose, p)) return -1;
      p += this.cClose.length;
    }
    this.keep(this.ref, this.style, this.type, vStart, vEnd, selfClosing);
    return p;
  }

  /**
   * The cell's start tag in any plain spelling (attributes in any order and quotes, others beside them), its
   * reference, style and type left in `ref`, `style` and `type`; -1 when none.
   */
  private readWrittenTag(p: number): number {
    const xml = this.xml;
    const attrs = this.attrs;
    p = attrs.read(p);
    if (p < 0) return -1;
    this.ref = -2;
    this.style = -1;
    this.type = -1;
    for (let k = 0; k < attrs.count; k++) {
      const name = attrs.at[4 * k];
      if (attrs.at[4 * k + 1] - name !== 1) continue;
      const start = attrs.at[4 * k + 2];
      const end = attrs.at[4 * k + 3];
      const c = xml.charCodeAt(name);
      if (c === 114 /* r */) {
        this.ref = refAt(xml, start, end);
        if (this.ref < 0) return -1;
      } else if (c === 115 /* s */) {
        this.style = digitsAt(xml, start, end);
        if (this.style < 0) return -1;
      } else if (c === 116 /* t */) {
        this.type = typeAt(xml, start, end);
        if (this.type < 0) return -1;
      }
    }
    return p;
  }

  /** Keeps a cell's six numbers until the row's end tag is reached. */
  private keep(ref: number, style: number, type: number, vStart: number, vEnd: number, selfClosing: boolean): void {
    const k = this.count;
    if (6 * k === this.cells.length) {
      const grown = new Float64Array(this.cells.length * 2);
      grown.set(this.cells);
      this.cells = grown;
    }
    const cells = this.cells;
    cells[6 * k] = ref;
    cells[6 * k + 1] = style;
    cells[6 * k + 2] = type;
    cells[6 * k + 3] = vStart;
    cells[6 * k + 4] = vEnd;
    cells[6 * k + 5] = selfClosing ? 1 : 0;
    this.count = k + 1;
  }
}

/**
 * A cell as writers spell it (`p`: the prefix and colon): "<c", ` r="B17"`, then ` s="3"` and ` t="s"` when
 * written, then "/>" (group 4), or ">" and a plain <v> (group 5: no reference, no carriage return) or none, and
 * "</c>". Space before it is no one's text. The reference is checked further by packedCellRef (its bounds).
 */
function commonCellPattern(p: string): RegExp {
  const q = p.replace(/\./g, "\\.");
  return new RegExp(`[ \\t\\r\\n]*<${q}c r="([A-Z]{1,3}[0-9]{1,7})"(?: s="([0-9]{1,9})")?(?: t="(s|n|b|e|str|d)")?(?:(/)>|>(?:<${q}v>([^<&\\r]+)</${q}v>)?</${q}c>)`, "y");
}

/** A cell type's place in CELL_TYPES, compared in place (no string cut per cell); -1 for any other. */
function typeAt(xml: string, start: number, end: number): number {
  if (end - start === 1) {
    const c = xml.charCodeAt(start);
    return c === 115 ? 0 : c === 110 ? 1 : c === 98 ? 2 : c === 101 ? 3 : c === 100 ? 5 : -1;
  }
  return end - start === 3 && xml.startsWith("str", start) ? 4 : -1;
}

/** Plain digits (fewer than ten) as their number; -1 for any other spelling. */
function digitsAt(xml: string, start: number, end: number): number {
  if (end <= start || end - start >= 10) return -1;
  let v = 0;
  for (let k = start; k < end; k++) {
    const d = xml.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}
