// The copy writer's fast paths against the general forms they replace, on the same generated strings: XML
// escaping by char-code scan (was a chain of regular expressions), UTF-8 and number text written as bytes
// (was Buffer.from and String), the xml:space test without a regular expression. Every XML-special and control
// character, Vietnamese text (precomposed and with combining marks), pairs and lone halves of surrogates.
import { escapeXml, xmlNumber } from "../../../src/cli/xlsx/xml";
import { asciiPiece, XmlBytes } from "../../../src/cli/xlsx/xml-bytes";
import { needsPreserve } from "../../../src/cli/xlsx/text-space";

// The escaping as it was written before the fast path: the reference.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function referenceEscape(text: string): string {
  return text.replace(FORBIDDEN, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A small seeded generator, so a failure names a case that can be made again. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ALPHABET = [
  ..."abcXYZ019 ,.()=+-*/'!$:;", "&", "<", ">", '"', "\t", "\n", "\r", "\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u000E", "\u001F",
  "\u007F", "\u0080", "\u00A0", "\u00FF", "Đ", "đ", "ố", "ậ", "ư", "ơ", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323",
  "\u1680", "\u2000", "\u200A", "\u2028", "\u2029", "\u202F", "\u205F", "\u3000", "\uFEFF", "\uFFFD", "\uFFFE", "\uFFFF",
  "\uD83D\uDE00", "\uD83D", "\uDE00", "\uDBFF\uDFFF", "\uD800", "\uDC00", "\uDFFF",
];

function generated(count: number, seed: number): string[] {
  const next = random(seed);
  const out = ["", "Xã Số 5166", "Đúng tiến độ", "IF(C13>0,D13/C13,0)", "Phường Hòa Bình & Tân Định", " leading", "trailing ", "a\nb",
    "\uDE00\uD83D", "\uD83D\uD83D\uDE00", "\uD83D\uDE00\uDE00", "x\uD800", "\uDC00x"];
  for (let i = 0; i < count; i++) {
    let s = "";
    const length = Math.floor(next() * 12);
    for (let k = 0; k < length; k++) s += ALPHABET[Math.floor(next() * ALPHABET.length)];
    out.push(s);
  }
  return out;
}

const CASES = generated(20000, 16);

test("escapeXml gives what the regular-expression escaping gave, on every generated string", () => {
  const differ = CASES.filter((s) => escapeXml(s) !== referenceEscape(s));
  expect(differ.map((s) => JSON.stringify(s))).toEqual([]);
  // The cases did reach the special paths.
  expect(CASES.filter((s) => escapeXml(s) !== s).length).toBeGreaterThan(10000);
});

test("every code unit alone and between letters escapes as before", () => {
  const differ: number[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    const ch = String.fromCharCode(c);
    for (const s of [ch, `a${ch}b`]) if (escapeXml(s) !== referenceEscape(s)) differ.push(c);
  }
  expect(differ).toEqual([]);
});

function bytesOf(write: (w: XmlBytes) => void, size?: number): Buffer {
  const w = new XmlBytes(size ?? 16);
  write(w);
  return Buffer.from(w.view());
}

test("text written as bytes is Buffer.from(text, 'utf8'), lone surrogates included", () => {
  const differ = CASES.filter((s) => !bytesOf((w) => w.text(s)).equals(Buffer.from(s, "utf8")));
  expect(differ.map((s) => JSON.stringify(s))).toEqual([]);
});

test("escaped text written as bytes is the escaped string's UTF-8, on every generated string and code unit", () => {
  const differ = CASES.filter((s) => !bytesOf((w) => w.escaped(s)).equals(Buffer.from(referenceEscape(s), "utf8")));
  expect(differ.map((s) => JSON.stringify(s))).toEqual([]);
  const units: number[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    const s = `a${String.fromCharCode(c)}b`;
    if (!bytesOf((w) => w.escaped(s)).equals(Buffer.from(referenceEscape(s), "utf8"))) units.push(c);
  }
  expect(units).toEqual([]);
});

test("a text larger than the buffer makes it grow, the bytes before it kept", () => {
  const long = "Phường Hòa Bình 😀 ".repeat(5000);
  expect(bytesOf((w) => (w.text("<c>"), w.text(long), w.text("</c>")), 64).toString("utf8")).toBe(`<c>${long}</c>`);
  const special = '&<>"'.repeat(3000);
  expect(bytesOf((w) => (w.text("<c>"), w.escaped(special)), 64).toString("utf8")).toBe(`<c>${"&amp;&lt;&gt;&quot;".repeat(3000)}`);
});

test("numbers written as bytes read as String(n) and xmlNumber give them", () => {
  const next = random(7);
  const numbers = [0, -0, 1, -1, 9, 10, 99, 100, 45524, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, -(2 ** 31) - 1, 1e21, 1e-7, 0.95,
    502.22222222222223, -4293.888888888889, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, 123456789012];
  // Every digit count's edges, both signs.
  for (let k = 0; k <= 10; k++) numbers.push(10 ** k - 1, 10 ** k, 10 ** k + 1, -(10 ** k) + 1, -(10 ** k), -(10 ** k) - 1);
  for (let i = 0; i < 2000; i++) numbers.push(Math.floor((next() - 0.5) * 2 ** (next() * 40)), (next() - 0.5) * 10 ** Math.floor(next() * 12));
  expect(numbers.filter((n) => bytesOf((w) => w.number(n)).toString("latin1") !== String(n))).toEqual([]);
  expect(numbers.filter((n) => xmlNumber(n) !== String(n))).toEqual([]);
  expect([xmlNumber(NaN), xmlNumber(Infinity), xmlNumber(-Infinity)]).toEqual([null, null, null]);
});

test("needsPreserve is /^\\s|\\s$|\\n/ for every code unit at either end and inside", () => {
  const reference = /^\s|\s$|\n/;
  const differ: string[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    const ch = String.fromCharCode(c);
    for (const s of [ch, `${ch}ab`, `ab${ch}`, `a${ch}b`]) if (needsPreserve(s) !== reference.test(s)) differ.push(JSON.stringify(s));
  }
  expect(differ).toEqual([]);
  expect(CASES.filter((s) => needsPreserve(s) !== reference.test(s))).toEqual([]);
});

test("pieces (bytes copied a word at a time) and bytes copied again are the bytes given, whatever their length and place", () => {
  const next = random(11);
  const differ: string[] = [];
  for (let i = 0; i < 500; i++) {
    const [text] = generated(1, i).slice(-1);
    const ascii = Array.from({ length: Math.floor(next() * 40) }, () => String.fromCharCode(0x20 + Math.floor(next() * 95))).join("");
    // Written after 0-7 bytes, so the words land on every alignment; the buffer starts small, so it grows.
    const lead = "x".repeat(Math.floor(next() * 8));
    const w = new XmlBytes(8);
    w.text(lead);
    w.put(asciiPiece(ascii));
    const start = w.pos;
    w.text(text);
    const end = w.pos;
    w.text("|");
    w.again(start, end);
    w.put(asciiPiece(ascii));
    const want = Buffer.from(`${lead}${ascii}${text}|${text}${ascii}`, "utf8");
    if (!Buffer.from(w.view()).equals(want)) differ.push(JSON.stringify([lead, ascii, text]));
  }
  expect(differ).toEqual([]);
});

test("a piece is its bytes and length, padded with zeros whatever the buffer held", () => {
  for (let n = 0; n < 12; n++) {
    const text = "abcdefghijkl".slice(0, n);
    const p = asciiPiece(text);
    expect(p[0]).toBe(n);
    expect(Buffer.from(p.buffer, 4, p.length * 4 - 4).toString("latin1")).toBe(text.padEnd(((n + 3) & ~3), "\0"));
  }
});

test("whole numbers in 31 bits are written as String gives them: every one below 200,000, the groups' edges, random ones, both signs", () => {
  const next = random(31);
  const numbers: number[] = [];
  for (let v = 0; v < 200000; v++) numbers.push(v, -v);
  for (const edge of [1e4, 1e8, 2 ** 31]) for (let d = -50; d <= 50; d++) numbers.push(edge + d, -(edge + d));
  for (let i = 0; i < 100000; i++) numbers.push(Math.floor((next() - 0.5) * 2 ** 32));
  const w = new XmlBytes(64);
  const differ: number[] = [];
  for (const n of numbers) {
    w.reset();
    w.number(n);
    if (w.view().toString("latin1") !== String(n)) differ.push(n);
  }
  expect(differ).toEqual([]);
});
