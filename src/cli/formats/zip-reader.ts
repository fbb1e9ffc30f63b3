// The one zip reader of the command line: the input's size checks, the sheet reader and the copy writer all
// read packages through it. It reads the central directory (the sizes there are the true ones, also when the
// local headers leave them to a data descriptor), ZIP64 records and fields (Java and .NET writers), stored and
// deflated entries; each entry is unpacked with its claimed size as a hard cap, so a part that lies about its
// size, or is cut off, is caught instead of filling memory.
import * as zlib from "zlib";

export interface ZipEntryInfo {
  name: string;
  /** 0 stored, 8 deflated (others are refused when unpacked). */
  method: number;
  /** General purpose flags: bit 0 encrypted, bit 3 data descriptor, bit 11 UTF-8 name. */
  flags: number;
  crc32: number;
  compressedSize: number;
  /** The unpacked size the directory claims. */
  size: number;
  /** DOS time and date of the entry, kept as they were. */
  time: number;
  date: number;
  /** Offset of the entry's local header. */
  offset: number;
  /** The compressed bytes (a view into the input, never a copy). */
  data: Uint8Array;
}

/** What this reader cannot read: not a zip, a cut-off or inconsistent directory, an encrypted or unknown entry. */
export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const ZIP64_EXTRA = 0x0001;
const FULL32 = 0xffffffff;
/** The end record sits in the last 22 bytes plus a comment of up to 65,535 bytes. */
const EOCD_SEARCH = 22 + 0xffff;

/** A 64-bit little-endian value as a number (exact below 2^53, far past any limit here). */
const u64 = (b: Buffer, at: number) => b.readUInt32LE(at) + b.readUInt32LE(at + 4) * 2 ** 32;

