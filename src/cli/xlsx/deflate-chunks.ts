// A part's text deflated in independent 256 KB chunks on libuv's thread pool while the next chunk is being made
// on this thread (pigz's scheme): each chunk but the last ends with a sync flush (byte-aligned, not final), so
// the chunks' outputs concatenated are one valid deflate stream; each chunk is primed with the last 32 KB of
// the one before as its dictionary, so back-references cross chunk ends and the output is as small as one
// deflate of the whole text would make it. No whole part is ever one string or one buffer: text is encoded
// straight into the chunk (no per-piece Buffer), and only a few chunks wait for the pool at a time.
import * as zlib from "zlib";
import { crc32 } from "./crc32";

/**
 * A quarter megabyte: small enough that a few in flight per part cost little memory at any size (a 5,000-unit
 * run's parts are a few megabytes), large enough that a pool round trip per chunk is nothing beside its deflate.
 */
const CHUNK = 256 * 1024;
/**
 * Past a few megabytes a part is a province's sheet: its chunks grow to a megabyte, as each hand-over to the pool
 * costs this thread about 0.3 ms whatever the size (measured: 64 MB of sheet XML at level 1, 73 ms of hand-overs
 * in 256 KB chunks, 20 ms in 1 MB chunks, the same deflate time).
 */
const LARGE_CHUNK = 1024 * 1024;
const LARGE_AFTER = 4 * 1024 * 1024;
/** A bytes piece of this size or more is handed to the pool as it is (a view, not copied): it must stay unchanged. */
export const KEPT_AS_VIEW = CHUNK;
/** Deflate's window: the most a back-reference can reach. */
const WINDOW = 32 * 1024;
/** Chunks handed to the pool and not yet back; past this the writer waits for the oldest. */
const IN_FLIGHT = 4;
/**
 * The same over every part being written (a copy writes half a dozen at once): each job holds its chunk and
 * zlib's state (some 300 KB), and a 2-core machine deflates two at a time anyway.
 */
const ALL_IN_FLIGHT = 6;
let allInFlight = 0;

/**
 * The deflate level of a part by its size. A part of one chunk (styles, the workbook, rels) costs nothing at
 * level 6; a part of megabytes (a province's report sheet, 90 MB of XML) is where the write's time goes:
 * level 1 makes it in 60% of level 4's time for 14% more bytes (measured on the 50,000-unit report sheet:
 * 368 / 617 ms, 14.9 / 13.1 MB) and level 6 takes twice level 4's time for 9% fewer.
 */
export function levelFor(bytesSoFar: number): number {
  return bytesSoFar < CHUNK ? 6 : LARGE_PART_LEVEL;
}
export const LARGE_PART_LEVEL = 1;

/**
 * Chunks the pool is done with, for the next ones: a fresh chunk each time costs an allocation and its
 * pages' first touch, hundreds of times for a province's report.
 */
const spare = new Map<number, Buffer[]>([[CHUNK, []], [LARGE_CHUNK, []]]);
const SPARE_MAX = 8;
const newChunk = (size: number) => spare.get(size)?.pop() ?? Buffer.allocUnsafe(size);
function release(chunk: Buffer): void {
  const list = spare.get(chunk.length);
  if (list && list.length < SPARE_MAX) list.push(chunk);
}
/** Below this a part is deflated on this thread, at once. */
const SMALL_PART = 64 * 1024;

/**
 * Output room per round trip: a chunk's output (about a sixth of it for sheet XML) comes back in one, where
 * zlib's 16 KB default made a dozen round trips through this thread.
 */
const OUT_CHUNK = 64 * 1024;

function deflateChunk(chunk: Buffer, level: number, final: boolean, dictionary: Buffer | undefined): Promise<Buffer> {
  // A megabyte chunk's output (some 170 KB) also comes back in one.
  const room = Math.max(OUT_CHUNK, chunk.length >> 2);
  const options: zlib.ZlibOptions = { level, chunkSize: room, finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH };
  // zlib copies the dictionary when the job is made: the buffer may be reused at once.
  if (dictionary) options.dictionary = dictionary;
  allInFlight++;
  return new Promise((resolve, reject) =>
    zlib.deflateRaw(chunk, options, (err, out) => {
      allInFlight--;
      if (err) reject(err);
      // A short output is a view of a larger buffer: copied, so the rest of that buffer is let go.
      else resolve(out.length < room / 2 ? Buffer.from(out) : out);
    }));
}

export class ChunkedDeflate {
  private chunk = newChunk(CHUNK);
  private used = 0;
  /** Each chunk's output, in the chunks' order (filled as the pool returns them, in any order). */
  private readonly outputs: Buffer[] = [];
  /** Chunks not yet back from the pool, oldest first. */
  private readonly pending: Promise<void>[] = [];
  /** The last WINDOW bytes handed to the pool (a copy: the chunk they came from is reused). */
  private readonly dictionary = Buffer.allocUnsafe(WINDOW);
  private dictionaryLength = 0;
  private level = 0;
  crc = 0;
  size = 0;

