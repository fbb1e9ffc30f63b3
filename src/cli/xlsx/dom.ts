// The parts the copy changes, edited as namespace-aware XML: parsed with @xmldom/xmldom, new elements and
// attributes created in their namespace with the prefix the part already binds to it (any prefix a writer chose:
// "x:" for the main namespace, "ns0:", or none), or one declared where it is needed. Writers differ in where
// they declare namespaces and what they call them; only the namespace names mean anything.
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";

/** xmldom's node types, as far as this code needs them. */
export type XmlDocument = Document;
export type XmlElement = Element;

const ELEMENT_NODE = 1;
/** The xml: prefix is bound by definition and never declared. */
const XML_NS = "http://www.w3.org/XML/1998/namespace";

/** Thrown when a part is not well-formed XML: the caller says "the file is damaged" in the clerk's words. */
export class XmlPartError extends Error {}

export function parseXml(text: string, part = "part"): XmlDocument {
  // A byte-order mark is allowed before the declaration; the parser wants the text without it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const fail = (msg: string) => {
    throw new XmlPartError(`${part}: ${msg}`);
  };
  const doc = new DOMParser({ errorHandler: { warning: () => undefined, error: fail, fatalError: fail } }).parseFromString(body, "text/xml");
  if (!doc.documentElement) throw new XmlPartError(`${part}: no root element`);
  return doc as unknown as XmlDocument;
}

