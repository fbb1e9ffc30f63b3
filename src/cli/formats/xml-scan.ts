// A namespace-aware, streaming (SAX-style) scan of one XML part: elements arrive as (namespace URI, local
// name, attributes) whatever prefixes the writer chose (`<x:c>`, `<ns0:c>`, a default namespace, declarations
// on the root or on any element), text arrives decoded (entities, character references, CDATA, line ends
// normalised as XML requires). Nothing is built but what the handler keeps, so a sheet of 50,000 rows costs
// its cells, not a document tree. A part that is not well-formed (a tag left open or closed out of order, an
// undeclared prefix, an unknown entity) throws XmlFormatError: the caller falls back or tells the clerk.

export class XmlFormatError extends Error {}

/** Attributes of one element: un-namespaced ones by local name, namespaced ones as "{uri}local". */
export type XmlAttributes = Record<string, string>;

export interface XmlHandler {
  open(ns: string, local: string, attrs: XmlAttributes): void;
  close(ns: string, local: string): void;
  /** Text between tags, decoded. Whitespace-only text between elements is delivered too. */
  text?(text: string): void;
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
  return decodeEntities(/[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, " ") : raw);
}

const WHITESPACE = /\s/;

/** Namespace scopes: a new one only where an element declares something (most elements share their parent's). */
type Scope = Map<string, string>;

function resolve(scope: Scope, prefix: string, isAttribute: boolean): string {
  if (prefix === "") return isAttribute ? "" : scope.get("") ?? "";
  if (prefix === "xml") return XML_NS;
  const uri = scope.get(prefix);
  if (uri === undefined || uri === "") throw new XmlFormatError(`undeclared prefix ${prefix}`);
  return uri;
}

const splitName = (qname: string): [string, string] => {
  const colon = qname.indexOf(":");
  return colon < 0 ? ["", qname] : [qname.slice(0, colon), qname.slice(colon + 1)];
};

/** Raw attributes of a start tag's inside ("a='1' r:id=\"x\""), in order. */
function rawAttributes(tag: string, from: number, to: number): [string, string][] {
  const out: [string, string][] = [];
  let i = from;
  while (i < to) {
    const c = tag.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
      continue;
    }
    const eq = tag.indexOf("=", i);
    if (eq < 0 || eq >= to) throw new XmlFormatError("attribute without a value");
    const name = tag.slice(i, eq).trim();
    let q = eq + 1;
    while (q < to && WHITESPACE.test(tag[q])) q++;
    const quote = tag[q];
    if (quote !== '"' && quote !== "'") throw new XmlFormatError(`unquoted attribute ${name}`);
    const close = tag.indexOf(quote, q + 1);
    if (close < 0 || close >= to) throw new XmlFormatError(`unterminated attribute ${name}`);
    const value = tag.slice(q + 1, close);
    if (value.indexOf("<") >= 0) throw new XmlFormatError(`< in attribute ${name}`);
    out.push([name, value]);
    i = close + 1;
    if (i < to && !WHITESPACE.test(tag[i])) throw new XmlFormatError("attributes not separated");
  }
  return out;
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
  const onText = handler.text?.bind(handler);
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
        if (onText) onText(textOf(xml.slice(i, lt)));
      } else if (xml.slice(i, lt).trim() !== "") throw new XmlFormatError("text outside the root element");
    }
    const next = xml.charCodeAt(lt + 1);
    if (next === 47 /* / */) {
      const gt = xml.indexOf(">", lt + 2);
      if (gt < 0) throw new XmlFormatError("unterminated end tag");
      const qname = xml.slice(lt + 2, gt).trim();
      const open = names.pop();
      if (open !== qname) throw new XmlFormatError(`</${qname}> closes <${open ?? ""}>`);
      const scope = scopes[scopes.length - 1];
      const [prefix, local] = splitName(qname);
      handler.close(resolve(scope, prefix, false), local);
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
      if (xml.startsWith("<!--", lt)) {
        const end = xml.indexOf("-->", lt + 4);
        if (end < 0) throw new XmlFormatError("unterminated comment");
        i = end + 3;
      } else if (xml.startsWith("<![CDATA[", lt)) {
        const end = xml.indexOf("]]>", lt + 9);
        if (end < 0 || names.length === 0) throw new XmlFormatError("bad CDATA section");
        if (onText) onText(xml.slice(lt + 9, end).replace(/\r\n?/g, "\n"));
        i = end + 3;
      } else if (xml.startsWith("<!DOCTYPE", lt) && !rootSeen) {
        const bracket = xml.indexOf("[", lt);
        const gt = xml.indexOf(">", lt);
        const end = bracket >= 0 && bracket < gt ? xml.indexOf("]", bracket) : gt;
        const close = end < 0 ? -1 : xml.indexOf(">", end);
        if (close < 0) throw new XmlFormatError("unterminated DOCTYPE");
        i = close + 1;
      } else throw new XmlFormatError("bad markup declaration");
      continue;
    }
    // A start tag: find its end outside quoted attribute values.
    let gt = lt + 1;
    let quote = 0;
    for (; gt < n; gt++) {
      const c = xml.charCodeAt(gt);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c;
      else if (c === 62 /* > */) break;
    }
    if (gt >= n) throw new XmlFormatError("unterminated start tag");
    if (names.length === 0 && rootSeen) throw new XmlFormatError("a second root element");
    rootSeen = true;
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const bodyEnd = selfClosing ? gt - 1 : gt;
    let nameEnd = lt + 1;
    while (nameEnd < bodyEnd && !WHITESPACE.test(xml[nameEnd])) nameEnd++;
    const qname = xml.slice(lt + 1, nameEnd);
    if (qname === "") throw new XmlFormatError("element without a name");
    const raw = nameEnd < bodyEnd ? rawAttributes(xml, nameEnd, bodyEnd) : [];
    let scope = scopes[scopes.length - 1];
    for (const [name, value] of raw) {
      if (name === "xmlns" || name.startsWith("xmlns:")) {
        if (scope === scopes[scopes.length - 1]) scope = new Map(scope);
        const uri = attributeOf(value);
        if (uri === XMLNS_NS) throw new XmlFormatError("xmlns namespace bound");
        scope.set(name === "xmlns" ? "" : name.slice(6), uri);
      }
    }
    const attrs: XmlAttributes = {};
    for (const [name, value] of raw) {
      if (name === "xmlns" || name.startsWith("xmlns:")) continue;
      const [prefix, local] = splitName(name);
      const key = prefix === "" ? local : `{${resolve(scope, prefix, true)}}${local}`;
      if (key in attrs) throw new XmlFormatError(`attribute ${name} twice`);
      attrs[key] = attributeOf(value);
    }
    const [prefix, local] = splitName(qname);
    const ns = resolve(scope, prefix, false);
    handler.open(ns, local, attrs);
    if (selfClosing) handler.close(ns, local);
    else {
      names.push(qname);
      scopes.push(scope);
    }
    i = gt + 1;
  }
  if (names.length > 0) throw new XmlFormatError("unexpected end");
  if (!rootSeen) throw new XmlFormatError("no root element");
}

/** A part's bytes as text: UTF-8 (with or without its mark), or UTF-16 with its mark. */
export function partText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return bytes.toString("utf8");
}
