// The picture's font: our cut of Noto Sans (assets/fonts) must draw every Vietnamese letter exactly as the whole
// font does, and a picture with a character the cut lacks must be drawn with the whole font, never with blanks.
import * as fs from "fs";
import { fontFilesFor, pictureFontFiles, rasterise } from "../../src/cli/report-picture";

const LOWER = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ";
const VIETNAMESE = [LOWER, LOWER.toLocaleUpperCase("vi"), "0123456789 .,:;%/()–—…‘’“”₫-+×"];

function svgOf(lines: string[], bold: boolean): string {
  const texts = lines.map((line, i) => `<text x="10" y="${60 + i * 70}" font-size="40"${bold ? ' font-weight="700"' : ""}>${line}</text>`).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="2600" height="${40 + lines.length * 70}"><rect width="100%" height="100%" fill="#fff"/><g font-family="Noto Sans" fill="#000">${texts}</g></svg>`;
}

describe("the picture font", () => {
  test("the subset is ours, small, and chosen for Vietnamese text", () => {
    const files = fontFilesFor([svgOf(VIETNAMESE, false)]);
    expect(files.map((f) => f.replace(/\\/g, "/"))).toEqual([expect.stringMatching(/assets\/fonts\/NotoSans-Picture-Regular\.ttf$/), expect.stringMatching(/assets\/fonts\/NotoSans-Picture-Bold\.ttf$/)]);
    for (const f of files) expect(fs.statSync(f).size).toBeLessThan(200_000);
  });

  test.each([false, true])("every Vietnamese letter, digit and mark is drawn as by the whole font (bold: %s)", (bold) => {
    const svg = svgOf(VIETNAMESE, bold);
    expect(rasterise(svg, fontFilesFor([svg])).equals(rasterise(svg, pictureFontFiles()))).toBe(true);
  });

  test("a name in another script is drawn with the whole font", () => {
    const name = "Δήμος Ξάνθης Москва";
    const svg = svgOf([name], false);
    expect(fontFilesFor([svg])).toEqual(pictureFontFiles());
    // Drawn, not left blank: the picture differs from the same picture without the name.
    expect(rasterise(svg).equals(rasterise(svgOf([""], false)))).toBe(false);
  });
});
