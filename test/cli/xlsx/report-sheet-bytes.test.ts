// The report sheet's rows as the byte writer makes them (fixed pieces copied a word at a time, a row's number
// copied into each reference, a column's repeated text copied from the bytes it made) against the rows built
// as strings the plain way (escapeXml, String, needsPreserve) on generated models: texts of every kind (Vietnamese,
// pairs and lone halves of surrogates, characters XML forbids, & < > ", leading and trailing spaces, long texts
// that make the buffer grow), texts repeated down a column across the writer's hand-overs, numbers of every
// shape (negative, fractions, -0, the 31-bit and digit-count edges, not finite), formulas with text, number,
// empty and not-finite results, rows with heights.
import type { ReportCell, ReportModel } from "../../../src/core/report/model";
import { modelRows } from "../../../src/core/report/row-runs";
import { columnLetters } from "../../../src/core/address";
import { reportSheetPieces } from "../../../src/cli/xlsx/report-sheet";
import { EMPTY_STYLES, StylesPart } from "../../../src/cli/xlsx/styles-part";
import { needsPreserve } from "../../../src/cli/xlsx/text-space";
import { escapeXml } from "../../../src/cli/xlsx/xml";
import { makeRng } from "../../../scripts/corpus/prng";

const ALPHABET = [
  ..."abcXYZ019 ,.()=+-*/'!$:;", "&", "<", ">", '"', "\t", "\n", "\r", "\u0000", "\u0001", "\u000B", "\u001F", "\u007F", "\u0080",
  "\u00A0", "Đ", "đ", "ố", "ậ", "ư", "\u0300", "\u0323", "\u2028", "\u3000", "\uFEFF", "\uFFFD", "\uFFFE", "\uFFFF",
  "\uD83D\uDE00", "\uD83D", "\uDE00", "\uD800", "\uDFFF",
];
const NUMBERS = [0, -0, 1, -1, 9, 10, 99, 100, 999999999, 1e9, 1e9 - 1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, -(2 ** 31) - 1, 45524, 0.95,
  502.22222222222223, -4293.888888888889, 1e21, 1e-7, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, NaN, Infinity, -Infinity];
const STYLES = ["count", "percent", "text", "date", "unit"];

function generatedModel(seed: number): ReportModel {
  const rng = makeRng(seed);
  const next = rng.next;
  const pick = rng.pick;
  const text = (most: number) => {
    let s = "";
    const length = Math.floor(next() * most);
    for (let k = 0; k < length; k++) s += pick(ALPHABET);
    return s;
  };
  // A few texts each column comes back to, as status words and measure labels do.
  const repeated = Array.from({ length: 4 }, () => text(16));
  const number = () => (next() < 0.3 ? pick(NUMBERS) : next() < 0.5 ? Math.floor((next() - 0.3) * 2 ** (next() * 34)) : (next() - 0.5) * 10 ** Math.floor(next() * 10));
  const cells: ReportCell[] = [];
  const rows = 200 + Math.floor(next() * 1500);
  for (let row = 1; row <= rows; row++) {
    const cols = Math.floor(next() * 12);
    for (let col = 1; col <= cols; col++) {
      if (next() < 0.2) continue;
      const style = next() < 0.8 ? STYLES[col % STYLES.length] : pick([undefined, ...STYLES, "missing"]);
      const kind = next();
      // Now and then a text long enough to make the writer's buffer grow (256 KB, 6 bytes a code unit at most).
      const long = () => pick(ALPHABET).repeat(30000 + Math.floor(next() * 30000)) + text(8);
      if (kind < 0.35) cells.push({ row, col, style, kind: "text", value: next() < 0.0005 ? long() : next() < 0.6 ? repeated[col % 4] : text(24) });
      else if (kind < 0.6) cells.push({ row, col, style, kind: next() < 0.8 ? "number" : "date", value: number() });
      else if (kind < 0.9) {
        const value = pick([() => number(), () => text(10), () => null, () => (next() < 0.01 ? long() : text(10))]);
        cells.push({ row, col, style, kind: "formula", formula: `IF(C${row}>0,D${row}/C${row},"${text(6)}")`, value: value() });
      } else cells.push({ row, col, style, kind: "empty" });
    }
  }
  const rowHeights = Array.from({ length: 20 }, () => ({ row: 1 + Math.floor(next() * (rows + 5)), height: pick([15, 33, 20.25]) }));
  return {
    sheetName: "Báo cáo", cells, styles: { count: { numFmt: "#,##0" }, percent: { numFmt: "0.0%" }, text: { wrap: true }, date: { numFmt: "dd/mm/yyyy" }, unit: { bold: true } },
    merges: [], columnWidths: [], rowHeights, rules: [], freeze: { rows: 0, cols: 0 }, charts: [], chatText: "",
    print: { paperSize: "A4", orientation: "portrait", fitToWidth: 1, repeatRows: null, printArea: { top: 1, left: 1, bottom: 2, right: 2 }, margins: { left: 0.5, right: 0.5, top: 0.5, bottom: 0.5 }, centerHorizontally: false },
  };
}

