// The files of the allocate and merge commands: "-o OUT" (or --out), an .xlsx that is neither an input nor
// an existing file (nothing is ever overwritten), and the workbook written to it.
import * as fs from "fs";
import type { ReportModel } from "../core/report/model";
import type { ParsedArgs } from "./options";
import { CliFailure } from "./load";
import { filesOf, isSameFile, writeAtomically } from "./output-file";
import { writeReportCopy } from "./xlsx/write-copy";

/** Inputs (positional words) and the output; fails in the clerk's words when the output is unsafe. */
export function jobFiles(args: ParsedArgs): { inputs: string[]; output: string } {
  const { inputs, output } = filesOf(args.positional, args.options.extra.out);
  if (!output) throw new CliFailure({ key: "report.cli.noOutput" });
  if (!/\.xlsx$/i.test(output)) throw new CliFailure({ key: "report.cli.notXlsx", params: { file: output } });
  const same = inputs.find((input) => isSameFile(input, output));
  if (same) throw new CliFailure({ key: "report.cli.sameFile", params: { file: same } });
  if (fs.existsSync(output)) throw new CliFailure({ key: "alloc.cli.exists", params: { file: output } });
  return { inputs, output };
}

/**
 * The sheets added to a package (the clerk's file as it came, or a blank one), written to `output` through a
 * temporary file; returns the names the sheets got.
 */
export async function writeSheets(base: Buffer | Uint8Array, sheets: ReportModel[], output: string): Promise<string[]> {
  let copy;
  try {
    copy = await writeReportCopy(base, { sheets });
  } catch {
    throw new CliFailure({ key: "copy.cannotAdd", params: { file: output } });
  }
  try {
    writeAtomically(output, copy.bytes);
  } catch (e) {
    const reason = e instanceof Error ? e.message.split("\n")[0] : String(e);
    throw new CliFailure({ key: "report.cli.cannotWrite", params: { file: output, reason } });
  }
  return copy.sheetNames;
}
