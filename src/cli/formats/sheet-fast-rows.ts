// A sheet's rows read without the general scanner, when they are written the way nearly every writer writes
// them: `<row …><c …><v>…</v></c>…</row>` in the sheet's main-namespace prefix, attribute values plain, no
// declaration, comment, CDATA, reference, formula or inline string. Why: the general scanner resolves every
// tag's name and namespace and calls the handler twice per element, and a 50,000-row sheet has two million
// elements; here a row is three or four string comparisons per cell.
//
// A row is read whole before anything is handed over: on anything it does not know it stops at that row's
// start, and the general scanner reads the row (and says what is wrong with it, if anything). So a row is
// either read here completely or not at all, and both readers hand the sheet reader the same things.
import { MAX_ROW } from "../../core/address";
import { MAIN_NS } from "./ooxml-names";
import { refAt, TRUE } from "./sheet-values";
import type { Scope } from "./xml-names";

/** What a whole row hands over: the row, then its cells in order, then its end. */
export interface RowSink {
  /** `r`: the written row number, 0 when the row has none. */
  row(r: number, hidden: boolean): void;
  /** `ref`: packed reference, -2 when absent; `style` -1 when absent; `vStart` -1 when there is no <v>. */
  cell(ref: number, style: number, type: string | undefined, vStart: number, vEnd: number, selfClosing: boolean): void;
  endRow(): void;
}

/** The cell types read here (typeAt knows their places); inline strings and any other are left to the general reader. */
const TYPES = ["s", "n", "b", "e", "str", "d"];
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;
/** A name character as the fast reader accepts it (anything else goes to the general reader). */
const isNameChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46;

export class FastRows {
  /**
   * The open row's cells, six numbers each, kept until the row's end tag is reached. Doubles, not 32-bit
   * integers: a packed reference past row 65,535 (row × 32,768 + column) does not fit in 31 bits.
   */
  private cells = new Float64Array(6 * 64);
  private count = 0;
  /** The tag being read: its attributes (four positions each), count, and whether it ends "/>". */
  private attrs = new Int32Array(4 * 16);
  private attrCount = 0;
  private selfClosing = false;
  private scope: Scope | null = null;
  /** The last prefix an attribute was found declared under, in `scope`. */
  private knownPrefix = "";
  private prefix: string | null = null;
  private rowOpen = "";
  private rowClose = "";
  private cOpen = "";
  private cClose = "";
  private vOpen = "";
  private vClose = "";

  constructor(
    private readonly xml: string,
    private readonly sink: RowSink,
  ) {}

  /**
   * Reads whole rows from `at`, where the general scanner stands inside sheetData (or just after a row) with
   * `scope`, and `prefix` is the prefix of the element it just opened or closed; returns where the general
   * scanner goes on: the first thing not read here.
   */
  read(at: number, prefix: string, scope: Scope): number {
    const uri = scope.get(prefix);
    if (uri === undefined || !MAIN_NS.has(uri)) return at;
    if (prefix !== this.prefix) this.setPrefix(prefix);
    if (scope !== this.scope) {
      this.scope = scope;
      this.knownPrefix = "";
    }
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
  }

  /** One row from just past "<row"; its end, or -1 when the general reader must read it. */
  private readRow(p: number): number {
    const xml = this.xml;
    p = this.readAttributes(p);
    if (p < 0) return -1;
    let r = 0;
    let hidden = false;
    for (let k = 0; k < this.attrCount; k++) {
      const at = 4 * k;
      const name = this.attrs[at];
      const len = this.attrs[at + 1] - name;
      const start = this.attrs[at + 2];
      const end = this.attrs[at + 3];
      if (len === 1 && xml.charCodeAt(name) === 114 /* r */) {
        r = digitsAt(xml, start, end);
        if (r < 1 || r > MAX_ROW) return -1;
      } else if (len === 6 && xml.startsWith("hidden", name)) hidden = TRUE.has(xml.slice(start, end).toLowerCase());
    }
    this.count = 0;
    if (!this.selfClosing) {
      for (;;) {
        while (p < xml.length && isSpace(xml.charCodeAt(p))) p++;
        if (xml.startsWith(this.rowClose, p)) {
          p += this.rowClose.length;
          break;
        }
        if (!xml.startsWith(this.cOpen, p)) return -1;
        p = this.readCell(p + this.cOpen.length);
        if (p < 0) return -1;
      }
    }
    const sink = this.sink;
    const cells = this.cells;
    sink.row(r, hidden);
    for (let k = 0; k < this.count; k++) {
      const at = 6 * k;
      sink.cell(cells[at], cells[at + 1], cells[at + 2] < 0 ? undefined : TYPES[cells[at + 2]], cells[at + 3], cells[at + 4], cells[at + 5] === 1);
    }
    sink.endRow();
    return p;
  }

