// The `quota-report` command line: parse the options, run the command, exit 0, or 2 with one line on stderr.
import type { Lang, Msg } from "../core/types";
import { t } from "../core/messages";
import { helpText } from "./help-text";
import { langFromArgs, parseCliArgs, ParsedArgs } from "./options";
import { allocateOptions, mergeOptions, reportOptions } from "./command-options";
import type { CliFailure } from "./load";

export type Command = (args: ParsedArgs) => Promise<number>;

/**
 * One entry per command; a new command is one more line here. Each is loaded when it runs, so `--help` and a
 * usage error never load the workbook libraries (the compiled command line starts in a fraction of the time).
 */
export const commands: Record<string, Command> = {
  analyze: async (args) => (await import("./analyze")).runAnalyze(args),
  report: async (args) => (await import("./report")).runReport(args),
  allocate: async (args) => (await import("./allocate")).runAllocate(args),
  merge: async (args) => (await import("./merge")).runMerge(args),
};

/** A failure the command reports on one line (load.ts's CliFailure; recognised without loading that file). */
function isCliFailure(e: unknown): e is CliFailure {
  const msg = (e as { msg?: { key?: unknown } } | null)?.msg;
  return e instanceof Error && typeof msg === "object" && msg !== null && typeof msg.key === "string";
}

/** Options only some commands take (names without dashes): value options and flags. */
export const commandOptions: Record<string, { values?: string[]; flags?: string[] }> = { report: reportOptions, allocate: allocateOptions, merge: mergeOptions };

function failLine(lang: Lang, m: Msg, file?: string): string {
  const about = file === undefined ? "" : t(lang, "reader.input.in-file", { file });
  return `quota-report: ${about}${t(lang, m).replace(/\s*\n\s*/g, " ")}\n`;
}

export async function main(argv: string[]): Promise<number> {
  const lang = langFromArgs(argv);
  if (argv.some((a) => a === "--help" || a === "-h") || argv[0] === "help") {
    process.stdout.write(`${helpText(lang)}\n`);
    return 0;
  }
  const commandName = argv.find((a) => !a.startsWith("--"));
  const extra = (commandName && commandOptions[commandName]) || {};
  const parsed = parseCliArgs(argv, extra.values, extra.flags);
  if (!parsed.ok) {
    process.stderr.write(failLine(parsed.lang, parsed.msg));
    return 2;
  }
  const { command } = parsed.args;
  const run = command ? commands[command] : undefined;
  if (!run) {
    const key = command ? "reader.cli.unknown-command" : "reader.cli.usage";
    process.stderr.write(failLine(lang, { key, params: { command: command ?? "", commands: Object.keys(commands).join(", ") } }));
    return 2;
  }
  try {
    return await run(parsed.args);
  } catch (e) {
    if (isCliFailure(e)) {
      process.stderr.write(failLine(parsed.args.options.lang, e.msg, e.file));
      return 2;
    }
    throw e;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`quota-report: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
