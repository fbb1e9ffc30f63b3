// The command line's history: gathered from the workbook (src/core/history/gather) up to the as-of day (the
// chosen day sheet's day when nothing else gives one). The history sheet goes into the copy with the report.
import { gatherHistory, type Gathered } from "../core/history/gather";
import type { DaySerial, Grid, QuotaTable } from "../core/types";
import type { DatedSheet, WorkbookSheet } from "../core/workbook";
import type { CliOptions } from "./options";

export interface CliHistory extends Gathered {
  asOf: DaySerial;
}

interface Found {
  grid: Grid;
  table: QuotaTable;
  sheets: WorkbookSheet[];
  dated: DatedSheet[];
}

/** The day the chosen sheet stands for when it is a dated sheet ("15-9"), else null. */
export function chosenSheetDay(found: Found): DaySerial | null {
  return found.dated.find((d) => d.name === found.table.sheet)?.day ?? null;
}

/** The history the workbook keeps, up to the as-of date the campaign settled on (campaignFromSheet). */
export function historyOf(found: Found, o: CliOptions, asOf: DaySerial): CliHistory {
  return { asOf, ...gatherHistory({ ...found, asOf, lang: o.lang }) };
}
