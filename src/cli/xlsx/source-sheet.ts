// The colour plan on the clerk's own sheet part, leaving every cell of the clerk's as it was: the add-in's
// previous rules (recognised by their marker) are removed, the new ones appended after the clerk's own, and the
// legend written only into cells that hold nothing (or our own legend of a past run).
// The part is edited as namespace-aware XML in two pieces, so that a 50,000-row sheet is never parsed whole:
// the sheet without its rows (a placeholder stands for them), and the few rows the legend writes into. The
// other rows go back as the bytes they were.
import { cellAddress } from "../../core/address";
import { isAddinRule } from "../../core/colour/marker";
import type { ColourPlan, ReportCell } from "../../core/report/model";
import { child, childElements, children, createIn, descendants, fragments, graft, insertInOrder, parseXml, serializeXml, type XmlElement } from "./dom";
import { conditionalXml } from "./report-sheet";
import type { StylesPart } from "./styles-part";
import { escapeXml, maxOf } from "./xml";
import { XMLSerializer } from "@xmldom/xmldom";

/** Children of <worksheet>, in the schema's order. */
const WORKSHEET_ORDER = ["sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection",
  "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr",
  "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks",
  "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF",
  "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"] as const;

/** Stands for the rows while the rest of the sheet is parsed. */
const ROWS_PLACEHOLDER = "quota-report:rows";

export interface ColourOutcome {
  removed: number;
  added: number;
  legendWritten: boolean;
}

/** Drops the add-in's rules from every <conditionalFormatting>; blocks left empty go too. */
function removeAddinRules(root: XmlElement, ns: string): number {
  let removed = 0;
  for (const block of children(root, ns, "conditionalFormatting")) {
    for (const rule of children(block, ns, "cfRule")) {
      if (children(rule, ns, "formula").some((f) => isAddinRule(f.textContent))) {
        block.removeChild(rule);
        removed += 1;
      }
    }
    if (children(block, ns, "cfRule").length === 0) root.removeChild(block);
  }
  return removed;
}

/** Texts of the shared string table, for telling our own legend of a past run from the clerk's text. */
export function sharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const root = parseXml(xml, "sharedStrings").documentElement as XmlElement;
  const ns = root.namespaceURI ?? "";
  // A string is its <t>, or the <t> of each of its runs; phonetic guides (<rPh>) are not part of it.
  return children(root, ns, "si").map((si) => childElements(si).flatMap((e) => (e.localName === "t" ? [e] : e.localName === "r" ? children(e, ns, "t") : []))
    .map((t) => t.textContent ?? "").join(""));
}

