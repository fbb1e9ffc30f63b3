// The two spellings of SpreadsheetML: Transitional (what Excel saves by default) and Strict ("Strict Open XML
// Spreadsheet"). The same parts, other namespace names; relationship types differ too. A copy writes its new
// parts in the spelling its workbook uses, so that no package mixes the two.
export type Dialect = "transitional" | "strict";

interface Spelling {
  main: string;
  relationships: string;
  relationshipTypes: string;
  chart: string;
  drawing: string;
  spreadsheetDrawing: string;
}

export const SPELLING: Record<Dialect, Spelling> = {
  transitional: {
    main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    relationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    relationshipTypes: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
    drawing: "http://schemas.openxmlformats.org/drawingml/2006/main",
    spreadsheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  },
  strict: {
    main: "http://purl.oclc.org/ooxml/spreadsheetml/main",
    relationships: "http://purl.oclc.org/ooxml/officeDocument/relationships",
    relationshipTypes: "http://purl.oclc.org/ooxml/officeDocument/relationships",
    chart: "http://purl.oclc.org/ooxml/drawingml/chart",
    drawing: "http://purl.oclc.org/ooxml/drawingml/main",
    spreadsheetDrawing: "http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing",
  },
};

/** The package (OPC) namespaces are the same in both. */
export const PACKAGE_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";

export type RelKind = "officeDocument" | "worksheet" | "styles" | "sharedStrings" | "drawing" | "chart" | "table";

export function relType(kind: RelKind, dialect: Dialect): string {
  return `${SPELLING[dialect].relationshipTypes}/${kind}`;
}

/** A relationship type of this kind, in either spelling. */
export function isRelType(type: string, kind: RelKind): boolean {
  return type === relType(kind, "transitional") || type === relType(kind, "strict");
}

export function dialectOfMain(ns: string | null): Dialect | null {
  if (ns === SPELLING.transitional.main) return "transitional";
  if (ns === SPELLING.strict.main) return "strict";
  return null;
}
