// The report copy: the clerk's package as it came, plus the report sheet(s) (cells, styles, charts, a table)
// and the colour rules on the clerk's sheet (only those: no legend, width or print area there). Parts touched:
// the workbook, its rels, the content types, the styles, the coloured sheet; parts added: the new sheets and
// their drawings, charts, tables. Every other part (macros, images, charts, external links, protection, dates)
// is copied as it was.
import { freshSheetName, freshTableName, rangeAddress, sameSheetName } from "../../core/address";
import type { ColourPlan, ReportModel } from "../../core/report/model";
import type { Msg } from "../../core/types";
import { chartPartXml, drawingPartXml } from "./chart-part";
import { parseXml } from "./dom";
import { relType } from "./namespaces";
import { CONTENT_TYPE, OpcPackage, resolveTarget } from "./package";
import { reportSheetPieces, shownValues } from "./report-sheet";
import { applyColourPlanBytes, type ColourOutcome } from "./source-sheet";
import { EMPTY_STYLES, StylesPart } from "./styles-part";
import { tablePartXml } from "./table-part";
import { WorkbookPart, quotedSheet } from "./workbook-part";
import { maxOf } from "./xml";

export interface CopyAdditions {
  /** Sheets to add after the last one, in this order (the report; a history sheet…). */
  sheets: ReportModel[];
  /** Colour rules for one of the clerk's sheets (plan.sheet names it); its legend is not written there. */
  colour?: ColourPlan;
  /**
   * Sheets the add-in itself keeps (the history sheet): an added sheet of one of these names takes the place of
   * the existing one, same position, part and table, instead of being added as " (2)". Never a clerk's sheet.
   */
  replaceOwn?: string[];
}

export interface ReportCopy {
  bytes: Buffer;
  /** The names the added sheets got (a name already taken gets " (2)"). */
  sheetNames: string[];
  colour: ColourOutcome | null;
  /** The package holds macros (its workbook is macro-enabled): the copy must be named .xlsm. */
  macroEnabled: boolean;
  /** What the clerk should know: cells left blank because their figure was not a finite number. */
  warnings: Msg[];
}

async function stylesOf(pkg: OpcPackage, workbook: WorkbookPart): Promise<{ part: string; styles: StylesPart }> {
  const rel = await pkg.relationshipOf(workbook.part, "styles");
  const part = rel ? resolveTarget(workbook.part, rel.target) : "xl/styles.xml";
  const xml = await pkg.text(part);
  if (xml === null) {
    // A package without styles (some generators): give it the minimal one Excel expects.
    if (!rel) await pkg.addRelationship(workbook.part, relType("styles", workbook.dialect), part);
    await pkg.addContentType(part, CONTENT_TYPE.styles);
  }
  return { part, styles: new StylesPart(xml ?? EMPTY_STYLES(workbook.dialect)) };
}

/** The root element of a table part: its id, name and display name. */
async function tableRoot(pkg: OpcPackage, part: string) {
  const root = parseXml((await pkg.text(part)) ?? "<table/>", part).documentElement as Element;
  return { id: Number(root.getAttribute("id") ?? 0), name: root.getAttribute("name") ?? "", displayName: root.getAttribute("displayName") ?? "" };
}

/** Ids and names of every table of the package, wherever its part lives (found by content type). */
async function tableIds(pkg: OpcPackage): Promise<{ ids: number[]; names: string[] }> {
  const ids: number[] = [];
  const names: string[] = [];
  for (const part of pkg.partNames()) {
    if (!/\.xml$/i.test(part) || (await pkg.contentTypeOf(part)) !== CONTENT_TYPE.table) continue;
    const t = await tableRoot(pkg, part);
    ids.push(t.id);
    names.push(t.name, t.displayName);
  }
  return { ids, names };
}

/** An added sheet: its name, and (filled once the package is written) the cells left blank. */
interface AddedSheet {
  name: string;
  blanked: string[];
}

/** The existing sheet an added one replaces (the add-in's own, by name), with its table part when it has one. */
async function ownSheetToReplace(pkg: OpcPackage, workbook: WorkbookPart, model: ReportModel, replaceOwn: string[]) {
  if (!replaceOwn.some((n) => sameSheetName(n, model.sheetName))) return null;
  const index = workbook.sheets.findIndex((s) => sameSheetName(s.name, model.sheetName) && s.part !== null);
  if (index < 0) return null;
  const sheet = workbook.sheets[index];
  const tableRel = await pkg.relationshipOf(sheet.part as string, "table");
  return { index, name: sheet.name, part: sheet.part as string, table: tableRel ? { id: tableRel.id, part: resolveTarget(sheet.part as string, tableRel.target) } : null };
}

