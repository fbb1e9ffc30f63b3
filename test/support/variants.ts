// Metamorphic variants of a workbook package: the same workbook as other valid writers would spell it. Every
// XML part is parsed (xmldom) and written again by a serializer of our own that chooses the prefixes, where
// namespaces are declared, the declaration, BOM and line ends; the zip is rewritten stored or with data
// descriptors (JSZip); Strict Open XML renames the namespaces and relationship types; sheet ids are shuffled.
// What a variant must not change: the analysis, and a copy that the linter and two readers accept.
import JSZip from "jszip";
import { DOMParser } from "@xmldom/xmldom";

export interface Variant {
  name: string;
  bytes: Buffer;
}

const XMLNS = "http://www.w3.org/2000/xmlns/";
const XML_NS = "http://www.w3.org/XML/1998/namespace";
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
/** Transitional → Strict namespace names (the package's own OPC namespaces are the same in both). */
const STRICT: Record<string, string> = {
  [MAIN]: "http://purl.oclc.org/ooxml/spreadsheetml/main",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "http://purl.oclc.org/ooxml/officeDocument/relationships",
  "http://schemas.openxmlformats.org/drawingml/2006/main": "http://purl.oclc.org/ooxml/drawingml/main",
  "http://schemas.openxmlformats.org/drawingml/2006/chart": "http://purl.oclc.org/ooxml/drawingml/chart",
  "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing": "http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing",
  "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties": "http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
  "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes": "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes",
};
const REL_TYPES_T = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const REL_TYPES_S = "http://purl.oclc.org/ooxml/officeDocument/relationships/";
/** Attributes whose value is a list of prefixes (markup compatibility) or a QName (xsi:type). */
const PREFIX_LIST_ATTRS = new Set(["Ignorable", "Requires", "ProcessContent", "MustUnderstand"]);

interface WriteOptions {
  /** The prefix for a namespace ("" = default namespace). */
  prefixFor: (ns: string, original: string | null) => string;
  /** Where namespaces are declared: all on the root, or on each element that first uses one. */
  declare: "root" | "use";
  declaration: "keep" | "none";
  bom?: boolean;
  crlf?: boolean;
  /** Namespace renaming (Strict). */
  mapNs?: (ns: string) => string;
  /** Extra declarations and attributes for the root (unused namespaces, mc:Ignorable). */
  rootExtras?: { declare: Record<string, string>; ignorable?: string[] };
}

const escText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
const escAttr = (s: string) => escText(s).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");

