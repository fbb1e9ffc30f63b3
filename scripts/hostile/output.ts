// Output-side hostile workbooks, for the copy's promise to keep all the clerk had: packages holding what exceljs
// does not model, written as other tools write them (a chart and an image in a drawing, macros, an external link,
// workbook and sheet protection, ISO dates), and absurd figures. Each starts from one small quota workbook and is
// edited as zip parts, so the test knows exactly which bytes must survive. Written to test/hostile/output/.
import ExcelJS from "exceljs";
import * as fs from "fs";
import JSZip from "jszip";
import * as path from "path";

export const OUTPUT_DIR = path.join(__dirname, "..", "..", "test", "hostile", "output");

/** Units with target and done, by construction: totals 6,000 and 2,600. */
export const OUTPUT_UNITS: [string, number, number][] = [
  ["Xã An Bình", 1500, 900], ["Xã An Phú", 1000, 300], ["Phường Bắc Hà", 2000, 1000], ["Thị trấn Chợ Chu", 1500, 400],
];
export const OUTPUT_DATES = { from: "01/08/2024", to: "30/10/2024", asOf: "15/09/2024" };
export const QUOTA_SHEET = "Tiến độ";

async function baseWorkbook(targets?: number[]): Promise<JSZip> {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date(Date.UTC(2024, 8, 15));
  const ws = wb.addWorksheet(QUOTA_SHEET);
  ws.getCell("A1").value = "TIẾN ĐỘ THU NHẬN HỒ SƠ CẤP CĂN CƯỚC, từ 01/8/2024 đến 30/10/2024";
  ws.getRow(3).values = ["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"];
  OUTPUT_UNITS.forEach(([name, target, done], i) => (ws.getRow(4 + i).values = [i + 1, name, targets?.[i] ?? target, done]));
  ws.getRow(4 + OUTPUT_UNITS.length).values = [null, "Tổng cộng", { formula: "SUM(C4:C7)" }, { formula: "SUM(D4:D7)" }];
  const notes = wb.addWorksheet("Ghi chú");
  notes.getCell("A1").value = "Ghi chú của văn thư";
  return JSZip.loadAsync(await wb.xlsx.writeBuffer());
}

async function edit(zip: JSZip, part: string, change: (xml: string) => string): Promise<void> {
  zip.file(part, change(await zip.file(part)!.async("string")));
}

const addOverride = (part: string, type: string) => (xml: string) =>
  xml.replace("</Types>", `<Override PartName="/${part}" ContentType="${type}"/></Types>`);

/** A 1×1 PNG, built from its bytes. */
const PNG_1x1 = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5d1b1a80000000049454e44ae426082", "hex");

const DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">
<xdr:twoCellAnchor><xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>14</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>
<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Biểu đồ 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>
<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>
<xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>12</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="914400" cy="914400"/>
<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Con dấu"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>
<xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`;

const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/>
<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>'${QUOTA_SHEET}'!$B$4:$B$7</c:f></c:strRef></c:cat>
<c:val><c:numRef><c:f>'${QUOTA_SHEET}'!$D$4:$D$7</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart>
<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>
<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;

const REL = (id: string, type: string, target: string, external = false) =>
  `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"${external ? ' TargetMode="External"' : ""}/>`;
const RELS = (...rels: string[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`;

/** The same drawing with the spreadsheetDrawing namespace as the default one, as some other tools write it. */
const DRAWING_DEFAULT_NS = DRAWING.replace(/<(\/?)xdr:/g, "<$1").replace('xmlns:xdr="', 'xmlns="');

async function chartAndImage(zip: JSZip, drawing = DRAWING): Promise<void> {
  zip.file("xl/media/image1.png", PNG_1x1);
  zip.file("xl/drawings/drawing1.xml", drawing);
  zip.file("xl/charts/chart1.xml", CHART);
  zip.file("xl/drawings/_rels/drawing1.xml.rels", RELS(REL("rId1", "chart", "../charts/chart1.xml"), REL("rId2", "image", "../media/image1.png")));
  zip.file("xl/worksheets/_rels/sheet1.xml.rels", RELS(REL("rId9", "drawing", "../drawings/drawing1.xml")));
  await edit(zip, "xl/worksheets/sheet1.xml", (x) => x.replace("</worksheet>", '<drawing r:id="rId9"/></worksheet>'));
  await edit(zip, "[Content_Types].xml", (x) =>
    addOverride("xl/charts/chart1.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml")(
      addOverride("xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml")(x),
    ).replace("<Default ", '<Default Extension="png" ContentType="image/png"/><Default '));
}

/** Bytes that stand for a VBA project: the copy must keep them as they are. */
function vbaBytes(): Buffer {
  const b = Buffer.alloc(4096);
  for (let i = 0; i < b.length; i++) b[i] = (i * 73 + 11) % 251;
  return b;
}

async function macros(zip: JSZip): Promise<void> {
  zip.file("xl/vbaProject.bin", vbaBytes());
  await edit(zip, "xl/_rels/workbook.xml.rels", (x) => x.replace("</Relationships>", `${REL("rIdVba", "vbaProject", "vbaProject.bin").replace("officeDocument/2006/relationships/vbaProject", "office/2006/relationships/vbaProject").replace("http://schemas.openxmlformats.org/office/", "http://schemas.microsoft.com/office/")}</Relationships>`));
  await edit(zip, "[Content_Types].xml", (x) => x
    .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
    .replace("<Default ", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default '));
}

async function externalLink(zip: JSZip): Promise<void> {
  zip.file("xl/externalLinks/externalLink1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><externalBook r:id="rId1"><sheetNames><sheetName val="Tổng hợp"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>6000</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`);
  zip.file("xl/externalLinks/_rels/externalLink1.xml.rels", RELS(REL("rId1", "externalLinkPath", "file:///C:/bao-cao/tong-hop-huyen.xlsx", true)));
  await edit(zip, "xl/_rels/workbook.xml.rels", (x) => x.replace("</Relationships>", `${REL("rIdExt1", "externalLink", "externalLinks/externalLink1.xml")}</Relationships>`));
  await edit(zip, "xl/workbook.xml", (x) => x.replace(/(<\/sheets>)/, '$1<externalReferences><externalReference r:id="rIdExt1"/></externalReferences>'));
  await edit(zip, "[Content_Types].xml", addOverride("xl/externalLinks/externalLink1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"));
  await edit(zip, "xl/worksheets/sheet2.xml", (x) => x.replace(/<\/sheetData>|<sheetData\/>/, '<row r="3"><c r="A3"><f>[1]\'Tổng hợp\'!A1</f><v>6000</v></c></row></sheetData>'));
}

