// One start tag's attributes, read by the XML scanner (xml-scan): names compared in place, values checked in one
// pass (their end, no "<", whether they need decoding), namespace declarations applied to the element's scope,
// prefixed names resolved once all of the element's declarations are known. Kept apart from the scanner's loop
// so each is a small function the engine optimises early (a small part is read before a large one would be).
import { AttributeList } from "./xml-attributes";
import { hashStep, NameTable, type Scope } from "./xml-names";
import { attributeOf, XmlFormatError } from "./xml-text";

const XMLNS_NS = "http://www.w3.org/2000/xmlns/";

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

export class StartTag {
  readonly attrs: AttributeList;
  /** The element's scope: the inherited one, or a new one when the tag declares a namespace. */
  scope: Scope = new Map();
  selfClosing = false;
  private readonly names: NameTable;
  /** Prefixed attributes met (six numbers each), resolved after the tag's last declaration. */
  private readonly prefixed: number[] = [];
  private pending = 0;

  constructor(private readonly xml: string) {
    this.attrs = new AttributeList(xml);
    this.names = new NameTable(xml, true);
  }

  /** Reads the attributes from `p` (just past the element's name) to the tag's end; returns where it ends. */
  read(p: number, inherited: Scope): number {
    const xml = this.xml;
    const n = xml.length;
    this.attrs.count = 0;
    this.pending = 0;
    let scope = inherited;
    let selfClosing = false;
    for (;;) {
      while (p < n && isSpace(xml.charCodeAt(p))) p++;
      if (p >= n) throw new XmlFormatError("unterminated start tag");
      const c = xml.charCodeAt(p);
      if (c === 62) {
        p++;
        break;
      }
      if (c === 47) {
        if (xml.charCodeAt(p + 1) !== 62) throw new XmlFormatError("bad start tag");
        selfClosing = true;
        p += 2;
        break;
      }
      // The name runs to "="; the common spelling (no space before "=") is read in this one pass.
      const nameStart = p;
      let eq = p;
      let colon = -1;
      for (; eq < n; eq++) {
        const ch = xml.charCodeAt(eq);
        if (ch === 61 || isSpace(ch)) break;
        if (ch === 58 && colon < 0) colon = eq;
      }
      let nameEnd = eq;
      if (xml.charCodeAt(eq) !== 61) {
        eq = xml.indexOf("=", p);
        if (eq < 0) throw new XmlFormatError("attribute without a value");
        nameEnd = eq;
        while (nameEnd > p && isSpace(xml.charCodeAt(nameEnd - 1))) nameEnd--;
        colon = -1;
        for (let k = nameEnd - 1; k >= p; k--) if (xml.charCodeAt(k) === 58) colon = k;
      }
      if (nameEnd === p) throw new XmlFormatError("attribute without a name");
      let q = eq + 1;
      while (q < n && isSpace(xml.charCodeAt(q))) q++;
      const quote = xml.charCodeAt(q);
      if (quote !== 34 && quote !== 39) throw new XmlFormatError("unquoted attribute");
      // One pass over the value: its end, no "<" in it, and whether it needs decoding.
      let close = q + 1;
      let raw = true;
      for (; close < n; close++) {
        const v = xml.charCodeAt(close);
        if (v === quote) break;
        if (v === 60) throw new XmlFormatError(xml.indexOf(quote === 34 ? '"' : "'", close) < 0 ? "unterminated attribute" : "< in an attribute");
        if (v === 38 || v === 9 || v === 10 || v === 13) raw = false;
      }
      if (close >= n) throw new XmlFormatError("unterminated attribute");
      p = close + 1;
      if (p < n && !isSpace(xml.charCodeAt(p)) && xml.charCodeAt(p) !== 62 && xml.charCodeAt(p) !== 47) throw new XmlFormatError("attributes not separated");
      if (xml.charCodeAt(nameStart) === 120 /* x */ && xml.startsWith("xmlns", nameStart) && (nameEnd - nameStart === 5 || xml.charCodeAt(nameStart + 5) === 58)) {
        if (scope === inherited) scope = new Map(scope);
        const uri = attributeOf(xml.slice(q + 1, close));
        if (uri === XMLNS_NS) throw new XmlFormatError("xmlns namespace bound");
        scope.set(nameEnd - nameStart === 5 ? "" : xml.slice(nameStart + 6, nameEnd), uri);
        continue;
      }
      if (colon < 0) this.attrs.add(nameStart, nameEnd, q + 1, close, raw, null);
      else {
        let nameHash = 0;
        for (let k = nameStart; k < nameEnd; k++) nameHash = hashStep(nameHash, xml.charCodeAt(k));
        const at = this.pending * 6;
        this.prefixed[at] = nameStart;
        this.prefixed[at + 1] = nameEnd;
        this.prefixed[at + 2] = q + 1;
        this.prefixed[at + 3] = close;
        this.prefixed[at + 4] = raw ? 1 : 0;
        this.prefixed[at + 5] = nameHash;
        this.pending += 1;
      }
    }
    for (let k = 0; k < this.pending; k++) {
      const a = this.prefixed;
      const at = k * 6;
      const s = this.names.slot(a[at], a[at + 1], a[at + 5]);
      this.attrs.add(a[at], a[at + 1], a[at + 2], a[at + 3], a[at + 4] === 1, this.names.resolve(s, scope));
    }
    this.scope = scope;
    this.selfClosing = selfClosing;
    return p;
  }
}
