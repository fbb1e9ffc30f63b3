// The command line's shared options (--sheet --from --to --days --as-of --working-days --holidays --rounding
// --lang --json --unit-col --role) read into a Campaign and an as-of day. Every command uses the same parser.
import { parseNominalDays } from "../core/campaign-input";
import type { Campaign, DaySerial, Grid, Lang, Mapping, Msg, Rounding } from "../core/types";
import { parseDayText, todaySerial } from "../core/dates";
import { makeCampaign } from "../core/campaign";
import { readCampaignHints, usedNotes } from "../core/campaign-hints";
import { chooseAsOf } from "../core/as-of";
import type { AnalysisContext } from "../core/analyze";
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
      const days = value.split(",").map((s) => s.trim()).filter((s) => s !== "").map((s) => parseDayText(s));
      if (days.some((d) => d === null)) return "reader.cli.bad-date";
      o.holidays = days as DaySerial[];
      return null;
    }
    case "rounding":
      if (value !== "half-up" && value !== "up") return "reader.cli.bad-rounding";
      o.rounding = value;
      return null;
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

/** The campaign: the sheet's hints (title dates, "90 ngày đêm"), overridden by every option given. */
export function campaignFromOptions(o: CliOptions, hints: Partial<Campaign> = {}): Campaign {
  const explicit: Partial<Campaign> = {};
  if (o.from !== undefined) explicit.from = o.from;
  if (o.to !== undefined) explicit.to = o.to;
  if (o.days !== undefined) explicit.nominalDays = o.days;
  if (o.workingDays) explicit.dayCount = "working";
  if (o.holidays.length > 0) explicit.holidays = o.holidays;
  if (o.rounding !== undefined) explicit.rounding = o.rounding;
  return makeCampaign({ ...hints, ...explicit });
}

export function asOfFromOptions(o: CliOptions): DaySerial {
  return o.asOf ?? todaySerial();
}

/**
 * The campaign, the as-of date and what the sheet's words gave: options win, then the sheet (its title, notes,
 * headers, name; else the day its dated sheet's name stands for), then today for the as-of date (with a warning saying so).
 */
export function campaignFromSheet(o: CliOptions, grid: Grid, sheetDay: DaySerial | null = null): { campaign: Campaign; asOf: DaySerial; context: AnalysisContext } {
  const today = todaySerial();
  const hints = readCampaignHints(grid, today);
  // The day a dated sheet stands for ("15-9") is the sheet's data date when its words state none.
  const chosen = chooseAsOf(o.asOf, hints.dataDate ?? sheetDay, today);
  const notes = usedNotes(hints, { period: o.from !== undefined || o.to !== undefined, days: o.days !== undefined, asOf: o.asOf !== undefined });
  return { campaign: campaignFromOptions(o, hints.campaign), asOf: chosen.asOf, context: { asOfSource: chosen.source, notes } };
}

/** The columns' reading the clerk asked for (--unit-col, --role), as a Mapping for readQuotaTable. */
export function mappingFromOptions(o: CliOptions): Mapping {
  return mappingFromChoices(o.unitCol, o.roles ?? []);
}
