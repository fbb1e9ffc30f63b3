// The namespaces and relationship types a spreadsheet package is read by, in both spellings the standard has:
// Transitional (what Excel saves by default and every library writes) and Strict Open XML (Excel's "Strict Open
// XML Spreadsheet"). A reader that knows one spelling reads the other as an empty workbook, so both are here.

/** The SpreadsheetML main namespace (workbook, sheets, shared strings, styles). */
export const MAIN_NS = new Set([
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://purl.oclc.org/ooxml/spreadsheetml/main",
]);

/** The namespace of `r:id` attributes. */
export const RELATIONSHIP_ATTR_NS = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
];

/** The namespace of .rels parts (the same in both). */
export const PACKAGE_RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

const TRANSITIONAL_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const STRICT_TYPES = "http://purl.oclc.org/ooxml/officeDocument/relationships/";

/** Whether a relationship's type is `kind` ("officeDocument", "worksheet", "sharedStrings", "styles"). */
export function isRelationshipType(type: string, kind: string): boolean {
  return type === TRANSITIONAL_TYPES + kind || type === STRICT_TYPES + kind;
}

/** The value of an `r:id`-style attribute, whichever spelling of the relationships namespace it is in. */
export function relationshipId(attrs: { get(key: string): string | undefined }, local = "id"): string | undefined {
  for (const ns of RELATIONSHIP_ATTR_NS) {
    const v = attrs.get(`{${ns}}${local}`);
    if (v !== undefined) return v;
  }
  return undefined;
}
