// The shared strings part: one text per <si>, rich-text runs joined, phonetic guides (<rPh>, reading aids for
// East Asian text that Excel does not display in the cell) left out, and Excel's "_x000D_" escapes decoded.
import { MAIN_NS } from "./ooxml-names";
import { scanXml } from "./xml-scan";

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

/** Every shared string, in order (a cell's t="s" value indexes this list). */
export function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  const item = new StringItemText();
  let inItem = false;
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
  scanXml(xml, {
    open(ns, local) {
      if (!isMain(ns)) return;
      if (local === "si") {
        inItem = true;
        item.start();
      } else if (inItem) item.open(local);
    },
    close(ns, local) {
      if (!isMain(ns)) return;
      if (local === "si") {
        out.push(item.finish());
        inItem = false;
      } else if (inItem) item.close(local);
    },
    text(t) {
      if (inItem) item.text(t);
    },
  });
  return out;
}