  /** Adds a piece; when it returns a promise, wait for it before adding more (the pool is behind). */
  write(piece: string | Buffer): Promise<void> | undefined {
    if (typeof piece !== "string") this.writeBytes(piece);
    // UTF-8 takes at most 3 bytes per UTF-16 unit: a piece that surely fits is encoded into the chunk.
    else if (piece.length * 3 <= this.chunk.length - this.used) {
      this.used += this.chunk.write(piece, this.used, "utf8");
      if (this.used >= this.chunk.length - 64) this.flush();
    } else if (piece.length * 3 > this.chunk.length) this.writeBytes(Buffer.from(piece, "utf8"));
    else {
      this.flush();
      this.used = this.chunk.write(piece, 0, "utf8");
    }
    return this.pending.length >= IN_FLIGHT || (allInFlight >= ALL_IN_FLIGHT && this.pending.length > 0) ? this.settleOldest() : undefined;
  }

  private writeBytes(bytes: Buffer): void {
    let at = 0;
    if (this.used > 0) {
      at = Math.min(bytes.length, this.chunk.length - this.used);
      bytes.copy(this.chunk, this.used, 0, at);
      this.used += at;
      if (this.used < this.chunk.length) return;
      this.flush();
    }
    // Whole chunks of a large piece (the clerk's rows) go to the pool as views of it, never copied.
    const step = this.chunk.length;
    for (; bytes.length - at >= step; at += step) this.submit(bytes.subarray(at, at + step), false, null);
    if (at < bytes.length) this.used = bytes.copy(this.chunk, 0, at);
  }

  /** Hands the chunk made so far to the pool. */
  private flush(): void {
    if (this.used === 0) return;
    const owner = this.chunk;
    const full = owner.subarray(0, this.used);
    // A new chunk: the pool reads the old one while this thread writes the next.
    this.chunk = newChunk(this.size + this.used >= LARGE_AFTER ? LARGE_CHUNK : CHUNK);
    this.used = 0;
    this.submit(full, false, owner);
  }

  /** `owner`: the chunk of ours the bytes are in, to be reused once the pool is done with it. */
  private submit(bytes: Buffer, final: boolean, owner: Buffer | null): void {
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    if (this.level === 0) this.level = levelFor(final ? this.size : CHUNK);
    const slot = this.outputs.length;
    this.outputs.push(EMPTY);
    const dictionary = this.dictionaryLength > 0 ? this.dictionary.subarray(0, this.dictionaryLength) : undefined;
    this.pending.push(deflateChunk(bytes, this.level, final, dictionary).then((out) => {
      this.outputs[slot] = out;
      if (owner) release(owner);
    }));
    this.keepWindow(bytes);
  }

  /** The dictionary for the next chunk: the last WINDOW bytes written so far. */
  private keepWindow(bytes: Buffer): void {
    if (bytes.length >= WINDOW) {
      this.dictionaryLength = bytes.copy(this.dictionary, 0, bytes.length - WINDOW);
      return;
    }
    // A short chunk: the window's older bytes move up to make room (rare: a chunk cut short by a large piece).
    const keep = Math.min(this.dictionaryLength, WINDOW - bytes.length);
    this.dictionary.copy(this.dictionary, 0, this.dictionaryLength - keep, this.dictionaryLength);
    this.dictionaryLength = keep + bytes.copy(this.dictionary, keep);
  }

  private async settleOldest(): Promise<void> {
    while (this.pending.length >= IN_FLIGHT || (allInFlight >= ALL_IN_FLIGHT && this.pending.length > 0)) await this.pending.shift();
  }

  /**
   * The last chunk (final block), then every chunk's output in order: kept apart, as writeZip copies them
   * into the package anyway (one copy of a province's compressed sheet, not two).
   */
  async end(): Promise<Buffer[]> {
    if (this.outputs.length === 0 && this.used <= SMALL_PART) {
      // A small part whole (rels, the workbook, content types): deflated here, a round trip to the pool
      // would cost more than deflating it.
      const whole = this.chunk.subarray(0, this.used);
      this.crc = crc32(whole);
      this.size = whole.length;
      const out = zlib.deflateRawSync(whole, { level: levelFor(whole.length) });
      release(this.chunk);
      return [out];
    }
    this.submit(this.chunk.subarray(0, this.used), true, this.chunk);
    await Promise.all(this.pending.splice(0));
    return this.outputs;
  }
}

const EMPTY = Buffer.alloc(0);
