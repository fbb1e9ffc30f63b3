// The parts of a package, and which parts of the input came out byte for byte (whether a package is valid is
// the package linter's question: test/support/package-lint.ts).
import JSZip from "jszip";

export type Parts = Map<string, Buffer>;

export async function partsOf(bytes: Buffer): Promise<Parts> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Parts = new Map();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) parts.set(name, await file.async("nodebuffer"));
  return parts;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Parts of `input` that differ in `output` (or are missing), other than the ones allowed to change. */
export function changedParts(input: Parts, output: Parts, allowed: (name: string) => boolean): string[] {
  const changed: string[] = [];
  for (const [name, data] of input) {
    if (allowed(name)) continue;
    const now = output.get(name);
    if (!now || !now.equals(data)) changed.push(name);
  }
  return changed;
}

/** The worksheet part of a sheet by its name. */
export function sheetPart(parts: Parts, sheetName: string): string | null {
  const wb = parts.get("xl/workbook.xml")?.toString("utf8") ?? "";
  const rels = parts.get("xl/_rels/workbook.xml.rels")?.toString("utf8") ?? "";
  const tag = [...wb.matchAll(/<sheet\s[^>]*>/g)].map((m) => m[0]).find((t) => attr(t, "name") === sheetName.replace(/&/g, "&amp;"));
  const id = tag && attr(tag, "r:id");
  const rel = [...rels.matchAll(/<Relationship\s[^>]*>/g)].map((m) => m[0]).find((t) => attr(t, "Id") === id);
  const target = rel && attr(rel, "Target");
  return target ? (target.startsWith("/") ? target.slice(1) : `xl/${target}`) : null;
}