function colNumber(address: string): number {
  let n = 0;
  for (const ch of /^[A-Z]+/i.exec(address)?.[0].toUpperCase() ?? "") n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function columnLettersOf(n: number): string {
  let s = "";
  for (let v = n; v > 0; v = Math.floor((v - 1) / 26)) s = String.fromCharCode(65 + ((v - 1) % 26)) + s;
  return s;
}

/** What a cell of the clerk's holds: its text (to recognise our own legend) and whether it holds anything. */
function cellContent(c: XmlElement, ns: string, strings: () => string[]): { text: string | null; hasValue: boolean } {
  const type = c.getAttribute("t");
  const v = child(c, ns, "v");
  const is = child(c, ns, "is");
  const inline = is ? descendants(is, ns, "t").map((t) => t.textContent ?? "").join("") : null;
  const text = type === "s" && v ? strings()[Number(v.textContent)] ?? null : type === "inlineStr" ? inline : type === "str" && v ? v.textContent : null;
  return { text, hasValue: v !== null || is !== null || child(c, ns, "f") !== null };
}

function legendCellXml(c: ReportCell, s: number): string {
  const r = cellAddress(c.row, c.col);
  if (c.kind !== "text") return `<c r="${r}" s="${s}"/>`;
  return `<c r="${r}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(c.value)}</t></is></c>`;
}

/**
 * Writes the legend into the rows held by `container` (the <sheetData>, or a wrapper around some of its rows);
 * false when a cell it needs holds something of the clerk's.
 */
function writeLegend(container: XmlElement, ns: string, cells: ReportCell[], xfOf: (c: ReportCell) => number, strings: () => string[]): boolean {
  const byRow = new Map<number, ReportCell[]>();
  for (const c of cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
  // Checked before anything is written: a legend goes in whole or not at all.
  for (const row of children(container, ns, "row")) {
    const wanted = byRow.get(Number(row.getAttribute("r")));
    for (const cell of wanted ? children(row, ns, "c") : []) {
      const c = wanted?.find((w) => w.col === colNumber(cell.getAttribute("r") ?? ""));
      const content = c ? cellContent(cell, ns, strings) : null;
      if (c && content?.hasValue && !(c.kind === "text" && content.text === c.value)) return false;
    }
  }
  for (const [rowNumber, wanted] of [...byRow].sort((a, b) => a[0] - b[0])) {
    const rows = children(container, ns, "row");
    let row = rows.find((r) => Number(r.getAttribute("r")) === rowNumber);
    if (!row) {
      row = createIn(container, ns, "row");
      row.setAttribute("r", String(rowNumber));
      container.insertBefore(row, rows.find((r) => Number(r.getAttribute("r")) > rowNumber) ?? null);
    }
    // spans is a hint for readers, and would be wrong once the row grows.
    row.removeAttribute("spans");
    for (const c of [...wanted].sort((a, b) => a.col - b.col)) {
      const existing = children(row, ns, "c");
      const same = existing.find((e) => colNumber(e.getAttribute("r") ?? "") === c.col);
      const next = same ?? existing.find((e) => colNumber(e.getAttribute("r") ?? "") > c.col) ?? null;
      graft(row, fragments(legendCellXml(c, xfOf(c)), ns)[0], next);
      if (same) row.removeChild(same);
    }
  }
  return true;
}

/** Widens one column when no <col> covers it, or when the one that does covers only it. */
function widenColumn(root: XmlElement, ns: string, col: number, width: number): void {
  let cols = child(root, ns, "cols");
  if (!cols) {
    cols = createIn(root, ns, "cols");
    insertInOrder(root, cols, WORKSHEET_ORDER);
  }
  const items = children(cols, ns, "col");
  const covering = items.find((e) => Number(e.getAttribute("min")) <= col && Number(e.getAttribute("max")) >= col);
  if (!covering) {
    const entry = createIn(cols, ns, "col");
    for (const [k, v] of [["min", col], ["max", col], ["width", width], ["customWidth", 1]] as const) entry.setAttribute(k, String(v));
    cols.insertBefore(entry, items.find((e) => Number(e.getAttribute("min")) > col) ?? null);
    return;
  }
  if (Number(covering.getAttribute("min")) !== col || Number(covering.getAttribute("max")) !== col) return;
  if (Number(covering.getAttribute("width") ?? 0) >= width) return;
  covering.setAttribute("width", String(width));
  covering.setAttribute("customWidth", "1");
}

/** Grows <dimension ref> to take in the legend. */
function growDimension(root: XmlElement, ns: string, right: number, bottom: number): void {
  const dim = child(root, ns, "dimension");
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(dim?.getAttribute("ref") ?? "");
  if (!dim || !m) return;
  const col = Math.max(colNumber(m[3] ?? m[1]), right);
  const row = Math.max(Number(m[4] ?? m[2]), bottom);
  dim.setAttribute("ref", `${m[1]}${m[2]}:${columnLettersOf(col)}${row}`);
}

/** The namespace declarations in scope at an element, innermost first winning, as attributes to re-declare. */
function declarationsInScope(el: XmlElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (let n: Node | null = el; n && n.nodeType === 1; n = n.parentNode) {
    for (const a of Array.from((n as XmlElement).attributes as unknown as ArrayLike<Attr>)) {
      if (a.name !== "xmlns" && a.prefix !== "xmlns") continue;
      if (!(a.name in out)) out[a.name] = a.value;
    }
  }
  return out;
}

/** The rows of `data` from the first row at or after `top` to the first row after `bottom`, as offsets. */
function legendRegion(data: string, top: number, bottom: number): { start: number; end: number } | null {
  const tag = /<(?:[\w.-]+:)?row\b[^>]*>/g;
  let start = -1;
  for (let m = tag.exec(data); m; m = tag.exec(data)) {
    const r = Number(/\sr\s*=\s*["'](\d+)["']/.exec(m[0])?.[1]);
    if (!Number.isFinite(r) || r <= 0) return null; // rows without r: give up rather than guess
    if (start < 0 && r >= top) start = m.index;
    if (r > bottom) return { start: start < 0 ? m.index : start, end: m.index };
  }
  return { start: start < 0 ? data.length : start, end: data.length };
}

/** The sheet part split at its rows: the rest parsed with a placeholder for them, and the rows' text. */
function splitSheet(xml: string): { root: XmlElement; sheetData: XmlElement; rows: string } | null {
  const open = /<((?:[\w.-]+:)?)sheetData((?:\s[^>]*?)?)(\/?)>/.exec(xml);
  if (!open) return null;
  const afterOpen = open.index + open[0].length;
  const close = open[3] ? afterOpen : xml.indexOf(`</${open[1]}sheetData>`, afterOpen);
  if (close < 0) return null;
  const closeEnd = open[3] ? afterOpen : close + `</${open[1]}sheetData>`.length;
  const skeleton = `${xml.slice(0, open.index)}<${open[1]}sheetData${open[2]}><!--${ROWS_PLACEHOLDER}--></${open[1]}sheetData>${xml.slice(closeEnd)}`;
  const root = parseXml(skeleton, "worksheet").documentElement as XmlElement;
  const sheetData = child(root, root.namespaceURI ?? "", "sheetData");
  // The cut is trusted only when the placeholder landed in the worksheet's own <sheetData>.
  if (!sheetData || sheetData.firstChild?.nodeType !== 8 || sheetData.firstChild.nodeValue !== ROWS_PLACEHOLDER) return null;
  return { root, sheetData, rows: open[3] ? "" : xml.slice(afterOpen, close) };
}

/** The sheet part with the plan applied. */
export function applyColourPlanXml(xml: string, plan: ColourPlan, styles: StylesPart, sharedStringsXml: () => string | null): { xml: string; outcome: ColourOutcome } {
  const split = splitSheet(xml);
  // A sheet this cut does not fit (sheetData named in a comment before it…) is parsed whole.
  const root = split ? split.root : (parseXml(xml, "worksheet").documentElement as XmlElement);
  const ns = root.namespaceURI ?? "";
  const sheetData = split ? split.sheetData : child(root, ns, "sheetData");
  if (!sheetData || root.localName !== "worksheet") throw new Error("worksheet without <sheetData>");
  const removed = removeAddinRules(root, ns);
  const priorities = descendants(root, ns, "cfRule").map((r) => Number(r.getAttribute("priority")));
  const top = maxOf(priorities);
  const blocks = plan.rules.map((rule, i) => conditionalXml(rule, top + 1 + i, styles)).join("");
  if (blocks) {
    const existing = children(root, ns, "conditionalFormatting");
    const last = existing[existing.length - 1];
    for (const block of fragments(blocks, ns)) {
      if (last) graft(root, block, last.nextSibling as XmlElement | null);
      else {
        const placed = graft(root, block);
        root.removeChild(placed);
        insertInOrder(root, placed, WORKSHEET_ORDER);
      }
    }
  }
  // .xls conversions carry <col level>, an attribute the schema does not have (outlineLevel is its name).
  const cols = child(root, ns, "cols");
  for (const col of cols ? children(cols, ns, "col") : []) {
    const level = col.getAttribute("level");
    if (level === null) continue;
    col.removeAttribute("level");
    if (Number(level) > 0 && !col.hasAttribute("outlineLevel")) col.setAttribute("outlineLevel", level);
  }
  let legendWritten = false;
  let rows = split?.rows ?? "";
  if (plan.legend) {
    let cache: string[] | null = null;
    const strings = () => (cache ??= sharedStrings(sharedStringsXml()));
    const legend = plan.legend;
    const base = styles.defaultFont();
    const xfOf = (c: ReportCell) => styles.cellXf(c.style ? legend.styles[c.style] : undefined, base);
    const firstRow = legend.cells.reduce((m, c) => Math.min(m, c.row), Infinity);
    const lastRow = legend.cells.reduce((m, c) => Math.max(m, c.row), 0);
    if (!split) legendWritten = writeLegend(sheetData, ns, legend.cells, xfOf, strings);
    else {
      const region = legendRegion(rows, firstRow, lastRow);
      if (region) {
        // Only the legend's rows are parsed, inside a wrapper that declares what is in scope at <sheetData>.
        const decls = Object.entries(declarationsInScope(sheetData)).map(([k, v]) => ` ${k}="${v.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"`).join("");
        const wrapper = parseXml(`<wrapper${decls}>${rows.slice(region.start, region.end)}</wrapper>`, "worksheet rows").documentElement as XmlElement;
        if (writeLegend(wrapper, ns, legend.cells, xfOf, strings)) {
          const text = new XMLSerializer().serializeToString(wrapper);
          const inner = text.endsWith("/>") ? "" : text.slice(text.indexOf(">") + 1, text.lastIndexOf("</wrapper>"));
          rows = rows.slice(0, region.start) + inner + rows.slice(region.end);
          legendWritten = true;
        }
      }
    }
    if (legendWritten) {
      growDimension(root, ns, legend.range.right, legend.range.bottom);
      if (legend.swatchColumnWidth) widenColumn(root, ns, legend.swatchColumnWidth.col, legend.swatchColumnWidth.width);
    }
  }
  const out = serializeXml(root.ownerDocument as Document);
  if (!split) return { xml: out, outcome: { removed, added: plan.rules.length, legendWritten } };
  const marker = `<!--${ROWS_PLACEHOLDER}-->`;
  const at = out.indexOf(marker);
  return { xml: out.slice(0, at) + rows + out.slice(at + marker.length), outcome: { removed, added: plan.rules.length, legendWritten } };
}
