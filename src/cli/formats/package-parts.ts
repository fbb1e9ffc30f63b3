// The parts of a package by name (case-insensitively, as the packaging standard compares them) and their
// relationships, targets resolved against the source part's folder (relative, "../", or absolute "/xl/…").
import { PACKAGE_RELATIONSHIPS_NS } from "./ooxml-names";
import { partText, scanXml } from "./xml-scan";
import { readZipEntries, unpackEntry, type ZipEntryInfo } from "./zip-reader";
import { MAX_UNPACKED_BYTES } from "./limits";

export interface Relationship {
  id: string;
  type: string;
  /** The target part's name ("xl/worksheets/sheet1.xml"), or the raw target when external. */
  target: string;
  external: boolean;
}

/** "xl/" + "worksheets/sheet1.xml", "xl/" + "/xl/worksheets/sheet1.xml", "xl/worksheets/" + "../drawings/d1.xml". */
export function resolvePartName(folder: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : folder + target;
  const out: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  // Targets are URIs: a space may be written %20.
  try {
    return decodeURI(out.join("/"));
  } catch {
    return out.join("/");
  }
}

const folderOf = (part: string) => part.slice(0, part.lastIndexOf("/") + 1);
const relsNameOf = (part: string) => `${folderOf(part)}_rels/${part.slice(part.lastIndexOf("/") + 1)}.rels`;

export class PackageParts {
  private readonly byName = new Map<string, ZipEntryInfo>();

  /**
   * Throws ZipFormatError when the bytes are not a sound zip. `unpacked`: parts already unpacked and checked
   * (by lower-case name), each taken once instead of being unpacked again.
   */
  constructor(
    bytes: Buffer,
    private readonly unpacked: Map<string, Buffer> = new Map(),
  ) {
    for (const e of readZipEntries(bytes)) this.byName.set(e.name.replace(/^\//, "").toLowerCase(), e);
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  /** A part's bytes, or null when the package has no such part. Throws ZipFormatError for a damaged part. */
  bytes(name: string): Buffer | null {
    const key = name.toLowerCase();
    const e = this.byName.get(key);
    if (!e) return null;
    const ready = this.unpacked.get(key);
    if (ready) {
      // Taken once: the reader makes its text from it and the bytes are free to go.
      this.unpacked.delete(key);
      return ready;
    }
    return unpackEntry(e, MAX_UNPACKED_BYTES);
  }

  text(name: string): string | null {
    const b = this.bytes(name);
    return b ? partText(b) : null;
  }

  /** The relationships of `part` ("" for the package's own), in document order; none when it has no .rels part. */
  relationships(part: string): Relationship[] {
    const xml = this.text(part === "" ? "_rels/.rels" : relsNameOf(part));
    if (xml === null) return [];
    const out: Relationship[] = [];
    const folder = folderOf(part);
    scanXml(xml, {
      open(ns, local, attrs) {
        if (ns !== PACKAGE_RELATIONSHIPS_NS || local !== "Relationship") return;
        const external = attrs.get("TargetMode") === "External";
        const target = attrs.get("Target") ?? "";
        out.push({ id: attrs.get("Id") ?? "", type: attrs.get("Type") ?? "", target: external ? target : resolvePartName(folder, target), external });
      },
      close() {},
    });
    return out;
  }
}
