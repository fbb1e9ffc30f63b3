// A start tag's attributes read as positions by the fast row reader, when they are written plainly; anything the
// general scanner must judge (a declaration, an undeclared prefix, a name written twice, a reference or a line
// end in a value, spaces around "=") is refused, and the row is left to the general scanner.
import type { Scope } from "./xml-names";

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;
/** A name character as the fast reader accepts it (anything else goes to the general reader). */
const isNameChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46;

export class TagAttributes {
  /** Four positions per attribute: name start, name end (= start for a prefixed name), value start, value end. */
  readonly at = new Int32Array(4 * 16);
  count = 0;
  /** Whether the tag ends "/>". */
  selfClosing = false;
  private scope: Scope | null = null;
  /** The last prefix an attribute was found declared under, in `scope`. */
  private knownPrefix = "";

  constructor(private readonly xml: string) {}

  /** The scope the tags are read in (where the general scanner handed over). */
  useScope(scope: Scope): void {
    if (scope === this.scope) return;
    this.scope = scope;
    this.knownPrefix = "";
  }

  /**
   * A tag's attributes from just past its name to its end; the position past the tag, or -1 for anything the
   * general reader must judge: a name that does not end there, a declaration, a second prefixed name or an
   * undeclared prefix, a name written twice, spaces around "=", a value with a reference, "<", a tab or a line end.
   */
  read(p: number): number {
    const xml = this.xml;
    const n = xml.length;
    this.count = 0;
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
      const k = 4 * this.count;
      if (k === this.at.length) return -1;
      this.at[k] = name;
      this.at[k + 1] = colon >= 0 ? name : nameEnd; // a prefixed name is kept as empty: never read, never compared
      this.at[k + 2] = start;
      this.at[k + 3] = p;
      this.count++;
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
    for (let k = 0; k < this.count; k++) {
      const at = this.at[4 * k];
      if (this.at[4 * k + 1] - at !== end - start) continue;
      let same = true;
      for (let j = 0; j < end - start && same; j++) same = xml.charCodeAt(at + j) === xml.charCodeAt(start + j);
      if (same) return true;
    }
    return false;
  }
}
