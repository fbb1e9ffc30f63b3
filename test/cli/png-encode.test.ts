// Our PNG encoder (src/cli/png-encode.ts) against resvg's own: a report picture encoded both ways and read back
// by a PNG decoder (resvg's, drawing each PNG 1:1 as an image) gives the same pixels; the files are valid PNGs.
import { reportPictures } from "../../src/core/report/picture";
import { fontFilesFor, rasterise, rasteriseAll } from "../../src/cli/report-picture";
import { sampleAnalysis } from "../report/sample-analysis";

const { Resvg } = require("@resvg/resvg-js") as typeof import("@resvg/resvg-js");

/** The pixels a PNG decodes to, read by resvg drawing it at its own size. */
function decoded(png: Buffer): Buffer {
  const w = png.readUInt32BE(16);
  const h = png.readUInt32BE(20);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><image href="data:image/png;base64,${png.toString("base64")}" x="0" y="0" width="${w}" height="${h}" image-rendering="optimizeSpeed"/></svg>`;
  return new Resvg(svg).render().pixels;
}

test("a report picture encoded by us decodes to the same pixels as resvg's own PNG", async () => {
  const [part] = reportPictures(sampleAnalysis(), { lang: "vi" });
  const fonts = fontFilesFor([part.svg]);
  const [ours] = await rasteriseAll([part.svg], fonts);
  const theirs = rasterise(part.svg, fonts);
  expect(ours.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect([ours.readUInt32BE(16), ours.readUInt32BE(20)]).toEqual([part.width, part.height]);
  const a = decoded(ours);
  const b = decoded(theirs);
  expect(a.length).toBe(part.width * part.height * 4);
  // Decoded indeed: opaque, with the dark ink of the text among the white.
  const opaque = (px: Buffer) => px.every((v, i) => i % 4 !== 3 || v === 255);
  const dark = (px: Buffer) => px.filter((_, i) => i % 4 === 0).filter((v) => v < 80).length;
  expect(opaque(b)).toBe(true);
  expect(dark(b)).toBeGreaterThan(10_000);
  expect(a.equals(b)).toBe(true);
});
