// An OPC package (the zip inside .xlsx/.xlsm) opened for ADDITIONS: parts are read on demand, the parts we
// change or add are kept aside, and every other part goes back into the zip exactly as it came (its original
// compressed bytes, see zip.ts). Relationships and content types are edited as namespace-aware XML.
import { childElements, createIn, parseXml, serializeXml, type XmlElement } from "./dom";
import { CONTENT_TYPES_NS, isRelType, PACKAGE_RELS_NS, type RelKind } from "./namespaces";
import { entryBytes, readZip, streamedEntry, writeZip, type EntryToWrite, type ZipEntry } from "./zip";
import { resolvePartName } from "../formats/package-parts";

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export const REL_TYPE = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
} as const;

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  rels: "application/vnd.openxmlformats-package.relationships+xml",
} as const;

const RELS_NS = PACKAGE_RELS_NS;

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against its source part ("../drawings/d1.xml" from xl/worksheets/s.xml). */
export function resolveTarget(sourcePart: string, target: string): string {
  // The reader's own resolution (URI-decoded: a part named with a space is written %20), so both find one part.
  return resolvePartName(sourcePart.slice(0, sourcePart.lastIndexOf("/") + 1), target);
}

/** A target written relative to the source part's folder. */
export function relativeTarget(sourcePart: string, part: string): string {
  const from = sourcePart.split("/").slice(0, -1);
  const to = part.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}

export class OpcPackage {
  private readonly changed = new Map<string, string>();
  /** New parts whose text is produced while the package is written (a large report sheet). */
  private readonly streamed = new Map<string, Iterable<string | Buffer>>();
  private readonly byName = new Map<string, ZipEntry>();
  private written = false;

  private constructor(private readonly entries: ZipEntry[]) {
    for (const e of entries) if (!e.name.endsWith("/")) this.byName.set(e.name, e);
  }

  static async open(bytes: Buffer | Uint8Array): Promise<OpcPackage> {
    return new OpcPackage(readZip(bytes));
  }

  /** Part names are case-insensitive in OPC; the zip keeps the writer's spelling. */
  private actualName(part: string): string | undefined {
    if (this.byName.has(part)) return part;
    const lower = part.toLowerCase();
    for (const n of this.byName.keys()) if (n.toLowerCase() === lower) return n;
    return undefined;
  }

  /** Every part name, the package's own and the added ones. */
  partNames(): string[] {
    return [...new Set([...this.byName.keys(), ...this.changed.keys(), ...this.streamed.keys()])];
  }

  /** Part names compare case-insensitively (OPC), the added ones too. */
  has(part: string): boolean {
    const lower = part.toLowerCase();
    const added = (names: Iterable<string>) => [...names].some((n) => n.toLowerCase() === lower);
    return this.actualName(part) !== undefined || added(this.changed.keys()) || added(this.streamed.keys());
  }

  async text(part: string): Promise<string | null> {
    const mine = this.changed.get(part);
    if (mine !== undefined) return mine;
    const name = this.actualName(part);
    return name ? entryBytes(this.byName.get(name) as ZipEntry).toString("utf8") : null;
  }

  /** A part's bytes as stored (a changed part's new text as UTF-8), or null when the package has no such part. */
  async bytes(part: string): Promise<Buffer | null> {
    const mine = this.changed.get(part);
    if (mine !== undefined) return Buffer.from(mine, "utf8");
    const name = this.actualName(part);
    return name ? entryBytes(this.byName.get(name) as ZipEntry) : null;
  }

  /** A part whose text comes in pieces, consumed once when the package is written (new, or replacing one). */
  setPieces(part: string, pieces: Iterable<string | Buffer>): void {
    this.streamed.set(this.actualName(part) ?? part, pieces);
  }

  set(part: string, text: string): void {
    this.changed.set(this.actualName(part) ?? part, text);
  }

  /** A free part name: "xl/worksheets/sheet" + n + ".xml" with the first n not taken. */
  freeName(prefix: string, suffix: string): string {
    for (let n = 1; ; n++) {
      const name = `${prefix}${n}${suffix}`;
      if (!this.has(name)) return name;
    }
  }

