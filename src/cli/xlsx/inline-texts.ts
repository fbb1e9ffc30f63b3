// A text cell's bytes after its style attribute (` t="inlineStr"><is><t>`, the escaped text, `</t></is></c>`),
// and a column's last text written again from the bytes it made: a sheet's columns repeat their texts down the
// rows (the status words, the history sheet's measure labels), and escaping them again (Vietnamese: two or three
// bytes a letter) redid work whose bytes were already there. A map from every text to its bytes cost more than
// it saved (measured at 50,000 units: its lookups alone cost more than escaping a unit's name, which comes back
// only in another block, thousands of rows later).
import { needsPreserve } from "./text-space";
import { asciiPiece, type XmlBytes } from "./xml-bytes";

const OPEN = asciiPiece(' t="inlineStr"><is><t>');
const OPEN_PRESERVE = asciiPiece(' t="inlineStr"><is><t xml:space="preserve">');
const CLOSE = asciiPiece("</t></is></c>");

/** A text cell's bytes after its style attribute, written out. */
function writeInlineText(w: XmlBytes, text: string): void {
  w.put(needsPreserve(text) ? OPEN_PRESERVE : OPEN);
  w.escaped(text);
  w.put(CLOSE);
}

/** Where a column's last text cell's bytes are in the writer's buffer (valid while the writer's `starts` is the same). */
interface LastText {
  text: string;
  start: number;
  end: number;
  starts: number;
}

export class InlineTexts {
  private readonly last: (LastText | undefined)[] = [];

  constructor(private readonly w: XmlBytes) {}

  /** A text cell's bytes after its style attribute, in column `col`: copied when the column's last text was the same. */
  write(col: number, text: string): void {
    const w = this.w;
    const last = this.last[col];
    if (last !== undefined && last.text === text && last.starts === w.starts) return w.again(last.start, last.end);
    const start = w.pos;
    writeInlineText(w, text);
    if (last === undefined) this.last[col] = { text, start, end: w.pos, starts: w.starts };
    else {
      last.text = text;
      last.start = start;
      last.end = w.pos;
      last.starts = w.starts;
    }
  }
}
