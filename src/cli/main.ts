// The `quota-report` command line: parse the options, run the command, exit 0, or 2 with one line on stderr.
import type { Lang, Msg } from "../core/types";
import { t } from "../core/messages";
import { langFromArgs, parseCliArgs, ParsedArgs } from "./options";
import { runAnalyze } from "./analyze";
import { reportOptions, runReport } from "./report";
import { CliFailure } from "./load";
import { allocateOptions, runAllocate } from "./allocate";
import { mergeOptions, runMerge } from "./merge";

export type Command = (args: ParsedArgs) => Promise<number>;

/** One entry per command; a new command is one more line here. */
export const commands: Record<string, Command> = {
  analyze: runAnalyze,
  report: runReport,
  allocate: runAllocate,
  merge: runMerge,
};

/** Options only some commands take (names without dashes): value options and flags. */
export const commandOptions: Record<string, { values?: string[]; flags?: string[] }> = { report: reportOptions, allocate: allocateOptions, merge: mergeOptions };

function failLine(lang: Lang, m: Msg): string {
  return `quota-report: ${t(lang, m).replace(/\s*\n\s*/g, " ")}\n`;
}

export async function main(argv: string[]): Promise<number> {
  const lang = langFromArgs(argv);
  if (argv.some((a) => a === "--help" || a === "-h") || argv[0] === "help") {
    process.stdout.write(`${t(lang, "reader.cli.help")}\n${t(lang, "history.cli.help")}\n\n${t(lang, "alloc.cli.help")}\n`);
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
    if (e instanceof CliFailure) {
      process.stderr.write(failLine(parsed.args.options.lang, e.msg));
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
