// A package linter of our own: what Excel asks of an .xlsx before it opens it without "repairing" it, checked on
// the parts with a reader we did not write (JSZip for the zip, xmldom for the XML, each prefix resolved by hand
// because xmldom forgives an undeclared one). Every output the suite writes goes through it; a broken rule
// names the rule and the part.
import JSZip from "jszip";
import * as fs from "fs";
import { DOMParser } from "@xmldom/xmldom";
import { SaxesParser } from "saxes";
import { definedNameProblems, rangeProblems, sheetNameProblems, tableNameProblems } from "./workbook-rules";

export interface LintProblem {
  rule: string;
  part: string;
  detail: string;
}

export interface LintOptions {
  /** The largest part, uncompressed (a copy made of a small input never needs more). */
  maxPartBytes?: number;
}

const PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const MAIN = ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"];
const REL_NS = ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"];
const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const XMLNS = "http://www.w3.org/2000/xmlns/";

type El = Element;

function uriDecoded(uri: string): string {
  try {
    return decodeURI(uri);
  } catch {
    return uri;
  }
}

function elements(root: Document | El): El[] {
  return Array.from(root.getElementsByTagName("*") as unknown as ArrayLike<El>);
}

function resolve(source: string, target: string): string {
  const out = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const seg of target.replace(/^\//, "").split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

/** Parses one part; the problems of well-formedness and namespaces go to `problems`. */
function parsePart(part: string, text: string, problems: LintProblem[]): Document | null {
  const errors: string[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const doc = new DOMParser({ errorHandler: { warning: (m: string) => errors.push(m), error: (m: string) => errors.push(m), fatalError: (m: string) => errors.push(m) } })
    .parseFromString(body, "text/xml") as unknown as Document;
  if (errors.length > 0 || !doc?.documentElement) {
    problems.push({ rule: "xml-well-formed", part, detail: errors[0] ?? "no root element" });
    return null;
  }
  for (const el of [doc.documentElement as El, ...elements(doc)]) {
    if (el.prefix && !el.namespaceURI) problems.push({ rule: "xml-namespace-declared", part, detail: `<${el.tagName}>: prefix "${el.prefix}" is not declared` });
    const names = new Set<string>();
    for (const a of Array.from(el.attributes as unknown as ArrayLike<Attr>)) {
      if (a.prefix && a.prefix !== "xmlns" && a.prefix !== "xml" && !a.namespaceURI) {
        problems.push({ rule: "xml-namespace-declared", part, detail: `<${el.tagName} ${a.name}>: prefix "${a.prefix}" is not declared` });
      }
      // The same attribute twice, once through each of two prefixes bound to one namespace, is not well-formed.
      const key = a.namespaceURI && a.namespaceURI !== XMLNS ? `{${a.namespaceURI}}${a.localName}` : a.name;
      if (names.has(key)) problems.push({ rule: "xml-well-formed", part, detail: `<${el.tagName}>: attribute ${a.name} twice` });
      names.add(key);
    }
    // Excel refuses a part whose mc:Ignorable names a prefix not declared where it is used.
    const ignorable = el.getAttributeNS(MC_NS, "Ignorable");
    for (const p of ignorable ? ignorable.trim().split(/\s+/) : []) {
      if (!el.lookupNamespaceURI(p)) problems.push({ rule: "mc-ignorable-declared", part, detail: `mc:Ignorable names "${p}", not declared` });
    }
  }
  return doc;
}

/** Parts larger than this are checked by the streaming parser only (a DOM of a 50,000-row sheet takes gigabytes). */
const DOM_LIMIT = 8 * 2 ** 20;

/**
 * Well-formedness and namespaces with a strict streaming parser (saxes): an unbound prefix, an unclosed tag, a
 * duplicate attribute. Returns false when the part is broken.
 */
function streamCheck(part: string, text: string, problems: LintProblem[]): boolean {
  const parser = new SaxesParser({ xmlns: true });
  let first: string | null = null;
  parser.on("error", (e: Error) => void (first ??= e.message));
  try {
    parser.write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).close();
  } catch (e) {
    first ??= String(e);
  }
  if (first === null) return true;
  problems.push({ rule: /unbound namespace prefix/.test(first) ? "xml-namespace-declared" : "xml-well-formed", part, detail: first });
  return false;
}

export async function lintPackage(bytes: Buffer | Uint8Array, options: LintOptions = {}): Promise<LintProblem[]> {
  const problems: LintProblem[] = [];
  const maxBytes = options.maxPartBytes ?? 32 * 2 ** 20;
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    return [{ rule: "zip-readable", part: "(package)", detail: String(e) }];
  }
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const byLower = new Map<string, string>();
  for (const n of names) {
    const lower = n.toLowerCase();
    if (byLower.has(lower)) problems.push({ rule: "part-name-unique", part: n, detail: `same name as ${byLower.get(lower)}` });
    byLower.set(lower, n);
  }
  const texts = new Map<string, string>();
  const docs = new Map<string, Document>();
  for (const n of names) {
    const data = await zip.files[n].async("nodebuffer");
    if (data.length > maxBytes) problems.push({ rule: "part-size", part: n, detail: `${data.length} bytes, over ${maxBytes}` });
    if (!/\.(xml|rels|vml)$/i.test(n) && n !== "[Content_Types].xml") continue;
    const text = data.toString("utf8");
    if (!streamCheck(n, text, problems) || data.length > DOM_LIMIT) continue;
    texts.set(n, text);
    const doc = parsePart(n, text, problems);
    if (doc) docs.set(n, doc);
  }
  const partOf = (name: string) => byLower.get(name.toLowerCase());

  // Content types: every part has one.
  const types = docs.get("[Content_Types].xml");
  if (!types) problems.push({ rule: "content-types", part: "[Content_Types].xml", detail: "missing or unreadable" });
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const el of types ? elements(types) : []) {
    if (el.namespaceURI !== CT_NS) continue;
    if (el.localName === "Default") defaults.set((el.getAttribute("Extension") ?? "").toLowerCase(), el.getAttribute("ContentType") ?? "");
    if (el.localName === "Override") {
      // A part name is a URI (OPC): "/xl/worksheets/sheet%201.xml" names the part "sheet 1.xml".
      const name = uriDecoded(el.getAttribute("PartName") ?? "").toLowerCase();
      if (overrides.has(name)) problems.push({ rule: "content-types", part: "[Content_Types].xml", detail: `two overrides for ${name}` });
      overrides.set(name, el.getAttribute("ContentType") ?? "");
      if (!partOf(name.replace(/^\//, ""))) problems.push({ rule: "content-types", part: "[Content_Types].xml", detail: `override for missing part ${name}` });
    }
  }
  const contentType = (n: string) => overrides.get(`/${n}`.toLowerCase()) ?? defaults.get(n.slice(n.lastIndexOf(".") + 1).toLowerCase());
  for (const n of names) {
    if (n !== "[Content_Types].xml" && !contentType(n)) problems.push({ rule: "content-type-present", part: n, detail: "no Default or Override gives it a content type" });
  }

  // Relationships: unique ids, internal targets that exist.
  for (const [n, doc] of docs) {
    if (!/\.rels$/i.test(n)) continue;
    const source = /^_rels\/\.rels$/i.test(n) ? "" : n.replace(/_rels\/([^/]+)\.rels$/i, "$1");
    if (source && !partOf(source)) problems.push({ rule: "rels-source-exists", part: n, detail: `no part ${source}` });
    const ids = new Set<string>();
    for (const rel of elements(doc).filter((e) => e.localName === "Relationship" && e.namespaceURI === PKG_RELS)) {
      const id = rel.getAttribute("Id") ?? "";
      if (ids.has(id.toLowerCase())) problems.push({ rule: "rels-id-unique", part: n, detail: `Id ${id} twice` });
      ids.add(id.toLowerCase());
      if (rel.getAttribute("TargetMode") === "External") continue;
      let target = rel.getAttribute("Target") ?? "";
      try {
        target = decodeURI(target);
      } catch {
        /* a target that is not percent-encoded stays as written */
      }
      if (!partOf(resolve(source, target))) problems.push({ rule: "rels-target-exists", part: n, detail: `${id} points at missing ${resolve(source, target)}` });
    }
  }

  // The workbook: sheets, defined names, tables.
  const mainRel = docs.get("_rels/.rels");
  const officeDoc = mainRel ? elements(mainRel).find((e) => /\/officeDocument$/.test(e.getAttribute("Type") ?? "")) : undefined;
  const workbookName = officeDoc ? partOf(resolve("", officeDoc.getAttribute("Target") ?? "")) : undefined;
  const workbook = workbookName ? docs.get(workbookName) : undefined;
  if (!workbook || !workbookName) {
    problems.push({ rule: "workbook-present", part: workbookName ?? "_rels/.rels", detail: "no readable workbook part" });
    return problems;
  }
  const wbRoot = workbook.documentElement as El;
  if (!MAIN.includes(wbRoot.namespaceURI ?? "")) problems.push({ rule: "workbook-namespace", part: workbookName, detail: `root in ${wbRoot.namespaceURI}` });
  const spelling = MAIN.indexOf(wbRoot.namespaceURI ?? "");
  const sheetEls = elements(workbook).filter((e) => e.localName === "sheet" && e.namespaceURI === wbRoot.namespaceURI);
  const sheetIds = new Set<string>();
  const sheetNameList = sheetEls.map((s) => s.getAttribute("name") ?? "");
  // Excel's workbook-level rules (workbook-rules.ts), shared with the mock's linter.
  for (const p of sheetNameProblems(sheetNameList)) problems.push({ rule: p.rule, part: workbookName, detail: p.detail });
  for (const s of sheetEls) {
    const name = s.getAttribute("name") ?? "";
    const id = s.getAttribute("sheetId") ?? "";
    if (sheetIds.has(id)) problems.push({ rule: "sheet-id-unique", part: workbookName, detail: `sheetId ${id} twice` });
    sheetIds.add(id);
    if (!REL_NS.some((ns) => s.hasAttributeNS(ns, "id"))) problems.push({ rule: "sheet-rel-id", part: workbookName, detail: `sheet "${name}" has no r:id in the relationships namespace` });
  }
  const definedNames = elements(workbook).filter((e) => e.localName === "definedName" && e.namespaceURI === wbRoot.namespaceURI)
    .map((d) => ({ name: d.getAttribute("name") ?? "", formula: d.textContent ?? "", localSheetId: d.hasAttribute("localSheetId") ? d.getAttribute("localSheetId") : null }));
  for (const p of definedNameProblems(definedNames, sheetNameList)) problems.push({ rule: p.rule, part: workbookName, detail: p.detail });
  const tableParts: string[] = [];
  const tableIds = new Set<string>();
  for (const [n, doc] of docs) {
    if (!/spreadsheetml\.table\+xml$/.test(contentType(n) ?? "")) continue;
    const root = doc.documentElement as El;
    const id = root.getAttribute("id") ?? "";
    if (tableIds.has(id)) problems.push({ rule: "table-id-unique", part: n, detail: `id ${id} twice in the workbook` });
    tableIds.add(id);
    tableParts.push(n);
    for (const p of rangeProblems("table", root.getAttribute("ref") ?? "")) problems.push({ rule: p.rule, part: n, detail: p.detail });
  }
  // Formulas name a table by its displayName: that is the one Excel holds to the naming rules.
  const tableNames = tableParts.map((n) => {
    const root = docs.get(n)!.documentElement as El;
    return root.getAttribute("displayName") ?? root.getAttribute("name") ?? "";
  });
  const workbookLevel = definedNames.filter((d) => d.localSheetId === null).map((d) => d.name);
  for (const p of tableNameProblems(tableNames, workbookLevel)) problems.push({ rule: p.rule, part: tableParts[p.at], detail: p.detail });
  // Conditional formats keep to their sheet's grid; a chart's data names sheets that exist.
  for (const [n, doc] of docs) {
    const ct = contentType(n) ?? "";
    if (/spreadsheetml\.worksheet\+xml$/.test(ct)) {
      for (const cf of elements(doc).filter((e) => e.localName === "conditionalFormatting" && MAIN.includes(e.namespaceURI ?? ""))) {
        for (const p of rangeProblems("conditional format", cf.getAttribute("sqref") ?? "")) problems.push({ rule: p.rule, part: n, detail: p.detail });
      }
    }
    if (/drawingml\.chart\+xml$/.test(ct)) {
      for (const f of elements(doc).filter((e) => e.localName === "f")) {
        for (const p of rangeProblems("chart data", f.textContent ?? "", { sheets: sheetNameList })) problems.push({ rule: p.rule, part: n, detail: p.detail });
      }
    }
  }

  // One spelling: a Strict workbook's parts are Strict, a Transitional one's Transitional.
  for (const [n, doc] of docs) {
    const ns = (doc.documentElement as El).namespaceURI ?? "";
    const other = MAIN[1 - spelling];
    if (spelling >= 0 && ns === other) problems.push({ rule: "one-spelling", part: n, detail: `root in ${ns}, the workbook in ${MAIN[spelling]}` });
    if (MAIN.includes(ns)) {
      for (const col of elements(doc).filter((e) => e.localName === "col" && e.hasAttribute("level"))) {
        problems.push({ rule: "schema-attribute", part: n, detail: `<col min="${col.getAttribute("min")}"> has level, which the schema does not have` });
        break;
      }
      if (/<(?:\w+:)?v>(NaN|-?Infinity)</.test(texts.get(n) ?? "")) problems.push({ rule: "finite-values", part: n, detail: "a NaN or Infinity value" });
    }
  }
  return problems;
}

/** Throws with every broken rule and its part; returns quietly for a valid package. */
export async function expectValidPackage(bytesOrFile: Buffer | Uint8Array | string, options?: LintOptions): Promise<void> {
  const bytes = typeof bytesOrFile === "string" ? fs.readFileSync(bytesOrFile) : bytesOrFile;
  const problems = await lintPackage(bytes, options);
  if (problems.length > 0) {
    const where = typeof bytesOrFile === "string" ? `${bytesOrFile}: ` : "";
    throw new Error(`${where}package lint failed:\n${problems.slice(0, 20).map((p) => `  [${p.rule}] ${p.part}: ${p.detail}`).join("\n")}`);
  }
}

/**
 * The copy's problems that its inputs do not already have (same rule, same part): a copy keeps the clerk's parts
 * as they are, so a sheet that was damaged or huge in the input is not the copy's doing. Throws naming them.
 */
export async function expectNoNewProblems(output: string, inputs: string[], options?: LintOptions): Promise<void> {
  const inherited = new Set<string>();
  for (const input of inputs) {
    for (const p of await lintPackage(fs.readFileSync(input), options)) inherited.add(`${p.rule} ${p.part}`);
  }
  const problems = (await lintPackage(fs.readFileSync(output), options)).filter((p) => !inherited.has(`${p.rule} ${p.part}`));
  if (problems.length > 0) {
    throw new Error(`${output}: package lint failed:\n${problems.slice(0, 20).map((p) => `  [${p.rule}] ${p.part}: ${p.detail}`).join("\n")}`);
  }
}
