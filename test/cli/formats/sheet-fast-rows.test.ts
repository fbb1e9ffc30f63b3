// Rows in the common spelling are read by the fast row reader, every other row by the general scanner: a sheet
// gives the same cells, hidden rows and merges (or the same error) either way. The general way is forced by a
// comment written at the start of every row (a comment means nothing, and the fast reader leaves such a row to
// the general one), or by turning the fast reader off, on generated sheets in the spellings writers use: any prefix or the default namespace,
// Transitional and Strict, references and CDATA in values, CRLF and indented tags, inline strings with rich
// runs, shared formulas, errors, booleans, dates, rows and cells without "r", start tags spelt in other orders and
// quotes, and the same sheets damaged.
import { readSheetXml, type SheetContext } from "../../../src/cli/formats/sheet-stream";
import { CELL_TYPES, FastRows, type RowSink } from "../../../src/cli/formats/sheet-fast-rows";
import { mulberry32 } from "./xml-parts";

const random = mulberry32(77);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
const chance = (p: number) => random() < p;

const TRANSITIONAL = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const VIET = ["Xã Số 1", "Đã cấp CCCD", "Phường Hòa Bình", "Tỷ lệ (%)", "3.903", "a &amp; b", "&#272;&#x1EA1;t", "1 000"];
const NUMBERS = ["0", "1", "-12.5", "3903", "45522", "45522.75", "0.1", "1e3", " 7", "+4", "123456789012345678", "x"];

interface Shape {
  prefix: string;
  uri: string;
  /** Written between tags inside a row ("", a line end and indent, CRLF). */
  gap: string;
}

