// The command line's shared options (--sheet --from --to --days --as-of --working-days --holidays --rounding
// --lang --json --unit-col --role) read into the campaign facts the clerk gave and an as-of day. Every command
// uses the same parser; every value is parsed by core (dates, days, holidays, rounding words) as the pane does.
import { parseHolidays, parseNominalDays, parseRounding } from "../core/campaign-input";
import type { Campaign, DaySerial, Lang, Mapping, Msg, Rounding } from "../core/types";
import { parseDayText, todaySerial } from "../core/dates";
import { makeCampaign } from "../core/campaign";
import { columnFromText, mappingFromChoices, parseRoleList, type RoleChoice } from "./mapping-options";

export interface CliOptions {
  sheet?: string;
  from?: DaySerial;
  to?: DaySerial;
  days?: number;
  asOf?: DaySerial;
  workingDays: boolean;
  holidays: DaySerial[];
  rounding?: Rounding;
  lang: Lang;
  json: boolean;
  /** --unit-col: the unit column (1-based). */
  unitCol?: number;
  /** --role C=target (repeatable): roles the clerk sets, in the order given. */
  roles?: [number, RoleChoice][];
  /** Values of options a command declared itself (e.g. "--out" for report), without the dashes. */
  extra: Record<string, string>;
}

export interface ParsedArgs {
  command: string | null;
  /** Arguments that are not options (the input file…). */
  positional: string[];
  options: CliOptions;
}

export type ParseOutcome = { ok: true; args: ParsedArgs } | { ok: false; msg: Msg; lang: Lang };

const VALUE_OPTIONS = ["sheet", "from", "to", "days", "as-of", "holidays", "rounding", "lang", "unit-col", "role"];
const FLAG_OPTIONS = ["working-days", "json"];

/** The language asked for, found before anything else so that even a bad option is reported in it. */
export function langFromArgs(argv: string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--lang" && argv[i + 1] === "en") return "en";
    if (argv[i] === "--lang=en") return "en";
  }
  return "vi";
}

function bad(key: string, params: Msg["params"], lang: Lang): ParseOutcome {
  return { ok: false, msg: { key, params }, lang };
}

/**
 * argv without "node" and the script. extraValueOptions / extraFlags: options a single command adds
 * (names without dashes); their values land in options.extra ("true" for flags).
 */
export function parseCliArgs(argv: string[], extraValueOptions: string[] = [], extraFlags: string[] = []): ParseOutcome {
  const lang = langFromArgs(argv);
  const options: CliOptions = { workingDays: false, holidays: [], lang, json: false, extra: {} };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (FLAG_OPTIONS.includes(name) || extraFlags.includes(name)) {
      if (name === "json") options.json = true;
      else if (name === "working-days") options.workingDays = true;
      else options.extra[name] = "true";
      continue;
    }
    if (!VALUE_OPTIONS.includes(name) && !extraValueOptions.includes(name)) return bad("reader.cli.unknown-option", { option: arg }, lang);
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith("--"))) return bad("reader.cli.missing-value", { option: `--${name}` }, lang);
    const problem = applyValue(options, name, value);
    if (problem) return bad(problem, { option: `--${name}`, value }, lang);
  }
  const [command = null, ...rest] = positional;
  return { ok: true, args: { command, positional: rest, options } };
}

/** Stores one option's value; returns a message key when the value is wrong. */
function applyValue(o: CliOptions, name: string, value: string): string | null {
  const day = () => parseDayText(value);
  switch (name) {
    case "sheet":
      o.sheet = value;
      return null;
    case "from":
    case "to":
    case "as-of": {
      const d = day();
      if (d === null) return "reader.cli.bad-date";
      if (name === "from") o.from = d;
      else if (name === "to") o.to = d;
      else o.asOf = d;
      return null;
    }
    case "days": {
      const n = parseNominalDays(value);
      if (typeof n !== "number") return "reader.cli.bad-days";
      o.days = n;
      return null;
    }
    case "holidays": {
      const days = parseHolidays(value);
      if (!days.ok) return "reader.cli.bad-date";
      o.holidays = days.days;
      return null;
    }
    case "rounding": {
      const rounding = parseRounding(value);
      if (rounding === null) return "reader.cli.bad-rounding";
      o.rounding = rounding;
      return null;
    }
    case "unit-col": {
      const col = columnFromText(value);
      if (col === null) return "reader.cli.bad-unit-col";
      o.unitCol = col;
      return null;
    }
    case "role": {
      const list = parseRoleList(value);
      if (list === null) return "reader.cli.bad-role";
      o.roles = [...(o.roles ?? []), ...list];
      return null;
    }
    case "lang":
      if (value !== "vi" && value !== "en") return "reader.cli.bad-lang";
      o.lang = value;
      return null;
    default:
      o.extra[name] = value;
      return null;
  }
}

/** The campaign facts the options set (only those given): they win over the sheet's words. */
export function campaignChoices(o: CliOptions): Partial<Campaign> {
  const explicit: Partial<Campaign> = {};
  if (o.from !== undefined) explicit.from = o.from;
  if (o.to !== undefined) explicit.to = o.to;
  if (o.days !== undefined) explicit.nominalDays = o.days;
  if (o.workingDays) explicit.dayCount = "working";
  if (o.holidays.length > 0) explicit.holidays = o.holidays;
  if (o.rounding !== undefined) explicit.rounding = o.rounding;
  return explicit;
}

/** The campaign: the sheet's hints (title dates, "90 ngày đêm"), overridden by every option given. */
export function campaignFromOptions(o: CliOptions, hints: Partial<Campaign> = {}): Campaign {
  return makeCampaign({ ...hints, ...campaignChoices(o) });
}

export function asOfFromOptions(o: CliOptions): DaySerial {
  return o.asOf ?? todaySerial();
}

/** The columns' reading the clerk asked for (--unit-col, --role), as a Mapping for readQuotaTable. */
export function mappingFromOptions(o: CliOptions): Mapping {
  return mappingFromChoices(o.unitCol, o.roles ?? []);
}
