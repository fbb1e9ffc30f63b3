// A part deflated in chunks on the thread pool is one deflate stream: inflated, it is the pieces as given, in
// order, whatever their kind and size (text with multi-byte characters, bytes, pieces across chunk ends, pieces
// of several megabytes); its CRC and size are the whole text's. Several parts deflated at once stay apart.
import * as zlib from "zlib";
import { crc32 } from "../../../src/cli/xlsx/crc32";
import { streamedEntry } from "../../../src/cli/xlsx/zip";

const MB = 1 << 20;

/** An entry's compressed bytes as one buffer (a part deflated in chunks keeps their outputs apart). */
const dataOf = (e: { data: Uint8Array | Uint8Array[] }) => (Array.isArray(e.data) ? Buffer.concat(e.data) : e.data);

/** The pieces as one buffer, made without the writer: what the inflated entry must be. */
function expected(pieces: (string | Buffer)[]): Buffer {
  return Buffer.concat(pieces.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : p)));
}

function row(i: number): string {
  return `<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>Xã Số ${i} – Phường Hòa Bình 😀</t></is></c><c r="B${i}"><v>${i * 7}</v></c></row>`;
}

const CASES: Record<string, () => (string | Buffer)[]> = {
  empty: () => [],
  "one small text": () => ["<a>Đúng tiến độ</a>"],
  "many rows across chunk ends": () => Array.from({ length: 40000 }, (_, i) => row(i + 1)),
  "a text of three-byte characters of three megabytes": () => ["<t>", "ệ".repeat(MB), "</t>"],
  "bytes of several chunks between texts (the clerk's rows)": () => ["<head>", Buffer.from(Array.from({ length: 30000 }, (_, i) => row(i)).join("")), "</tail>"],
  "a piece of exactly a megabyte (whole chunks), then one byte": () => [Buffer.alloc(MB, 0x61), "b"],
  "pieces that end just short of a megabyte and past it": () => [Buffer.alloc(MB - 10, 0x41), "x".repeat(20), Buffer.alloc(MB + 5, 0x42), "đ"],
  // Past 4 MB a part's chunks grow to a megabyte: rows, a large bytes piece and text across the change.
  "a province's part: rows past the change to megabyte chunks, then bytes and text": () => [
    ...Array.from({ length: 60000 }, (_, i) => row(i + 1)),
    Buffer.from(Array.from({ length: 30000 }, (_, i) => row(i)).join("")),
    "<t>", "ệ".repeat(MB), "</t>",
  ],
  "random bytes (deflate cannot shrink them)": () => {
    let s = 1;
    const b = Buffer.alloc(3 * MB + 17);
    for (let i = 0; i < b.length; i++) b[i] = (s = (s * 1103515245 + 12345) >>> 0) >>> 24;
    return [b];
  },
};

test.each(Object.keys(CASES))("%s: inflated it is the pieces, with their CRC and size", async (name) => {
  const pieces = CASES[name]();
  const whole = expected(pieces);
  const entry = await streamedEntry("xl/worksheets/sheet9.xml", pieces);
  const inflated = zlib.inflateRawSync(dataOf(entry));
  expect(inflated.equals(whole)).toBe(true);
  expect(entry.size).toBe(whole.length);
  expect(entry.crc32).toBe(crc32(whole));
  expect(entry.compressedSize).toBe(dataOf(entry).length);
});

test("parts deflated at the same time keep their own bytes", async () => {
  const made = [1, 2, 3].map((k) => Array.from({ length: 20000 }, (_, i) => row(i * k)));
  const entries = await Promise.all(made.map((pieces, k) => streamedEntry(`p${k}.xml`, pieces)));
  entries.forEach((e, k) => expect(zlib.inflateRawSync(dataOf(e)).equals(expected(made[k]))).toBe(true));
});

test("a bytes piece given again after it was read is not taken back", async () => {
  // A writer may reuse its buffer once a piece below a chunk has been handed on.
  const buf = Buffer.alloc(64 * 1024);
  function* pieces() {
    for (let i = 0; i < 40; i++) {
      buf.fill(0x61 + (i % 26));
      yield buf;
    }
  }
  const entry = await streamedEntry("p.xml", pieces());
  const want = Buffer.concat(Array.from({ length: 40 }, (_, i) => Buffer.alloc(64 * 1024, 0x61 + (i % 26))));
  expect(zlib.inflateRawSync(dataOf(entry)).equals(want)).toBe(true);
});

test("pieces around the chunk size (256 KB) in every mix of text and bytes", async () => {
  const K = 256 * 1024;
  const pieces: (string | Buffer)[] = [];
  for (const n of [K - 1, K, K + 1, 1, K * 2 - 3, 7, K * 3]) pieces.push(Buffer.alloc(n, 0x30 + (n % 10)), "ư".repeat(Math.floor(n / 7)), "x".repeat(n % 1000));
  const entry = await streamedEntry("p.xml", pieces);
  expect(zlib.inflateRawSync(dataOf(entry)).equals(expected(pieces))).toBe(true);
});
