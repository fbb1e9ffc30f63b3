// Small helpers to write SpreadsheetML by hand: escaping, attributes, and finding elements in a part's text
// without parsing the whole of it (a clerk's sheet can be megabytes; we only insert beside known elements).

/** Characters XML 1.0 forbids (control characters other than tab, newline, return; lone surrogates). */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Anything escapeXml would change; most texts and formulas have none, and skip the replacing. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(FORBIDDEN, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, "&");
}

/** ` a="1" b="x"` from the defined entries, in order. */
export function attrs(entries: Record<string, string | number | boolean | undefined | null>): string {
  let out = "";
  for (const [k, v] of Object.entries(entries)) {
    if (v === undefined || v === null || v === false) continue;
    out += ` ${k}="${v === true ? "1" : escapeXml(String(v))}"`;
  }
  return out;
}

/** A number as a cell value may hold it; null for NaN and ±Infinity, which no cell may hold. */
export function xmlNumber(n: number): string | null {
  return Number.isFinite(n) ? String(n) : null;
}

/** The value of an attribute in one start tag, unescaped; undefined when absent. */
export function attrOf(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(/[:]/g, "\\:")}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[2] ?? m[3] ?? "") : undefined;
}

/** The namespace prefix of the root element ("" for the default namespace, "x:" for `<x:worksheet>`). */
export function rootPrefix(xml: string, localName: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${localName}[\\s>/]`).exec(xml);
  return m?.[1] ?? "";
}

/**
 * Index where an element belongs in a parent whose children have a fixed order: before the first existing
 * element named in `after` (the names that must follow it), else before the parent's closing tag.
 */
export function insertionPoint(xml: string, prefix: string, after: readonly string[], parentClose: string): number {
  let best = -1;
  for (const name of after) {
    const m = new RegExp(`<${prefix}${name}[\\s>/]`).exec(xml);
    if (m && (best < 0 || m.index < best)) best = m.index;
  }
  if (best >= 0) return best;
  const close = xml.lastIndexOf(`</${prefix}${parentClose}>`);
  if (close < 0) throw new Error(`no </${prefix}${parentClose}>`);
  return close;
}

export function insertAt(xml: string, at: number, text: string): string {
  return xml.slice(0, at) + text + xml.slice(at);
}

/** The largest number a list of strings holds, without spreading the list into a call. */
export function maxOf(values: Iterable<number>, start = 0): number {
  let m = start;
  for (const v of values) if (Number.isFinite(v) && v > m) m = v;
  return m;
}
