// The workbook part: which sheets there are (name, id, part), adding a sheet after the last one, and the
// print area and print titles of an added sheet as defined names. Only these edits; the rest of workbook.xml
// (protection, views, external references, calculation settings) stays as the clerk's file has it.
import { OpcPackage, REL_TYPE, resolveTarget } from "./package";
import { REL_NS } from "./report-sheet";
import { attrOf, attrs, escapeXml, insertAt, insertionPoint, maxOf, rootPrefix } from "./xml";

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  /** The worksheet part ("xl/worksheets/sheet1.xml"); null for a chart sheet or a broken link. */
  part: string | null;
}

/** Children of <workbook> that come after <definedNames>, in the schema's order. */
const AFTER_DEFINED_NAMES = ["calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes",
  "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"] as const;

export class WorkbookPart {
  private constructor(readonly pkg: OpcPackage, readonly part: string, private xml: string, readonly sheets: SheetEntry[]) {}

  static async open(pkg: OpcPackage): Promise<WorkbookPart> {
    const main = (await pkg.relationships("")).find((r) => r.type === REL_TYPE.officeDocument);
    if (!main) throw new Error("no officeDocument relationship");
    const part = resolveTarget("", main.target);
    const xml = await pkg.text(part);
    if (xml === null) throw new Error(`missing ${part}`);
    const rels = await pkg.relationships(part);
    const p = rootPrefix(xml, "workbook");
    const sheets = [...xml.matchAll(new RegExp(`<${p}sheet\\s[^>]*>`, "g"))].map((m) => {
      const relId = attrOf(m[0], "r:id") ?? attrOf(m[0], "[\\w]+:id") ?? "";
      const rel = rels.find((r) => r.id === relId);
      const isSheet = rel && !rel.external && rel.type === REL_TYPE.worksheet;
      return { name: attrOf(m[0], "name") ?? "", sheetId: Number(attrOf(m[0], "sheetId") ?? 0), relId, part: isSheet ? resolveTarget(part, rel.target) : null };
    });
    return new WorkbookPart(pkg, part, xml, sheets);
  }

  get prefix(): string {
    return rootPrefix(this.xml, "workbook");
  }

  /** Adds a visible sheet after the others; returns its position (0-based, for localSheetId). */
  async addSheet(name: string, sheetPart: string): Promise<number> {
    const relId = await this.pkg.addRelationship(this.part, REL_TYPE.worksheet, sheetPart);
    const sheetId = maxOf(this.sheets.map((s) => s.sheetId)) + 1;
    const p = this.prefix;
    // The r: prefix is the usual binding; declare it on the element when the root binds it otherwise.
    const bound = new RegExp(`xmlns:r\\s*=\\s*"${REL_NS.replace(/[./]/g, "\\$&")}"`).test(this.xml.slice(0, 2000));
    const tag = `<${p}sheet${attrs({ name, sheetId })} r:id="${relId}"${bound ? "" : ` xmlns:r="${REL_NS}"`}/>`;
    const close = this.xml.indexOf(`</${p}sheets>`);
    if (close < 0) throw new Error("workbook without </sheets>");
    this.xml = insertAt(this.xml, close, tag);
    this.sheets.push({ name, sheetId, relId, part: sheetPart });
    return this.sheets.length - 1;
  }

  /** A defined name local to one sheet (`_xlnm.Print_Area`, `_xlnm.Print_Titles`), replacing one of the same name. */
  defineName(name: string, localSheetId: number, formula: string): void {
    const p = this.prefix;
    // The same name for the same sheet is replaced, never doubled (Excel refuses a workbook that has both).
    const same = new RegExp(`<${p}definedName\\s[^>]*>[^<]*</${p}definedName>`, "g");
    this.xml = this.xml.replace(same, (whole) => (attrOf(whole, "name") === name && attrOf(whole, "localSheetId") === String(localSheetId) ? "" : whole));
    const entry = `<${p}definedName${attrs({ name, localSheetId })}>${escapeXml(formula)}</${p}definedName>`;
    const close = this.xml.indexOf(`</${p}definedNames>`);
    if (close >= 0) {
      this.xml = insertAt(this.xml, close, entry);
      return;
    }
    const selfClosed = new RegExp(`<${p}definedNames\\s*/>`).exec(this.xml);
    if (selfClosed) {
      this.xml = this.xml.replace(selfClosed[0], `<${p}definedNames>${entry}</${p}definedNames>`);
      return;
    }
    const at = insertionPoint(this.xml, p, AFTER_DEFINED_NAMES, "workbook");
    this.xml = insertAt(this.xml, at, `<${p}definedNames>${entry}</${p}definedNames>`);
  }

  /** Names used by defined names and tables must be unique in the workbook. */
  definedNames(): string[] {
    return [...this.xml.matchAll(new RegExp(`<${this.prefix}definedName\\s[^>]*>`, "g"))].map((m) => attrOf(m[0], "name") ?? "");
  }

  save(): void {
    this.pkg.set(this.part, this.xml);
  }
}

/** A sheet name quoted for a formula: 'Báo cáo 15-09-2024'. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