function endRecord(buf: Buffer): number {
  const floor = Math.max(0, buf.length - EOCD_SEARCH);
  for (let i = buf.length - 22; i >= floor; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  throw new ZipFormatError("no end of central directory");
}

/** Where the central directory starts and how many entries it lists (from the ZIP64 record when there is one). */
function directoryOf(buf: Buffer, end: number): { count: number; at: number; size: number } {
  const plain = { count: buf.readUInt16LE(end + 10), size: buf.readUInt32LE(end + 12), at: buf.readUInt32LE(end + 16) };
  const locator = end - 20;
  if (locator >= 0 && buf.readUInt32LE(locator) === ZIP64_LOCATOR) {
    const record = u64(buf, locator + 8);
    if (record + 56 > buf.length || buf.readUInt32LE(record) !== ZIP64_END) throw new ZipFormatError("bad zip64 record");
    return { count: u64(buf, record + 32), size: u64(buf, record + 40), at: u64(buf, record + 48) };
  }
  if (plain.count === 0xffff || plain.at === FULL32 || plain.size === FULL32) throw new ZipFormatError("zip64 without its record");
  return plain;
}

/** Replaces each 32-bit field marked full by its 64-bit value from the ZIP64 extra field (fixed order). */
function applyZip64(buf: Buffer, start: number, length: number, fields: { size: number; compressedSize: number; offset: number }): void {
  for (let at = start; at + 4 <= start + length;) {
    const id = buf.readUInt16LE(at);
    const len = buf.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      for (const key of ["size", "compressedSize", "offset"] as const) {
        if (fields[key] !== FULL32) continue;
        if (field + 8 > at + 4 + len) throw new ZipFormatError("short zip64 field");
        fields[key] = u64(buf, field);
        field += 8;
      }
      return;
    }
    at += 4 + len;
  }
  throw new ZipFormatError("zip64 field missing");
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** An entry name: UTF-8 when flagged or when the bytes are valid UTF-8 (many writers do not flag it), else Latin-1. */
function entryName(bytes: Buffer, flags: number): string {
  if (flags & 0x800) return bytes.toString("utf8");
  try {
    return utf8.decode(bytes);
  } catch {
    return bytes.toString("latin1");
  }
}

/** Every entry the central directory lists, in its order. Throws ZipFormatError for anything not a sound zip. */
export function readZipEntries(input: Buffer | Uint8Array): ZipEntryInfo[] {
  const buf = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (buf.length < 22) throw new ZipFormatError("too short");
  const dir = directoryOf(buf, endRecord(buf));
  if (dir.at + dir.size > buf.length) throw new ZipFormatError("directory past the end");
  const entries: ZipEntryInfo[] = [];
  let p = dir.at;
  for (let k = 0; k < dir.count; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError("bad central directory");
    const flags = buf.readUInt16LE(p + 8);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    if (p + 46 + nameLength + extraLength > buf.length) throw new ZipFormatError("bad central directory");
    const fields = { compressedSize: buf.readUInt32LE(p + 20), size: buf.readUInt32LE(p + 24), offset: buf.readUInt32LE(p + 42) };
    if (fields.compressedSize === FULL32 || fields.size === FULL32 || fields.offset === FULL32) applyZip64(buf, p + 46 + nameLength, extraLength, fields);
    const local = fields.offset;
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) throw new ZipFormatError("bad local header");
    // The local header's own name and extra lengths (they may differ from the directory's).
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + fields.compressedSize > buf.length) throw new ZipFormatError("truncated entry");
    entries.push({
      name: entryName(buf.subarray(p + 46, p + 46 + nameLength), flags),
      method: buf.readUInt16LE(p + 10),
      flags,
      time: buf.readUInt16LE(p + 12),
      date: buf.readUInt16LE(p + 14),
      crc32: buf.readUInt32LE(p + 16),
      compressedSize: fields.compressedSize,
      size: fields.size,
      offset: local,
      data: buf.subarray(start, start + fields.compressedSize),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * The unpacked bytes of an entry, refused (ZipFormatError) when it claims more than `limit`, unpacks to more or
 * less than it claims or to bytes whose CRC-32 is not the one it claims, is encrypted, or uses a method other than stored or deflated.
 */
/** Node's native CRC-32 (Node ≥ 20.15); without it the sizes alone are checked. */
const nativeCrc32 = (zlib as unknown as { crc32?: (data: Uint8Array) => number }).crc32;

export function unpackEntry(e: Pick<ZipEntryInfo, "method" | "size" | "data" | "crc32"> & { flags?: number }, limit: number): Buffer {
  if (e.size > limit) throw new ZipFormatError("entry past the limit");
  if ((e.flags ?? 0) & 0x1) throw new ZipFormatError("encrypted entry");
  let out: Buffer;
  if (e.method === 0) out = Buffer.from(e.data);
  else if (e.method === 8) {
    try {
      // One byte more than claimed: a part that unpacks past its claim fails here instead of growing on. One
      // chunk of the claimed size: zlib then hands its buffer over instead of joining pieces (a copy of a sheet).
      out = zlib.inflateRawSync(e.data, { maxOutputLength: e.size + 1, chunkSize: Math.max(64, e.size + 1) });
    } catch {
      throw new ZipFormatError("entry does not unpack");
    }
  } else throw new ZipFormatError(`compression method ${e.method}`);
  if (out.length !== e.size) throw new ZipFormatError("entry size differs from its claim");
  // A flipped bit that still unpacks to the claimed size is caught by the checksum.
  if (nativeCrc32 && nativeCrc32(out) >>> 0 !== e.crc32 >>> 0) throw new ZipFormatError("entry checksum differs");
  return out;
}

/** The first entry whose claimed size breaks the limit, or that makes the total break it; null when none. */
export function entryPastLimit(entries: ZipEntryInfo[], limit: number): ZipEntryInfo | null {
  let total = 0;
  for (const e of entries) {
    total += e.size;
    if (e.size > limit || total > limit) return e;
  }
  return null;
}
