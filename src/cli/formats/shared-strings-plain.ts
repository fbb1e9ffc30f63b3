// Shared string items in the spelling nearly every writer uses, `<si><t>text</t></si>` (or `<t xml:space=
// "preserve">`) in the part's main-namespace prefix, read without the general scanner. Why: the scanner resolves
// every tag's name and namespace and calls its handler twice per element, which is most of what a part of 57,000
// short texts costs; here an item is three comparisons and a search for the end of its text.
//
// An item in any other spelling (rich runs, a phonetic guide, CDATA, a comment, `<si/>`, `<t/>`, another prefix,
// a declaration, any other attribute) stops the reading at its start: the general scanner reads that item and
// hands the reading back after it. The text found here is handed over as where it lies, for the shared strings
// reader to decode exactly as it decodes the text the scanner hands it.
import { MAIN_NS } from "./ooxml-names";
import type { Scope } from "./xml-names";

const PRESERVE = ' xml:space="preserve">';
const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

export class PlainItems {
  private prefix: string | null = null;
  /** "<si><t", "</t></si>" in the prefix read under. */
  private itemOpen = "";
  private itemClose = "";

  constructor(
    private readonly xml: string,
    /** Each plain item's text, as [start, end) of the part, undecoded. */
    private readonly item: (start: number, end: number) => void,
  ) {}

  /**
   * Reads plain items from `at`, where the general scanner stands among the items (just inside their parent, or
   * just after an item) with `scope`, and `prefix` is the prefix of the element it just opened or closed; returns
   * where the general scanner goes on: the first thing not read here.
   */
  read(at: number, prefix: string, scope: Scope): number {
    const uri = scope.get(prefix);
    if (uri === undefined || !MAIN_NS.has(uri)) return at;
    if (prefix !== this.prefix) {
      const p = prefix === "" ? "" : prefix + ":";
      this.prefix = prefix;
      this.itemOpen = `<${p}si><${p}t`;
      this.itemClose = `</${p}t></${p}si>`;
    }
    const xml = this.xml;
    const open = this.itemOpen;
    const close = this.itemClose;
    let i = at;
    for (;;) {
      // Space between items is no one's text (the general reader drops it too).
      while (i < xml.length && isSpace(xml.charCodeAt(i))) i++;
      if (!xml.startsWith(open, i)) return i;
      let start = i + open.length;
      if (xml.charCodeAt(start) === 62 /* > */) start++;
      else if (xml.startsWith(PRESERVE, start)) start += PRESERVE.length;
      else return i;
      const end = xml.indexOf("<", start);
      if (end < 0 || !xml.startsWith(close, end)) return i;
      this.item(start, end);
      i = end + close.length;
    }
  }
}
