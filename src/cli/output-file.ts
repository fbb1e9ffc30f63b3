// Where the copy goes, so that the input is never written: -o may not name the input by any road (the same
// file through a hard link or a symbolic link, or a name differing only in case, which is the same file on
// Windows and macOS); an existing file is kept unless --force (the copy takes the name "NAME (2).xlsx"); the
// bytes go to a temporary file in the same folder, renamed at the end, so a crash leaves no half-written file.
import * as fs from "fs";
import * as path from "path";

/** The files a command names: "-o OUT" (the shared parser leaves single-dash words positional) or --out, and the rest. */
export function filesOf(positional: string[], out: string | undefined): { inputs: string[]; output: string | undefined } {
  const inputs = [...positional];
  let output = out;
  const o = inputs.indexOf("-o");
  if (o >= 0) {
    output = inputs[o + 1];
    inputs.splice(o, 2);
  }
  return { inputs, output };
}

/** The real path of a file, or of its folder plus its name when it does not exist yet. */
function realPath(file: string): string {
  try {
    return fs.realpathSync.native(file);
  } catch {
    const dir = path.dirname(path.resolve(file));
    try {
      return path.join(fs.realpathSync.native(dir), path.basename(file));
    } catch {
      return path.resolve(file);
    }
  }
}

function statOf(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

/** True when writing `output` could change `input`. */
export function isSameFile(input: string, output: string): boolean {
  const a = statOf(input);
  const b = statOf(output);
  if (a && b && a.dev === b.dev && a.ino === b.ino) return true;
  return realPath(input).normalize("NFC").toLowerCase() === realPath(output).normalize("NFC").toLowerCase();
}

export interface OutputChoice {
  /** Where the copy is written. */
  file: string;
  /** The name asked for, when it was taken and kept (the copy got " (2)"…); null otherwise. */
  kept: string | null;
}

/** The file to write: the one asked for, or, when it exists and --force is not given, the first free "NAME (n).ext". */
export function chooseOutput(input: string, output: string, force: boolean): OutputChoice {
  if (force || !fs.existsSync(output)) return { file: output, kept: null };
  const ext = path.extname(output);
  const stem = output.slice(0, output.length - ext.length);
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})${ext}`;
    if (!fs.existsSync(candidate) && !isSameFile(input, candidate)) return { file: candidate, kept: output };
  }
}

/** Writes through a temporary file in the target's folder, renamed over the target at the end. */
export function writeAtomically(target: string, bytes: Buffer): void {
  const dir = path.dirname(path.resolve(target));
  // The name need only differ from a leftover of an earlier run with the same pid (it is created exclusively, "wx"):
  // Math.random, not crypto, whose loading costs ~3 ms of every run that writes a file.
  const suffix = Math.floor(Math.random() * 0x100000000).toString(16).padStart(8, "0");
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${suffix}.tmp`);
  try {
    fs.writeFileSync(temp, bytes, { flag: "wx", mode: 0o644 });
    fs.renameSync(temp, target);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw e;
  }
}
