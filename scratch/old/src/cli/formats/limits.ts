// The sizes past which an input is refused before any work: a quota workbook is a few MB; a province's
// 50,000 units stay well under these.

/** The largest input file read (bytes). */
export const MAX_INPUT_BYTES = 100 * 1024 * 1024;
/** The largest total a zip package may unpack to (bytes), checked in its directory before unpacking. */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

export const megabytes = (n: number) => Math.round((n / (1024 * 1024)) * 10) / 10;