async function addSheet(pkg: OpcPackage, workbook: WorkbookPart, styles: StylesPart, model: ReportModel, replaceOwn: string[] = []): Promise<AddedSheet> {
  const own = await ownSheetToReplace(pkg, workbook, model, replaceOwn);
  // A replaced sheet keeps no drawing of its own: the add-in's kept sheets have none.
  if (own && model.charts.length > 0) throw new Error("a replaced sheet cannot take charts");
  const name = own ? own.name : freshSheetName(model.sheetName, workbook.sheets.map((s) => s.name));
  const part = own ? own.part : pkg.freeName("xl/worksheets/sheet", ".xml");
  const shown = shownValues(model, model.charts.flatMap((c) => [c.categories, c.values, ...(c.series ?? []).map((x) => x.values)]));
  let drawingRelId: string | undefined;
  if (model.charts.length > 0) {
    const drawing = pkg.freeName("xl/drawings/drawing", ".xml");
    const anchors = [];
    for (const chart of model.charts) {
      const chartPart = pkg.freeName("xl/charts/chart", ".xml");
      pkg.set(chartPart, chartPartXml(chart, name, shown, workbook.dialect));
      await pkg.addContentType(chartPart, CONTENT_TYPE.chart);
      anchors.push({ anchor: chart.anchor, relId: await pkg.addRelationship(drawing, relType("chart", workbook.dialect), chartPart) });
    }
    pkg.set(drawing, drawingPartXml(anchors, workbook.dialect));
    await pkg.addContentType(drawing, CONTENT_TYPE.drawing);
    drawingRelId = await pkg.addRelationship(part, relType("drawing", workbook.dialect), drawing);
  }
  const tableRelIds: string[] = [];
  if (model.table && own?.table) {
    // The replaced sheet's table grows in place: same part, id and name.
    const old = await tableRoot(pkg, own.table.part);
    pkg.set(own.table.part, tablePartXml(model.table, old.id || 1, old.name || model.table.name, workbook.dialect));
    tableRelIds.push(own.table.id);
  } else if (model.table) {
    const existing = await tableIds(pkg);
    const tablePart = pkg.freeName("xl/tables/table", ".xml");
    pkg.set(tablePart, tablePartXml(model.table, maxOf(existing.ids) + 1, freshTableName(model.table.name, [...existing.names, ...workbook.definedNames()]), workbook.dialect));
    await pkg.addContentType(tablePart, CONTENT_TYPE.table);
    tableRelIds.push(await pkg.addRelationship(part, relType("table", workbook.dialect), tablePart));
  }
  const written = reportSheetPieces(model, styles, { drawingRelId, tableRelIds, dialect: workbook.dialect });
  pkg.setPieces(part, written.pieces);
  if (!own) await pkg.addContentType(part, CONTENT_TYPE.worksheet);
  const index = own ? own.index : await workbook.addSheet(name, part);
  workbook.defineName("_xlnm.Print_Area", index, `${quotedSheet(name)}!${absolute(rangeAddress(model.print.printArea))}`);
  const titles = model.print.repeatRows;
  if (titles) workbook.defineName("_xlnm.Print_Titles", index, `${quotedSheet(name)}!$${titles.first}:$${titles.last}`);
  return { name, blanked: written.blanked };
}

/** "A1:J30" → "$A$1:$J$30". */
function absolute(address: string): string {
  return address.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

/** The clerk's package with the additions; see the file's header for what changes. */
export async function writeReportCopy(input: Buffer | Uint8Array, additions: CopyAdditions): Promise<ReportCopy> {
  const pkg = await OpcPackage.open(input);
  const workbook = await WorkbookPart.open(pkg);
  const { part: stylesPart, styles } = await stylesOf(pkg, workbook);
  const warnings: Msg[] = [];

  let colour: ColourOutcome | null = null;
  const plan = additions.colour;
  if (plan) {
    const target = workbook.sheets.find((s) => s.name === plan.sheet) ?? workbook.sheets.find((s) => sameSheetName(s.name, plan.sheet));
    const bytes = target?.part ? await pkg.bytes(target.part) : null;
    if (target?.part && bytes !== null) {
      const applied = applyColourPlanBytes(bytes, plan, styles);
      if (applied.pieces) pkg.setPieces(target.part, applied.pieces);
      colour = applied.outcome;
    }
  }

  const added: AddedSheet[] = [];
  for (const model of additions.sheets) added.push(await addSheet(pkg, workbook, styles, model, additions.replaceOwn));
  workbook.save();
  if (styles.changed) pkg.set(stylesPart, styles.toXml());
  // Macro-enabled: the workbook part itself is typed so (some writers, SheetJS among them, list the macro types
  // as defaults in every package: those alone say nothing), or the package carries a VBA project.
  const macroEnabled = /macroEnabled/i.test((await pkg.contentTypeOf(workbook.part)) ?? "") || pkg.partNames().some((n) => /vbaProject\.bin$/i.test(n));
  const bytes = await pkg.toBuffer();
  for (const { name, blanked } of added) {
    if (blanked.length > 0) warnings.push({ key: "copy.blankedCells", params: { sheet: name, count: String(blanked.length), cells: blanked.slice(0, 5).join(", ") } });
  }
  return { bytes, sheetNames: added.map((a) => a.name), colour, macroEnabled, warnings };
}
