// `report --image FILE.png`: the report's pictures (core/report/picture) rasterised with resvg and Noto Sans
// (our subset of the shipped font, assets/fonts), no browser or LibreOffice. One picture is FILE.png; a split
// table is FILE-1.png, FILE-2.png…; files already there are kept: the pictures then take the first free "FILE (n)" name (--force
// writes over them), as the report copy does.
import * as fs from "fs";
import * as path from "path";
import { reportPictures } from "../core/report/picture";
import { periodPictures } from "../core/report/picture/period";
import type { PeriodAnalysis } from "../core/history/period";
import type { Lang, TableAnalysis } from "../core/types";
import { CliFailure } from "./load";
import { isSameFile, writeAtomically } from "./output-file";

import { SUBSET_RANGES } from "./picture-font-coverage";
import { encodePng } from "./png-encode";

const FONT_FILES = ["400Regular/NotoSans_400Regular.ttf", "700Bold/NotoSans_700Bold.ttf"];
/** Our cut of the same font (scripts/picture-font-subset.mjs): ~115 KB instead of 630 KB, drawn twice as fast. */
const SUBSET_FILES = ["NotoSans-Picture-Regular.ttf", "NotoSans-Picture-Bold.ttf"];

/** The whole font files of the package, wherever node_modules is (beside the sources or the compiled command). */
export function pictureFontFiles(): string[] {
  return FONT_FILES.map((f) => require.resolve(`@expo-google-fonts/noto-sans/${f}`));
}

/** assets/fonts of the project, found upwards from here (src/cli/ in the sources, dist-cli/ in the bundle). */
function subsetFiles(): string[] | null {
  for (let dir = __dirname, up = 0; up < 4; dir = path.dirname(dir), up++) {
    const files = SUBSET_FILES.map((f) => path.join(dir, "assets", "fonts", f));
    if (files.every((f) => fs.existsSync(f))) return files;
  }
  return null;
}

const covered = (code: number) => SUBSET_RANGES.some(([first, last]) => code >= first && code <= last);

/**
 * The font files for these SVGs: the subset when it holds every character they draw (the markup is ASCII, so the
 * whole text is checked), else the whole font, so that a unit name in another script is never drawn as blanks.
 */
export function fontFilesFor(svgs: string[]): string[] {
  const subset = subsetFiles();
  if (!subset) return pictureFontFiles();
  for (const svg of svgs) {
    for (let i = 0; i < svg.length; i++) {
      const code = svg.charCodeAt(i);
      if (code >= 0x80 && !covered(svg.codePointAt(i) as number)) return pictureFontFiles();
    }
  }
  return subset;
}

// Loaded only when a picture is asked for: the native module stays out of every other command.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const resvgModule = () => require("@resvg/resvg-js") as typeof import("@resvg/resvg-js");

function resvgOptions(fontFiles: string[], width?: number): import("@resvg/resvg-js").ResvgRenderOptions {
  return { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: "Noto Sans" }, fitTo: width ? { mode: "width", value: width } : { mode: "original" } };
}

/** An SVG drawn to PNG bytes at its own size (1080 px wide), or `width` px wide. */
export function rasterise(svg: string, fontFiles: string[] = fontFilesFor([svg]), width?: number): Buffer {
  const { Resvg } = resvgModule();
  return new Resvg(svg, resvgOptions(fontFiles, width)).render().asPng();
}

/**
 * Every part drawn to PNG, side by side on resvg's worker threads (a clerk's PC has more than one core), and
 * encoded by png-encode.ts. The pictures are opaque (a white background first), so resvg's pixels, premultiplied
 * or not, are the same.
 */
export async function rasteriseAll(svgs: string[], fontFiles: string[] = fontFilesFor(svgs)): Promise<Buffer[]> {
  const { renderAsync } = resvgModule();
  return Promise.all(svgs.map(async (svg) => {
    const image = await renderAsync(svg, resvgOptions(fontFiles));
    return encodePng(image.pixels, image.width, image.height);
  }));
}

function namesFor(stem: string, ext: string, count: number): string[] {
  return count === 1 ? [`${stem}${ext}`] : Array.from({ length: count }, (_, i) => `${stem}-${i + 1}${ext}`);
}

/** The files to write: FILE.png (or FILE-k.png), else the first "FILE (n)" whose every name is free. */
export function pictureFiles(requested: string, count: number, input: string, force: boolean): { files: string[]; kept: string | null } {
  const ext = path.extname(requested);
  const stem = requested.slice(0, requested.length - ext.length);
  const taken = (names: string[]) => names.some((f) => fs.existsSync(f) || isSameFile(input, f));
  const first = namesFor(stem, ext, count);
  if (force || !taken(first)) return { files: first, kept: null };
  for (let n = 2; ; n++) {
    const names = namesFor(`${stem} (${n})`, ext, count);
    if (!taken(names)) return { files: names, kept: first[0] };
  }
}

export interface WrittenPictures {
  files: string[];
  kept: string | null;
}

export async function writeReportPictures(analysis: TableAnalysis, requested: string, input: string, o: { lang: Lang; measureId?: string; force: boolean; period?: PeriodAnalysis | null }): Promise<WrittenPictures> {
  if (!/\.png$/i.test(requested)) throw new CliFailure({ key: "picture.cli.notPng", params: { file: requested } });
  // With --week or --phase, the period report's pictures (what the sheet written beside them shows).
  const parts = o.period ? periodPictures(analysis, o.period, { lang: o.lang, measureId: o.measureId }) : reportPictures(analysis, { lang: o.lang, measureId: o.measureId });
  let pngs: Buffer[];
  try {
    pngs = await rasteriseAll(parts.map((p) => p.svg));
  } catch (e) {
    throw new CliFailure({ key: "picture.cli.cannotDraw", params: { reason: e instanceof Error ? e.name : "?" } });
  }
  const { files, kept } = pictureFiles(requested, pngs.length, input, o.force);
  files.forEach((file, i) => writeAtomically(file, pngs[i]));
  return { files, kept };
}
