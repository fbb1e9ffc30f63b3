// The report picture read back the way a leader's eye (or any machine) reads it: rasterised with resvg and the
// shipped font, then OCR'd with Debian's tesseract (vie). Every unit's name and its completion, as this test
// computed them from the figures it made up, must be found on one line. Kept in test-artifacts/ to look at:
// picture-7-units.png and picture-160-units-N.png.
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { reportPictures } from "../../src/core/report/picture";
import { rasterise } from "../../src/cli/report-picture";
import { sampleAnalysis, UNITS } from "./sample-analysis";
import { generatedUnits } from "./picture-units";

const hasTesseract = spawnSync("sh", ["-c", "command -v tesseract"]).status === 0;
const ocrDescribe = hasTesseract || process.env.CI ? describe : describe.skip;
const artifacts = path.resolve(__dirname, "../../test-artifacts");

/** The completion as a clerk writes it: done ÷ target in %, one decimal, decimal comma (53,3%). */
function percentText(done: number, target: number): string {
  const tenths = Math.floor((done * 1000) / target + 0.5 + 1e-9);
  return `${Math.floor(tenths / 10)},${tenths % 10}%`;
}

/**
 * The PNG's own pixels enlarged 2× (resvg drawing the PNG as an image, smoothed): tesseract misreads a comma or
 * a tone mark in 30 px text about once in forty rows, as it would a phone screenshot; a leader zooms, OCR
 * wants larger text. The picture itself is not redrawn.
 */
function enlarged(png: Buffer): Buffer {
  const w = png.readUInt32BE(16);
  const h = png.readUInt32BE(20);
  return rasterise(`<svg xmlns="http://www.w3.org/2000/svg" width="${w * 2}" height="${h * 2}"><image href="data:image/png;base64,${png.toString("base64")}" x="0" y="0" width="${w * 2}" height="${h * 2}"/></svg>`);
}

function tesseract(png: Buffer, file: string): string[] {
  fs.writeFileSync(file, png);
  try {
    return execFileSync("tesseract", [file, "-", "-l", "vie", "--psm", "6"], { stdio: ["ignore", "pipe", "ignore"] }).toString().normalize("NFC").split("\n");
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/**
 * Two readings of the picture, one text line per table row (page segmentation 6: one uniform block): the PNG as
 * written and its pixels enlarged. Each drops a comma or a tone mark about once in fifty rows, never at the
 * same place; a unit counts as read back when one reading has its name and its figure on its row. A wrong
 * figure or a wrong mark in the picture is in both readings, so it still fails.
 */
function ocr(png: Buffer, name: string): string[][] {
  const file = path.join(os.tmpdir(), `picture-ocr-${process.pid}-${name}.png`);
  return [tesseract(png, file), tesseract(enlarged(png), file)];
}

/**
 * Whitespace is the only thing forgiven: tesseract sometimes runs two words together ("QuyếtTiến"). Diacritics
 * must come back exactly: "Tân Hòa" and "Tân Hóa" are two communes.
 */
const squeeze = (s: string) => s.normalize("NFC").replace(/\s+/g, "");

/**
 * The row of a unit: a line with its completion and its name, or, when the picture wrapped a long name, the
 * name's first words on that line and the rest on the next.
 */
function foundOn(lines: string[], name: string, percent: string): boolean {
  const words = name.split(/\s+/);
  return lines.some((line, i) => {
    const here = squeeze(line);
    if (!here.includes(percent)) return false;
    if (here.includes(squeeze(name))) return true;
    const next = squeeze(lines[i + 1] ?? "");
    return words.some((_, k) => k > 0 && here.includes(squeeze(words.slice(0, k).join(" "))) && next.includes(squeeze(words.slice(k).join(" "))));
  });
}

function missing(readings: string[][], units: [string, number, number][]): string[] {
  return units.filter(([name, target, done]) => !readings.some((lines) => foundOn(lines, name, percentText(done, target)))).map(([name, target, done]) => `${name} ${percentText(done, target)}`);
}

ocrDescribe("the report picture read back with OCR", () => {
  beforeAll(() => fs.mkdirSync(artifacts, { recursive: true }));

  test("7 units: one 1080 px picture; every unit's name and completion read back", () => {
    const parts = reportPictures(sampleAnalysis(), { lang: "vi" });
    expect(parts).toHaveLength(1);
    expect(parts[0].width).toBe(1080);
    const png = rasterise(parts[0].svg);
    fs.writeFileSync(path.join(artifacts, "picture-7-units.png"), png);
    const readings = ocr(png, "7");
    expect(missing(readings, UNITS)).toEqual([]);
    // The headline: the district's total, as the test adds it up.
    const target = UNITS.reduce((s, u) => s + u[1], 0);
    const done = UNITS.reduce((s, u) => s + u[2], 0);
    expect(readings.flat().map(squeeze).some((l) => l.includes(squeeze(`đạt ${percentText(done, target)}`)))).toBe(true);
  }, 120000);

  test("160 units: split into phone-sized pictures, no unit lost or repeated, every name and completion read back", () => {
    const units = generatedUnits(160, 21);
    const parts = reportPictures(sampleAnalysis(units), { lang: "vi" });
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) {
      expect(p.width).toBe(1080);
      expect(p.height).toBeLessThanOrEqual(2340);
    }
    const drawn = parts.flatMap((p) => p.units);
    expect([...drawn].sort()).toEqual(units.map((u) => u[0]).sort());
    const readings: string[][] = [[], []];
    parts.forEach((p, i) => {
      const png = rasterise(p.svg);
      fs.writeFileSync(path.join(artifacts, `picture-160-units-${i + 1}.png`), png);
      ocr(png, `160-${i + 1}`).forEach((lines, k) => readings[k].push(...lines));
    });
    expect(missing(readings, units as [string, number, number][])).toEqual([]);
  }, 600000);
});
