// Where history comes from: the workbook's dated sheets (one per day), the "trong ngày" column beside the
// cumulative one (it gives the day before too), and the history table the add-in keeps.
import { parseNumber } from "../numbers";
import type { DaySerial, Grid, QuotaTable } from "../types";
import type { DatedSheet, WorkbookSheet } from "../workbook";
import type { TypedToday } from "./analyze";
import type { HistoryRecord } from "./types";
import { measureIdentityKey } from "../vocabulary/measure-identity";
import { parseCellAddress } from "../address";
import { isWeekLabel } from "../vocabulary/period-columns";

/** Every unit's cumulative figures of one table, as records of `day`. */
export function recordsFromTable(table: QuotaTable, day: DaySerial): HistoryRecord[] {
  const out: HistoryRecord[] = [];
  for (const m of table.measures) {
    for (const u of table.units) {
      const v = u.values[m.id];
      if (!v || v.done === null) continue;
      out.push({ day, unit: u.name, measure: m.label, target: v.target, done: v.done });
    }
  }
  return out;
}

/** Every dated sheet's table, oldest first. Undated sheets give nothing (they are listed by the workbook). */
export function recordsFromSheets(sheets: WorkbookSheet[], dated: DatedSheet[]): HistoryRecord[] {
  const out: HistoryRecord[] = [];
  for (const d of dated) {
    const table = sheets[d.index]?.table;
    if (d.day === null || !table) continue;
    for (const r of recordsFromTable(table, d.day)) out.push(r);
  }
  return out;
}

function cellOf(grid: Grid, row: number, col: number) {
  return grid.values[row - grid.origin.row]?.[col - grid.origin.col] ?? null;
}

/** Column (absolute) of a "trong ngày" figure per measure: the reader sets such columns aside and says where. */
function dayColumns(table: QuotaTable): Record<string, number> {
  const out: Record<string, number> = {};
  const cols = table.diagnostics
    .filter((d) => d.code === "period-column" && d.cell && !isWeekLabel(String(d.msg.params?.label ?? "")))
    .map((d) => parseCellAddress(d.cell as string)?.col)
    .filter((col): col is number => col !== undefined);
  for (const col of cols) {
    // The measure whose cumulative ("done") column is nearest: offices put the day's figure beside it.
    let best: { id: string; distance: number } | null = null;
    for (const m of table.measures) {
      const done = m.columns.done;
      if (done === undefined) continue;
      const distance = Math.abs(done - col);
      if (!best || distance < best.distance) best = { id: m.id, distance };
    }
    if (best && out[best.id] === undefined) out[best.id] = col;
  }
  return out;
}


/**
 * The "trong ngày" column: the day's typed results (checked against the history), and the day before's
 * cumulative (today's cumulative minus today's results) as history when the workbook has no earlier record.
 */
export function recordsFromDayColumn(table: QuotaTable, grid: Grid, day: DaySerial): { records: HistoryRecord[]; typed: TypedToday } {
  const columns = dayColumns(table);
  const records: HistoryRecord[] = [];
  const typed: TypedToday = new Map();
  for (const m of table.measures) {
    const col = columns[m.id];
    if (col === undefined) continue;
    for (const u of table.units) {
      const today = parseNumber(cellOf(grid, u.row, col));
      const v = u.values[m.id];
      if (today === null || !v || v.done === null) continue;
      const perUnit = typed.get(u.row) ?? {};
      perUnit[m.id] = today;
      typed.set(u.row, perUnit);
      records.push({ day: day - 1, unit: u.name, measure: m.label, target: v.target, done: v.done - today });
    }
  }
  return { records, typed };
}

/**
 * One record per day, unit and measure: the newest figures of a day replace that day's earlier ones; nothing
 * else is replaced. Lists come lowest precedence first; sorted by day, then as they came. The unit is the
 * caller's key: which of today's units a name stands for (history/unit-keys.ts), so that two communes one tone
 * mark apart, or a commune and a ward of one name, stay two.
 */
export function mergeRecordLists(lists: HistoryRecord[][], unitKeyOf: (name: string) => string): HistoryRecord[] {
  const merged = mergeByRecordKey(lists, unitKeyOf);
  // Usually one day, or days already in order: the (stable) sort would change nothing, so it is skipped.
  for (let i = 1; i < merged.length; i++) if (merged[i].day < merged[i - 1].day) return merged.sort((a, b) => a.day - b.day);
  return merged;
}

/**
 * Without a key string per record (a province's day is 150,000 records): each unit key gets a number the first
 * time a name leads to it, so a day's and measure's places are an array indexed by that number (a Map of strings
 * per record cost most of the merge). A record's place is the first one's, so a replaced record keeps its place.
 */
function mergeByRecordKey(lists: HistoryRecord[][], unitKeyOf: (name: string) => string): HistoryRecord[] {
  const out: HistoryRecord[] = [];
  const unitIds = new Map<string, number>();
  const idOfName = new Map<string, number>();
  // By day, then measure identity key: the places of that day's and measure's records, by unit number.
  const places = new Map<DaySerial, Map<string, number[]>>();
  const measureKeys = new Map<string, string>();
  const placesOf = (day: DaySerial, label: string): number[] => {
    let byMeasure = places.get(day);
    if (!byMeasure) places.set(day, (byMeasure = new Map()));
    let measure = measureKeys.get(label);
    if (measure === undefined) measureKeys.set(label, (measure = measureIdentityKey(label)));
    let slots = byMeasure.get(measure);
    if (!slots) byMeasure.set(measure, (slots = []));
    return slots;
  };
  // Lists come a day and a measure at a time: the places are looked up again only when either changes.
  let day: DaySerial | null = null;
  let label: string | null = null;
  let slots: number[] = [];
  for (const list of lists) {
    for (const r of list) {
      if (r.day !== day || r.measure !== label) {
        day = r.day;
        label = r.measure;
        slots = placesOf(day, label);
      }
      let id = idOfName.get(r.unit);
      if (id === undefined) {
        const key = unitKeyOf(r.unit);
        id = unitIds.get(key);
        if (id === undefined) unitIds.set(key, (id = unitIds.size));
        idOfName.set(r.unit, id);
      }
      const place = slots[id];
      if (place === undefined) {
        slots[id] = out.length;
        out.push(r);
      } else out[place] = r;
    }
  }
  return out;
}
