// The workbook's styles.xml with the report's looks APPENDED: new fonts, fills, borders, number formats, cell
// formats (xf) and conditional-format looks (dxf). Existing entries keep their indexes, so no cell of the
// clerk's changes look; identical looks share one entry (one xf per style, never one per cell). The part is
// parsed (namespace-aware) and the entries grafted in with the prefix the part uses for its namespace.
import type { CellStyle, RuleStyle } from "../../core/report/model";
import { child, children, createIn, fragments, graft, insertInOrder, parseXml, serializeXml, type XmlDocument, type XmlElement } from "./dom";
import { SPELLING, type Dialect } from "./namespaces";
import { attrs, escapeXml, maxOf } from "./xml";

/** Children of <styleSheet>, in the order the schema fixes. */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"] as const;

export const EMPTY_STYLES = (dialect: Dialect = "transitional") =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<styleSheet xmlns="${SPELLING[dialect].main}">` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/** One list section (<fonts>…</fonts>): how many entries it has, and the entries we add. */
class Section {
  readonly added: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(readonly name: string, readonly existing: number) {}

  /** The index of an entry with this XML, appended once. */
  use(xml: string): number {
    const known = this.index.get(xml);
    if (known !== undefined) return known;
    const i = this.existing + this.added.length;
    this.added.push(xml);
    this.index.set(xml, i);
    return i;
  }
}

export class StylesPart {
  private readonly doc: XmlDocument;
  private readonly ns: string;
  private readonly fonts: Section;
  private readonly fills: Section;
  private readonly borders: Section;
  private readonly xfs: Section;
  private readonly dxfs: Section;
  private readonly numFmts = new Map<string, number>();
  private nextNumFmt: number;
  private readonly xfByStyle = new Map<string, number>();

  constructor(private readonly original: string) {
    this.doc = parseXml(original, "styles");
    const root = this.doc.documentElement as XmlElement;
    this.ns = root.namespaceURI ?? SPELLING.transitional.main;
    const count = (section: string, item: string) => {
      const el = child(root, this.ns, section);
      return el ? children(el, this.ns, item).length : 0;
    };
    this.fonts = new Section("fonts", count("fonts", "font"));
    this.fills = new Section("fills", count("fills", "fill"));
    this.borders = new Section("borders", count("borders", "border"));
    this.xfs = new Section("cellXfs", count("cellXfs", "xf"));
    this.dxfs = new Section("dxfs", count("dxfs", "dxf"));
    const fmts = child(root, this.ns, "numFmts");
    const ids = (fmts ? children(fmts, this.ns, "numFmt") : []).map((e) => Number(e.getAttribute("numFmtId")));
    this.nextNumFmt = maxOf(ids, 163) + 1;
  }
  private numFmtId(code: string | undefined): number {
    if (!code) return 0;
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = this.nextNumFmt++;
      this.numFmts.set(code, id);
    }
    return id;
  }

  /** The cellXfs index for a report style on the sheet's base font. */
  cellXf(style: CellStyle | undefined, base?: { name: string; size: number }): number {
    const key = JSON.stringify([style ?? null, base ?? null]);
    const known = this.xfByStyle.get(key);
    if (known !== undefined) return known;
    const s = style ?? {};
    // Entries are written in the part's namespace as the default; grafting gives them the part's own prefix.
    const p = "";
    const font =
      `<${p}font>${s.bold ? `<${p}b/>` : ""}${s.italic ? `<${p}i/>` : ""}<${p}sz val="${s.fontSize ?? base?.size ?? 11}"/>` +
      `${s.fontColor ? `<${p}color rgb="${argb(s.fontColor)}"/>` : ""}<${p}name val="${escapeXml(base?.name ?? "Calibri")}"/></${p}font>`;
    const fontId = this.fonts.use(font);
    const fillId = s.fill
      ? this.fills.use(`<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(s.fill)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`)
      : 0;
    const side = (n: string) => `<${p}${n} style="thin"><${p}color rgb="FF808080"/></${p}${n}>`;
    const borderId = s.border
      ? this.borders.use(`<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`)
      : 0;
    const numFmtId = this.numFmtId(s.numFmt);
    const vertical = s.vAlign === "middle" ? "center" : s.vAlign;
    const aligned = s.hAlign || s.vAlign || s.wrap;
    const alignment = aligned ? `<${p}alignment${attrs({ horizontal: s.hAlign, vertical, wrapText: s.wrap })}/>` : "";
    const xf =
      `<${p}xf${attrs({ numFmtId, fontId, fillId, borderId, xfId: 0, applyNumberFormat: numFmtId > 0, applyFont: true, applyFill: fillId > 0, applyBorder: borderId > 0, applyAlignment: !!aligned })}` +
      (alignment ? `>${alignment}</${p}xf>` : "/>");
    const id = this.xfs.use(xf);
    this.xfByStyle.set(key, id);
    return id;
  }

  /** The dxfs index for the look of a conditional rule. */
  dxf(style: RuleStyle): number {
    const p = "";
    const font = style.bold || style.fontColor
      ? `<${p}font>${style.bold ? `<${p}b/>` : ""}${style.fontColor ? `<${p}color rgb="${argb(style.fontColor)}"/>` : ""}</${p}font>`
      : "";
    const fill = style.fill ? `<${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="${argb(style.fill)}"/></${p}patternFill></${p}fill>` : "";
    return this.dxfs.use(`<${p}dxf>${font}${fill}</${p}dxf>`);
  }

  /** The workbook's default font (the first of <fonts>), for cells written among the clerk's. */
  defaultFont(): { name: string; size: number } | undefined {
    const root = this.doc.documentElement as XmlElement;
    const fonts = child(root, this.ns, "fonts");
    const first = fonts ? child(fonts, this.ns, "font") : null;
    if (!first) return undefined;
    const name = child(first, this.ns, "name")?.getAttribute("val");
    const size = Number(child(first, this.ns, "sz")?.getAttribute("val"));
    return name && size > 0 ? { name, size } : undefined;
  }

  get changed(): boolean {
    return this.numFmts.size > 0 || [this.fonts, this.fills, this.borders, this.xfs, this.dxfs].some((s) => s.added.length > 0);
  }

  /** styles.xml with the additions; the original text when nothing was added. */
  toXml(): string {
    if (!this.changed) return this.original;
    const fmtXml = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    this.append("numFmts", "numFmt", fmtXml);
    for (const s of [this.fonts, this.fills, this.borders, this.xfs, this.dxfs]) this.append(s.name, "", s.added);
    return serializeXml(this.doc);
  }

  private append(name: string, item: string, entries: string[]): void {
    if (entries.length === 0) return;
    const root = this.doc.documentElement as XmlElement;
    let section = child(root, this.ns, name);
    if (!section) {
      section = createIn(root, this.ns, name);
      insertInOrder(root, section, ORDER);
    }
    for (const entry of fragments(entries.join(""), this.ns)) graft(section, entry);
    // count is what Excel trusts: the entries now there, whatever the old attribute said.
    const items = item ? children(section, this.ns, item) : children(section, this.ns, entryName(name));
    section.setAttribute("count", String(items.length));
  }
}

/** The element a style section lists: fonts → font, cellXfs → xf. */
function entryName(section: string): string {
  return { fonts: "font", fills: "fill", borders: "border", cellXfs: "xf", dxfs: "dxf", numFmts: "numFmt" }[section] ?? section;
}
