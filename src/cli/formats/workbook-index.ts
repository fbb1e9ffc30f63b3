// What a workbook part says about its sheets: names in tab order, hidden or not, the part each one lives in
// (through the workbook's relationships, never by guessing "sheetN.xml"), the 1904 date system, print areas,
// and where the shared strings and the styles are.
import { sameSheetName } from "../../core/address";
import { isRelationshipType, MAIN_NS, relationshipId } from "./ooxml-names";
import type { PackageParts } from "./package-parts";
import { scanXml } from "./xml-scan";

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetEntry {
  name: string;
  state: SheetState;
  /** The worksheet part; null for a chart sheet, a dialog sheet or a broken link (named, but holding no cells). */
  part: string | null;
  /** The print area's text as the defined name holds it ("'Tiến độ'!$A$1:$H$16"), when the sheet has one. */
  printArea: string | null;
}

export interface WorkbookIndex {
  sheets: SheetEntry[];
  date1904: boolean;
  sharedStrings: string | null;
  styles: string | null;
}

const DEFAULT_WORKBOOK = "xl/workbook.xml";
const TRUE = new Set(["1", "true", "on"]);
const PRINT_AREA = "_xlnm.print_area";

/** The workbook part the package's relationships name as its main document. */
function workbookPart(parts: PackageParts): string {
  const main = parts.relationships("").find((r) => !r.external && isRelationshipType(r.type, "officeDocument"));
  return main && parts.has(main.target) ? main.target : DEFAULT_WORKBOOK;
}

/** Throws XmlFormatError / ZipFormatError when the workbook part is damaged; null when there is none. */
export function readWorkbookIndex(parts: PackageParts): WorkbookIndex | null {
  const part = workbookPart(parts);
  const xml = parts.text(part);
  if (xml === null) return null;
  const rels = parts.relationships(part);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const listed: { name: string; state: SheetState; relId: string | undefined }[] = [];
  const printAreas: { local: number | null; text: string }[] = [];
  let date1904 = false;
  let definedName: { local: number | null; text: string } | null = null;
  scanXml(xml, {
    open(ns, local, attrs) {
      if (!MAIN_NS.has(ns)) return;
      if (local === "sheet") {
        const written = attrs.get("state");
        const state: SheetState = written === "hidden" || written === "veryHidden" ? written : "visible";
        listed.push({ name: attrs.get("name") ?? "", state, relId: relationshipId(attrs) });
      } else if (local === "workbookPr") date1904 = TRUE.has((attrs.get("date1904") ?? "").toLowerCase());
      else if (local === "definedName" && (attrs.get("name") ?? "").toLowerCase() === PRINT_AREA) {
        definedName = { local: attrs.get("localSheetId") === undefined ? null : Number(attrs.get("localSheetId")), text: "" };
      }
    },
    close(ns, local) {
      if (definedName && local === "definedName" && MAIN_NS.has(ns)) {
        printAreas.push(definedName);
        definedName = null;
      }
    },
    text(t) {
      if (definedName) definedName.text += t;
    },
  });
  const sheets: SheetEntry[] = listed.map((s, index) => {
    const rel = s.relId === undefined ? undefined : byId.get(s.relId);
    const isWorksheet = rel && !rel.external && isRelationshipType(rel.type, "worksheet") && parts.has(rel.target);
    const area = printAreas.find((p) => p.local === index) ?? printAreas.find((p) => p.local === null && namesSheet(p.text, s.name));
    return { name: s.name, state: s.state, part: isWorksheet ? rel.target : null, printArea: area?.text ?? null };
  });
  const target = (kind: string) => rels.find((r) => !r.external && isRelationshipType(r.type, kind) && parts.has(r.target))?.target ?? null;
  return { sheets, date1904, sharedStrings: target("sharedStrings"), styles: target("styles") };
}

/** Whether a reference text ("'Tiến độ'!$A$1:$H$9") is on the named sheet. */
function namesSheet(ref: string, sheet: string): boolean {
  const m = /^\s*(?:'((?:[^']|'')+)'|([^!]+))!/.exec(ref);
  const name = m ? (m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]) : null;
  return name !== null && sameSheetName(name, sheet);
}
