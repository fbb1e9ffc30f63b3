// Reading the input file's bytes, refusing at once (before reading a byte) what is not a regular file of a
// sane size: a folder, a device such as /dev/zero, a pipe, an empty or a 2 GB file.
import * as fs from "fs";
import { refuse } from "./failure";
import { MAX_INPUT_BYTES, megabytes } from "./limits";

/** The errno codes that mean "no such file" on Windows and Unix. */
const MISSING = new Set(["ENOENT", "ENOTDIR"]);

export function readInputBytes(file: string): Buffer {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    const code = (e as { code?: string }).code ?? "";
    return refuse(MISSING.has(code) ? "reader.cli.not-found" : "reader.input.unreadable", { file });
  }
  if (stat.isDirectory()) refuse("reader.input.directory", { file });
  if (!stat.isFile()) refuse("reader.input.not-regular", { file });
  if (stat.size === 0) refuse("reader.input.empty", { file });
  if (stat.size > MAX_INPUT_BYTES) refuse("reader.input.too-big", { file, size: megabytes(stat.size), limit: megabytes(MAX_INPUT_BYTES) });
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return refuse("reader.input.unreadable", { file });
  }
  // The file may have grown between the two calls; the limit holds on what was read.
  if (bytes.length > MAX_INPUT_BYTES) refuse("reader.input.too-big", { file, size: megabytes(bytes.length), limit: megabytes(MAX_INPUT_BYTES) });
  if (bytes.length === 0) refuse("reader.input.empty", { file });
  return bytes;
}
