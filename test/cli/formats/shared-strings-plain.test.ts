// Shared string items in the plain spelling are read by the plain item reader, every other item by the general
// scanner: on generated parts (plain and preserved items, entities and character references, rich runs, phonetic
// guides, _xHHHH_ escapes, empty items, prefixes, the default namespace redeclared, Strict, CRLF, a BOM, CDATA,
// comments) each reader gives the texts the part was built from, and the same parts damaged are read or refused
// alike.
import { readSharedStrings } from "../../../src/cli/formats/shared-strings";
import { PlainItems } from "../../../src/cli/formats/shared-strings-plain";
import { mulberry32 } from "./xml-parts";

const random = mulberry32(4242);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
const chance = (p: number) => random() < p;

const TRANSITIONAL = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";
/** Texts as a cell shows them: Vietnamese, markup characters, line ends, spaces kept, literal "_x" sequences. */
const TEXTS = ["Xã Số 1", "Đã cấp CCCD", "Tỷ lệ (%)", "1.007", "a & b", "<x> \"q\" 'a'", "dòng 1\ndòng 2", "  kept  ", "😀 ok", "_x000D_", "tab\there", "a\rb", "", "x_y", "Đạt"];

/** A text as Excel writes it: characters XML cannot carry, and a literal "_xHHHH_", escaped as _xHHHH_. */
function excelEscaped(text: string): string {
  return text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, "_x005F_").replace(/\r/g, "_x000D_");
}

/** XML character data for `text`, its markup characters and some others written as references of any kind. */
function xmlText(text: string): string {
  return [...text]
    .map((ch) => {
      if (ch === "&") return pick(["&amp;", "&#38;", "&#x26;"]);
      if (ch === "<") return pick(["&lt;", "&#60;"]);
      if (ch === ">") return pick([">", "&gt;"]);
      if (ch === '"') return pick(['"', "&quot;"]);
      if (ch === "'") return pick(["'", "&apos;"]);
      if (ch === "\n") return pick(["\n", "\r\n", "&#10;"]);
      if (ch.codePointAt(0)! > 127 && chance(0.2)) return pick([`&#${ch.codePointAt(0)};`, `&#x${ch.codePointAt(0)!.toString(16).toUpperCase()};`]);
      return ch;
    })
    .join("");
}

/** One item and the text it holds (null when it is not in the main namespace, so no item at all). */
function item(p: string, defaultIsMain: boolean): { xml: string; text: string | null } {
  const text = pick(TEXTS);
  const body = xmlText(excelEscaped(text));
  const t = (inner: string) => (inner === "" && chance(0.3) ? `<${p}t/>` : `<${p}t>${inner}</${p}t>`);
  const kind = random();
  if (kind < 0.5) return { xml: `<${p}si><${p}t>${body}</${p}t></${p}si>`, text };
  if (kind < 0.6) return { xml: `<${p}si><${p}t xml:space="preserve">${body}</${p}t></${p}si>`, text };
  if (kind < 0.65) return pick([{ xml: `<${p}si/>`, text: "" }, { xml: `<${p}si>${t("")}</${p}si>`, text: "" }]);
  if (kind < 0.72) {
    // Rich runs: the text cut in two runs, one formatted (a cut may fall inside an escape: the joined text is unescaped).
    const cut = Math.floor(random() * (text.length + 1));
    const [a, b] = [text.slice(0, cut), text.slice(cut)];
    const run = (s: string, props: string) => `<${p}r>${props}${t(xmlText(excelEscaped(s)))}</${p}r>`;
    return { xml: `<${p}si>${run(a, `<${p}rPr><${p}b/><${p}sz val="11"/></${p}rPr>`)}${run(b, "")}</${p}si>`, text: excelUnescaped(excelEscaped(a) + excelEscaped(b)) };
  }
  if (kind < 0.77) return { xml: `<${p}si><${p}t>${body}</${p}t><${p}rPh sb="0" eb="1"><${p}t>かな</${p}t></${p}rPh><${p}phoneticPr fontId="1"/></${p}si>`, text };
  if (kind < 0.8) return { xml: `<${p}si><${p}t><![CDATA[${excelEscaped(text)}]]></${p}t></${p}si>`, text };
  if (kind < 0.84) return { xml: `<si xmlns="${pick([TRANSITIONAL, STRICT])}"><t>${body}</t></si>`, text };
  if (kind < 0.87) return { xml: `<si xmlns="urn:other"><t>${body}</t></si>`, text: null };
  if (kind < 0.9) return { xml: `<si><t>${body}</t></si>`, text: defaultIsMain ? text : null };
  if (kind < 0.93) return { xml: `<${p}si><!-- note --><${p}t>${body}</${p}t></${p}si>`, text };
  if (kind < 0.96) return { xml: `<${p}si><${p}t xml:space='preserve'>${body}</${p}t></${p}si>`, text };
  return { xml: `<${p}si>\r\n  <${p}t>${body}</${p}t>\r\n</${p}si>`, text };
}

