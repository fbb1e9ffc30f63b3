// DrawingML charts from the model's chart requests: one drawing part anchoring every chart of the sheet, and
// one chart part per request ("bar": completion by unit; "line": several series over days). Each series keeps
// its cell references (Excel and LibreOffice redraw from the cells) and a cache of the values, so a viewer
// that does not recalculate still shows the chart.
import { columnLetters } from "../../core/address";
import type { CellRange, ChartRequest, ChartSeries } from "../../core/report/model";
import { SPELLING, type Dialect } from "./namespaces";
import { escapeXml, xmlNumber } from "./xml";

/** Colours for series without one, Office's default palette order. */
const PALETTE = ["#5B9BD5", "#ED7D31", "#A5A5A5", "#FFC000", "#4472C4", "#70AD47"];

/** What the cells show, per column, indexed by row (report-sheet's shownValues). */
type Shown = Map<number, (string | number | null)[]>;

function sheetRef(sheet: string, r: CellRange): string {
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!$${columnLetters(r.left)}$${r.top}:$${columnLetters(r.right)}$${r.bottom}`;
}

function columnValues(shown: Shown, r: CellRange): (string | number | null)[] {
  const out: (string | number | null)[] = [];
  const column = shown.get(r.left) ?? [];
  for (let row = r.top; row <= r.bottom; row++) out.push(column[row] ?? null);
  return out;
}

function numRef(ref: string, values: (string | number | null)[], format: string): string {
  const points = values
    .map((v, i) => (typeof v === "number" && xmlNumber(v) !== null ? `<c:pt idx="${i}"><c:v>${xmlNumber(v)}</c:v></c:pt>` : ""))
    .join("");
  return `<c:numRef><c:f>${escapeXml(ref)}</c:f><c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode>` +
    `<c:ptCount val="${values.length}"/>${points}</c:numCache></c:numRef>`;
}

function strRef(ref: string, values: (string | number | null)[]): string {
  const points = values.map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`)).join("");
  return `<c:strRef><c:f>${escapeXml(ref)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache></c:strRef>`;
}

function categoriesXml(chart: ChartRequest, sheet: string, shown: Shown): string {
  const values = columnValues(shown, chart.categories);
  const numeric = values.length > 0 && values.every((v) => typeof v === "number");
  const ref = sheetRef(sheet, chart.categories);
  return `<c:cat>${numeric ? numRef(ref, values, chart.categoryFormat ?? "General") : strRef(ref, values)}</c:cat>`;
}

function seriesList(chart: ChartRequest): ChartSeries[] {
  return chart.series && chart.series.length > 0 ? chart.series : [{ name: chart.title, values: chart.values }];
}

function titleXml(text: string): string {
  return `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="vi-VN" sz="1200" b="1"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
}

function serXml(chart: ChartRequest, s: ChartSeries, i: number, sheet: string, shown: Shown): string {
  const color = (s.color ?? PALETTE[i % PALETTE.length]).replace("#", "").toUpperCase();
  const format = chart.valueFormat ?? (chart.kind === "bar" ? "0%" : "#,##0");
  const head = `<c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>`;
  const val = `<c:val>${numRef(sheetRef(sheet, s.values), columnValues(shown, s.values), format)}</c:val>`;
  if (chart.kind === "bar") {
    return `<c:ser>${head}<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
      `${categoriesXml(chart, sheet, shown)}${val}</c:ser>`;
  }
  const dash = s.dashed ? '<a:prstDash val="dash"/>' : "";
  return `<c:ser>${head}<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill>${dash}</a:ln></c:spPr>` +
    `<c:marker><c:symbol val="none"/></c:marker>${categoriesXml(chart, sheet, shown)}${val}<c:smooth val="0"/></c:ser>`;
}

function axesXml(chart: ChartRequest): string {
  const bar = chart.kind === "bar";
  const format = chart.valueFormat ?? (bar ? "0%" : "#,##0");
  // Bars read top-down in the table's order: categories reversed, the value axis kept at the bottom.
  const cat = `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="${bar ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${bar ? "l" : "b"}"/>${chart.categoryFormat ? `<c:numFmt formatCode="${escapeXml(chart.categoryFormat)}" sourceLinked="0"/>` : ""}` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="1002"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const val = `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/>${bar ? '<c:min val="0"/>' : ""}</c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${bar ? "b" : "l"}"/><c:majorGridlines/><c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="1001"/>` +
    `<c:crosses val="${bar ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`;
  return cat + val;
}

/** The chart part (xl/charts/chartN.xml) of one request, its series pointing at `sheet`. */
export function chartPartXml(chart: ChartRequest, sheet: string, shown: Shown, dialect: Dialect = "transitional"): string {
  const ns = SPELLING[dialect];
  const series = seriesList(chart).map((s, i) => serXml(chart, s, i, sheet, shown)).join("");
  const plot = chart.kind === "bar"
    ? `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="60"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>`
    : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/><c:axId val="1001"/><c:axId val="1002"/></c:lineChart>`;
  const legend = seriesList(chart).length > 1 ? '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' : "";
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${ns.chart}" xmlns:a="${ns.drawing}" xmlns:r="${ns.relationships}"><c:roundedCorners val="0"/>` +
    `<c:chart>${titleXml(chart.title)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}${axesXml(chart)}</c:plotArea>` +
    `${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`;
}

function anchorXml(a: CellRange, relId: string, n: number, dialect: Dialect): string {
  const chartNs = SPELLING[dialect].chart;
  const pos = (col: number, row: number) => `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${pos(a.left - 1, a.top - 1)}</xdr:from><xdr:to>${pos(a.right, a.bottom)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${n + 1}" name="Chart ${n}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${chartNs}">` +
    `<c:chart xmlns:c="${chartNs}" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
}

/** The drawing part placing each chart (its r:id in the drawing's rels) over its anchor cells. */
export function drawingPartXml(charts: { anchor: CellRange; relId: string }[], dialect: Dialect = "transitional"): string {
  const ns = SPELLING[dialect];
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${ns.spreadsheetDrawing}" xmlns:a="${ns.drawing}" xmlns:r="${ns.relationships}">` +
    charts.map((c, i) => anchorXml(c.anchor, c.relId, i + 1, dialect)).join("") + "</xdr:wsDr>";
}
