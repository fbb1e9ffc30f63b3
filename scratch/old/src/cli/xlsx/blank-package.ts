// A workbook package with no sheet yet: the base of a brand-new workbook (the merge command's district table),
// to which writeReportCopy adds the sheets exactly as it adds them to a clerk's own file.
import { REL_TYPE } from "./package";
import { newEntry, writeZip } from "./zip";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const PARTS: [string, string][] = [
  [
    "[Content_Types].xml",
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      "</Types>",
  ],
  ["_rels/.rels", `${XML}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_TYPE.officeDocument}" Target="xl/workbook.xml"/></Relationships>`],
  ["xl/workbook.xml", `${XML}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets></sheets></workbook>`],
  ["xl/_rels/workbook.xml.rels", `${XML}<Relationships xmlns="${PKG_REL_NS}"></Relationships>`],
];

/** The bytes of an empty workbook package (it becomes valid once a sheet is added). */
export function blankWorkbookPackage(): Buffer {
  return writeZip(PARTS.map(([name, text]) => newEntry(name, text)));
}
