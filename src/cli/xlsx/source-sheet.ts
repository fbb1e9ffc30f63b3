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

/** The sheet part with the plan's colour rules applied (its legend is not the clerk's sheet's to carry). */
export function applyColourPlanXml(xml: string, plan: ColourPlan, styles: StylesPart): { xml: string; outcome: ColourOutcome } {
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
  const out = serializeXml(root.ownerDocument as Document);
  const outcome = { removed, added: plan.rules.length };
  if (!split) return { xml: out, outcome };
  const marker = `<!--${ROWS_PLACEHOLDER}-->`;
  const at = out.indexOf(marker);
  return { xml: out.slice(0, at) + split.rows + out.slice(at + marker.length), outcome };
}
