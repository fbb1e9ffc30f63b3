// The zip container of a package, read and written with Node's own zlib: an entry we do not change is copied
// as its original compressed bytes (never inflated, never re-deflated), so it is byte for byte the same and
// costs nothing; only the parts we change are deflated again.
import * as zlib from "zlib";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated (others are copied, never read). */
  method: number;
  crc32: number;
  compressedSize: number;
  size: number;
  /** DOS time and date of the entry, kept as they were. */
  time: number;
  date: number;
  /** The compressed bytes (a view into the input for an untouched entry). */
  data: Uint8Array;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Thrown for what this reader does not handle (zip64, a split archive, not a zip at all). */
export class ZipFormatError extends Error {}

function findEndOfCentralDirectory(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  throw new ZipFormatError("no end of central directory");
}

const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const ZIP64_EXTRA = 0x0001;

/** Where the central directory is and how many entries it holds, from the ZIP64 record when the plain one is full. */
function directoryOf(buf: Buffer, end: number): { count: number; offset: number } {
  const count = buf.readUInt16LE(end + 10);
  const offset = buf.readUInt32LE(end + 16);
  const locator = end - 20;
  if (locator >= 0 && buf.readUInt32LE(locator) === EOCD64_LOCATOR) {
    const record = Number(buf.readBigUInt64LE(locator + 8));
    if (record + 56 > buf.length || buf.readUInt32LE(record) !== EOCD64) throw new ZipFormatError("bad zip64 record");
    return { count: Number(buf.readBigUInt64LE(record + 32)), offset: Number(buf.readBigUInt64LE(record + 48)) };
  }
  if (count === 0xffff || offset === 0xffffffff) throw new ZipFormatError("zip64 without its record");
  return { count, offset };
}

/** A central entry's sizes and offset, taking the ZIP64 extra field for each one the plain header marks full. */
function zip64Fields(buf: Buffer, extraStart: number, extraLen: number, fields: { size: number; compressedSize: number; local: number }): void {
  for (let q = extraStart; q + 4 <= extraStart + extraLen; ) {
    const id = buf.readUInt16LE(q);
    const len = buf.readUInt16LE(q + 2);
    if (id === ZIP64_EXTRA) {
      let r = q + 4;
      // The order is fixed: size, compressed size, local header offset (each present only when marked full).
      for (const key of ["size", "compressedSize", "local"] as const) {
        if (fields[key] !== 0xffffffff) continue;
        if (r + 8 > q + 4 + len) throw new ZipFormatError("bad zip64 field");
        fields[key] = Number(buf.readBigUInt64LE(r));
        r += 8;
      }
      return;
    }
    q += 4 + len;
  }
  throw new ZipFormatError("zip64 field missing");
}

export function readZip(input: Buffer | Uint8Array): ZipEntry[] {
  const buf = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const end = findEndOfCentralDirectory(buf);
  const { count, offset } = directoryOf(buf, end);
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError("bad central directory");
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const time = buf.readUInt16LE(p + 12);
    const date = buf.readUInt16LE(p + 14);
    const crc32 = buf.readUInt32LE(p + 16);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const fields = { compressedSize: buf.readUInt32LE(p + 20), size: buf.readUInt32LE(p + 24), local: buf.readUInt32LE(p + 42) };
    if (fields.compressedSize === 0xffffffff || fields.size === 0xffffffff || fields.local === 0xffffffff) zip64Fields(buf, p + 46 + nameLen, extraLen, fields);
    const { compressedSize, size, local } = fields;
    const nameBytes = buf.subarray(p + 46, p + 46 + nameLen);
    const name = nameBytes.toString(flags & 0x800 ? "utf8" : "latin1");
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) throw new ZipFormatError("bad local header");
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + compressedSize > buf.length) throw new ZipFormatError("truncated entry");
    entries.push({ name, method, crc32, compressedSize, size, time, date, data: buf.subarray(start, start + compressedSize) });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The uncompressed bytes of an entry. */
export function entryBytes(e: ZipEntry, limit = 512 * 2 ** 20): Buffer {
  if (e.size > limit) throw new ZipFormatError("entry too large");
  if (e.method === 0) return Buffer.from(e.data);
  if (e.method === 8) return zlib.inflateRawSync(e.data, { maxOutputLength: Math.max(limit, 1) });
  throw new ZipFormatError(`compression method ${e.method}`);
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 of `data`, continuing from `previous` (Node's own when it has one). */
function crc32(data: Buffer, previous = 0): number {
  const native = (zlib as unknown as { crc32?: (d: Buffer, v?: number) => number }).crc32;
  if (native) return native(data, previous) >>> 0;
  let c = (previous ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A new entry from text produced piece by piece, deflated as it comes (no whole-part string or buffer). */
export async function streamedEntry(name: string, pieces: Iterable<string>): Promise<ZipEntry> {
  const deflate = zlib.createDeflateRaw({ level: 4 });
  const out: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => out.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    deflate.on("end", resolve);
    deflate.on("error", reject);
  });
  let crc = 0;
  let size = 0;
  for (const piece of pieces) {
    const raw = Buffer.from(piece, "utf8");
    crc = crc32(raw, crc);
    size += raw.length;
    if (!deflate.write(raw)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await ended;
  const data = Buffer.concat(out);
  return { name, method: 8, crc32: crc, compressedSize: data.length, size, ...dosNow(), data };
}

function dosNow(): { time: number; date: number } {
  const d = new Date();
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** A new entry from its text or bytes, deflated with native zlib. */
export function newEntry(name: string, content: string | Buffer, like?: ZipEntry): ZipEntry {
  const raw = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  // Level 4: most of level 6's size at about half its time (a province's report sheet is megabytes of XML).
  const data = zlib.deflateRawSync(raw, { level: 4 });
  const when = like ? { time: like.time, date: like.date } : dosNow();
  return { name, method: 8, crc32: crc32(raw), compressedSize: data.length, size: raw.length, ...when, data };
}

/** The entries as a zip file, in the given order. */
export function writeZip(entries: ZipEntry[]): Buffer {
  if (entries.length > 0xffff) throw new ZipFormatError("zip64");
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    // Bit 11: the name is UTF-8 (only needed when it is not plain ASCII).
    const flags = /^[\x20-\x7e]*$/.test(e.name) ? 0 : 0x800;
    if (offset > 0xfffffff0 || e.compressedSize > 0xfffffff0) throw new ZipFormatError("zip64");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(e.time, 10);
    local.writeUInt16LE(e.date, 12);
    local.writeUInt32LE(e.crc32, 14);
    local.writeUInt32LE(e.compressedSize, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(CENTRAL, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(20, 6);
    head.writeUInt16LE(flags, 8);
    head.writeUInt16LE(e.method, 10);
    head.writeUInt16LE(e.time, 12);
    head.writeUInt16LE(e.date, 14);
    head.writeUInt32LE(e.crc32, 16);
    head.writeUInt32LE(e.compressedSize, 20);
    head.writeUInt32LE(e.size, 24);
    head.writeUInt16LE(name.length, 28);
    head.writeUInt32LE(offset, 42);
    central.push(head, name);
    chunks.push(local, name, Buffer.from(e.data.buffer, e.data.byteOffset, e.data.byteLength));
    offset += 30 + name.length + e.data.byteLength;
  }
  const centralSize = central.reduce((s, b) => s + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}
