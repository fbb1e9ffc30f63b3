// The zip container of a package, read and written with Node's own zlib: an entry we do not change is copied
// as its original compressed bytes (never inflated, never re-deflated), so it is byte for byte the same and
// costs nothing; only the parts we change are deflated again.
import * as zlib from "zlib";
import { crc32 } from "./crc32";
import { ChunkedDeflate } from "./deflate-chunks";
import { readZipEntries, unpackEntry, ZipFormatError } from "../formats/zip-reader";

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

/** An entry to write: a part deflated in chunks keeps their outputs apart until writeZip copies them in. */
export type EntryToWrite = Omit<ZipEntry, "data"> & { data: Uint8Array | Uint8Array[] };

const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD = 0x06054b50;

/** Reading is src/cli/formats/zip-reader's (the one zip reader); these keep the copy writer's names. */
export { ZipFormatError };

export function readZip(input: Buffer | Uint8Array): ZipEntry[] {
  return readZipEntries(input);
}

/** The uncompressed bytes of an entry. */
export function entryBytes(e: ZipEntry, limit = 512 * 2 ** 20): Buffer {
  return unpackEntry(e, limit);
}

/**
 * A new entry from text (or bytes) produced piece by piece, deflated in chunks on the thread pool as it comes
 * (deflate-chunks.ts: no whole-part string or buffer); `like`: the entry it replaces, whose time it keeps.
 */
export async function streamedEntry(name: string, pieces: Iterable<string | Buffer>, like?: ZipEntry): Promise<EntryToWrite> {
  const deflate = new ChunkedDeflate();
  for (const piece of pieces) {
    const wait = deflate.write(piece);
    if (wait) await wait;
  }
  const data = await deflate.end();
  const when = like ? { time: like.time, date: like.date } : dosNow();
  const compressedSize = data.reduce((n, d) => n + d.length, 0);
  return { name, method: 8, crc32: deflate.crc, compressedSize, size: deflate.size, ...when, data };
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

/**
 * The fields a local header and its central directory record share, in the same order (the zip format repeats
 * them): version needed, flags, method, time, date, crc, sizes, the name's length.
 */
function writeSharedFields(header: Buffer, at: number, e: EntryToWrite, flags: number, nameLength: number): void {
  header.writeUInt16LE(20, at);
  header.writeUInt16LE(flags, at + 2);
  header.writeUInt16LE(e.method, at + 4);
  header.writeUInt16LE(e.time, at + 6);
  header.writeUInt16LE(e.date, at + 8);
  header.writeUInt32LE(e.crc32, at + 10);
  header.writeUInt32LE(e.compressedSize, at + 14);
  header.writeUInt32LE(e.size, at + 18);
  header.writeUInt16LE(nameLength, at + 22);
}

/** The entries as a zip file, in the given order. */
export function writeZip(entries: EntryToWrite[]): Buffer {
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
    writeSharedFields(local, 4, e, flags, name.length);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(CENTRAL, 0);
    // "Version made by", then the same fields as the local header.
    head.writeUInt16LE(20, 4);
    writeSharedFields(head, 6, e, flags, name.length);
    head.writeUInt32LE(offset, 42);
    central.push(head, name);
    chunks.push(local, name);
    let length = 0;
    for (const d of Array.isArray(e.data) ? e.data : [e.data]) {
      chunks.push(Buffer.from(d.buffer, d.byteOffset, d.byteLength));
      length += d.byteLength;
    }
    offset += 30 + name.length + length;
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
