// The command line's XML scanner as it was before its hot loop was rewritten for speed (src/cli/formats/
// xml-scan.ts): kept only as the reference the rewrite is compared with, event for event and error for error,
// on generated parts (test/cli/formats/xml-scan-fast.test.ts). Not used by the product.
// A namespace-aware, streaming (SAX-style) scan of one XML part: elements arrive as (namespace URI, local
// name, attributes) whatever prefixes the writer chose (`<x:c>`, `<ns0:c>`, a default namespace, declarations
// on the root or on any element), text arrives decoded (entities, character references, CDATA, line ends
// normalised as XML requires). Nothing is built but what the handler keeps, so a sheet of 50,000 rows costs
// its cells, not a document tree. A part that is not well-formed (a tag left open or closed out of order, an
// undeclared prefix, an unknown entity) throws XmlFormatError: the caller falls back or tells the clerk.

export class XmlFormatError extends Error {}

/**
 * The attributes of the element being opened, valid only during the `open` call (the scanner reuses it):
 * un-namespaced ones by local name ("r"), namespaced ones as "{uri}local".
 */
export interface XmlAttributes {
  get(key: string): string | undefined;
}

export interface XmlHandler {
  /** `selfClosing`: the element is written `<e/>` (it has no content; close follows at once). */
  open(ns: string, local: string, attrs: XmlAttributes, selfClosing: boolean): void;
  close(ns: string, local: string): void;
  /** Text between tags, decoded; called only while `wantsText` is true (when the handler has the field). */
  text?(text: string): void;
  wantsText?: boolean;
}

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";

const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(raw: string): string {
  if (raw.indexOf("&") < 0) return raw;
  return raw.replace(/&(?:([^;&\s<]{1,32});)?/g, (whole, name: string | undefined) => {
    if (name === undefined) throw new XmlFormatError("bare &");
    if (name.charCodeAt(0) === 35 /* # */) {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) throw new XmlFormatError(`bad character reference ${whole}`);
      return String.fromCodePoint(code);
    }
    const named = NAMED_ENTITIES[name];
    if (named === undefined) throw new XmlFormatError(`unknown entity ${whole}`);
    return named;
  });
}

/** Text as XML hands it over: CRLF and lone CR become LF, then references are decoded. */
function textOf(raw: string): string {
  return decodeEntities(raw.indexOf("\r") < 0 ? raw : raw.replace(/\r\n?/g, "\n"));
}

/** An attribute value as XML normalises it: literal tabs and line ends become spaces, then references decoded. */
function attributeOf(raw: string): string {
  let plain = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 38 /* & */ || c === 9 || c === 10 || c === 13) {
      plain = false;
      break;
    }
  }
  if (plain) return raw;
  return decodeEntities(raw.replace(/\r\n|[\t\n\r]/g, " "));
}

/** Namespace scopes: a new one only where an element declares something (most elements share their parent's). */
type Scope = Map<string, string>;

