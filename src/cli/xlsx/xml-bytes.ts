// XML written straight to bytes (UTF-8) in a reusable buffer, for the parts made of hundreds of thousands of
// cells: no string per cell or row to build, flatten, encode and collect (a province's report sheet made that
// way spent more time in the string machinery and the garbage collector than in deflate). Plain JavaScript byte
// loops: for the short texts of a cell they beat a call into the runtime per piece.
import { KEPT_AS_VIEW } from "./deflate-chunks";
import { SPECIAL_LOW } from "./xml";

/** Bytes of an ASCII text, made once (the fixed pieces of a cell: `<c r="`, ` s="3"`, `</v></c>`). */
export function asciiBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

/** A module-local name: an imported binding may be read through a getter per access in a CommonJS build. */
const SPECIAL = SPECIAL_LOW;
const AMP = asciiBytes("&amp;");
const LT = asciiBytes("&lt;");
const GT = asciiBytes("&gt;");
const QUOT = asciiBytes("&quot;");

function put(buf: Buffer, at: number, b: Uint8Array): number {
  for (let i = 0; i < b.length; i++) buf[at++] = b[i];
  return at;
}

export class XmlBytes {
  buf: Buffer;
  pos = 0;

  constructor(size = 256 * 1024) {
    this.buf = Buffer.allocUnsafe(size);
  }

  /** Room for `n` more bytes; a row larger than the buffer makes it grow (rare: a long text). */
  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n));
    this.buf.copy(bigger, 0, 0, this.pos);
    this.buf = bigger;
  }

  /** The bytes written since the last reset (a view: read it before writing more). */
  view(): Buffer {
    return this.buf.subarray(0, this.pos);
  }

  reset(): void {
    this.pos = 0;
  }

  /**
   * What was written since the last take, and a fresh start: a view of the buffer, to be read before more is
   * written (streamedEntry copies it into its chunk), or a copy when it is so large that the deflater keeps it
   * as it is (KEPT_AS_VIEW).
   */
  take(): Buffer {
    const out = this.pos >= KEPT_AS_VIEW ? Buffer.from(this.view()) : this.view();
    this.pos = 0;
    return out;
  }

  bytes(b: Uint8Array): void {
    this.room(b.length);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < b.length; i++) buf[p++] = b[i];
    this.pos = p;
  }

  /** Bytes written earlier since the last take (a row's number, again in each of its cells' references). */
  again(start: number, end: number): void {
    this.room(end - start);
    const buf = this.buf;
    let p = this.pos;
    for (let i = start; i < end; i++) buf[p++] = buf[i];
    this.pos = p;
  }

  /** A text as UTF-8, as Buffer.from(text, "utf8") encodes it (a lone surrogate becomes U+FFFD). */
  text(s: string): void {
    this.room(s.length * 3);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c < 0x80) {
        buf[p++] = c;
        continue;
      }
      if (c < 0x800) {
        buf[p++] = 0xc0 | (c >> 6);
        buf[p++] = 0x80 | (c & 0x3f);
        continue;
      }
      if (c >= 0xd800 && c < 0xe000) {
        const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
        if (c < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
          // A pair: one character beyond the BMP, four bytes.
          const cp = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          buf[p++] = 0xf0 | (cp >> 18);
          buf[p++] = 0x80 | ((cp >> 12) & 0x3f);
          buf[p++] = 0x80 | ((cp >> 6) & 0x3f);
          buf[p++] = 0x80 | (cp & 0x3f);
          i++;
          continue;
        }
        c = 0xfffd;
      }
      buf[p++] = 0xe0 | (c >> 12);
      buf[p++] = 0x80 | ((c >> 6) & 0x3f);
      buf[p++] = 0x80 | (c & 0x3f);
    }
    this.pos = p;
  }

  /**
   * escapeXml(s) as UTF-8, in one pass and without the escaped string: & < > " as entities; the characters XML
   * 1.0 forbids (controls other than tab, newline, return; U+FFFE, U+FFFF; a surrogate not in a pair) dropped.
   */
  escaped(s: string): void {
    this.room(s.length * 6);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) {
        if (c >= 0x3f || SPECIAL[c] === 0) buf[p++] = c;
        else if (c === 0x26) p = put(buf, p, AMP);
        else if (c === 0x3c) p = put(buf, p, LT);
        else if (c === 0x3e) p = put(buf, p, GT);
        else if (c === 0x22) p = put(buf, p, QUOT);
        continue;
      }
      if (c < 0x800) {
        buf[p++] = 0xc0 | (c >> 6);
        buf[p++] = 0x80 | (c & 0x3f);
        continue;
      }
      if (c >= 0xd800 && c < 0xe000) {
        const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
        if (c < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
          const cp = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          buf[p++] = 0xf0 | (cp >> 18);
          buf[p++] = 0x80 | ((cp >> 12) & 0x3f);
          buf[p++] = 0x80 | ((cp >> 6) & 0x3f);
          buf[p++] = 0x80 | (cp & 0x3f);
          i++;
        }
        continue;
      }
      if (c >= 0xfffe) continue;
      buf[p++] = 0xe0 | (c >> 12);
      buf[p++] = 0x80 | ((c >> 6) & 0x3f);
      buf[p++] = 0x80 | (c & 0x3f);
    }
    this.pos = p;
  }

  /**
   * A number's text as String(n) gives it: a whole number in 31 bits (counts, serial dates: most figures) as
   * its digits without making a string; any other through String.
   */
  number(n: number): void {
    if ((n | 0) !== n) {
      this.text(String(n));
      return;
    }
    this.room(11);
    const buf = this.buf;
    let v = n;
    if (v < 0) {
      buf[this.pos++] = 0x2d;
      v = -v;
    }
    let digits = 1;
    for (let t = v; t >= 10; t = Math.floor(t / 10)) digits++;
    let p = this.pos + digits;
    this.pos = p;
    do {
      const q = Math.floor(v / 10);
      buf[--p] = 0x30 + (v - q * 10);
      v = q;
    } while (v > 0);
  }
}
