// The workbook part: which sheets there are (name, id, part), adding a sheet after the last one, and the
// print area and print titles of an added sheet as defined names. Only these edits, made on the parsed part
// (namespace-aware: any prefix, Transitional or Strict); the rest of workbook.xml (protection, views, external
// references, calculation settings) stays as the clerk's file has it.
import { attrNs, child, children, createIn, insertInOrder, parseXml, serializeXml, setAttrNs, type XmlDocument, type XmlElement } from "./dom";
import { dialectOfMain, isRelType, relType, SPELLING, type Dialect } from "./namespaces";
import { OpcPackage, resolveTarget } from "./package";
import { maxOf } from "./xml";

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  /** The worksheet part ("xl/worksheets/sheet1.xml"); null for a chart sheet or a broken link. */
  part: string | null;
}

/** Children of <workbook>, in the schema's order. */
const WORKBOOK_ORDER = ["fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets", "functionGroups",
  "externalReferences", "definedNames", "calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes",
  "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"] as const;

/** Thrown for a workbook part this writer cannot place a sheet in (no <sheets>, an unknown main namespace). */
export class WorkbookShapeError extends Error {}

export class WorkbookPart {
  private constructor(
    readonly pkg: OpcPackage,
    readonly part: string,
    private readonly doc: XmlDocument,
    readonly dialect: Dialect,
    readonly sheets: SheetEntry[],
  ) {}

  static async open(pkg: OpcPackage): Promise<WorkbookPart> {
    const main = await pkg.relationshipOf("", "officeDocument");
    if (!main) throw new WorkbookShapeError("no officeDocument relationship");
    const part = resolveTarget("", main.target);
    const xml = await pkg.text(part);
    if (xml === null) throw new WorkbookShapeError(`missing ${part}`);
    const doc = parseXml(xml, part);
    const root = doc.documentElement as XmlElement;
    const dialect = dialectOfMain(root.namespaceURI);
    if (!dialect || root.localName !== "workbook") throw new WorkbookShapeError(`${part} is not a workbook`);
    const ns = SPELLING[dialect];
    const rels = await pkg.relationships(part);
    const list = child(root, ns.main, "sheets");
    const sheets = (list ? children(list, ns.main, "sheet") : []).map((el) => {
      // The r:id, whatever the relationships namespace is called in this part.
      const relId = attrNs(el, ns.relationships, "id") ?? "";
      const rel = rels.find((r) => r.id === relId);
      const isSheet = rel && !rel.external && isRelType(rel.type, "worksheet");
      return { name: el.getAttribute("name") ?? "", sheetId: Number(el.getAttribute("sheetId") ?? 0), relId, part: isSheet ? resolveTarget(part, rel.target) : null };
    });
    return new WorkbookPart(pkg, part, doc, dialect, sheets);
  }

  private get root(): XmlElement {
    return this.doc.documentElement as XmlElement;
  }

  private get main(): string {
    return SPELLING[this.dialect].main;
  }

  /** Adds a visible sheet after the others; returns its position (0-based, for localSheetId). */
  async addSheet(name: string, sheetPart: string): Promise<number> {
    const list = child(this.root, this.main, "sheets");
    if (!list) throw new WorkbookShapeError("workbook without <sheets>");
    const relId = await this.pkg.addRelationship(this.part, relType("worksheet", this.dialect), sheetPart);
    const sheetId = maxOf(this.sheets.map((s) => s.sheetId)) + 1;
    const el = createIn(list, this.main, "sheet");
    el.setAttribute("name", name);
    el.setAttribute("sheetId", String(sheetId));
    list.appendChild(el);
    // The relationships prefix in scope where the sheet is (openpyxl declares it on each <sheet>, not the root).
    setAttrNs(el, SPELLING[this.dialect].relationships, "id", relId);
    this.sheets.push({ name, sheetId, relId, part: sheetPart });
    return this.sheets.length - 1;
  }

  /** A defined name local to one sheet (`_xlnm.Print_Area`, `_xlnm.Print_Titles`), replacing one of the same name. */
  defineName(name: string, localSheetId: number, formula: string): void {
    let list = child(this.root, this.main, "definedNames");
    if (!list) {
      list = createIn(this.root, this.main, "definedNames");
      insertInOrder(this.root, list, WORKBOOK_ORDER);
    }
    // The same name for the same sheet is replaced, never doubled (Excel refuses a workbook that has both).
    for (const old of children(list, this.main, "definedName")) {
      if (old.getAttribute("name") === name && old.getAttribute("localSheetId") === String(localSheetId)) list.removeChild(old);
    }
    const entry = createIn(list, this.main, "definedName");
    entry.setAttribute("name", name);
    entry.setAttribute("localSheetId", String(localSheetId));
    entry.appendChild(this.doc.createTextNode(formula));
    list.appendChild(entry);
  }

  /** Names used by defined names and tables must be unique in the workbook. */
  definedNames(): string[] {
    const list = child(this.root, this.main, "definedNames");
    return list ? children(list, this.main, "definedName").map((e) => e.getAttribute("name") ?? "") : [];
  }

  save(): void {
    this.pkg.set(this.part, serializeXml(this.doc));
  }
}

/** A sheet name quoted for a formula: 'Báo cáo 15-09-2024'. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