async function workbookLock(zip: JSZip): Promise<void> {
  await edit(zip, "xl/workbook.xml", (x) => x.replace(/(<workbookPr[^>]*\/>)/, '$1<workbookProtection workbookPassword="CC3D" lockStructure="1"/>'));
  // The clerk's own print area on the quota sheet: the report's defined names join it.
  await edit(zip, "xl/workbook.xml", (x) => x.replace("<calcPr", () => `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">'${QUOTA_SHEET}'!$A$1:$D$8</definedName></definedNames><calcPr`));
}

async function sheetPassword(zip: JSZip): Promise<void> {
  await edit(zip, "xl/worksheets/sheet1.xml", (x) => x.replace("</sheetData>", '</sheetData><sheetProtection password="CC3D" sheet="1" objects="1" scenarios="1"/>'));
}

/** ISO dates (t="d"), as some tools write them: on the quota sheet, beside the table, and on another sheet. */
export const ISO_DATE_CELL = '<c r="F1" t="d"><v>2024-09-15T00:00:00</v></c>';
async function isoDates(zip: JSZip): Promise<void> {
  await edit(zip, "xl/worksheets/sheet1.xml", (x) => x.replace(/(<row r="1"[^>]*>[\s\S]*?)(<\/row>)/, `$1${ISO_DATE_CELL}$2`));
  await edit(zip, "xl/worksheets/sheet2.xml", (x) => x.replace(/<\/sheetData>/, '<row r="5"><c r="B5" t="d"><v>2024-08-01</v></c></row></sheetData>'));
}

export interface OutputCase {
  file: string;
  what: string;
  bytes: () => Promise<Buffer>;
}

const build = (edits: ((zip: JSZip) => Promise<void>)[], targets?: number[]) => async () => {
  const zip = await baseWorkbook(targets);
  for (const e of edits) await e(zip);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
};

export const OUTPUT_CASES: OutputCase[] = [
  { file: "o1-chart-and-image.xlsx", what: "a chart and an image in a drawing, as other tools write them", bytes: build([chartAndImage]) },
  { file: "o2-macros.xlsm", what: "a macro-enabled workbook with its vbaProject.bin", bytes: build([macros]) },
  { file: "o3-external-link.xlsx", what: "a formula reading another workbook (external link)", bytes: build([externalLink]) },
  { file: "o4-workbook-structure-lock.xlsx", what: "the workbook structure locked with a password", bytes: build([workbookLock]) },
  { file: "o5-legacy-sheet-password.xlsx", what: "the quota sheet protected with a legacy password hash", bytes: build([sheetPassword]) },
  { file: "o6-iso-dates.xlsx", what: "cells holding ISO dates (t=\"d\")", bytes: build([isoDates]) },
  { file: "o7-targets-1e308.xlsx", what: "targets of 1e308 (their sum overflows)", bytes: build([], [1e308, 1e308, 2000, 1500]) },
  { file: "o9-drawing-default-namespace.xlsx", what: "a chart and an image in a drawing without the xdr: prefix (exceljs fails on it: \"reading 'anchors'\")",
    bytes: build([(zip) => chartAndImage(zip, DRAWING_DEFAULT_NS)]) },
  { file: "o10-target-1.7e308-done-1e300.xlsx", what: "figures JavaScript writes with an exponent (1.7e+308, 1e+300): once \"NaN/NaN\" in the chat text",
    bytes: build([], [1.7e308, 1000, 2000, 1500]) },
  { file: "o8-everything.xlsm", what: "all of the above in one macro-enabled workbook", bytes: build([chartAndImage, macros, externalLink, workbookLock, sheetPassword, isoDates]) },
];

export async function writeOutputCases(): Promise<number> {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  for (const c of OUTPUT_CASES) fs.writeFileSync(path.join(OUTPUT_DIR, c.file), await c.bytes());
  return OUTPUT_CASES.length;
}
