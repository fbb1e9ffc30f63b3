// The colour plan on the clerk's own sheet part, and nothing else: the add-in's previous rules (recognised by
// their marker) are removed and the new ones appended after the clerk's own. No legend, no column width, no
// print area: the clerk's sheet stays as it was but for the colours (the legend lives on the report sheet), the
// same rule the add-in keeps in Excel.
// The part is edited as namespace-aware XML without its rows (a placeholder stands for them), so that a
// 50,000-row sheet is never parsed whole; the rows go back as the bytes they were.
import { isAddinRule } from "../../core/colour/marker";
import type { ColourPlan } from "../../core/report/model";
import { child, children, descendants, fragments, graft, insertInOrder, parseXml, serializeXml, type XmlElement } from "./dom";
import { conditionalXml } from "./report-sheet";
import type { StylesPart } from "./styles-part";
import { maxOf } from "./xml";

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

const SHEET_DATA_OPEN = /<((?:[\w.-]+:)?)sheetData((?:\s[^>]*?)?)(\/?)>/;

/** Where the rows of a sheet's text lie: its <sheetData> tag and the text between it and its end tag. */
interface RowsCut {
  open: RegExpExecArray;
  /** Start and end of the rows' text (equal for `<sheetData/>`), and the end of `</sheetData>`. */
  afterOpen: number;
  close: number;
  closeEnd: number;
}

function cutRows(xml: string): RowsCut | null {
  return cutAt(SHEET_DATA_OPEN.exec(xml), (tag, from) => xml.indexOf(tag, from));
}

function cutAt(open: RegExpExecArray | null, find: (tag: string, from: number) => number): RowsCut | null {
  if (!open) return null;
  const afterOpen = open.index + open[0].length;
  const close = open[3] ? afterOpen : find(`</${open[1]}sheetData>`, afterOpen);
  if (close < 0) return null;
  return { open, afterOpen, close, closeEnd: open[3] ? afterOpen : close + `</${open[1]}sheetData>`.length };
}

/**
 * cutRows on bytes read as latin1 (one character per byte: positions are byte offsets). A match ends at the first
 * ">" after its "sheetData", so the text up to that ">" holds the first match when there is one: only the head
 * of a sheet is made a string, not its megabytes of rows.
 */
function cutRowsInBytes(bytes: Buffer): RowsCut | null {
  const find = (tag: string, from: number) => bytes.indexOf(tag, from, "latin1");
  let from = 0;
  // A few false starts ("sheetData" in a comment…); past them, the whole text as cutRows reads it.
  for (let tries = 0; tries < 16; tries++) {
    const at = find("sheetData", from);
    const gt = at < 0 ? -1 : bytes.indexOf(62 /* > */, at);
    if (gt < 0) return null;
    const open = SHEET_DATA_OPEN.exec(bytes.toString("latin1", 0, gt + 1));
    if (open) return cutAt(open, find);
    from = gt + 1;
  }
  return cutAt(SHEET_DATA_OPEN.exec(bytes.toString("latin1")), find);
}

/** The sheet without its rows (a placeholder stands for them), parsed; null unless the placeholder landed in <sheetData>. */
function parseSkeleton(head: string, open: RegExpExecArray, tail: string): { root: XmlElement; sheetData: XmlElement } | null {
  const skeleton = `${head}<${open[1]}sheetData${open[2]}><!--${ROWS_PLACEHOLDER}--></${open[1]}sheetData>${tail}`;
  const root = parseXml(skeleton, "worksheet").documentElement as XmlElement;
  const sheetData = child(root, root.namespaceURI ?? "", "sheetData");
  // The cut is trusted only when the placeholder landed in the worksheet's own <sheetData>.
  if (!sheetData || sheetData.firstChild?.nodeType !== 8 || sheetData.firstChild.nodeValue !== ROWS_PLACEHOLDER) return null;
  return { root, sheetData };
}

