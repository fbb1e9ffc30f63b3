// `report --image FILE.png`: the report's pictures (core/report/picture) rasterised with resvg and the shipped
// Noto Sans font, no browser or LibreOffice. One picture is FILE.png; a split table is FILE-1.png,
// FILE-2.png…; files already there are kept: the pictures then take the first free "FILE (n)" name (--force
// writes over them), as the report copy does.
import * as fs from "fs";
import * as path from "path";
import { reportPictures } from "../core/report/picture";
import type { Lang, TableAnalysis } from "../core/types";
import { CliFailure } from "./load";
import { isSameFile, writeAtomically } from "./output-file";

const FONT_FILES = ["400Regular/NotoSans_400Regular.ttf", "700Bold/NotoSans_700Bold.ttf"];

/** The font files of the package, wherever node_modules is (beside the sources or the compiled command). */
export function pictureFontFiles(): string[] {
  return FONT_FILES.map((f) => require.resolve(`@expo-google-fonts/noto-sans/${f}`));
}

/** An SVG drawn to PNG bytes at its own size (1080 px wide), or `width` px wide. */
export function rasterise(svg: string, fontFiles: string[] = pictureFontFiles(), width?: number): Buffer {
  // Loaded only when a picture is asked for: the native module stays out of every other command.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Resvg } = require("@resvg/resvg-js") as typeof import("@resvg/resvg-js");
  const resvg = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: "Noto Sans" }, fitTo: width ? { mode: "width", value: width } : { mode: "original" } });
  return resvg.render().asPng();
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

export function writeReportPictures(analysis: TableAnalysis, requested: string, input: string, o: { lang: Lang; measureId?: string; force: boolean }): WrittenPictures {
  if (!/\.png$/i.test(requested)) throw new CliFailure({ key: "picture.cli.notPng", params: { file: requested } });
  const parts = reportPictures(analysis, { lang: o.lang, measureId: o.measureId });
  let pngs: Buffer[];
  try {
    const fonts = pictureFontFiles();
    pngs = parts.map((p) => rasterise(p.svg, fonts));
  } catch (e) {
    throw new CliFailure({ key: "picture.cli.cannotDraw", params: { reason: e instanceof Error ? e.name : "?" } });
  }
  const { files, kept } = pictureFiles(requested, pngs.length, input, o.force);
  files.forEach((file, i) => writeAtomically(file, pngs[i]));
  return { files, kept };
}