/** Excel's reading of _xHHHH_ escapes. */
function excelUnescaped(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** A shared strings part and the texts it holds, in order. */
function generatedPart(): { xml: string; texts: string[] } {
  const uri = chance(0.3) ? STRICT : TRANSITIONAL;
  const prefix = pick(["", "", "x", "ns0", "s.1"]);
  const p = prefix === "" ? "" : prefix + ":";
  // Under a prefixed root the default namespace may be the main one too, another, or none.
  const otherDefault = prefix === "" ? "" : pick(["", ` xmlns="${uri}"`, ' xmlns="urn:other"']);
  const decl = (prefix === "" ? `xmlns="${uri}"` : `xmlns:${prefix}="${uri}"`) + otherDefault;
  const defaultIsMain = prefix === "" || otherDefault.includes(uri);
  const gap = pick(["", "", "\n", "\r\n  "]);
  const texts: string[] = [];
  let body = "";
  const count = 1 + Math.floor(random() * 30);
  for (let k = 0; k < count; k++) {
    const made = item(p, defaultIsMain);
    if (made.text !== null) texts.push(made.text);
    body += gap + made.xml + (chance(0.05) ? "<!-- between -->" : "");
  }
  const prolog = (chance(0.2) ? "\ufeff" : "") + (chance(0.8) ? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' : "");
  return { xml: `${prolog}<${p}sst ${decl} count="${count}" uniqueCount="${count}">${body}${gap}</${p}sst>`, texts };
}

function read(xml: string, plainItems: boolean): string[] | string {
  try {
    return readSharedStrings(xml, plainItems);
  } catch (e) {
    return `${(e as Error).constructor.name} ${(e as Error).message}`;
  }
}

test("generated parts give the texts they were built from, with and without the plain item reader", () => {
  for (let k = 0; k < 400; k++) {
    const { xml, texts } = generatedPart();
    expect({ xml, read: read(xml, true) }).toEqual({ xml, read: texts });
    expect({ xml, read: read(xml, false) }).toEqual({ xml, read: texts });
  }
});

test("the same parts damaged are read or refused alike", () => {
  const noise = ["<", ">", "/", '"', "=", "&", "&#;", "&#x110000;", "&bogus;", ":", " ", "x", "<!--", 'xmlns:x="urn:o" ', "</si>", "<si>", "\r"];
  for (let k = 0; k < 300; k++) {
    const { xml } = generatedPart();
    for (let j = 0; j < 4; j++) {
      const at = Math.floor(random() * xml.length);
      const bad = j % 2 === 0 ? xml.slice(0, at) + xml.slice(at + 1) : xml.slice(0, at) + pick(noise) + xml.slice(at);
      expect({ bad, read: read(bad, true) }).toEqual({ bad, read: read(bad, false) });
    }
  }
});

test("plain items are read by the plain reader, up to the first item in another spelling", () => {
  const plain = (from: number) => Array.from({ length: 20 }, (_, i) => `<x:si><x:t${i % 2 ? ' xml:space="preserve"' : ""}>Xã Số ${from + i}</x:t></x:si>`).join("\r\n");
  const xml = `<x:sst xmlns:x="${STRICT}">${plain(0)}<x:si><x:r><x:t>a</x:t></x:r><x:r><x:t>b</x:t></x:r></x:si>${plain(20)}</x:sst>`;
  const seen: string[] = [];
  const items = new PlainItems(xml, (start, end) => seen.push(xml.slice(start, end)));
  const stop = items.read(xml.indexOf("<x:si>"), "x", new Map([["x", STRICT]]));
  expect(stop).toBe(xml.indexOf("<x:si><x:r>"));
  expect(seen).toEqual(Array.from({ length: 20 }, (_, i) => `Xã Số ${i}`));
  // Under a prefix bound to another namespace nothing is read.
  expect(items.read(xml.indexOf("<x:si>"), "x", new Map([["x", "urn:other"]]))).toBe(xml.indexOf("<x:si>"));
  expect(readSharedStrings(xml)).toEqual([...Array.from({ length: 20 }, (_, i) => `Xã Số ${i}`), "ab", ...Array.from({ length: 20 }, (_, i) => `Xã Số ${20 + i}`)]);
});