  /** One cell from just past "<c", kept in `cells`; its end, or -1. */
  private readCell(p: number): number {
    const xml = this.xml;
    p = this.readAttributes(p);
    if (p < 0) return -1;
    let ref = -2;
    let style = -1;
    let type = -1;
    for (let k = 0; k < this.attrCount; k++) {
      const at = 4 * k;
      const name = this.attrs[at];
      if (this.attrs[at + 1] - name !== 1) continue;
      const start = this.attrs[at + 2];
      const end = this.attrs[at + 3];
      const c = xml.charCodeAt(name);
      if (c === 114 /* r */) {
        ref = refAt(xml, start, end);
        if (ref < 0) return -1;
      } else if (c === 115 /* s */) {
        style = digitsAt(xml, start, end);
        if (style < 0) return -1;
      } else if (c === 116 /* t */) {
        type = typeAt(xml, start, end);
        if (type < 0) return -1;
      }
    }
    let vStart = -1;
    let vEnd = -1;
    if (!this.selfClosing) {
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
    cells[6 * k + 5] = this.selfClosing ? 1 : 0;
    this.count = k + 1;
    return p;
  }

  /**
   * A tag's attributes from just past its name to its end, as positions; -1 for anything the general reader
   * must judge: a name that does not end there, a declaration, a second prefixed name or an undeclared prefix,
   * a name written twice, spaces around "=", a value with a reference, "<", a tab or a line end in it.
   */
  private readAttributes(p: number): number {
    const xml = this.xml;
    const n = xml.length;
    this.attrCount = 0;
    this.selfClosing = false;
    let prefixed = false;
    let c = xml.charCodeAt(p);
    if (!(isSpace(c) || c === 62 || c === 47)) return -1;
    for (;;) {
      while (p < n && isSpace(xml.charCodeAt(p))) p++;
      c = xml.charCodeAt(p);
      if (c === 62) return p + 1;
      if (c === 47) {
        if (xml.charCodeAt(p + 1) !== 62) return -1;
        this.selfClosing = true;
        return p + 2;
      }
      const name = p;
      let colon = -1;
      for (; p < n; p++) {
        c = xml.charCodeAt(p);
        if (c === 58) {
          if (colon >= 0) return -1;
          colon = p;
        } else if (!isNameChar(c)) break;
      }
      if (c !== 61 || p === name || colon === name || colon === p - 1) return -1;
      const nameEnd = p;
      if (xml.startsWith("xmlns", name)) return -1;
      if (colon >= 0) {
        if (prefixed || !this.declared(name, colon)) return -1;
        prefixed = true;
      } else if (this.repeated(name, nameEnd)) return -1;
      const quote = xml.charCodeAt(p + 1);
      if (quote !== 34 && quote !== 39) return -1;
      const start = p + 2;
      for (p = start; p < n; p++) {
        c = xml.charCodeAt(p);
        if (c === quote) break;
        if (c === 60 || c === 38 || c === 9 || c === 10 || c === 13) return -1;
      }
      if (p >= n) return -1;
      const at = 4 * this.attrCount;
      if (at === this.attrs.length) return -1;
      this.attrs[at] = name;
      this.attrs[at + 1] = colon >= 0 ? name : nameEnd; // a prefixed name is kept as empty: never read, never compared
      this.attrs[at + 2] = start;
      this.attrs[at + 3] = p;
      this.attrCount++;
      p++;
      c = xml.charCodeAt(p);
      if (!(isSpace(c) || c === 62 || c === 47)) return -1;
    }
  }

  /** Whether the prefix at [start, end) is declared (the general reader throws for one that is not). */
  private declared(start: number, end: number): boolean {
    // Compared in place with the last one found: every row of a sheet tends to carry the same one.
    const known = this.knownPrefix;
    if (known !== "" && end - start === known.length && this.xml.startsWith(known, start)) return true;
    const prefix = this.xml.slice(start, end);
    const uri = prefix === "xml" ? "xml" : this.scope!.get(prefix);
    if (uri === undefined || uri === "") return false;
    this.knownPrefix = prefix;
    return true;
  }

  /** Whether a plain attribute name is already on the tag. */
  private repeated(start: number, end: number): boolean {
    const xml = this.xml;
    for (let k = 0; k < this.attrCount; k++) {
      const at = this.attrs[4 * k];
      if (this.attrs[4 * k + 1] - at !== end - start) continue;
      let same = true;
      for (let j = 0; j < end - start && same; j++) same = xml.charCodeAt(at + j) === xml.charCodeAt(start + j);
      if (same) return true;
    }
    return false;
  }
}

/** A cell type's place in TYPES, compared in place (no string cut per cell); -1 for any other. */
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
