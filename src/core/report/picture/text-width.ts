// Text measured without a DOM: each character's advance in the shipped font (Noto Sans, see
// glyph-widths.json, generated). A Vietnamese letter takes its base letter's advance (the tone and vowel marks sit above or
// below it: "ệ" is as wide as "e"); anything else outside ASCII is taken as the widest letter, so a line never
// comes out longer than measured.
import { withoutMarks } from "../../vocabulary/normalize";
import GLYPH_WIDTHS from "./glyph-widths.json";

const FIRST_CODE = GLYPH_WIDTHS.firstCode;
const REGULAR_WIDTHS: readonly number[] = GLYPH_WIDTHS.regular;
const BOLD_WIDTHS: readonly number[] = GLYPH_WIDTHS.bold;

/** The widest advance of the table (an "M"/"W"), in thousandths of an em: the safe guess for an unknown character. */
const UNKNOWN_WIDTH = 1060;

/** Letters whose base letter is not found by stripping marks. */
const BASE_LETTER: Record<string, string> = { "đ": "d", "Đ": "D" };

function advance(ch: string, widths: readonly number[]): number {
  let code = ch.codePointAt(0) ?? 0;
  if (code < FIRST_CODE || code >= FIRST_CODE + widths.length) {
    const base = BASE_LETTER[ch] ?? withoutMarks(ch);
    code = base.length === 1 ? base.charCodeAt(0) : -1;
    if (code < FIRST_CODE || code >= FIRST_CODE + widths.length) return isCombiningMark(ch) ? 0 : UNKNOWN_WIDTH;
  }
  return widths[code - FIRST_CODE];
}

const isCombiningMark = (ch: string) => (ch.codePointAt(0) ?? 0) >= 0x300 && (ch.codePointAt(0) ?? 0) <= 0x36f;

/** Width in pixels of `text` drawn at `px` pixels. */
export function textWidth(text: string, px: number, bold = false): number {
  const widths = bold ? BOLD_WIDTHS : REGULAR_WIDTHS;
  let total = 0;
  for (const ch of text.normalize("NFC")) total += advance(ch, widths);
  return (total * px) / 1000;
}

/**
 * `text` broken into lines no wider than `maxWidth`, at spaces (and at the "\n" a message may carry); a word
 * wider than the line is broken after a slash, else between characters, rather than drawn past the edge.
 * Nothing is ever dropped.
 */
export function wrapText(text: string, maxWidth: number, px: number, bold = false): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      const candidate = line === "" ? word : `${line} ${word}`;
      if (textWidth(candidate, px, bold) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line !== "") lines.push(line);
      line = word;
      while (textWidth(line, px, bold) > maxWidth && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && textWidth(line.slice(0, cut), px, bold) > maxWidth) cut--;
        // "427.576/770.535" breaks after its slash, a figure stays whole.
        const slash = line.slice(0, cut).lastIndexOf("/");
        if (slash > 0) cut = slash + 1;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}
