// What the command line hands the core run planner (src/core/run/plan): the chosen sheet and its table, the
// campaign the options set (the sheet's words fill the rest), the as-of day given, and the workbook's history
// gathered up to the day the planner decides. The options' period and chart unit are added by `report`.
import { todaySerial } from "../core/dates";
import { gatherHistory } from "../core/history/gather";
import type { RunRequest } from "../core/run/plan";
import type { DaySerial, Grid, QuotaTable } from "../core/types";
import type { DatedSheet, WorkbookSheet } from "../core/workbook";
import { campaignChoices, type CliOptions } from "./options";

interface Found {
  grid: Grid;
  table: QuotaTable;
  sheets: WorkbookSheet[];
  dated: DatedSheet[];
}

/** The day the chosen sheet stands for when it is a dated sheet ("15-9"), else null. */
function chosenSheetDay(found: Found): DaySerial | null {
  return found.dated.find((d) => d.name === found.table.sheet)?.day ?? null;
}

export function runRequestOf(found: Found, o: CliOptions, now = new Date()): RunRequest {
  return {
    table: found.table,
    grid: found.grid,
    sheetDay: chosenSheetDay(found),
    sheetNames: found.sheets.map((s) => s.name),
    campaign: campaignChoices(o),
    fromSheet: true,
    asOf: { given: o.asOf ?? null, fallback: todaySerial(now) },
    lang: o.lang,
    now,
    history: (asOf) => gatherHistory({ ...found, asOf, lang: o.lang }),
  };
}
