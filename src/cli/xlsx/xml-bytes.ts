// XML written straight to bytes (UTF-8) in a reusable buffer, for the parts made of hundreds of thousands of
// cells: no string per cell or row to build, flatten, encode and collect (a province's report sheet made that
// way spent more time in the string machinery and the garbage collector than in deflate). Plain JavaScript
// loops: for the short texts of a cell they beat a call into the runtime per piece. Fixed bytes (a cell's
// `<c r="`, ` s="3"><v>`, a row's number again, a column's repeated text) and whole numbers' digits are
// written four at a time through a DataView: a byte loop cost some 2 ns a byte, and those bytes are most of a
// sheet.
import { KEPT_AS_VIEW } from "./deflate-chunks";
import { SPECIAL_LOW } from "./xml";

/**
 * Bytes known in advance, for XmlBytes.put: their length, then the bytes as little-endian 32-bit words (the
 * last one padded with zeros), in one array.
 */
export type Piece = Int32Array;

/** Bytes of an ASCII text, made once (the fixed pieces of a cell: `<c r="`, ` s="3"`, `</v></c>`). */
function asciiBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

/** An ASCII text as a Piece. */
export function asciiPiece(text: string): Piece {
  const w = new XmlBytes(text.length + 4);
  w.bytes(asciiBytes(text));
  return w.piece();
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

/**
 * The four digits of each number below 10,000, leading zeros kept ("0042"), as one little-endian word; made
 * from the hundred pairs "00"…"99" by arithmetic (the table is made at every start: no string per entry).
 */
const FOUR_DIGITS = new Int32Array(10000);
{
  const pairs = new Int32Array(100);
  for (let k = 0; k < 100; k++) pairs[k] = (0x30 + ((k / 10) | 0)) | ((0x30 + (k % 10)) << 8);
  for (let high = 0, v = 0; high < 100; high++) {
    for (let low = 0; low < 100; low++) FOUR_DIGITS[v++] = pairs[high] | (pairs[low] << 16);
  }
}
/** The digits of v < 10,000 without leading zeros, as one word: FOUR_DIGITS' last digitCount(v) bytes. */
const leadingGroup = (v: number) => FOUR_DIGITS[v] >>> (32 - 8 * digitCount(v));
const digitCount = (v: number) => (v < 100 ? (v < 10 ? 1 : 2) : v < 1000 ? 3 : 4);

/** A piece is copied in whole words: up to 3 bytes past its end are written too (and written over next). */
const WORD_SLACK = 3;

export class XmlBytes {
  buf: Buffer;
  private words: DataView;
  pos = 0;
  /** Counts the starts from position 0 (take, reset): a position from an earlier start no longer holds its bytes. */
  starts = 0;

  constructor(size = 256 * 1024) {
    this.buf = Buffer.allocUnsafe(size);
    this.words = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.length);
  }

  /** Room for `n` more bytes; a row larger than the buffer makes it grow (rare: a long text). */
  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n));
    this.buf.copy(bigger, 0, 0, this.pos);
    this.buf = bigger;
    this.words = new DataView(bigger.buffer, bigger.byteOffset, bigger.length);
  }

  /** The bytes written since the last reset (a view: read it before writing more). */
  view(): Buffer {
    return this.buf.subarray(0, this.pos);
  }

  reset(): void {
    this.pos = 0;
    this.starts++;
  }

  /**
   * What was written since the last take, and a fresh start: a view of the buffer, to be read before more is
   * written (streamedEntry copies it into its chunk), or a copy when it is so large that the deflater keeps it
   * as it is (KEPT_AS_VIEW).
   */
  take(): Buffer {
    const out = this.pos >= KEPT_AS_VIEW ? Buffer.from(this.view()) : this.view();
    this.pos = 0;
    this.starts++;
    return out;
  }

  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.pos = put(this.buf, this.pos, b);
  }

  /** Fixed bytes, a word at a time. */
  put(b: Piece): void {
    const length = b[0];
    this.room(length + WORD_SLACK);
    const words = this.words;
    const p = this.pos - 4;
    for (let i = 1; i < b.length; i++) words.setInt32(p + 4 * i, b[i], true);
    this.pos = p + 4 + length;
  }

  /** The bytes written since the last reset as a Piece (the buffer holds a few bytes more than pos). */
  piece(): Piece {
    const count = (this.pos + 3) >> 2;
    const out = new Int32Array(1 + count);
    out[0] = this.pos;
    this.room(WORD_SLACK);
    for (let i = 0; i < count; i++) out[1 + i] = this.words.getInt32(4 * i, true);
    // The padding zeroed, so a piece is the same whatever the buffer held.
    const tail = this.pos & 3;
    if (tail) out[count] &= (1 << (8 * tail)) - 1;
    return out;
  }

  /**
   * Bytes written earlier since the last take (a row's number, again in each of its cells' references), a word
   * at a time: a word read past `end` brings bytes that are written over next, and no word written reaches
   * below the current position, so none of the bytes copied.
   */
  again(start: number, end: number): void {
    this.room(end - start + WORD_SLACK);
    const words = this.words;
    const to = this.pos - start;
    for (let i = start; i < end; i += 4) words.setInt32(to + i, words.getInt32(i, true), true);
    this.pos = to + end;
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
   * A number's text as String(n) gives it: a whole number in 31 bits (counts, serial dates: most figures) as its
   * digits, four at a time from a table, without making a string; any other through String.
   */
  number(n: number): void {
    if ((n | 0) !== n) return this.ascii(String(n));
    this.room(11 + WORD_SLACK);
    const words = this.words;
    let p = this.pos;
    let v = n;
    if (v < 0) {
      this.buf[p++] = 0x2d;
      v = -v;
    }
    // |n| ≤ 2^31: at most ten digits, the first group of one to four, then groups of four with their zeros.
    // The quotients fit 32 bits, and >>> 0 truncates them as Math.floor would (cheaper).
    if (v < 1e4) {
      words.setInt32(p, leadingGroup(v), true);
      p += digitCount(v);
    } else if (v < 1e8) {
      const high = (v / 1e4) >>> 0;
      words.setInt32(p, leadingGroup(high), true);
      p += digitCount(high);
      words.setInt32(p, FOUR_DIGITS[v - high * 1e4], true);
      p += 4;
    } else {
      const top = (v / 1e8) >>> 0;
      words.setInt32(p, leadingGroup(top), true);
      p += digitCount(top);
      const rest = v - top * 1e8;
      const middle = (rest / 1e4) >>> 0;
      words.setInt32(p, FOUR_DIGITS[middle], true);
      words.setInt32(p + 4, FOUR_DIGITS[rest - middle * 1e4], true);
      p += 8;
    }
    this.pos = p;
  }

  /** A text of ASCII characters only (a number's String). */
  private ascii(s: string): void {
    this.room(s.length);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < s.length; i++) buf[p++] = s.charCodeAt(i);
    this.pos = p;
  }

}
