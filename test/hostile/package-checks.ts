// What Excel asks of a package, checked on the parts themselves: every part has a content type, every
// internal relationship points at a part that exists, Ids are unique in each rels part, sheet ids and names
// are unique in the workbook. And which parts of the input came out byte for byte.
import JSZip from "jszip";

export type Parts = Map<string, Buffer>;

export async function partsOf(bytes: Buffer): Promise<Parts> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Parts = new Map();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) parts.set(name, await file.async("nodebuffer"));
  return parts;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** A relationship target resolved against its source part ("" for the package's own rels). */
function resolveFrom(source: string, target: string): string {
  const out = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const seg of target.replace(/^\//, "").split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

/** Problems found, as sentences; [] for a valid package. */
export function packageProblems(parts: Parts): string[] {
  const problems: string[] = [];
  const types = parts.get("[Content_Types].xml")?.toString("utf8") ?? "";
  const defaults = new Set([...types.matchAll(/<Default\s[^>]*>/g)].map((m) => (attr(m[0], "Extension") ?? "").toLowerCase()));
  const overrides = new Set([...types.matchAll(/<Override\s[^>]*>/g)].map((m) => (attr(m[0], "PartName") ?? "").toLowerCase()));
  for (const name of parts.keys()) {
    if (name === "[Content_Types].xml") continue;
    const ext = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
    if (!overrides.has(`/${name}`.toLowerCase()) && !defaults.has(ext)) problems.push(`no content type for ${name}`);
  }
  for (const o of overrides) if (![...parts.keys()].some((n) => `/${n}`.toLowerCase() === o)) problems.push(`override for a missing part ${o}`);
  for (const [name, data] of parts) {
    if (!name.endsWith(".rels")) continue;
    // xl/worksheets/_rels/sheet1.xml.rels belongs to xl/worksheets/sheet1.xml
    const source = name === "_rels/.rels" ? "" : name.replace(/_rels\/([^/]+)\.rels$/, "$1");
    const ids = new Set<string>();
    for (const m of data.toString("utf8").matchAll(/<Relationship\s[^>]*>/g)) {
      const id = attr(m[0], "Id") ?? "";
      if (ids.has(id)) problems.push(`${name}: Id ${id} twice`);
      ids.add(id);
      if (attr(m[0], "TargetMode") === "External") continue;
      const target = resolveFrom(source, decodeURI(attr(m[0], "Target") ?? ""));
      if (![...parts.keys()].some((n) => n.toLowerCase() === target.toLowerCase())) problems.push(`${name}: ${id} points at missing ${target}`);
    }
  }
  const workbook = [...parts.keys()].find((n) => /^xl\/workbook\.xml$/i.test(n));
  const wb = workbook ? parts.get(workbook)!.toString("utf8") : "";
  const sheets = [...wb.matchAll(/<sheet\s[^>]*>/g)].map((m) => ({ name: (attr(m[0], "name") ?? "").toLowerCase(), id: attr(m[0], "sheetId") }));
  if (new Set(sheets.map((s) => s.name)).size !== sheets.length) problems.push("two sheets share a name");
  if (new Set(sheets.map((s) => s.id)).size !== sheets.length) problems.push("two sheets share an id");
  for (const part of parts.keys()) {
    if (!/\.xml$/.test(part)) continue;
    const text = parts.get(part)!.toString("utf8");
    if (/<v>(NaN|-?Infinity)<\/v>/.test(text)) problems.push(`${part} holds a NaN or Infinity value`);
  }
  return problems;
}

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
