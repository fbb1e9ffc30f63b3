// `report --week`, `--phase N` (the plan's phases), `--phase-from D --phase-to D`, `--chart-unit NAME`: read into
// what the core run planner is asked for (it chooses the phase and names it, as for the pane and the ribbon).
import type { DaySerial } from "../core/types";
import { parseDayText } from "../core/dates";
import type { PeriodRequest } from "../core/run/period-choice";
import type { CliOptions } from "./options";
import { CliFailure } from "./load";

function day(o: CliOptions, name: string): DaySerial | undefined {
  const v = o.extra[name];
  if (v === undefined) return undefined;
  const d = parseDayText(v);
  if (d === null) throw new CliFailure({ key: "reader.cli.bad-date", params: { option: `--${name}`, value: v } });
  return d;
}

/** The week or phase asked for, or undefined for the daily report. */
export function periodRequestFromOptions(o: CliOptions): PeriodRequest | undefined {
  if (o.extra.week === "true") return { kind: "week" };
  const from = day(o, "phase-from");
  const to = day(o, "phase-to");
  const n = o.extra.phase;
  if (n === undefined && from === undefined && to === undefined) return undefined;
  const number = n === undefined ? 1 : Number(n);
  if (!Number.isInteger(number) || number < 1) throw new CliFailure({ key: "history.cli.badPhase", params: { option: "--phase", value: n ?? "" } });
  return { kind: "phase", number, from, to };
}

/** The unit drawn beside the total in the burn-up chart, by name (matched by core as units are across days). */
export function chartUnitFromOptions(o: CliOptions): { name: string } | undefined {
  const name = o.extra["chart-unit"];
  return name === undefined ? undefined : { name };
}
