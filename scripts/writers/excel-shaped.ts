// A package shaped as Excel itself writes one (built here as XML text, since no Excel runs on this machine):
// every namespace declared on the root, mc:Ignorable naming x14ac/xr prefixes, x14ac:dyDescent on rows, spans,
// shared strings, a dxf in the styles, document properties with Dublin Core prefixes.
import JSZip from "jszip";
import type { Table1Sheet } from "./table1";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const X14AC = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac";
const XR = "http://schemas.microsoft.com/office/spreadsheetml/2014/revision";
const XR2 = "http://schemas.microsoft.com/office/spreadsheetml/2015/revision2";
const XR3 = "http://schemas.microsoft.com/office/spreadsheetml/2016/revision3";
const X15 = "http://schemas.microsoft.com/office/spreadsheetml/2010/11/main";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const col = (c: number) => String.fromCharCode(65 + c);

export async function excelShapedTable1(sheets: Table1Sheet[]): Promise<Buffer> {
  const strings: string[] = [];
  const sst = (s: string) => {
    const i = strings.indexOf(s);
    return i >= 0 ? i : strings.push(s) - 1;
  };
  const zip = new JSZip();
  const sheetXml = sheets.map((sheet, n) => {
    const width = Math.max(...sheet.rows.map((r) => r.length));
    const rows = sheet.rows.map((row, r) => {
      const cells = row.map((v, c) => {
        if (v === null || v === undefined) return "";
        const ref = `${col(c)}${r + 1}`;
        return typeof v === "number" ? `<c r="${ref}"${r === 4 ? ' s="1"' : ""}><v>${v}</v></c>` : `<c r="${ref}"${r === 4 ? ' s="1"' : ""} t="s"><v>${sst(v)}</v></c>`;
      }).join("");
      return `<row r="${r + 1}" spans="1:${width}" x14ac:dyDescent="0.25">${cells}</row>`;
    }).join("");
    return DECL + `<worksheet xmlns="${MAIN}" xmlns:r="${R}" xmlns:mc="${MC}" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="${X14AC}" ` +
      `xmlns:xr="${XR}" xmlns:xr2="${XR2}" xmlns:xr3="${XR3}" xr:uid="{00000000-0001-0000-000${n}-000000000000}">` +
      `<dimension ref="A1:${col(width - 1)}${sheet.rows.length}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
      '<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><cols><col min="2" max="2" width="18" customWidth="1"/></cols>' +
      `<sheetData>${rows}</sheetData>` +
      '<conditionalFormatting sqref="G6:G12"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>' +
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
  });
  zip.file("[Content_Types].xml", DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("") +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>');
  zip.file("_rels/.rels", DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
  zip.file("docProps/core.xml", DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Đội QLHC</dc:creator>' +
    '<dcterms:created xsi:type="dcterms:W3CDTF">2024-09-15T10:00:00Z</dcterms:created></cp:coreProperties>');
  zip.file("xl/workbook.xml", DECL + `<workbook xmlns="${MAIN}" xmlns:r="${R}" xmlns:mc="${MC}" mc:Ignorable="x15 xr xr2" xmlns:x15="${X15}" xmlns:xr="${XR}" xmlns:xr2="${XR2}">` +
    '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr defaultThemeVersion="166925"/>' +
    '<xr:revisionPtr revIDLastSave="0" documentId="8_{00000000-0000-0000-0000-000000000000}" xr6:coauthVersionLast="47" xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6"/>' +
    '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15720"/></bookViews><sheets>' +
    sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
    '</sheets><calcPr calcId="191029"/></workbook>');
  zip.file("xl/_rels/workbook.xml.rels", DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
    `<Relationship Id="rId${sheets.length + 1}" Type="${R}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${sheets.length + 2}" Type="${R}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`);
  sheetXml.forEach((xml, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, xml));
  zip.file("xl/styles.xml", DECL + `<styleSheet xmlns="${MAIN}" xmlns:mc="${MC}" mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="${X14AC}" ` +
    'xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" xmlns:xr="' + XR + '">' +
    '<fonts count="2" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="Times New Roman"/><family val="2"/></font>' +
    '<font><b/><sz val="11"/><color theme="1"/><name val="Times New Roman"/><family val="2"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>' +
    '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>');
  zip.file("xl/sharedStrings.xml", DECL + `<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">` +
    strings.map((s) => `<si><t${/^\s|\s$/.test(s) ? ' xml:space="preserve"' : ""}>${esc(s)}</t></si>`).join("") + "</sst>");
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