/** `plain`: only what the fast reader reads (numbers, shared strings, booleans, errors, empty cells). */
function cell(shape: Shape, r: number, c: number, plain: boolean): string {
  const p = shape.prefix === "" ? "" : shape.prefix + ":";
  const ref = chance(0.1) ? "" : ` r="${String.fromCharCode(64 + c)}${r}"`;
  const s = chance(0.4) ? ` s=${pick(['"0"', '"1"', '"2"', "'3'", '"01"', '""', '"9"'])}` : "";
  const v = (text: string) => `<${p}v>${text}</${p}v>`;
  const kind = plain ? pick([random() * 0.5, 0.58 + random() * 0.07, 0.86 + random() * 0.04]) : random();
  const body =
    kind < 0.3 ? ["", v(pick(NUMBERS))]
    : kind < 0.5 ? [' t="s"', v(pick(["0", "1", "2", "3", "01", " 2", "&#49;", "9"]))]
    : kind < 0.55 ? [' t="inlineStr"', `<${p}is><${p}t>${pick(VIET)}</${p}t></${p}is>`]
    : kind < 0.58 ? [' t="inlineStr"', `<${p}is><${p}r><${p}rPr><${p}b/></${p}rPr><${p}t>Xã </${p}t></${p}r><${p}r><${p}t xml:space="preserve">${pick(VIET)} </${p}t></${p}r></${p}is>`]
    : kind < 0.62 ? [' t="b"', v(pick(["1", "0", "true", "TRUE"]))]
    : kind < 0.65 ? [' t="e"', v(pick(["#DIV/0!", "#N/A", "#REF!"]))]
    : kind < 0.7 ? ["", `<${p}f>SUM(A${r}:B${r})</${p}f>${v(pick(NUMBERS))}`]
    : kind < 0.74 ? ["", `<${p}f t="shared" ref="C${r}:C${r + 3}" si="0">A${r}*2</${p}f>${v("2")}`]
    : kind < 0.77 ? ["", `<${p}f t="shared" si="0"/>${v("4")}`]
    : kind < 0.8 ? [' t="str"', `<${p}f>A1&amp;"x"</${p}f>${v(pick(VIET))}`]
    : kind < 0.83 ? ["", v(`<![CDATA[${pick(NUMBERS)}]]>`)]
    : kind < 0.86 ? pick([["", v("12\r\n")], [' t="str"', v("dòng 1\r\ndòng 2")]])
    : kind < 0.9 ? ["", ""]
    : kind < 0.93 ? [' t="d"', v("2024-08-20T00:00:00")]
    : kind < 0.95 ? ["", `${v("5")}<!-- note -->`]
    : [' t="n"', v("")];
  // The start tag as writers spell it (r, s, t in that order), or as only the attribute reader reads it: another
  // order, single quotes, a lower-case or far reference, another attribute beside them.
  const odd = chance(0.15) ? pick(["order", "quotes", "lower", "far", "other", "space"]) : "";
  let attrs = ref + s + body[0];
  if (odd === "order") attrs = body[0] + s + ref;
  else if (odd === "quotes") attrs = attrs.replace(/"/g, "'");
  else if (odd === "lower") attrs = attrs.replace(/ r="([A-Z]+)/, (_, col: string) => ` r="${col.toLowerCase()}`);
  else if (odd === "far") attrs = attrs.replace(/ r="[A-Z]+/, pick([' r="XFE', ' r="AAAA', ' r="XFD']));
  else if (odd === "other") attrs += ' cm="1"';
  else if (odd === "space") attrs = attrs.replace(/ (\w+)="/, " $1 = \"");
  if (kind >= 0.86 && kind < 0.9 && chance(0.5)) return `<${p}c${attrs}/>`;
  return `<${p}c${attrs}>${body[1]}</${p}c>`;
}

function generatedSheet(): string {
  const uri = chance(0.3) ? STRICT : TRANSITIONAL;
  const prefix = pick(["", "", "x", "ns0", "s.1"]);
  const shape: Shape = { prefix, uri, gap: pick(["", "", "\n    ", "\r\n  "]) };
  const p = prefix === "" ? "" : prefix + ":";
  const decl = prefix === "" ? `xmlns="${uri}"` : `xmlns:${prefix}="${uri}"`;
  let rows = "";
  let r = 0;
  // One sheet in ten has a row the general reader refuses (an attribute twice, an undeclared prefix).
  const refused = chance(0.1) ? Math.floor(random() * 30) : -1;
  for (let k = 0; k < 30; k++) {
    r += 1 + Math.floor(random() * 2);
    // Far rows too: a packed reference there is past 2^31 (and row 1,048,576 is the last a sheet has).
    if (k === 29 && chance(0.5)) r = pick([65536, 70000, 1048575]);
    const written = chance(0.1) ? "" : ` r="${r}"`;
    if (written === "") r = Math.max(r - 1, 1);
    const attrs = written + (chance(0.3) ? ' spans="1:8"' : "") + (chance(0.1) ? pick([' hidden="1"', " hidden='true'", ' hidden="0"']) : "") + (chance(0.5) ? ' x14ac:dyDescent="0.25"' : "") + (k === refused ? pick([' r="9"', ' y:z="1"']) : "");
    if (chance(0.05)) {
      rows += `<${p}row${attrs}/>`;
      continue;
    }
    let cells = "";
    let c = 0;
    // Most rows plain, so the fast reader reads many whole rows; the rest mix in everything else.
    const plain = chance(0.7);
    for (let j = 0; j < 8; j++) {
      c += 1 + Math.floor(random() * 2);
      cells += shape.gap + cell(shape, r, c, plain);
    }
    rows += `${shape.gap}<${p}row${attrs}>${cells}${shape.gap}</${p}row>`;
  }
  const x14ac = 'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"';
  return `<?xml version="1.0"?>\r\n<${p}worksheet ${decl} ${x14ac}><${p}sheetData>${rows}</${p}sheetData><${p}mergeCells><${p}mergeCell ref="A2:B3"/></${p}mergeCells></${p}worksheet>`;
}

/** The same sheet with a comment opening every row, which leaves each row to the general scanner. */
function generalOnly(xml: string): string {
  return xml.replace(/<([\w.]+:)?row\b[^<>]*>/g, (tag) => (tag.endsWith("/>") ? tag : tag + "<!---->"));
}

function cells(xml: string, fastRows = true) {
  const ctx: SheetContext = { sharedStrings: ["STT", "Đơn vị", "Xã Số 1", "3.903"], formats: [undefined, "0.00", "dd/mm/yyyy", "[h]:mm"], date1904: false };
  try {
    const sheet = readSheetXml("Tiến độ", xml, ctx, fastRows);
    const all = [...sheet.entries()].sort((a, b) => a.row - b.row || a.col - b.col);
    return { all, hiddenRows: [...sheet.hiddenRows].sort(), merges: sheet.merges };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

test("generated sheets read with fast rows read as through the general scanner", () => {
  for (let k = 0; k < 200; k++) {
    const xml = generatedSheet();
    const general = generalOnly(xml);
    expect(general).not.toBe(xml);
    const read = cells(xml);
    expect({ xml, read }).toEqual({ xml, read: cells(general) });
    expect({ xml, read }).toEqual({ xml, read: cells(xml, false) });
  }
});

test("the same sheets damaged are read or refused alike", () => {
  const noise = ["<", ">", "/", '"', "=", "&", ":", " ", "x", "1", "<!--", 'xmlns:x="urn:o" ', "</row>"];
  for (let k = 0; k < 150; k++) {
    const xml = generatedSheet();
    for (let j = 0; j < 4; j++) {
      const at = Math.floor(random() * xml.length);
      const bad = j % 2 === 0 ? xml.slice(0, at) + xml.slice(at + 1) : xml.slice(0, at) + pick(noise) + xml.slice(at);
      // Read with the fast reader off (a comment added to a damaged part may end a comment the damage opened).
      expect({ bad, read: cells(bad) }).toEqual({ bad, read: cells(bad, false) });
    }
  }
});

test("rows as exceljs writes them are all read by the fast reader, up to the end of sheetData", () => {
  const rows = Array.from({ length: 50 }, (_, i) => `<row r="${i + 1}" spans="1:3" x14ac:dyDescent="0.25"><c r="A${i + 1}" t="s"><v>${i}</v></c><c r="B${i + 1}" s="2"><v>4552${i % 10}</v></c><c r="C${i + 1}" s="1"/></row>`).join("");
  const xml = `<worksheet xmlns="${TRANSITIONAL}" xmlns:x14ac="urn:ac"><sheetData>${rows}</sheetData></worksheet>`;
  const seen: string[] = [];
  const sink: RowSink = {
    row(r, _hidden, cells, count) {
      seen.push(`row ${r}`);
      for (let at = 0; at < 6 * count; at += 6) {
        const [ref, style, type, vStart, vEnd, selfClosing] = cells.subarray(at, at + 6);
        seen.push(`${ref} ${style} ${type < 0 ? undefined : CELL_TYPES[type]} ${vStart < 0 ? "-" : xml.slice(vStart, vEnd)} ${selfClosing === 1}`);
      }
      seen.push("end");
    },
  };
  const start = xml.indexOf("<row");
  const stop = new FastRows(xml, sink).read(start, "", new Map([["", TRANSITIONAL], ["x14ac", "urn:ac"]]));
  expect(stop).toBe(xml.indexOf("</sheetData>"));
  expect(seen.length).toBe(50 * 5);
  expect(seen.slice(0, 5)).toEqual(["row 1", `${1 * 32768 + 1} -1 s 0 false`, `${1 * 32768 + 2} 2 undefined 45520 false`, `${1 * 32768 + 3} 1 undefined - true`, "end"]);
});
