// The files of the allocate and merge commands: "-o OUT" (or --out), an .xlsx that is neither an input nor
// an existing file (nothing is ever overwritten), and the workbook written to it.
import * as fs from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import type { ParsedArgs } from "./options";
import { CliFailure } from "./load";

function real(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** Inputs (positional words) and the output; fails in the clerk's words when the output is unsafe. */
export function jobFiles(args: ParsedArgs): { inputs: string[]; output: string } {
  const rest = [...args.positional];
  let output = args.options.extra.out;
  const o = rest.indexOf("-o");
  if (o >= 0) {
    output = rest[o + 1];
    rest.splice(o, 2);
  }
  if (!output) throw new CliFailure({ key: "report.cli.noOutput" });
  if (!/\.xlsx$/i.test(output)) throw new CliFailure({ key: "report.cli.notXlsx", params: { file: output } });
  const same = rest.find((input) => real(input) === real(output as string));
  if (same) throw new CliFailure({ key: "report.cli.sameFile", params: { file: same } });
  if (fs.existsSync(output)) throw new CliFailure({ key: "alloc.cli.exists", params: { file: output } });
  return { inputs: rest, output };
}

export async function writeWorkbook(wb: ExcelJS.Workbook, output: string): Promise<void> {
  try {
    await wb.xlsx.writeFile(output);
  } catch (e) {
    const reason = e instanceof Error ? e.message.split("\n")[0] : String(e);
    throw new CliFailure({ key: "report.cli.cannotWrite", params: { file: output, reason } });
  }
}
