// `report --week`, `--phase N` (the plan's phases), `--phase-from D --phase-to D`, `--chart-unit NAME`.
import type { DaySerial, TableAnalysis } from "../core/types";
import { parseDayText } from "../core/dates";
import { t } from "../core/messages";
import type { Period } from "../core/history/period";
import { weekEndingOn } from "../core/history/period";
import { unitBareKey } from "../core/units/unit-key";
import type { CliOptions } from "./options";
import { CliFailure } from "./load";

function day(o: CliOptions, name: string): DaySerial | null {
  const v = o.extra[name];
  if (v === undefined) return null;
  const d = parseDayText(v);
  if (d === null) throw new CliFailure({ key: "reader.cli.bad-date", params: { option: `--${name}`, value: v } });
  return d;
}

/** The week or phase asked for, or null for the daily report; `--phase N` takes the plan's phases the sheet states. */
export function periodFromOptions(o: CliOptions, analysis: TableAnalysis): Period | null {
  if (o.extra.week === "true") return weekEndingOn(analysis.asOf, t(o.lang, "history.period.sheetWeek"));
  const from = day(o, "phase-from");
  const to = day(o, "phase-to");
  const n = o.extra.phase;
  if (n === undefined && from === null && to === null) return null;
  const number = n === undefined ? 1 : Number(n);
  if (!Number.isInteger(number) || number < 1) throw new CliFailure({ key: "history.cli.badPhase", params: { option: "--phase", value: n ?? "" } });
  const name = t(o.lang, "history.phase.name", { n: String(number) });
  if (from !== null && to !== null) return { kind: "phase", name, from, to };
  const phase = analysis.campaign.phases?.[number - 1];
  if (!phase) throw new CliFailure({ key: "history.cli.noPhase", params: { n: String(number) } });
  return { kind: "phase", name: phase.name || name, from: from ?? phase.from, to: to ?? phase.to };
}

/** The unit drawn beside the total in the burn-up chart (by name, as the units are matched across days). */
export function chartUnitRow(analysis: TableAnalysis, name: string | undefined): number | null {
  if (name === undefined) return null;
  const key = unitBareKey(name);
  const row = analysis.units.find((u) => unitBareKey(u.name) === key)?.row ?? null;
  if (row === null) throw new CliFailure({ key: "history.cli.unknownUnit", params: { name, list: analysis.units.slice(0, 10).map((u) => u.name).join(", ") } });
  return row;
}
