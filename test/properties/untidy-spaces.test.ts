// The char-code scan that decides whether a name's spaces need tidying must agree with the regex it replaced,
// for every kind of whitespace JavaScript knows, so that names are cleaned exactly as before.
import fc from "fast-check";
import { hasUntidySpaces } from "../../src/core/vocabulary/normalize";
import { cleanName } from "../../src/core/text";

const REGEX = /\s\s|[^\S ]|^\s|\s$/;
const PIECES = ["a", "Xã", " ", "  ", "\t", "\n", "\r", "\u00a0", "\u2007", "\u202f", "\u3000", "\ufeff", "\u200b", "ố", "1"];

describe("hasUntidySpaces", () => {
  it("agrees with the regex on every single UTF-16 code unit, alone and between letters", () => {
    const disagreements: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `a${ch}`, `${ch}a`, `a${ch}b`, `a ${ch}b`]) if (hasUntidySpaces(s) !== REGEX.test(s)) disagreements.push(s);
    }
    expect(disagreements).toEqual([]);
  });

  it("agrees with the regex on mixed names, and cleanName collapses exactly those", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }), (parts) => {
        const s = parts.join("");
        expect(hasUntidySpaces(s)).toBe(REGEX.test(s));
        expect(cleanName(s)).toBe(REGEX.test(s.normalize("NFC")) ? s.normalize("NFC").replace(/\s+/g, " ").trim() : s.normalize("NFC"));
      }),
      { numRuns: 2000 },
    );
  });
});