function resolve(scope: Scope, prefix: string, isAttribute: boolean): string {
  if (prefix === "") return isAttribute ? "" : scope.get("") ?? "";
  if (prefix === "xml") return XML_NS;
  const uri = scope.get(prefix);
  if (uri === undefined || uri === "") throw new XmlFormatError(`undeclared prefix ${prefix}`);
  return uri;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

/**
 * One element's attributes as positions in the text: names are compared in place and values cut out and
 * decoded only when asked for (most are never read), so a start tag costs no strings but its name.
 */
class AttributeList implements XmlAttributes {
  count = 0;
  xml = "";
  private readonly nameStart: number[] = [];
  private readonly nameEnd: number[] = [];
  private readonly valueStart: number[] = [];
  private readonly valueEnd: number[] = [];
  /** "{uri}local" for a prefixed attribute, null for a plain one. */
  private readonly resolved: (string | null)[] = [];

  private matches(i: number, key: string): boolean {
    const r = this.resolved[i];
    if (r !== null) return r === key;
    return this.nameEnd[i] - this.nameStart[i] === key.length && this.xml.startsWith(key, this.nameStart[i]);
  }

  get(key: string): string | undefined {
    for (let i = 0; i < this.count; i++) if (this.matches(i, key)) return attributeOf(this.xml.slice(this.valueStart[i], this.valueEnd[i]));
    return undefined;
  }

  add(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number, resolved: string | null): void {
    const key = resolved ?? this.xml.slice(nameStart, nameEnd);
    for (let i = 0; i < this.count; i++) {
      if (this.nameEnd[i] - this.nameStart[i] === nameEnd - nameStart || resolved !== null) {
        if (this.matches(i, key)) throw new XmlFormatError(`attribute ${key} twice`);
      }
    }
    const k = this.count;
    this.nameStart[k] = nameStart;
    this.nameEnd[k] = nameEnd;
    this.valueStart[k] = valueStart;
    this.valueEnd[k] = valueEnd;
    this.resolved[k] = resolved;
    this.count += 1;
  }
}

/**
 * Scans `xml` (a whole part, BOM and XML declaration optional) calling the handler in document order.
 * Comments, processing instructions and a DOCTYPE are skipped (no entity of a DOCTYPE is ever expanded).
 */
export function scanXml(xml: string, handler: XmlHandler): void {
  const n = xml.length;
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const names: string[] = [];
  const scopes: Scope[] = [new Map([["xml", XML_NS]])];
  const attrs = new AttributeList();
  const prefixed: [number, number, number, number][] = [];
  attrs.xml = xml;
  const filtersText = "wantsText" in handler;
  let rootSeen = false;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) {
      if (names.length > 0) throw new XmlFormatError("unexpected end");
      if (xml.slice(i).trim() !== "") throw new XmlFormatError("text after the root element");
      break;
    }
    if (lt > i) {
      if (names.length > 0) {
        if (handler.text && (!filtersText || handler.wantsText)) handler.text(textOf(xml.slice(i, lt)));
      } else if (xml.slice(i, lt).trim() !== "") throw new XmlFormatError("text outside the root element");
    }
    const next = xml.charCodeAt(lt + 1);
    if (next === 47 /* / */) {
      const gt = xml.indexOf(">", lt + 2);
      if (gt < 0) throw new XmlFormatError("unterminated end tag");
      const open = names.pop();
      let end = gt;
      while (end > lt + 2 && isSpace(xml.charCodeAt(end - 1))) end--;
      if (open === undefined || end - (lt + 2) !== open.length || !xml.startsWith(open, lt + 2)) {
        throw new XmlFormatError(`</${xml.slice(lt + 2, gt)}> closes <${open ?? ""}>`);
      }
      const scope = scopes[scopes.length - 1];
      const colon = open.indexOf(":");
      if (colon < 0) handler.close(scope.get("") ?? "", open);
      else handler.close(resolve(scope, open.slice(0, colon), false), open.slice(colon + 1));
      scopes.pop();
      i = gt + 1;
      continue;
    }
    if (next === 63 /* ? */) {
      const end = xml.indexOf("?>", lt + 2);
      if (end < 0) throw new XmlFormatError("unterminated processing instruction");
      i = end + 2;
      continue;
    }
    if (next === 33 /* ! */) {
      i = skipDeclaration(xml, lt, names.length, rootSeen, handler, filtersText);
      continue;
    }
    if (names.length === 0 && rootSeen) throw new XmlFormatError("a second root element");
    rootSeen = true;
    // The element's name, then its attributes as offsets into the text, in one list reused for every element: no
    // object per tag (a 50,000-row sheet has over a million), and a value is cut out only when asked for.
    let p = lt + 1;
    while (p < n) {
      const c = xml.charCodeAt(p);
      if (isSpace(c) || c === 62 || c === 47) break;
      p++;
    }
    const qname = xml.slice(lt + 1, p);
    if (qname === "") throw new XmlFormatError("element without a name");
    attrs.count = 0;
    prefixed.length = 0;
    let scope = scopes[scopes.length - 1];
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
      const eq = xml.indexOf("=", p);
      if (eq < 0) throw new XmlFormatError("attribute without a value");
      let nameEnd = eq;
      while (nameEnd > p && isSpace(xml.charCodeAt(nameEnd - 1))) nameEnd--;
      if (nameEnd === p) throw new XmlFormatError("attribute without a name");
      const nameStart = p;
      let q = eq + 1;
      while (q < n && isSpace(xml.charCodeAt(q))) q++;
      const quote = xml.charCodeAt(q);
      if (quote !== 34 && quote !== 39) throw new XmlFormatError("unquoted attribute");
      const close = xml.indexOf(quote === 34 ? '"' : "'", q + 1);
      if (close < 0) throw new XmlFormatError("unterminated attribute");
      const lt2 = xml.indexOf("<", q + 1);
      if (lt2 >= 0 && lt2 < close) throw new XmlFormatError("< in an attribute");
      p = close + 1;
      if (p < n && !isSpace(xml.charCodeAt(p)) && xml.charCodeAt(p) !== 62 && xml.charCodeAt(p) !== 47) throw new XmlFormatError("attributes not separated");
      if (xml.startsWith("xmlns", nameStart) && (nameEnd - nameStart === 5 || xml.charCodeAt(nameStart + 5) === 58)) {
        if (scope === scopes[scopes.length - 1]) scope = new Map(scope);
        const uri = attributeOf(xml.slice(q + 1, close));
        if (uri === XMLNS_NS) throw new XmlFormatError("xmlns namespace bound");
        scope.set(nameEnd - nameStart === 5 ? "" : xml.slice(nameStart + 6, nameEnd), uri);
        continue;
      }
      let colon = nameStart;
      while (colon < nameEnd && xml.charCodeAt(colon) !== 58) colon++;
      if (colon < nameEnd) prefixed.push([nameStart, nameEnd, q + 1, close]);
      else attrs.add(nameStart, nameEnd, q + 1, close, null);
    }
    // Prefixed attributes are resolved once every declaration of the element is known.
    for (const [nameStart, nameEnd, valueStart, valueEnd] of prefixed) {
      const name = xml.slice(nameStart, nameEnd);
      const colon = name.indexOf(":");
      attrs.add(nameStart, nameEnd, valueStart, valueEnd, `{${resolve(scope, name.slice(0, colon), true)}}${name.slice(colon + 1)}`);
    }
    const colon = qname.indexOf(":");
    const ns = colon < 0 ? scope.get("") ?? "" : resolve(scope, qname.slice(0, colon), false);
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    handler.open(ns, local, attrs, selfClosing);
    if (selfClosing) handler.close(ns, local);
    else {
      names.push(qname);
      scopes.push(scope);
    }
    i = p;
  }
  if (names.length > 0) throw new XmlFormatError("unexpected end");
  if (!rootSeen) throw new XmlFormatError("no root element");
}

