// Small helpers for the parts this writer generates whole (the report sheet, charts, tables): escaping,
// attributes, numbers. Parts of the clerk's are never edited as text: see dom.ts.

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

/** The largest number a list of strings holds, without spreading the list into a call. */
export function maxOf(values: Iterable<number>, start = 0): number {
  let m = start;
  for (const v of values) if (Number.isFinite(v) && v > m) m = v;
  return m;
}