/** The part as text again; the XML declaration is written when the input had none (Excel's own parts have it). */
export function serializeXml(doc: XmlDocument): string {
  const text = new XMLSerializer().serializeToString(doc as unknown as Node);
  return text.startsWith("<?xml") ? text : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`;
}

/** Element children of a node, in order. */
export function childElements(parent: XmlElement | XmlDocument): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === ELEMENT_NODE) out.push(n as XmlElement);
  return out;
}

/** The children of `parent` named `localName` in `ns` (whatever their prefix). */
export function children(parent: XmlElement, ns: string, localName: string): XmlElement[] {
  return childElements(parent).filter((e) => e.namespaceURI === ns && e.localName === localName);
}

export function child(parent: XmlElement, ns: string, localName: string): XmlElement | null {
  return children(parent, ns, localName)[0] ?? null;
}

/** Every element named `localName` in `ns` under `root`, in document order. */
export function descendants(root: XmlElement | XmlDocument, ns: string, localName: string): XmlElement[] {
  return Array.from(root.getElementsByTagNameNS(ns, localName) as unknown as ArrayLike<XmlElement>);
}

/** The prefix `ns` is bound to at `at` ("" when it is the default namespace), or null when it is not bound. */
function prefixInScope(at: XmlElement, ns: string): string | null {
  if (at.lookupNamespaceURI(null) === ns || at.lookupNamespaceURI("") === ns) return "";
  const p = at.lookupPrefix(ns);
  return p ? p : null;
}

/** A qualified name for a new node in `ns` under `at`: the prefix in scope, else `preferred` if free there. */
function qualified(at: XmlElement, ns: string, localName: string, preferred: string, forAttribute: boolean): string {
  const bound = prefixInScope(at, ns);
  // An attribute without a prefix is in no namespace, so a namespaced one always needs a prefix.
  if (bound !== null && (bound !== "" || !forAttribute)) return bound ? `${bound}:${localName}` : localName;
  let prefix = preferred;
  for (let n = 2; at.lookupNamespaceURI(prefix) !== null; n++) prefix = `${preferred}${n}`;
  // The serializer declares the prefix on the node that first uses it.
  return `${prefix}:${localName}`;
}

/** A new element in `ns`, named with the prefix that namespace has where it will be placed. */
export function createIn(parent: XmlElement, ns: string, localName: string, preferred = "x"): XmlElement {
  const doc = parent.ownerDocument as XmlDocument;
  return doc.createElementNS(ns, qualified(parent, ns, localName, preferred, false));
}

/** Sets a namespaced attribute (r:id), with the prefix in scope on the element or a declared one. */
export function setAttrNs(el: XmlElement, ns: string, localName: string, value: string, preferred = "r"): void {
  const existing = Array.from(el.attributes as unknown as ArrayLike<Attr>).find((a) => a.namespaceURI === ns && a.localName === localName);
  if (existing) {
    existing.value = value;
    return;
  }
  if (ns === XML_NS) {
    el.setAttributeNS(ns, `xml:${localName}`, value);
    return;
  }
  const name = qualified(el, ns, localName, preferred, true);
  el.setAttributeNS(ns, name, value);
  // Declare it on the element itself when it is new here: a declaration never hurts, a missing one breaks the part.
  const prefix = name.slice(0, name.indexOf(":"));
  if (el.lookupNamespaceURI(prefix) !== ns) el.setAttributeNS("http://www.w3.org/2000/xmlns/", `xmlns:${prefix}`, ns);
}

/** The value of a namespaced attribute, whatever its prefix; null when absent. */
export function attrNs(el: XmlElement, ns: string, localName: string): string | null {
  return el.hasAttributeNS(ns, localName) ? el.getAttributeNS(ns, localName) : null;
}

/**
 * Inserts `node` into `parent` where a schema with a fixed child order puts it: before the first child whose
 * local name comes later in `order`, else at the end.
 */
export function insertInOrder(parent: XmlElement, node: XmlElement, order: readonly string[]): void {
  const rank = order.indexOf(node.localName as string);
  const later = childElements(parent).find((c) => c.namespaceURI === node.namespaceURI && order.indexOf(c.localName as string) > rank);
  parent.insertBefore(node, later ?? null);
}

/**
 * Copies a fragment written in `ns` (as the default namespace, the way the generators write it) under
 * `parent`, renaming every element of `ns` to the prefix in scope there. Returns the copy of `fragment`.
 */
export function graft(parent: XmlElement, fragment: XmlElement, before: XmlElement | null = null): XmlElement {
  const copy = rebuild(parent, fragment);
  // Built at the end of `parent` (so that its children find the prefixes in scope), then moved into place.
  parent.removeChild(copy);
  parent.insertBefore(copy, before);
  return copy;
}

function rebuild(parent: XmlElement, src: XmlElement): XmlElement {
  const ns = src.namespaceURI ?? "";
  const el = createIn(parent, ns, src.localName as string, src.prefix || "x");
  // Placed first so that its children find the prefixes in scope.
  parent.appendChild(el);
  for (const a of Array.from(src.attributes as unknown as ArrayLike<Attr>)) {
    if (a.name === "xmlns" || a.prefix === "xmlns") continue;
    if (a.namespaceURI) setAttrNs(el, a.namespaceURI, a.localName as string, a.value, a.prefix || "r");
    else el.setAttribute(a.name, a.value);
  }
  for (let n = src.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === ELEMENT_NODE) rebuild(el, n as XmlElement);
    else el.appendChild((el.ownerDocument as XmlDocument).importNode(n, true));
  }
  return el;
}

/** A fragment of text written with `ns` as its default namespace, parsed (for graft). */
export function fragment(xml: string, ns: string, declarations: Record<string, string> = {}): XmlElement {
  const extra = Object.entries(declarations).map(([p, uri]) => ` xmlns:${p}="${uri}"`).join("");
  const doc = parseXml(`<fragment xmlns="${ns}"${extra}>${xml}</fragment>`, "fragment");
  return childElements(doc.documentElement as XmlElement)[0];
}

/** Every element of a fragment of several siblings, parsed (for graft). */
export function fragments(xml: string, ns: string, declarations: Record<string, string> = {}): XmlElement[] {
  const extra = Object.entries(declarations).map(([p, uri]) => ` xmlns:${p}="${uri}"`).join("");
  const doc = parseXml(`<fragment xmlns="${ns}"${extra}>${xml}</fragment>`, "fragment");
  return childElements(doc.documentElement as XmlElement);
}