/** Writes a parsed part again with the options' spelling of its namespaces. */
function writeXml(doc: Document, o: WriteOptions): string {
  const map = o.mapNs ?? ((ns: string) => ns);
  const root = doc.documentElement as Element;
  // Every namespace of the part, to declare on the root when asked to.
  const used = new Map<string, string>();
  const collect = (el: Element) => {
    if (el.namespaceURI) used.set(map(el.namespaceURI), o.prefixFor(map(el.namespaceURI), el.prefix));
    for (const a of Array.from(el.attributes as unknown as ArrayLike<Attr>)) {
      if (a.namespaceURI && a.namespaceURI !== XMLNS && a.namespaceURI !== XML_NS) used.set(map(a.namespaceURI), attrPrefix(o, map(a.namespaceURI), a.prefix));
      if (a.namespaceURI === XMLNS && a.value) used.set(map(a.value), o.prefixFor(map(a.value), a.localName === "xmlns" ? null : a.localName));
    }
    for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) collect(n as Element);
  };
  collect(root);
  const write = (el: Element, scope: Map<string, string>, isRoot: boolean): string => {
    const local = new Map(scope);
    const decls: string[] = [];
    const need = (ns: string, prefix: string) => {
      if (local.get(prefix) === ns) return;
      local.set(prefix, ns);
      decls.push(prefix ? ` xmlns:${prefix}="${escAttr(ns)}"` : ` xmlns="${escAttr(ns)}"`);
    };
    if (isRoot && o.declare === "root") for (const [ns, p] of used) need(ns, p);
    if (isRoot && o.rootExtras) for (const [p, ns] of Object.entries(o.rootExtras.declare)) need(ns, p);
    const ns = el.namespaceURI ? map(el.namespaceURI) : "";
    const prefix = ns ? o.prefixFor(ns, el.prefix) : "";
    if (ns) need(ns, prefix);
    else if (local.get("")) need("", "");
    const qname = prefix ? `${prefix}:${el.localName}` : (el.localName as string);
    let attrs = "";
    for (const a of Array.from(el.attributes as unknown as ArrayLike<Attr>)) {
      if (a.namespaceURI === XMLNS) {
        // Declarations the source made: kept for the prefixes a prefix-list attribute may name.
        if (a.localName !== "xmlns" && a.value) need(map(a.value), o.prefixFor(map(a.value), a.localName));
        continue;
      }
      let value = a.value;
      if (a.namespaceURI === MC && PREFIX_LIST_ATTRS.has(a.localName as string)) {
        value = value.trim().split(/\s+/).map((p) => {
          const target = el.lookupNamespaceURI(p);
          return target ? o.prefixFor(map(target), p) : p;
        }).join(" ");
      }
      if (a.namespaceURI === XSI && a.localName === "type" && value.includes(":")) {
        const [p, rest] = value.split(":");
        const target = el.lookupNamespaceURI(p);
        if (target) {
          const np = o.prefixFor(map(target), p);
          need(map(target), np);
          value = `${np}:${rest}`;
        }
      }
      if (!a.namespaceURI) attrs += ` ${a.name}="${escAttr(value)}"`;
      else if (a.namespaceURI === XML_NS) attrs += ` xml:${a.localName}="${escAttr(value)}"`;
      else {
        const ans = map(a.namespaceURI);
        const ap = attrPrefix(o, ans, a.prefix);
        need(ans, ap);
        attrs += ` ${ap}:${a.localName}="${escAttr(value)}"`;
      }
    }
    if (isRoot && o.rootExtras?.ignorable && !el.hasAttributeNS(MC, "Ignorable")) {
      need(MC, "mc");
      attrs += ` mc:Ignorable="${o.rootExtras.ignorable.join(" ")}"`;
    }
    // The prefixes mc:Ignorable names must be declared here too.
    const ign = el.getAttributeNS(MC, "Ignorable");
    for (const p of ign ? ign.trim().split(/\s+/) : []) {
      const target = el.lookupNamespaceURI(p);
      if (target) need(map(target), o.prefixFor(map(target), p));
    }
    let body = "";
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 1) body += write(n as Element, local, false);
      else if (n.nodeType === 3 || n.nodeType === 4) body += escText(n.nodeValue ?? "");
      else if (n.nodeType === 8) body += `<!--${n.nodeValue}-->`;
    }
    return body ? `<${qname}${decls.join("")}${attrs}>${body}</${qname}>` : `<${qname}${decls.join("")}${attrs}/>`;
  };
  const nl = o.crlf ? "\r\n" : "\n";
  const head = o.declaration === "keep" ? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${nl}` : "";
  return (o.bom ? "\uFEFF" : "") + head + write(root, new Map([["xml", XML_NS]]), true);
}

/** An attribute in a namespace always needs a prefix (unprefixed attributes are in no namespace). */
function attrPrefix(o: WriteOptions, ns: string, original: string | null): string {
  return o.prefixFor(ns, original) || original || "a0";
}

function parse(text: string): Document {
  return new DOMParser().parseFromString(text.replace(/^\uFEFF/, ""), "text/xml") as unknown as Document;
}

type Transform = (name: string, doc: Document) => string;

async function rewrite(bytes: Buffer, transform: Transform | null, zipOptions: JSZip.JSZipGeneratorOptions<"nodebuffer"> = {}): Promise<Buffer> {
  const src = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const name of Object.keys(src.files)) {
    const f = src.files[name];
    if (f.dir) continue;
    const data = await f.async("nodebuffer");
    if (transform && /\.(xml|rels)$/i.test(name)) out.file(name, transform(name, parse(data.toString("utf8"))));
    else out.file(name, data);
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", ...zipOptions });
}

/** Prefixes as the original has them (a prefix-less namespace stays the default). */
const keepPrefixes = (_ns: string, original: string | null) => original ?? "";

/** ElementTree's way: ns0, ns1… for every namespace, the default one included. */
function elementTreePrefixes(): WriteOptions["prefixFor"] {
  const names = new Map<string, string>();
  return (ns) => {
    if (!names.has(ns)) names.set(ns, `ns${names.size}`);
    return names.get(ns) as string;
  };
}

const sheetIdsReversed: Transform = (name, doc) => {
  if (/workbook\.xml$/i.test(name)) {
    const sheets = Array.from(doc.getElementsByTagNameNS(MAIN, "sheet") as unknown as ArrayLike<Element>);
    const ids = sheets.map((s) => s.getAttribute("sheetId") as string).reverse();
    // Ids taken far from 1..n and in falling order: the list's order is the sheets' order, never the ids'.
    sheets.forEach((s, i) => s.setAttribute("sheetId", String(Number(ids[i]) + 7)));
  }
  return writeXml(doc, { prefixFor: keepPrefixes, declare: "use", declaration: "keep" });
};

const strict: Transform = (name, doc) => {
  for (const rel of Array.from(doc.getElementsByTagName("Relationship") as unknown as ArrayLike<Element>)) {
    const type = rel.getAttribute("Type") ?? "";
    if (type.startsWith(REL_TYPES_T)) rel.setAttribute("Type", REL_TYPES_S + type.slice(REL_TYPES_T.length));
  }
  const root = doc.documentElement as Element;
  if (/workbook\.xml$/i.test(name) && root.namespaceURI === MAIN) root.setAttribute("conformance", "strict");
  return writeXml(doc, { prefixFor: keepPrefixes, declare: "use", declaration: "keep", mapNs: (ns) => STRICT[ns] ?? ns });
};

/** Every variant of a package, each one a change a valid writer may make. */
export async function variantsOf(bytes: Buffer): Promise<Variant[]> {
  const same = (o: Omit<WriteOptions, "declaration"> & { declaration?: WriteOptions["declaration"] }): Transform => (_n, doc) => writeXml(doc, { declaration: "keep", ...o });
  const list: [string, Promise<Buffer>][] = [
    ["main namespace prefixed x:", rewrite(bytes, same({ prefixFor: (ns, p) => (ns === MAIN ? "x" : p ?? ""), declare: "root" }))],
    ["every prefix renamed ns0, ns1… (ElementTree)", rewrite(bytes, (n, d) => writeXml(d, { prefixFor: elementTreePrefixes(), declare: "root", declaration: "keep" }))],
    ["declarations moved onto the elements using them", rewrite(bytes, same({ prefixFor: keepPrefixes, declare: "use" }))],
    ["unused namespaces and mc:Ignorable on every root", rewrite(bytes, same({ prefixFor: keepPrefixes, declare: "root",
      rootExtras: { declare: { x14ac: "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac", xr: "http://schemas.microsoft.com/office/spreadsheetml/2014/revision", unused: "urn:example:unused" }, ignorable: ["x14ac", "xr"] } }))],
    ["BOM and CRLF", rewrite(bytes, same({ prefixFor: keepPrefixes, declare: "root", bom: true, crlf: true }))],
    ["no XML declaration", rewrite(bytes, same({ prefixFor: keepPrefixes, declare: "root", declaration: "none" }))],
    ["stored entries", rewrite(bytes, null, { compression: "STORE" })],
    ["data descriptors", rewrite(bytes, null, { streamFiles: true })],
    ["sheets listed out of id order", rewrite(bytes, sheetIdsReversed)],
    ["Strict Open XML", rewrite(bytes, strict)],
  ];
  return Promise.all(list.map(async ([name, p]) => ({ name, bytes: await p })));
}