/** The rows as strings, the way the writer made them before it wrote bytes; and the cells left blank. */
function referenceRows(model: ReportModel): { xml: string; blanked: string[] } {
  const styles = new StylesPart(EMPTY_STYLES("transitional"));
  const xf = new Map<string | undefined, number>([[undefined, styles.cellXf(undefined, model.font)]]);
  for (const key of Object.keys(model.styles)) xf.set(key, styles.cellXf(model.styles[key], model.font));
  const heights = new Map(model.rowHeights.map((h) => [h.row, h.height]));
  const blanked: string[] = [];
  const finite = (n: number, c: ReportCell) => Number.isFinite(n) || (blanked.push(columnLetters(c.col) + String(c.row)), false);
  let xml = "";
  for (const { row, cells } of modelRows(model)) {
    const ht = heights.get(row);
    xml += `<row r="${row}"${ht ? ` ht="${ht}" customHeight="1"` : ""}>`;
    for (const c of cells) {
      const s = xf.get(c.style) ?? (xf.get(undefined) as number);
      const open = `<c r="${columnLetters(c.col)}${row}"${s ? ` s="${s}"` : ""}`;
      if (c.kind === "text") xml += `${open} t="inlineStr"><is><t${needsPreserve(c.value) ? ' xml:space="preserve"' : ""}>${escapeXml(c.value)}</t></is></c>`;
      else if (c.kind === "number" || c.kind === "date") xml += finite(c.value, c) ? `${open}><v>${String(c.value)}</v></c>` : `${open}/>`;
      else if (c.kind === "formula") {
        const v = c.value;
        if (typeof v === "string") xml += `${open} t="str"><f>${escapeXml(c.formula)}</f><v>${escapeXml(v)}</v></c>`;
        else if (v === null || !finite(v, c)) xml += `${open}><f>${escapeXml(c.formula)}</f></c>`;
        else xml += `${open}><f>${escapeXml(c.formula)}</f><v>${String(v)}</v></c>`;
      } else xml += `${open}/>`;
    }
    xml += "</row>";
  }
  return { xml, blanked };
}

function writtenRows(model: ReportModel): { xml: Buffer; blanked: string[]; pieces: number } {
  const written = reportSheetPieces(model, new StylesPart(EMPTY_STYLES("transitional")));
  const parts: Buffer[] = [];
  // Each piece read before the next is asked for, as the deflater does (a piece may be a view of a reused buffer).
  for (const p of written.pieces) parts.push(Buffer.from(typeof p === "string" ? Buffer.from(p, "utf8") : p));
  const whole = Buffer.concat(parts);
  const start = whole.indexOf("<sheetData>") + "<sheetData>".length;
  return { xml: whole.subarray(start, whole.indexOf("</sheetData>")), blanked: written.blanked, pieces: parts.length };
}

const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);
const MODELS = new Map(SEEDS.map((seed) => [seed, generatedModel(seed)]));

test.each(SEEDS)("generated model %i: the rows written as bytes are the rows built as strings", (seed) => {
  const model = MODELS.get(seed) as ReportModel;
  const expected = referenceRows(model);
  const actual = writtenRows(model);
  const want = Buffer.from(expected.xml, "utf8");
  if (!actual.xml.equals(want)) {
    let at = 0;
    while (at < want.length && actual.xml[at] === want[at]) at++;
    throw new Error(`seed ${seed}: first difference at byte ${at}: ${JSON.stringify(actual.xml.subarray(Math.max(0, at - 80), at + 40).toString())} vs ${JSON.stringify(want.subarray(Math.max(0, at - 80), at + 40).toString())}`);
  }
  expect(actual.blanked).toEqual(expected.blanked);
});

test("the generated models reach the writer's hand-overs, buffer growth, repeated and long texts", () => {
  const models = [...MODELS.values()];
  // Many hand-overs (a piece per 64 KB) and texts long enough to make the buffer grow.
  expect(models.reduce((n, m) => n + writtenRows(m).pieces, 0)).toBeGreaterThan(100);
  const texts = models.flatMap((m) => m.cells).filter((c) => c.kind === "text").map((c) => c.value);
  const values = models.flatMap((m) => m.cells).filter((c) => c.kind === "formula").map((c) => c.value);
  expect(texts.filter((t) => t.length > 44000).length + values.filter((v) => typeof v === "string" && v.length > 44000).length).toBeGreaterThan(2);
  expect(texts.filter((t) => needsPreserve(t)).length).toBeGreaterThan(100);
  expect(texts.filter((t) => escapeXml(t) !== t).length).toBeGreaterThan(1000);
});
