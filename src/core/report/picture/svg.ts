// Drawn shapes to an SVG document. The text is escaped as XML; the font is named, and, for a browser that draws
// the SVG as an image (no outside file may load there), embedded as data: URLs given by the face.
import { LOOK } from "./look";

export type Shape =
  | { kind: "rect"; x: number; y: number; w: number; h: number; fill: string; stroke?: string }
  | { kind: "text"; x: number; y: number; text: string; px: number; bold?: boolean; italic?: boolean; color?: string; anchor?: "start" | "middle" | "end" };

/** A font file for the browser: its weight and a data: URL (or a same-origin URL) of the .ttf. */
export interface EmbeddedFont {
  weight: 400 | 700;
  url: string;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] as string);
}

const r1 = (n: number) => Math.round(n * 10) / 10;

function shapeXml(s: Shape): string {
  if (s.kind === "rect") {
    const stroke = s.stroke ? ` stroke="${s.stroke}" stroke-width="1"` : "";
    return `<rect x="${r1(s.x)}" y="${r1(s.y)}" width="${r1(s.w)}" height="${r1(s.h)}" fill="${s.fill}"${stroke}/>`;
  }
  const attrs = [`x="${r1(s.x)}"`, `y="${r1(s.y)}"`, `font-size="${s.px}"`];
  if (s.bold) attrs.push(`font-weight="700"`);
  if (s.italic) attrs.push(`font-style="italic"`);
  if (s.color && s.color !== LOOK.ink) attrs.push(`fill="${s.color}"`);
  if (s.anchor && s.anchor !== "start") attrs.push(`text-anchor="${s.anchor}"`);
  return `<text ${attrs.join(" ")}>${escapeXml(s.text)}</text>`;
}

export function toSvg(shapes: Shape[], width: number, height: number, fonts: EmbeddedFont[] = []): string {
  const faces = fonts.map((f) => `@font-face{font-family:"${LOOK.font}";font-weight:${f.weight};src:url("${f.url}") format("truetype")}`).join("");
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    faces ? `<style>${faces}</style>` : "",
    `<rect x="0" y="0" width="${width}" height="${height}" fill="${LOOK.background}"/>`,
    `<g font-family="${LOOK.font}" fill="${LOOK.ink}">`,
  ];
  for (const s of shapes) parts.push(shapeXml(s));
  parts.push("</g></svg>");
  return parts.join("");
}
