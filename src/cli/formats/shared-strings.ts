// The shared strings part: one text per <si>, rich-text runs joined, phonetic guides (<rPh>, reading aids for
// East Asian text that Excel does not display in the cell) left out, and Excel's "_x000D_" escapes decoded.
import { MAIN_NS } from "./ooxml-names";
import { PlainItems } from "./shared-strings-plain";
import type { Scope } from "./xml-names";
import { scanXml, type XmlAttributes } from "./xml-scan";
import { textOf } from "./xml-text";

/** Excel writes characters XML cannot carry (and literal "_x" sequences) as _xHHHH_. */
const ESCAPED = /_x([0-9A-Fa-f]{4})_/g;

export function unescapeExcelText(text: string): string {
  return text.indexOf("_x") < 0 ? text : text.replace(ESCAPED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Collects the displayed text of a string item (<si> or a cell's <is>): the <t> elements directly in it or in
 * its runs, never those of a phonetic guide. One instance per part; `start`/`finish` bracket each item.
 */
export class StringItemText {
  /** The item's text so far: nearly every item is one <t>, so no list is made for it. */
  private first: string | null = null;
  private rest: string[] | null = null;
  private inText = false;
  private phonetic = 0;

  start(): void {
    this.first = null;
    this.rest = null;
    this.inText = false;
    this.phonetic = 0;
  }

  open(local: string): void {
    if (local === "rPh") this.phonetic += 1;
    else if (local === "t" && this.phonetic === 0) this.inText = true;
  }

  close(local: string): void {
    if (local === "rPh") this.phonetic -= 1;
    else if (local === "t") this.inText = false;
  }

  text(t: string): void {
    if (!this.inText) return;
    if (this.first === null) this.first = t;
    else (this.rest ??= []).push(t);
  }

  finish(): string {
    if (this.first === null) return "";
    return unescapeExcelText(this.rest === null ? this.first : this.first + this.rest.join(""));
  }
}

/**
 * Every shared string, in order (a cell's t="s" value indexes this list). `plainItems` false reads every item
 * through the general scanner (the tests compare the two ways).
 */
export function readSharedStrings(xml: string, plainItems = true): string[] {
  const out: string[] = [];
  const item = new StringItemText();
  let inItem = false;
  /** How many items are open (a damaged part may nest them): plain items are read only between items. */
  let openItems = 0;
  // Every element of the part is in one or two namespaces: the last answer is kept.
  let lastNs = "";
  let lastMain = false;
  const isMain = (ns: string): boolean => {
    if (ns !== lastNs) {
      lastNs = ns;
      lastMain = MAIN_NS.has(ns);
    }
    return lastMain;
  };
  // A plain item's text is decoded as the scanner decodes text (textOf), then as an item's text (finish).
  const plain = new PlainItems(xml, (start, end) => out.push(unescapeExcelText(textOf(xml.slice(start, end)))));
  const handler = {
    /** Set where items may follow (inside the root, after an item): the plain reader reads on until another shape. */
    takeOver: false,
    readAhead(at: number, prefix: string, scope: Scope): number {
      handler.takeOver = false;
      return plain.read(at, prefix, scope);
    },
    open(ns: string, local: string, _attrs: XmlAttributes, selfClosing: boolean) {
      if (!isMain(ns)) return;
      if (local === "si") {
        inItem = true;
        openItems += 1;
        item.start();
      } else if (inItem) item.open(local);
      else if (local === "sst" && openItems === 0) handler.takeOver = plainItems && !selfClosing;
    },
    close(ns: string, local: string) {
      if (!isMain(ns)) return;
      if (local === "si") {
        out.push(item.finish());
        inItem = false;
        openItems -= 1;
        handler.takeOver = plainItems && openItems === 0;
      } else if (inItem) item.close(local);
    },
    text(t: string) {
      if (inItem) item.text(t);
    },
  };
  scanXml(xml, handler);
  return out;
}
