// The colour plan on the clerk's own sheet part, as text edits that leave every cell of the clerk's as it was:
// the add-in's previous rules (recognised by their marker) are removed, the new ones appended after the
// clerk's own, and the legend written only into cells that hold nothing (or our own legend of a past run).
import { cellAddress, columnLetters } from "../../core/address";
import { isAddinRule } from "../../core/colour/marker";
import type { ColourPlan, ReportCell } from "../../core/report/model";
import { conditionalXml } from "./report-sheet";
import type { StylesPart } from "./styles-part";
import { attrOf, escapeXml, insertAt, insertionPoint, maxOf, rootPrefix, unescapeXml } from "./xml";

/** Children of <worksheet> that come after <conditionalFormatting>. */
const AFTER_RULES = ["dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks",
  "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF",
  "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"] as const;
/** Children of <worksheet> that come after <cols>. */
const AFTER_COLS = ["sheetData"] as const;

export interface ColourOutcome {
  removed: number;
  added: number;
  legendWritten: boolean;
}

/** Drops the add-in's rules from every <conditionalFormatting>; blocks left empty go too. */
function removeAddinRules(xml: string, p: string): { xml: string; removed: number } {
  let removed = 0;
  const block = new RegExp(`<${p}conditionalFormatting\\b[^>]*>[\\s\\S]*?</${p}conditionalFormatting>`, "g");
  const out = xml.replace(block, (whole) => {
    const rule = new RegExp(`<${p}cfRule\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}cfRule>)`, "g");
    let kept = 0;
    const rest = whole.replace(rule, (r) => {
      const formulas = [...r.matchAll(new RegExp(`<${p}formula>([\\s\\S]*?)</${p}formula>`, "g"))].map((m) => unescapeXml(m[1]));
      if (formulas.some((f) => isAddinRule(f))) {
        removed += 1;
        return "";
      }
      kept += 1;
      return r;
    });
    return kept > 0 ? rest : "";
  });
  return { xml: out, removed };
}

/** Texts of the shared string table, for telling our own legend of a past run from the clerk's text. */
export function sharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>/g)].map((si) =>
    [...si[1].matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)].map((m) => unescapeXml(m[1])).join(""));
}

interface ExistingCell {
  start: number;
  end: number;
  col: number;
  text: string | null;
  hasValue: boolean;
}