  async relationships(part: string): Promise<Relationship[]> {
    const path = relsPathOf(part);
    const xml = await this.text(path);
    if (!xml) return [];
    const root = parseXml(xml, path).documentElement as XmlElement;
    return childElements(root)
      .filter((e) => e.namespaceURI === RELS_NS && e.localName === "Relationship")
      .map((e) => ({
        id: e.getAttribute("Id") ?? "",
        type: e.getAttribute("Type") ?? "",
        target: e.getAttribute("Target") ?? "",
        external: e.getAttribute("TargetMode") === "External",
      }));
  }

  /** The first relationship of a kind (either spelling) from `part`. */
  async relationshipOf(part: string, kind: RelKind): Promise<Relationship | undefined> {
    return (await this.relationships(part)).find((r) => isRelType(r.type, kind));
  }

  /** Adds a relationship from `part` to `target` (a part name); returns its new, unique Id. */
  async addRelationship(part: string, type: string, target: string): Promise<string> {
    const path = relsPathOf(part);
    const existing = await this.text(path);
    const doc = parseXml(existing ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"/>`, path);
    const root = doc.documentElement as XmlElement;
    // Ids are compared case-insensitively: some readers do.
    const taken = new Set(childElements(root).map((e) => (e.getAttribute("Id") ?? "").toLowerCase()));
    let n = taken.size + 1;
    while (taken.has(`rid${n}`)) n++;
    const id = `rId${n}`;
    const rel = createIn(root, RELS_NS, "Relationship");
    rel.setAttribute("Id", id);
    rel.setAttribute("Type", type);
    rel.setAttribute("Target", relativeTarget(part, target));
    root.appendChild(rel);
    this.set(path, serializeXml(doc));
    if (existing === null && !(await this.hasDefault("rels"))) await this.addContentType(path, CONTENT_TYPE.rels);
    return id;
  }

  private async contentTypes(): Promise<XmlElement> {
    const xml = await this.text("[Content_Types].xml");
    if (xml === null) throw new Error("[Content_Types].xml missing");
    return parseXml(xml, "[Content_Types].xml").documentElement as XmlElement;
  }

  private async hasDefault(extension: string): Promise<boolean> {
    const root = await this.contentTypes();
    return childElements(root).some((e) => e.localName === "Default" && (e.getAttribute("Extension") ?? "").toLowerCase() === extension);
  }

  /** The content type the package gives a part (its Override, else the Default of its extension). */
  async contentTypeOf(part: string): Promise<string | null> {
    const items = childElements(await this.contentTypes());
    const name = `/${part}`.toLowerCase();
    const override = items.find((e) => e.localName === "Override" && (e.getAttribute("PartName") ?? "").toLowerCase() === name);
    if (override) return override.getAttribute("ContentType");
    const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    return items.find((e) => e.localName === "Default" && (e.getAttribute("Extension") ?? "").toLowerCase() === ext)?.getAttribute("ContentType") ?? null;
  }

  /** Declares a new part's content type with an Override. */
  async addContentType(part: string, contentType: string): Promise<void> {
    const root = await this.contentTypes();
    const override = createIn(root, CONTENT_TYPES_NS, "Override");
    override.setAttribute("PartName", `/${part}`);
    override.setAttribute("ContentType", contentType);
    root.appendChild(override);
    this.set("[Content_Types].xml", serializeXml(root.ownerDocument as Document));
  }

  /**
   * The package as bytes: untouched entries as they were, changed ones replaced in place, new ones at the end.
   * Every part is started at once and deflated in chunks on the thread pool (the charts' megabytes too), while
   * the report's rows are being made here.
   */
  async toBuffer(): Promise<Buffer> {
    if (this.written) throw new Error("a package is written once");
    const out: (EntryToWrite | Promise<EntryToWrite>)[] = [];
    for (const e of this.entries) {
      const pieces = this.streamed.get(e.name);
      const text = this.changed.get(e.name);
      out.push(pieces !== undefined ? streamedEntry(e.name, pieces, e) : text === undefined ? e : streamedEntry(e.name, [text], e));
    }
    for (const [name, text] of this.changed) if (!this.byName.has(name)) out.push(streamedEntry(name, [text]));
    for (const [name, pieces] of this.streamed) if (!this.byName.has(name)) out.push(streamedEntry(name, pieces));
    // Written once: the changed parts' texts (a province's charts are megabytes each) are let go now that they
    // are deflated, while the report's rows are still being made.
    this.streamed.clear();
    this.changed.clear();
    this.written = true;
    return writeZip(await Promise.all(out));
  }
}
