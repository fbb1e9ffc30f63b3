// The picture's SVG as a phone reader needs it: every text at least 28 px at 1080 px wide, a unit name that
// looks like markup drawn as text, long names wrapped (never cut), the text widths measured no narrower than
// the font draws them.
import { DOMParser } from "@xmldom/xmldom";
import { reportPictures } from "../../src/core/report/picture";
import { textWidth, wrapText } from "../../src/core/report/picture/text-width";
import { sampleAnalysis, UNITS } from "./sample-analysis";

function texts(svg: string): { size: number; text: string }[] {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  const nodes = Array.from(doc.getElementsByTagName("text"));
  return nodes.map((n) => ({ size: Number(n.getAttribute("font-size")), text: n.textContent ?? "" }));
}

describe("the report picture's SVG", () => {
  test("1080 px wide and no text under 28 px, in Vietnamese and in English", () => {
    for (const lang of ["vi", "en"] as const) {
      const [part] = reportPictures(sampleAnalysis(), { lang });
      expect(part.width).toBe(1080);
      const all = texts(part.svg);
      expect(all.length).toBeGreaterThan(40);
      expect(Math.min(...all.map((t) => t.size))).toBeGreaterThanOrEqual(28);
    }
  });

  test("a unit name that looks like markup or a formula is drawn as its own text", () => {
    const odd: [string, number, number][] = [["<b>Xã A&B</b>", 100, 50], ["=1+1", 100, 60], ...UNITS.slice(2)];
    const [part] = reportPictures(sampleAnalysis(odd), { lang: "vi" });
    const drawn = texts(part.svg).map((t) => t.text);
    expect(drawn).toContain("<b>Xã A&B</b>");
    expect(drawn).toContain("=1+1");
  });

  test("a long unit name is wrapped onto more lines, every word kept", () => {
    const name = "Thị trấn Nông trường Mộc Châu thuộc huyện Mộc Châu tỉnh Sơn La";
    const [part] = reportPictures(sampleAnalysis([[name, 1000, 400], ...UNITS.slice(1)]), { lang: "vi" });
    const drawn = texts(part.svg).map((t) => t.text);
    const pieces = drawn.filter((t) => name.includes(t) && t.length > 3 && !UNITS.some((u) => u[0] === t));
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join(" ")).toBe(name);
  });

  test("wrapping breaks at spaces, a figure after its slash, and drops nothing", () => {
    expect(wrapText("Tân Phong Quyết Thắng", Math.max(textWidth("Tân Phong", 30), textWidth("Quyết Thắng", 30)) + 1, 30)).toEqual(["Tân Phong", "Quyết Thắng"]);
    expect(wrapText("427.576/770.535", textWidth("427.576/77", 30), 30, true)).toEqual(["427.576/", "770.535"]);
    // A Vietnamese letter measures as its base letter; an unknown character as the widest.
    expect(textWidth("Đặng", 30)).toBeCloseTo(textWidth("Dang", 30), 5);
    expect(textWidth("漢", 30)).toBeGreaterThanOrEqual(textWidth("W", 30));
  });
  test("a name of Excel's 32,767 characters is bounded as on the report sheet: the picture stays a picture", () => {
    const huge = "Xã " + "Tân Hòa ".repeat(4095);
    const [first, ...others] = reportPictures(sampleAnalysis([[huge, 100, 50], ...UNITS.slice(1)]), { lang: "vi" });
    const drawn = texts(first.svg).map((t) => t.text).join("");
    expect(drawn).toContain("…");
    expect(drawn.length).toBeLessThan(4000);
    expect(first.height).toBeLessThan(3000);
    expect(others).toEqual([]);
  });
});