function colNumber(address: string): number {
  let n = 0;
  for (const ch of /^[A-Z]+/i.exec(address)?.[0].toUpperCase() ?? "") n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function cellsOfRow(body: string, p: string, strings: () => string[]): ExistingCell[] | null {
  const cells: ExistingCell[] = [];
  for (const m of body.matchAll(new RegExp(`<${p}c\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}c>)`, "g"))) {
    const tag = /^<[^>]*>/.exec(m[0])?.[0] ?? "";
    const r = attrOf(tag, "r");
    if (!r) return null;
    const inner = m[0].slice(tag.length);
    const v = new RegExp(`<${p}v>([\\s\\S]*?)</${p}v>`).exec(inner)?.[1];
    const type = attrOf(tag, "t");
    const inline = new RegExp(`<${p}t(?:\\s[^>]*)?>([\\s\\S]*?)</${p}t>`).exec(inner)?.[1];
    const text = type === "s" && v !== undefined ? strings()[Number(v)] ?? null : type === "inlineStr" && inline !== undefined ? unescapeXml(inline) : type === "str" && v !== undefined ? unescapeXml(v) : null;
    const hasValue = v !== undefined || inline !== undefined || new RegExp(`<${p}f[\\s>/]`).test(inner);
    cells.push({ start: m.index as number, end: (m.index as number) + m[0].length, col: colNumber(r), text, hasValue });
  }
  return cells;
}

function legendCellXml(c: ReportCell, s: number, p: string): string {
  const r = cellAddress(c.row, c.col);
  if (c.kind !== "text") return `<${p}c r="${r}" s="${s}"/>`;
  return `<${p}c r="${r}" s="${s}" t="inlineStr"><${p}is><${p}t xml:space="preserve">${escapeXml(c.value)}</${p}t></${p}is></${p}c>`;
}

/** A sheet part cut around its cells: edits before, among and after the rows touch only their own piece. */
interface SheetPieces {
  /** Up to and including the <sheetData> start tag. */
  head: string;
  /** The rows. */
  data: string;
  /** From </sheetData> to the end. */
  tail: string;
}

function cutSheet(xml: string, p: string): SheetPieces | null {
  const open = new RegExp(`<${p}sheetData\\s*(/?)>`).exec(xml);
  if (!open) return null;
  const head = xml.slice(0, open.index) + `<${p}sheetData>`;
  if (open[1]) return { head, data: "", tail: `</${p}sheetData>` + xml.slice(open.index + open[0].length) };
  const close = xml.indexOf(`</${p}sheetData>`, open.index);
  if (close < 0) return null;
  return { head, data: xml.slice(open.index + open[0].length, close), tail: xml.slice(close) };
}

/**
 * The rows the legend needs, cut out of `data`: from the first legend row (or where it would go) to the first
 * row below the last one. One scan of the row tags that stops there, so a 50,000-row sheet is not copied.
 */
function legendRegion(data: string, p: string, top: number, bottom: number): { start: number; end: number } | null {
  const tag = new RegExp(`<${p}row\\b[^>]*>`, "g");
  let start = -1;
  for (let m = tag.exec(data); m; m = tag.exec(data)) {
    const r = Number(attrOf(m[0], "r"));
    if (!Number.isFinite(r) || r <= 0) return null; // rows without r: give up rather than guess
    if (start < 0 && r >= top) start = m.index;
    if (r > bottom) return { start: start < 0 ? m.index : start, end: m.index };
  }
  return { start: start < 0 ? data.length : start, end: data.length };
}

/** Writes the legend into the rows; null when a cell it needs holds something of the clerk's. */
function writeLegend(all: string, p: string, cells: ReportCell[], xfOf: (c: ReportCell) => number, strings: () => string[]): string | null {
  const top = cells.reduce((m, c) => Math.min(m, c.row), Infinity);
  const bottom = cells.reduce((m, c) => Math.max(m, c.row), 0);
  const region = legendRegion(all, p, top, bottom);
  if (!region) return null;
  let data = all.slice(region.start, region.end);
  const byRow = new Map<number, ReportCell[]>();
  for (const c of cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
  for (const [row, wanted] of [...byRow].sort((a, b) => a[0] - b[0])) {
    const rowRe = new RegExp(`<${p}row\\b[^>]*?\\sr="${row}"[^>]*?(/?)>`);
    const m = rowRe.exec(data);
    const sorted = [...wanted].sort((a, b) => a.col - b.col);
    if (!m) {
      // A new row, before the first row below it.
      const rows = [...data.matchAll(new RegExp(`<${p}row\\b[^>]*>`, "g"))];
      const next = rows.find((x) => Number(attrOf(x[0], "r")) > row);
      const at = next ? (next.index as number) : data.length;
      data = insertAt(data, at, `<${p}row r="${row}">${sorted.map((c) => legendCellXml(c, xfOf(c), p)).join("")}</${p}row>`);
      continue;
    }
    const tag = m[0].replace(/\sspans="[^"]*"/, "");
    if (m[1]) {
      data = data.slice(0, m.index) + tag.replace(/\/>$/, ">") + sorted.map((c) => legendCellXml(c, xfOf(c), p)).join("") + `</${p}row>` + data.slice(m.index + m[0].length);
      continue;
    }
    const bodyStart = m.index + m[0].length;
    const bodyEnd = data.indexOf(`</${p}row>`, bodyStart);
    let body = data.slice(bodyStart, bodyEnd);
    const existing = cellsOfRow(body, p, strings);
    if (!existing) return null;
    // The row rebuilt in column order: the clerk's cells as they were, ours among them.
    const merged: { col: number; xml: string }[] = existing.map((e) => ({ col: e.col, xml: body.slice(e.start, e.end) }));
    for (const c of sorted) {
      const same = merged.find((e) => e.col === c.col);
      const cell = legendCellXml(c, xfOf(c), p);
      if (!same) merged.push({ col: c.col, xml: cell });
      else if (existing.find((e) => e.col === c.col)?.hasValue && !(c.kind === "text" && existing.find((e) => e.col === c.col)?.text === c.value)) return null;
      else same.xml = cell;
    }
    merged.sort((a, b) => a.col - b.col);
    const first = existing.length ? existing[0].start : body.length;
    const last = existing.length ? existing[existing.length - 1].end : body.length;
    body = body.slice(0, first) + merged.map((e) => e.xml).join("") + body.slice(last);
    data = data.slice(0, m.index) + tag + body + data.slice(bodyEnd);
  }
  return all.slice(0, region.start) + data + all.slice(region.end);
}

/** Widens one column when no <col> covers it, or when the one that does covers only it. */
function widenColumn(xml: string, p: string, col: number, width: number): string {
  const entry = `<${p}col min="${col}" max="${col}" width="${width}" customWidth="1"/>`;
  const cols = new RegExp(`<${p}cols>([\\s\\S]*?)</${p}cols>`).exec(xml);
  if (!cols) return insertAt(xml, insertionPoint(xml, p, AFTER_COLS, "worksheet"), `<${p}cols>${entry}</${p}cols>`);
  const items = [...cols[1].matchAll(new RegExp(`<${p}col\\s[^>]*>`, "g"))];
  const covering = items.find((m) => Number(attrOf(m[0], "min")) <= col && Number(attrOf(m[0], "max")) >= col);
  const start = (cols.index as number) + `<${p}cols>`.length;
  if (!covering) {
    const next = items.find((m) => Number(attrOf(m[0], "min")) > col);
    return insertAt(xml, start + (next ? (next.index as number) : cols[1].length), entry);
  }
  if (Number(attrOf(covering[0], "min")) !== col || Number(attrOf(covering[0], "max")) !== col) return xml;
  const now = Number(attrOf(covering[0], "width") ?? 0);
  if (now >= width) return xml;
  const at = start + (covering.index as number);
  const tag = covering[0].replace(/\swidth="[^"]*"/, ` width="${width}"`).replace(/\scustomWidth="[^"]*"/, "").replace(/\s*\/>$/, ' customWidth="1"/>');
  return xml.slice(0, at) + tag + xml.slice(at + covering[0].length);
}

/** Grows <dimension ref> to take in the legend. */
function growDimension(xml: string, p: string, right: number, bottom: number): string {
  return xml.replace(new RegExp(`(<${p}dimension\\s+ref=")([A-Z]+)(\\d+)(?::([A-Z]+)(\\d+))?(")`), (whole, a, c1, r1, c2, r2, z) => {
    const col = Math.max(colNumber(c2 ?? c1), right);
    const row = Math.max(Number(r2 ?? r1), bottom);
    return `${a}${c1}${r1}:${columnLetters(col)}${row}${z}`;
  });
}

/** The sheet part with the plan applied. */
export function applyColourPlanXml(xml: string, plan: ColourPlan, styles: StylesPart, sharedStringsXml: () => string | null): { xml: string; outcome: ColourOutcome } {
  const p = rootPrefix(xml, "worksheet");
  const cut = cutSheet(xml, p);
  if (!cut) throw new Error("worksheet without <sheetData>");
  let { head, data, tail } = cut;
  // Rules live after the rows; only a sheet coloured before holds the marker.
  const cleaned = tail.includes("quota-report") ? removeAddinRules(tail, p) : { xml: tail, removed: 0 };
  tail = cleaned.xml;
  const top = maxOf([...tail.matchAll(/\spriority="(\d+)"/g)].map((m) => Number(m[1])));
  const blocks = plan.rules.map((rule, i) => conditionalXml(rule, top + 1 + i, styles, p)).join("");
  if (blocks) {
    const lastRules = tail.lastIndexOf(`</${p}conditionalFormatting>`);
    const at = lastRules >= 0 ? lastRules + `</${p}conditionalFormatting>`.length : insertionPoint(tail, p, AFTER_RULES, "worksheet");
    tail = insertAt(tail, at, blocks);
  }
  let legendWritten = false;
  if (plan.legend) {
    let cache: string[] | null = null;
    const strings = () => (cache ??= sharedStrings(sharedStringsXml()));
    const legend = plan.legend;
    const base = styles.defaultFont();
    const withLegend = writeLegend(data, p, legend.cells, (c) => styles.cellXf(c.style ? legend.styles[c.style] : undefined, base), strings);
    if (withLegend !== null) {
      data = withLegend;
      head = growDimension(head, p, legend.range.right, legend.range.bottom);
      if (legend.swatchColumnWidth) head = widenColumn(head, p, legend.swatchColumnWidth.col, legend.swatchColumnWidth.width);
      legendWritten = true;
    }
  }
  return { xml: head + data + tail, outcome: { removed: cleaned.removed, added: plan.rules.length, legendWritten } };
}
