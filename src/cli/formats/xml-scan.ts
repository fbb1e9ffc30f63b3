// A namespace-aware, streaming (SAX-style) scan of one XML part: elements arrive as (namespace URI, local
// name, attributes) whatever prefixes the writer chose (`<x:c>`, `<ns0:c>`, a default namespace, declarations
// on the root or on any element), text arrives decoded (entities, character references, CDATA, line ends
// normalised as XML requires). Nothing is built but what the handler keeps, so a sheet of 50,000 rows costs
// its cells, not a document tree. A part that is not well-formed (a tag left open or closed out of order, an
// undeclared prefix, an unknown entity) throws XmlFormatError: the caller falls back or tells the clerk.
//
// Why it is written as one loop over character codes: a sheet part is millions of tags, and every string cut
// out per tag (a name, a key, a value nobody reads) and every regular expression costs its time twice (made,
// then collected). Names come from a table (xml-names), attributes are positions (xml-attributes), and text
// is cut out only while the handler wants it.
import type { XmlAttributes } from "./xml-attributes";
import { hashStep, NameTable, XML_NS, type Scope } from "./xml-names";
import { StartTag } from "./xml-start-tag";
import { textOf, XmlFormatError } from "./xml-text";

export { XmlFormatError, type XmlAttributes };

export interface XmlHandler {
  /** `selfClosing`: the element is written `<e/>` (it has no content; close follows at once). */
  open(ns: string, local: string, attrs: XmlAttributes, selfClosing: boolean): void;
  close(ns: string, local: string): void;
  /** Text between tags, decoded; called only while `wantsText` is true (when the handler has the field). */
  text?(text: string): void;
  /**
   * When the handler has it, text that needs no decoding (no reference, no carriage return) arrives here
   * instead, as where it lies in the part: a reader that parses a number there makes no string for it.
   */
  rawText?(start: number, end: number): void;
  wantsText?: boolean;
  /**
   * When the handler sets it (it is read after each element opens or closes), `readAhead` is called with where
   * the scan stands, the prefix of that element and the scope there; it may read on by itself and returns where
   * the scan goes on. What it reads must be whole elements that declare nothing (the scan's depth is unchanged).
   */
  takeOver?: boolean;
  readAhead?(at: number, prefix: string, scope: Scope): number;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

/**
 * Scans `xml` (a whole part, BOM and XML declaration optional) calling the handler in document order.
 * Comments, processing instructions and a DOCTYPE are skipped (no entity of a DOCTYPE is ever expanded).
 */
export function scanXml(xml: string, handler: XmlHandler): void {
  const n = xml.length;
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  // The open elements: their name, namespace, local name and scope, by depth (the strings, not their slot in the
  // name table: another name may take that slot while the element is open).
  const openName: string[] = [];
  const openNs: string[] = [];
  const openLocal: string[] = [];
  const scopes: Scope[] = [new Map([["xml", XML_NS]])];
  let depth = 0;
  const elements = new NameTable(xml, false);
  const tag = new StartTag(xml);
  const attrs = tag.attrs;
  const filtersText = "wantsText" in handler;
  let rootSeen = false;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) {
      if (depth > 0) throw new XmlFormatError("unexpected end");
      if (xml.slice(i).trim() !== "") throw new XmlFormatError("text after the root element");
      break;
    }
    if (lt > i) {
      if (depth > 0) {
        if (handler.text && (!filtersText || handler.wantsText)) {
          if (handler.rawText && isRaw(xml, i, lt)) handler.rawText(i, lt);
          else handler.text(textOf(xml.slice(i, lt)));
        }
      } else if (xml.slice(i, lt).trim() !== "") throw new XmlFormatError("text outside the root element");
    }
    const next = xml.charCodeAt(lt + 1);
    if (next === 47 /* / */) {
      // The common end tag, "</name>" for the element open: matched in place, no search for its ">".
      if (depth > 0) {
        const open = openName[depth - 1];
        if (xml.charCodeAt(lt + 2 + open.length) === 62 && sameText(xml, lt + 2, open)) {
          depth--;
          handler.close(openNs[depth], openLocal[depth]);
          i = lt + 3 + open.length;
          if (handler.takeOver === true) i = handler.readAhead!(i, prefixOf(open), scopes[depth]);
          continue;
        }
      }
      const gt = xml.indexOf(">", lt + 2);
      if (gt < 0) throw new XmlFormatError("unterminated end tag");
      let end = gt;
      while (end > lt + 2 && isSpace(xml.charCodeAt(end - 1))) end--;
      const open = depth > 0 ? openName[depth - 1] : undefined;
      if (open === undefined || end - (lt + 2) !== open.length || !sameText(xml, lt + 2, open)) {
        throw new XmlFormatError(`</${xml.slice(lt + 2, gt)}> closes <${open ?? ""}>`);
      }
      depth--;
      handler.close(openNs[depth], openLocal[depth]);
      i = gt + 1;
      if (handler.takeOver === true) i = handler.readAhead!(i, prefixOf(open), scopes[depth]);
      continue;
    }
    if (next === 63 /* ? */) {
      const end = xml.indexOf("?>", lt + 2);
      if (end < 0) throw new XmlFormatError("unterminated processing instruction");
      i = end + 2;
      continue;
    }
    if (next === 33 /* ! */) {
      i = skipDeclaration(xml, lt, depth, rootSeen, handler, filtersText);
      continue;
    }
    if (depth === 0 && rootSeen) throw new XmlFormatError("a second root element");
    rootSeen = true;
    // The element's name, hashed on the way to find it in the name table.
    let p = lt + 1;
    let hash = 0;
    while (p < n) {
      const c = xml.charCodeAt(p);
      if (c === 32 || c === 62 || c === 47 || c === 10 || c === 9 || c === 13) break;
      hash = hashStep(hash, c);
      p++;
    }
    if (p === lt + 1) throw new XmlFormatError("element without a name");
    const slot = elements.slot(lt + 1, p, hash);
    p = tag.read(p, scopes[depth]);
    const scope = tag.scope;
    const selfClosing = tag.selfClosing;
    const ns = elements.resolve(slot, scope);
    const local = elements.local[slot];
    handler.open(ns, local, attrs, selfClosing);
    if (selfClosing) {
      handler.close(ns, local);
      if (handler.takeOver === true) p = handler.readAhead!(p, elements.prefix[slot], scopes[depth]);
    } else {
      openName[depth] = elements.qname[slot]!;
      openNs[depth] = ns;
      openLocal[depth] = local;
      depth++;
      scopes[depth] = scope;
      if (handler.takeOver === true) p = handler.readAhead!(p, elements.prefix[slot], scope);
    }
    i = p;
  }
  if (depth > 0) throw new XmlFormatError("unexpected end");
  if (!rootSeen) throw new XmlFormatError("no root element");
}

/** A qualified name's prefix ("" when none). */
function prefixOf(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? "" : qname.slice(0, colon);
}

/** Whether text needs no decoding: no reference and no carriage return in it. */
function isRaw(xml: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = xml.charCodeAt(k);
    if (c === 38 || c === 13) return false;
  }
  return true;
}

/** Whether `xml` holds `text` at `at`, compared in place. */
function sameText(xml: string, at: number, text: string): boolean {
  for (let k = 0; k < text.length; k++) if (xml.charCodeAt(at + k) !== text.charCodeAt(k)) return false;
  return true;
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
