// The clerk's sheet gets the colour rules on its bytes: the rows between <sheetData> and </sheetData> go back as
// the very bytes they were (a province's sheet is never decoded and encoded again), the rules land after the
// rows, and the text around the rows is cut at the same place whatever multi-byte text comes before it.
import { COLOUR_MARKER } from "../../../src/core/colour/marker";
import type { ColourPlan } from "../../../src/core/report/model";
import { applyColourPlanBytes } from "../../../src/cli/xlsx/source-sheet";
import { EMPTY_STYLES, StylesPart } from "../../../src/cli/xlsx/styles-part";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** Rows with Vietnamese names, an entity, a line end kept in a text: bytes a decode and encode must not touch. */
const ROWS =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Phường Hòa Bình &amp; Tân Định</t></is></c><c r="B1"><v>120</v></c></row>' +
  '<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve">Xã Ea Kao\r\n(khu 2)</t></is></c><c r="B2"><v>75</v></c></row>';

function plan(formula: string): ColourPlan {
  return {
    sheet: "Tiến độ", measureId: null, marker: COLOUR_MARKER, messages: [],
    rules: [{ kind: "expression", range: { top: 1, left: 1, bottom: 2, right: 2 }, formula, style: { fill: "#F8CBAD" } as never }],
  };
}

function sheet(head: string, p = ""): Buffer {
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<${p}worksheet xmlns${p ? ":" + p.slice(0, -1) : ""}="${MAIN}">${head}` +
    `<${p}sheetData>${ROWS}</${p}sheetData><${p}pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></${p}worksheet>`, "utf8");
}

function apply(bytes: Buffer, formula = `AND(B1<100,${COLOUR_MARKER})`) {
  const result = applyColourPlanBytes(bytes, plan(formula), new StylesPart(EMPTY_STYLES()));
  return { ...result, bytes: result.pieces ? Buffer.concat(result.pieces) : null };
}

/** The bytes between the first <…sheetData> start tag and its end tag. */
function rowBytes(b: Buffer, p = ""): Buffer {
  const open = Buffer.from(`<${p}sheetData>`);
  const start = b.indexOf(open) + open.length;
  return b.subarray(start, b.indexOf(Buffer.from(`</${p}sheetData>`), start));
}

describe("colour rules on the clerk's sheet, on its bytes", () => {
  test("rows come back byte for byte, after multi-byte text in the head; the rule follows them", () => {
    const input = sheet('<sheetPr codeName="Bảng_tiến_độ"/><!-- Đơn vị: phường, xã --><cols><col min="1" max="1" width="30" level="1"/></cols>');
    const out = apply(input);
    expect(out.outcome).toEqual({ removed: 0, added: 1 });
    expect(rowBytes(out.bytes as Buffer).equals(Buffer.from(ROWS, "utf8"))).toBe(true);
    const text = (out.bytes as Buffer).toString("utf8");
    expect(text).toContain('codeName="Bảng_tiến_độ"');
    expect(text.indexOf("</sheetData>")).toBeLessThan(text.indexOf("<conditionalFormatting"));
    expect(text).toContain(`<formula>AND(B1&lt;100,${COLOUR_MARKER.replace(/"/g, "&quot;")})</formula>`.replace(/&quot;/g, '"'));
    // .xls conversions' <col level> becomes the schema's outlineLevel, in the head the bytes path rewrites.
    expect(text).toMatch(/<col min="1" max="1" width="30" outlineLevel="1"\/>/);
  });

  test("a prefixed main namespace (x:) is cut and coloured the same way", () => {
    const out = apply(sheet("", "x:"), `AND(B2<100,${COLOUR_MARKER})`);
    expect(out.outcome.added).toBe(1);
    expect(rowBytes(out.bytes as Buffer, "x:").equals(Buffer.from(ROWS, "utf8"))).toBe(true);
    expect((out.bytes as Buffer).toString("utf8")).toMatch(/<x:conditionalFormatting sqref="A1:B2">/);
  });

  test("a <sheetData> written inside a comment first does not mislead the cut", () => {
    const out = apply(sheet("<!--<sheetData>old</sheetData>-->"));
    const text = (out.bytes as Buffer).toString("utf8");
    // Such a sheet is parsed whole, and XML reads a line end in text as "\n" (the same text to every reader).
    expect(text).toContain(ROWS.replace("\r\n", "\n"));
    expect(text).toContain("<!--<sheetData>old</sheetData>-->");
    expect(text.match(/<conditionalFormatting /g)).toHaveLength(1);
  });

  test("the add-in's earlier rule is replaced, not kept beside the new one", () => {
    const old = `<conditionalFormatting sqref="A1:B2"><cfRule type="expression" dxfId="0" priority="1"><formula>AND(B1&lt;50,${COLOUR_MARKER})</formula></cfRule></conditionalFormatting>`;
    const input = Buffer.from(sheet("").toString("utf8").replace("<pageMargins", old + "<pageMargins"), "utf8");
    const out = apply(input);
    expect(out.outcome).toEqual({ removed: 1, added: 1 });
    const text = (out.bytes as Buffer).toString("utf8");
    expect(text).not.toContain("B1&lt;50");
    expect(text.match(/<cfRule /g)).toHaveLength(1);
  });

  test("nothing to add and nothing to remove: the part is left as it was", () => {
    const none = (b: Buffer) => applyColourPlanBytes(b, { ...plan(""), rules: [] }, new StylesPart(EMPTY_STYLES()));
    const result = none(sheet(""));
    expect(result.pieces).toBeNull();
    expect(result.outcome).toEqual({ removed: 0, added: 0 });
  });
});
