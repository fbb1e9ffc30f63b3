// The rewritten XML scanner (names from a table, attributes as positions, plain text handed over in place) gives
// what the scanner before it gave, event for event, on generated parts: any prefix or a default namespace,
// declarations on inner elements, entities and character references, CDATA, comments, BOM and CRLF, odd spacing,
// Vietnamese text; and refuses the same damaged parts (cut off, a byte changed, a name doubled or undeclared).
import { scanXml as scanFast, type XmlHandler } from "../../../src/cli/formats/xml-scan";
import { scanXml as scanReference } from "../../support/reference-xml-scan";
import { generatedPart, keysOf, mulberry32 } from "./xml-parts";

/** Every event as text, every attribute the generator may have written asked for by name. */
function events(scan: (xml: string, h: XmlHandler) => void, xml: string, keys: string[], inPlace: boolean): string[] {
  const out: string[] = [];
  let text = "";
  const flush = () => {
    if (text !== "") out.push(`text ${JSON.stringify(text)}`);
    text = "";
  };
  const handler: XmlHandler = {
    open(ns, local, attrs, selfClosing) {
      flush();
      const got = keys.map((k) => [k, attrs.get(k)]).filter(([, v]) => v !== undefined);
      out.push(`open {${ns}}${local} ${JSON.stringify(got)} ${selfClosing}`);
    },
    close(ns, local) {
      flush();
      out.push(`close {${ns}}${local}`);
    },
    text(t) {
      text += t;
    },
  };
  if (inPlace) handler.rawText = (start, end) => (text += xml.slice(start, end));
  try {
    scan(xml, handler);
  } catch (e) {
    out.push(`error ${(e as Error).constructor.name} ${(e as Error).message}`);
  }
  flush();
  return out;
}

describe("the fast scanner reads a part as the reference scanner does", () => {
  const random = mulberry32(20240820);
  const parts = Array.from({ length: 300 }, () => generatedPart(random));

  test.each(parts.map((p, i) => [i, p] as const))("generated part %i, whole", (_i, xml) => {
    const keys = keysOf(xml);
    const reference = events(scanReference, xml, keys, false);
    expect(events(scanFast, xml, keys, false)).toEqual(reference);
    expect(events(scanFast, xml, keys, true)).toEqual(reference);
  });

  test("the same parts damaged: cut off, a character changed or dropped, read or refused alike", () => {
    const damage = mulberry32(7);
    const noise = ["<", ">", "/", '"', "'", "=", "&", ":", " ", "x", "]]>", "<!--", "xmlns:p='urn:p' "];
    for (const xml of parts.slice(0, 150)) {
      const keys = keysOf(xml);
      for (let k = 0; k < 6; k++) {
        const at = Math.floor(damage() * xml.length);
        const kind = k % 3;
        const bad = kind === 0 ? xml.slice(0, at) : kind === 1 ? xml.slice(0, at) + xml.slice(at + 1) : xml.slice(0, at) + noise[Math.floor(damage() * noise.length)] + xml.slice(at);
        expect({ bad, events: events(scanFast, bad, keys, true) }).toEqual({ bad, events: events(scanReference, bad, keys, false) });
      }
    }
  });

  test("a value read in place is the value asked for by name, when it needs no decoding", () => {
    const xml = `<r xmlns="urn:m" xmlns:p="urn:p"><c r="B7" s = '12' p:t="x&amp;y" u="a\tb"/></r>`;
    let seen = 0;
    scanFast(xml, {
      open(_ns, local, attrs) {
        if (local !== "c") return;
        seen++;
        for (const key of ["r", "s"]) {
          const i = attrs.indexOf(key);
          expect(attrs.isRaw(i)).toBe(true);
          expect(xml.slice(attrs.start(i), attrs.end(i))).toBe(attrs.get(key));
        }
        expect(attrs.isRaw(attrs.indexOf("{urn:p}t"))).toBe(false);
        expect(attrs.get("{urn:p}t")).toBe("x&y");
        expect(attrs.get("u")).toBe("a b");
        expect(attrs.indexOf("t")).toBe(-1);
      },
      close() {},
    });
    expect(seen).toBe(1);
  });
});
