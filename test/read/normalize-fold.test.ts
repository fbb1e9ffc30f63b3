// The one-pass diacritic fold of the normaliser must give what Unicode's own decomposition gives, for every
// Vietnamese letter, typed composed or decomposed, in any case, beside ASCII, other scripts and emoji.
import fc from "fast-check";
import { normalizeText, foldText } from "../../src/core/vocabulary";

const VIETNAMESE = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";
const LETTERS = [...VIETNAMESE, ...VIETNAMESE.toUpperCase(), "Ð", "ð", "ø", "ß", "ស", "្", "😀", "q", "z", "0", "7", " ", "  ", "-", "%"];

/** Unicode's way: lowercase, Đ/Ð as d, decompose, drop the marks, single spaces. */
function reference(s: string): string {
  return s.toLowerCase().replace(/[đð]/g, "d").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/\s+/g, " ").trim();
}

const text = fc.array(fc.constantFrom(...LETTERS), { maxLength: 24 }).map((xs) => xs.join(""));

describe("the diacritic fold", () => {
  it("equals Unicode's decomposition for names typed composed or decomposed", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(foldText(s)).toBe(reference(s));
        expect(foldText(s.normalize("NFD"))).toBe(reference(s));
        expect(normalizeText(s)).toBe(normalizeText(s.normalize("NFD")));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads a heading the way a clerk does, whatever the typing", () => {
    expect(normalizeText("ĐƠN  VỊ")).toBe("don vi");
    expect(normalizeText("Tỷ lệ đạt (%)")).toBe("ty le dat %");
    expect(foldText("Xã Ứng Hòa")).toBe("xa ung hoa");
  });
});
