// The workbook's styles.xml with the report's looks APPENDED: new fonts, fills, borders, number formats, cell
// formats (xf) and conditional-format looks (dxf). Existing entries keep their indexes, so no cell of the
// clerk's changes look; identical looks share one entry (one xf per style, never one per cell).
import type { CellStyle, RuleStyle } from "../../core/report/model";
import { attrOf, attrs, escapeXml, insertAt, insertionPoint, maxOf, rootPrefix, unescapeXml } from "./xml";

/** Children of <styleSheet>, in the order the schema fixes. */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"] as const;

export const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
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

function sectionBody(xml: string, prefix: string, name: string): string | null {
  const open = new RegExp(`<${prefix}${name}(\\s[^>]*)?>`).exec(xml);
  if (!open) return null;
  const close = xml.indexOf(`</${prefix}${name}>`, open.index);
  return close < 0 ? "" : xml.slice(open.index + open[0].length, close);
}

function countChildren(body: string | null, prefix: string, child: string): number {
  if (!body) return 0;
  return (body.match(new RegExp(`<${prefix}${child}[\\s>/]`, "g")) ?? []).length;
}

export class StylesPart {
  private readonly prefix: string;
  private readonly fonts: Section;
  private readonly fills: Section;
  private readonly borders: Section;
  private readonly xfs: Section;
  private readonly dxfs: Section;
  private readonly numFmts = new Map<string, number>();
  private nextNumFmt: number;
  private readonly xfByStyle = new Map<string, number>();

  constructor(private readonly original: string) {
    const p = (this.prefix = rootPrefix(original, "styleSheet"));
    this.fonts = new Section("fonts", countChildren(sectionBody(original, p, "fonts"), p, "font"));
    this.fills = new Section("fills", countChildren(sectionBody(original, p, "fills"), p, "fill"));
    this.borders = new Section("borders", countChildren(sectionBody(original, p, "borders"), p, "border"));
    this.xfs = new Section("cellXfs", countChildren(sectionBody(original, p, "cellXfs"), p, "xf"));
    this.dxfs = new Section("dxfs", countChildren(sectionBody(original, p, "dxfs"), p, "dxf"));
    const fmts = sectionBody(original, p, "numFmts") ?? "";
    const ids = [...fmts.matchAll(new RegExp(`<${p}numFmt\\s[^>]*>`, "g"))].map((m) => Number(attrOf(m[0], "numFmtId")));
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
    const p = this.prefix;
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
    const p = this.prefix;
    const font = style.bold || style.fontColor
      ? `<${p}font>${style.bold ? `<${p}b/>` : ""}${style.fontColor ? `<${p}color rgb="${argb(style.fontColor)}"/>` : ""}</${p}font>`
      : "";
    const fill = style.fill ? `<${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="${argb(style.fill)}"/></${p}patternFill></${p}fill>` : "";
    return this.dxfs.use(`<${p}dxf>${font}${fill}</${p}dxf>`);
  }

  /** The workbook's default font (the first of <fonts>), for cells written among the clerk's. */
  defaultFont(): { name: string; size: number } | undefined {
    const p = this.prefix;
    const first = new RegExp(`<${p}font[\\s>][\\s\\S]*?</${p}font>`).exec(sectionBody(this.original, p, "fonts") ?? "")?.[0];
    if (!first) return undefined;
    const name = new RegExp(`<${p}name\\s+val="([^"]*)"`).exec(first)?.[1];
    const size = Number(new RegExp(`<${p}sz\\s+val="([^"]*)"`).exec(first)?.[1]);
    return name && size > 0 ? { name: unescapeXml(name), size } : undefined;
  }

  get changed(): boolean {
    return this.numFmts.size > 0 || [this.fonts, this.fills, this.borders, this.xfs, this.dxfs].some((s) => s.added.length > 0);
  }

  /** styles.xml with the additions; the original text when nothing was added. */
  toXml(): string {
    if (!this.changed) return this.original;
    let xml = this.original;
    const p = this.prefix;
    const fmtXml = [...this.numFmts].map(([code, id]) => `<${p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    xml = this.append(xml, "numFmts", fmtXml, countChildren(sectionBody(xml, p, "numFmts"), p, "numFmt"));
    for (const s of [this.fonts, this.fills, this.borders, this.xfs, this.dxfs]) xml = this.append(xml, s.name, s.added, s.existing);
    return xml;
  }

  private append(xml: string, name: string, entries: string[], existing: number): string {
    if (entries.length === 0) return xml;
    const p = this.prefix;
    const count = existing + entries.length;
    const open = new RegExp(`<${p}${name}(\\s[^>]*?)?(/?)>`).exec(xml);
    if (!open) {
      const later = ORDER.slice(ORDER.indexOf(name as (typeof ORDER)[number]) + 1);
      const at = insertionPoint(xml, p, later, "styleSheet");
      return insertAt(xml, at, `<${p}${name} count="${count}">${entries.join("")}</${p}${name}>`);
    }
    const tag = open[0];
    const rest = xml.slice(open.index + tag.length);
    const newTag = /\scount\s*=/.test(tag) ? tag.replace(/\scount\s*=\s*("[^"]*"|'[^']*')/, ` count="${count}"`) : tag.replace(/\/?>$/, ` count="${count}"${open[2] ? "/" : ""}>`);
    if (open[2]) {
      // <dxfs count="0"/>: open it.
      return xml.slice(0, open.index) + newTag.replace(/\/>$/, ">") + entries.join("") + `</${p}${name}>` + rest;
    }
    const close = rest.indexOf(`</${p}${name}>`);
    return xml.slice(0, open.index) + newTag + rest.slice(0, close) + entries.join("") + rest.slice(close);
  }
}