/** Skips a comment or DOCTYPE, or delivers a CDATA section as text; returns where scanning goes on. */
function skipDeclaration(xml: string, lt: number, depth: number, rootSeen: boolean, handler: XmlHandler, filtersText: boolean): number {
  if (xml.startsWith("<!--", lt)) {
    const end = xml.indexOf("-->", lt + 4);
    if (end < 0) throw new XmlFormatError("unterminated comment");
    return end + 3;
  }
  if (xml.startsWith("<![CDATA[", lt)) {
    const end = xml.indexOf("]]>", lt + 9);
    if (end < 0 || depth === 0) throw new XmlFormatError("bad CDATA section");
    if (handler.text && (!filtersText || handler.wantsText)) handler.text(xml.slice(lt + 9, end).replace(/\r\n?/g, "\n"));
    return end + 3;
  }
  if (xml.startsWith("<!DOCTYPE", lt) && !rootSeen) {
    const bracket = xml.indexOf("[", lt);
    const gt = xml.indexOf(">", lt);
    const end = bracket >= 0 && bracket < gt ? xml.indexOf("]", bracket) : gt;
    const close = end < 0 ? -1 : xml.indexOf(">", end);
    if (close < 0) throw new XmlFormatError("unterminated DOCTYPE");
    return close + 1;
  }
  throw new XmlFormatError("bad markup declaration");
}

/** A part's bytes as text: UTF-8 (with or without its mark), or UTF-16 with its mark. */
export function partText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return bytes.toString("utf8");
}
