// A zip package's central directory, read from the bytes without unpacking anything: the names and the sizes
// each part claims, so that a package which would unpack past the limit is refused first. Each part is then
// unpacked with its claimed size as a hard cap, so a part that lies about its size is caught too.
import * as zlib from "zlib";

export interface ZipPart {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the part's local header. */
  offset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_MARK = 0xffffffff;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const ZIP64_EXTRA = 0x0001;

/** A 64-bit little-endian size as a number (exact below 2^53, far past any limit here). */
const u64 = (b: Buffer, at: number) => b.readUInt32LE(at) + b.readUInt32LE(at + 4) * 2 ** 32;

/** The entry count, directory size and offset of a ZIP64 archive (written by some Java and .NET libraries). */
function zip64End(bytes: Buffer, end: number): { count: number; dirSize: number; at: number } | null {
  const locator = end - 20;
  if (locator < 0 || bytes.readUInt32LE(locator) !== ZIP64_LOCATOR) return null;
  const record = u64(bytes, locator + 8);
  if (record + 56 > bytes.length || bytes.readUInt32LE(record) !== ZIP64_END) return null;
  return { count: u64(bytes, record + 32), dirSize: u64(bytes, record + 40), at: u64(bytes, record + 48) };
}

/** The 64-bit values a ZIP64 extra field holds, in the order the 32-bit fields marked 0xFFFFFFFF ask for. */
function applyZip64Extra(bytes: Buffer, start: number, length: number, part: ZipPart): boolean {
  for (let at = start; at + 4 <= start + length;) {
    const id = bytes.readUInt16LE(at);
    const size = bytes.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const next = () => {
        if (field + 8 > at + 4 + size) return null;
        const v = u64(bytes, field);
        field += 8;
        return v;
      };
      if (part.size === ZIP64_MARK) part.size = next() ?? Number.MAX_SAFE_INTEGER;
      if (part.compressedSize === ZIP64_MARK) part.compressedSize = next() ?? Number.MAX_SAFE_INTEGER;
      if (part.offset === ZIP64_MARK) part.offset = next() ?? Number.MAX_SAFE_INTEGER;
      return true;
    }
    at += 4 + size;
  }
  return false;
}

/** The parts listed in the central directory, or null when the bytes are not a complete zip. */
export function readZipDirectory(bytes: Buffer): ZipPart[] | null {
  // The end record is in the last 65,557 bytes (22 bytes plus a comment of up to 65,535).
  const floor = Math.max(0, bytes.length - 65557);
  let end = -1;
  for (let i = bytes.length - 22; i >= floor; i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  let count = bytes.readUInt16LE(end + 10);
  let dirSize = bytes.readUInt32LE(end + 12);
  let at = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || dirSize === ZIP64_MARK || at === ZIP64_MARK) {
    const z = zip64End(bytes, end);
    if (z) ({ count, dirSize, at } = z);
  }
  if (at + dirSize > bytes.length) return null;
  const parts: ZipPart[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) return null;
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const part: ZipPart = {
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      offset: bytes.readUInt32LE(at + 42),
      name: bytes.toString("utf8", at + 46, at + 46 + nameLength),
    };
    // ZIP64: the real sizes are in the extra field; without one, the largest size, so the limit refuses it.
    const marked = part.size === ZIP64_MARK || part.compressedSize === ZIP64_MARK || part.offset === ZIP64_MARK;
    if (marked && !applyZip64Extra(bytes, at + 46 + nameLength, extraLength, part)) part.size = Number.MAX_SAFE_INTEGER;
    parts.push(part);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

/** The first part whose claimed size breaks the limit (or that makes the total break it), or null. */
export function partPastLimit(parts: ZipPart[], limit: number): ZipPart | null {
  let total = 0;
  for (const p of parts) {
    total += p.size;
    if (p.size > limit || total > limit) return p;
  }
  return null;
}

/** A part's bytes, never more than it claimed (a lying part throws); null when it cannot be unpacked. */
export function unpackPart(bytes: Buffer, part: ZipPart): Buffer | null {
  if (part.offset + 30 > bytes.length || bytes.readUInt32LE(part.offset) !== LOCAL) return null;
  const start = part.offset + 30 + bytes.readUInt16LE(part.offset + 26) + bytes.readUInt16LE(part.offset + 28);
  const data = bytes.subarray(start, start + part.compressedSize);
  if (data.length !== part.compressedSize) return null;
  if (part.method === 0) return part.size === data.length ? Buffer.from(data) : null;
  if (part.method !== 8) return null;
  try {
    const out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, part.size) });
    return out.length === part.size ? out : null;
  } catch {
    return null;
  }
}