/** The sheet part split at its rows: the rest parsed with a placeholder for them, and the rows' text. */
function splitSheet(xml: string): { root: XmlElement; sheetData: XmlElement; rows: string } | null {
  const cut = cutRows(xml);
  if (!cut) return null;
  const parsed = parseSkeleton(xml.slice(0, cut.open.index), cut.open, xml.slice(cut.closeEnd));
  return parsed && { ...parsed, rows: xml.slice(cut.afterOpen, cut.close) };
}

/**
 * The same cut made on the part's bytes (the pattern is ASCII, searched as latin1), and confirmed on the UTF-8
 * text of the head, so it is the cut the text would give. The rows stay bytes: never decoded, never encoded again.
 */
function splitSheetBytes(bytes: Buffer): { root: XmlElement; sheetData: XmlElement; head: string; tail: string; rows: Buffer } | null {
  const cut = cutRowsInBytes(bytes);
  if (!cut) return null;
  const through = bytes.toString("utf8", 0, cut.afterOpen);
  const again = SHEET_DATA_OPEN.exec(through);
  if (!again || again.index + again[0].length !== through.length || again[0] !== cut.open[0]) return null;
  const head = through.slice(0, again.index);
  const tail = bytes.toString("utf8", cut.closeEnd);
  const parsed = parseSkeleton(head, again, tail);
  if (!parsed) return null;
  return { ...parsed, head: through, tail: bytes.toString("utf8", cut.close), rows: bytes.subarray(cut.afterOpen, cut.close) };
}

/** The plan's rules on a parsed sheet (rows or their placeholder inside); returns how many went and came. */
function colourRoot(root: XmlElement, sheetData: XmlElement | null, plan: ColourPlan, styles: StylesPart): ColourOutcome {
  if (!sheetData || root.localName !== "worksheet") throw new Error("worksheet without <sheetData>");
  const ns = root.namespaceURI ?? "";
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
  return { removed, added: plan.rules.length };
}

const MARKER = `<!--${ROWS_PLACEHOLDER}-->`;

/** The sheet part with the plan's colour rules applied (its legend is not the clerk's sheet's to carry). */
export function applyColourPlanXml(xml: string, plan: ColourPlan, styles: StylesPart): { xml: string; outcome: ColourOutcome } {
  const split = splitSheet(xml);
  // A sheet this cut does not fit (sheetData named in a comment before it…) is parsed whole.
  const root = split ? split.root : (parseXml(xml, "worksheet").documentElement as XmlElement);
  const outcome = colourRoot(root, split ? split.sheetData : child(root, root.namespaceURI ?? "", "sheetData"), plan, styles);
  const out = serializeXml(root.ownerDocument as Document);
  if (!split) return { xml: out, outcome };
  const at = out.indexOf(MARKER);
  return { xml: out.slice(0, at) + split.rows + out.slice(at + MARKER.length), outcome };
}

/**
 * The same on the part's bytes, as the pieces of the new part (null when nothing changed): a province's sheet
 * is megabytes of rows, which go back as the very bytes they were, never decoded to one string and encoded again.
 */
export function applyColourPlanBytes(bytes: Buffer, plan: ColourPlan, styles: StylesPart): { pieces: Buffer[] | null; outcome: ColourOutcome } {
  const split = splitSheetBytes(bytes);
  if (!split) {
    const xml = bytes.toString("utf8");
    const applied = applyColourPlanXml(xml, plan, styles);
    return { pieces: applied.xml === xml ? null : [Buffer.from(applied.xml, "utf8")], outcome: applied.outcome };
  }
  const outcome = colourRoot(split.root, split.sheetData, plan, styles);
  const out = serializeXml(split.root.ownerDocument as Document);
  const at = out.indexOf(MARKER);
  const before = out.slice(0, at);
  const after = out.slice(at + MARKER.length);
  // Unchanged when the text around the rows came back as it was.
  if (before === split.head && after === split.tail) return { pieces: null, outcome };
  return { pieces: [Buffer.from(before, "utf8"), split.rows, Buffer.from(after, "utf8")], outcome };
}
