// What the stand-in Excel records of the add-in's writes, per sheet, for the tests to check; and the guard every
// write goes through: refused on a protected sheet, listed as an intrusion when it covers a clerk's filled cell
// the test did not allow (values, formats, widths, print area, panes). Writes are journalled so a failed batch
// drops them (host.ts).
import { parseArea, type Area } from "../../../src/excel/a1";
import { areaA1, inside } from "./area";
import { excelError } from "./host";
import { filledCells } from "./source";
import type { SheetState, World } from "./world";

export interface RecordedRule {
  type: string;
  address: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
  lower?: unknown;
  upper?: unknown;
}

export interface RecordedRange {
  address: string;
  formulas?: unknown[][];
  numberFormat?: unknown[][];
  merged?: boolean;
  format: {
    font: Record<string, unknown>;
    fill: Record<string, unknown>;
    columnWidth?: number;
    rowHeight?: number;
    [k: string]: unknown;
  };
}

export interface RecordedSheet {
  name: string;
  ranges: RecordedRange[];
  rules: RecordedRule[];
  freeze: string[];
  page: Record<string, unknown>;
  charts: { type: string; source: string; title?: string; categories?: string; position?: string[]; series?: string[] }[];
  /** Excel tables added (ref, name) or stretched (resizedTo). */
  tables: { ref: string; name?: string; resizedTo?: string }[];
  activated: boolean;
}

/** A write on a clerk's sheet over cells that hold something, which the test did not allow. */
export interface Intrusion {
  sheet: string;
  address: string;
  what: string;
}

export const emptyRecord = (name: string): RecordedSheet =>
  ({ name, ranges: [], rules: [], freeze: [], page: {}, charts: [], tables: [], activated: false });

/** A write on `state` over `area` (null: the whole sheet, as page setup): refused when protected, flagged when it covers the clerk's filled cells. */
export function writing(world: World, state: SheetState, area: Area | null, what: string): void {
  if (state.data?.protected) world.host.fail(excelError("AccessDenied", `${state.name} is protected: ${what}`));
  const data = state.data;
  if (!data || data.addins) return;
  const allowed = (data.allowWrites ?? []).map((a) => parseArea(a));
  const hit = filledCells(data).find((c) => (area === null || inside(c.row, c.col, area)) && !allowed.some((a) => inside(c.row, c.col, a)));
  if (hit) world.intrusions.push({ sheet: state.name, address: area ? areaA1(area) : "(sheet)", what });
}

/** A recording object: every property set is a write (checked, journalled so a failed batch drops it). */
export function recorder(world: World, state: SheetState, area: Area | null, target: Record<string, unknown>, what: string): any {
  return new Proxy(target, {
    set(t, key, value) {
      writing(world, state, area, `${what}.${String(key)}`);
      const had = key in t;
      const before = t[key as string];
      t[key as string] = value;
      world.host.wrote(() => {
        if (had) t[key as string] = before;
        else delete t[key as string];
      });
      return true;
    },
  });
}
