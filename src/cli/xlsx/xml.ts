// Small helpers for the parts this writer generates whole (the report sheet, charts, tables): escaping,
// attributes, numbers. Parts of the clerk's are never edited as text: see dom.ts.

/**
 * Char codes below "?" that escapeXml changes: the control characters XML 1.0 forbids (all but tab, newline,
 * return) and & < > ". Every other code below 0xD800 is kept as it is.
 */
export const SPECIAL_LOW = (() => {
  const t = new Uint8Array(0x3f);
  for (let c = 0; c < 0x20; c++) if (c !== 0x09 && c !== 0x0a && c !== 0x0d) t[c] = 1;
  for (const ch of '&<>"') t[ch.charCodeAt(0)] = 1;
  return t;
})();

/** A code escapeXml may change: SPECIAL_LOW, a surrogate (kept only in pairs), U+FFFE, U+FFFF. */
function special(c: number): boolean {
  return c < 0x3f ? SPECIAL_LOW[c] === 1 : c >= 0xd800 && (c < 0xe000 || c >= 0xfffe);
}

/**
 * The text as XML character data and attribute values may hold it: & < > " escaped; characters XML 1.0 forbids
 * (control characters other than tab, newline, return; U+FFFE, U+FFFF; a surrogate not in a pair) dropped.
 * One scan by char code, no regular expression: most texts (unit names, status words) and formulas have
 * nothing to change and come back as they are, and a province's report asks this of a million strings.
 */
export function escapeXml(text: string): string {
  for (let i = 0; i < text.length; i++) if (special(text.charCodeAt(i))) return escapeFrom(text, i);
  return text;
}

/** escapeXml's work from the first code that changes; unchanged runs are copied as slices. */
function escapeFrom(text: string, first: number): string {
  let out = text.slice(0, first);
  let run = first;
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!special(c)) continue;
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      // A high surrogate followed by a low one: a character beyond the BMP (an emoji), kept whole.
      if (next >= 0xdc00 && next < 0xe000) {
        i++;
        continue;
      }
    }
    out += text.slice(run, i);
    run = i + 1;
    if (c === 0x26) out += "&amp;";
    else if (c === 0x3c) out += "&lt;";
    else if (c === 0x3e) out += "&gt;";
    else if (c === 0x22) out += "&quot;";
    // Anything else is forbidden in XML 1.0, and dropped.
  }
  return out + text.slice(run);
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
  // A whole number in 31 bits (counts, serial dates: most figures) is its digits; String gives the same but
  // checks more first. -0 | 0 is 0, and "0" is what String(-0) gives too.
  if ((n | 0) === n) return "" + n;
  return Number.isFinite(n) ? String(n) : null;
}

/** The largest number a list of strings holds, without spreading the list into a call. */
export function maxOf(values: Iterable<number>, start = 0): number {
  let m = start;
  for (const v of values) if (Number.isFinite(v) && v > m) m = v;
  return m;
}
