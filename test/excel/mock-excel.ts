// An office-addin-mock Excel over one source sheet, plus plain recorders for everything the adapter writes.
import { OfficeMockObject } from "office-addin-mock";
import { parseArea } from "../../src/excel/a1";
import { cellAddress } from "../../src/core/address";

/**
 * What real Excel enforces and the mock would otherwise let pass: an API newer than the host's ExcelApi set
 * fails the whole batch at the next sync, and a 2-D array must have exactly the range's rows and columns.
 */
interface HostRules {
  /** Minor version of the ExcelApi set the host supports (1.7 → 7). */
  apiMinor: number;
  /** Calls the host could not run; the next sync throws. */
  unsupported: string[];
}

function requireSet(host: HostRules, minor: number, api: string): void {
  if (host.apiMinor < minor) host.unsupported.push(`${api} (ExcelApi 1.${minor})`);
}

function checkSize(address: string, name: string, v: unknown[][]): void {
  const a = parseArea(address);
  const rows = a.bottom - a.top + 1;
  const cols = a.right - a.left + 1;
  if (!Array.isArray(v) || v.length !== rows || v.some((r) => !Array.isArray(r) || r.length !== cols)) {
    throw new Error(`InvalidArgument: ${name} of ${address} needs ${rows}×${cols} values`);
  }
}

// office-addin-mock answers a property read before its load + sync with one of these texts; real Excel throws.
const NOT_LOADED = new Set(["Error, property was not loaded", "Error, context.sync() was not called"]);

/** The mock as strict as Excel: reading a property that was not loaded and synced throws PropertyNotLoaded. */
function strict<T extends object>(target: T, seen = new WeakMap<object, object>()): T {
  const wrap = (v: unknown): unknown =>
    v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Promise) && !(v instanceof Map) ? strict(v, seen) : v;
  const known = seen.get(target);
  if (known) return known as T;
  const proxy = new Proxy(target, {
    get(t, key) {
      const value = Reflect.get(t, key, t);
      if (typeof key === "symbol" || key.startsWith("_")) return value;
      if (typeof value === "string" && NOT_LOADED.has(value)) throw new Error(`PropertyNotLoaded: ${key}`);
      if (typeof value === "function") return (...args: unknown[]) => wrap(value.apply(t, args));
      return wrap(value);
    },
    set: (t, key, value) => Reflect.set(t, key, value, t),
  });
  seen.set(target, proxy);
  return proxy;
}

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
  /** Excel tables added (ref, name) or stretched (resize). */
  tables: { ref: string; name?: string; resizedTo?: string }[];
  activated: boolean;
}

function recordingSheet(name: string, host: HostRules): { sheet: RecordedSheet; api: any } {
  const sheet: RecordedSheet = { name, ranges: [], rules: [], freeze: [], page: {}, charts: [], tables: [], activated: false };
  const getRange = (address: string) => {
    const rec: RecordedRange = { address, format: { font: {}, fill: {} } };
    sheet.ranges.push(rec);
    const format: any = rec.format;
    format.borders = { getItem: () => ({}) };
    return {
      set formulas(v: unknown[][]) { checkSize(address, "formulas", v); rec.formulas = v; },
      set numberFormat(v: unknown[][]) { checkSize(address, "numberFormat", v); rec.numberFormat = v; },
      format,
      merge: () => { rec.merged = true; },
      select: () => undefined,
      conditionalFormats: {
        add(type: string) {
          requireSet(host, 6, "ConditionalFormatCollection.add");
          const rule: RecordedRule = { type, address };
          sheet.rules.push(rule);
          const fmt = { fill: {} as any, font: {} as any };
          return {
            custom: {
              rule: { set formula(f: string) { rule.formula = f; } },
              format: {
                fill: { set color(c: string) { rule.fill = c; } },
                font: { set color(c: string) { rule.fontColor = c; }, bold: false },
              },
            },
            dataBar: {
              set lowerBoundRule(v: unknown) { rule.lower = v; },
              set upperBoundRule(v: unknown) { rule.upper = v; },
              positiveFormat: fmt,
            },
          };
        },
      },
    };
  };
  const api = {
    getRange,
    activate: () => { sheet.activated = true; },
    get freezePanes() {
      requireSet(host, 7, "Worksheet.freezePanes");
      return {
        freezeAt: () => sheet.freeze.push(`at`),
        freezeRows: (n: number) => sheet.freeze.push(`rows ${n}`),
        freezeColumns: (n: number) => sheet.freeze.push(`cols ${n}`),
      };
    },
    get pageLayout() {
      requireSet(host, 9, "Worksheet.pageLayout");
      return pageLayout;
    },
  };
  const pageLayout = new Proxy(
    {
      setPrintArea: (a: string) => { sheet.page.printArea = a; },
      setPrintTitleRows: (a: string) => { sheet.page.titleRows = a; },
    } as Record<string, unknown>,
    { set: (t, k, v) => { sheet.page[String(k)] = v; return true; } },
  );
  Object.assign(api, {
    tables: {
      add(ref: string) {
        const rec: RecordedSheet["tables"][number] = { ref };
        sheet.tables.push(rec);
        return { set name(n: string) { rec.name = n; } };
      },
      getItem(name: string) {
        return { resize(ref: string) { requireSet(host, 13, "Table.resize"); sheet.tables.push({ ref: "", name, resizedTo: ref }); } };
      },
    },
    charts: {
      add(type: string) {
        const chart: RecordedSheet["charts"][number] = { type, source: "" };
        sheet.charts.push(chart);
        return {
          title: { set text(t: string) { chart.title = t; } },
          legend: {},
          axes: { valueAxis: { set numberFormat(_format: string) { requireSet(host, 8, "ChartAxis.numberFormat"); } } },
          series: (() => {
            const one = () => ({
              set name(n: string) { (chart.series ??= []).push(n); },
              setValues: () => { requireSet(host, 7, "ChartSeries.setValues"); },
              setXAxisValues: () => { requireSet(host, 7, "ChartSeries.setXAxisValues"); chart.categories = "set"; },
            });
            return { getItemAt: one, add: () => { requireSet(host, 7, "ChartSeriesCollection.add"); return one(); } };
          })(),
          setPosition: (a: string, b: string) => { chart.position = [a, b]; },
        };
      },
    },
  });
  return { sheet, api };
}

export interface SourceSheet {
  name: string;
  /** Top-left of the used range. */
  origin: { row: number; col: number };
  values: (string | number | boolean | null)[][];
  valueTypes?: string[][];
  merged?: string;
  visible?: string;
  /** Conditional formats already on the sheet: custom ones with a formula, others by type only. */
  rules?: { type: string; formula?: string }[];
  existingSheets?: string[];
  /** The sheet is protected (Review → Protect Sheet). */
  protected?: boolean;
  /** Other sheets of the workbook with their values (day sheets, the history sheet), readable by name. */
  otherSheets?: { name: string; values: (string | number | boolean | null)[][]; tables?: string[] }[];
}

export interface MockExcel {
  excel: any;
  context: any;
  added: RecordedSheet[];
  source: RecordedSheet;
  deletedRules: string[];
  /** What was written to the other sheets (src.otherSheets), by name. */
  others: Map<string, RecordedSheet>;
  syncCount(): number;
}

/** apiMinor: the host's ExcelApi set (default 1.17, everything the add-in uses). */
export function mockExcel(src: SourceSheet, { apiMinor = 17 }: { apiMinor?: number } = {}): MockExcel {
  const host: HostRules = { apiMinor, unsupported: [] };
  const rows = src.values.length;
  const cols = Math.max(...src.values.map((r) => r.length));
  const address = `${src.name}!${cellAddress(src.origin.row, src.origin.col)}:${cellAddress(src.origin.row + rows - 1, src.origin.col + cols - 1)}`;
  const added: RecordedSheet[] = [];
  const addedApis = new Map<string, unknown>();
  const deletedRules: string[] = [];
  const source = recordingSheet(src.name, host);
  const existing = [src.name, ...(src.existingSheets ?? []), ...(src.otherSheets ?? []).map((o) => o.name)];
  const others = new Map<string, RecordedSheet>();
  const otherData: Record<string, unknown> = {};
  (src.otherSheets ?? []).forEach((o, i) => {
    const rec = recordingSheet(o.name, host);
    others.set(o.name, rec.sheet);
    const cols = Math.max(1, ...o.values.map((r) => r.length));
    const values = o.values.map((r) => Array.from({ length: cols }, (_, c) => (r[c] === null || r[c] === undefined ? "" : r[c])));
    otherData[`other${i}`] = {
      name: o.name,
      usedRange: {
        address: `${o.name}!A1:${cellAddress(o.values.length, cols)}`,
        values,
        valueTypes: values.map((r) => r.map((v) => (v === "" ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String"))),
      },
      getUsedRange() { return (this as { usedRange: unknown }).usedRange; },
      getRange: (addr: string) => rec.api.getRange(addr),
      tables: {
        items: [] as { name: string }[],
        load() { this.items = (o.tables ?? []).map((name) => ({ name })); return this; },
        add: (ref: string) => (rec.api as any).tables.add(ref),
        getItem: (name: string) => (rec.api as any).tables.getItem(name),
      },
    };
  });
  const ruleItems = (src.rules ?? []).map((r) => ({
    type: r.type,
    custom: { rule: { formula: r.formula, load: () => undefined } },
    delete: () => deletedRules.push(r.formula ?? r.type),
  }));
  const sourceSheetData = {
    name: src.name,
    usedRange: {
      address,
      values: src.values.map((r) => r.map((v) => (v === null ? "" : v))),
      valueTypes:
        src.valueTypes ?? src.values.map((r) => r.map((v) => (v === null ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String"))),
      numberFormat: src.values.map((r) => r.map(() => "General")),
      rowCount: rows,
      columnCount: cols,
      merged: { address: src.merged ?? "" },
      visible: { address: src.visible ?? address },
      getMergedAreasOrNullObject() { requireSet(host, 13, "Range.getMergedAreasOrNullObject"); return this.merged; },
      getSpecialCellsOrNullObject() { requireSet(host, 9, "Range.getSpecialCellsOrNullObject"); return this.visible; },
    },
    getUsedRange() { requireSet(host, 2, "Worksheet.getUsedRange(valuesOnly)"); return this.usedRange; },
    protection: { protected: src.protected === true },
    getRange(addr?: string) {
      if (addr) return source.api.getRange(addr);
      return { conditionalFormats: { items: ruleItems, load() { return this; } } };
    },
    activate: () => undefined,
  };
  const data = {
    context: {
      workbook: {
        worksheets: {
          source: sourceSheetData,
          ...otherData,
          items: [] as { name: string }[],
          load() { this.items = existing.concat(added.map((s) => s.name)).map((name) => ({ name })); return this; },
          getActiveWorksheet() { return this.source; },
          getItem(name: string) {
            if (name === src.name) return this.source;
            const other = (src.otherSheets ?? []).findIndex((o) => o.name === name);
            if (other >= 0) return (this as any)[`other${other}`];
            const sheet = addedApis.get(name);
            if (!sheet) throw new Error(`ItemNotFound ${name}`);
            return sheet;
          },
          add(name: string) {
            const rec = recordingSheet(name, host);
            added.push(rec.sheet);
            addedApis.set(name, rec.api);
            return rec.api;
          },
        },
      },
      application: {
        decimalSeparator: ",",
        thousandsSeparator: ".",
        useSystemSeparators: true,
        cultureInfo: { numberFormat: { numberDecimalSeparator: ",", numberGroupSeparator: "." } },
        suspendApiCalculationUntilNextSync() { requireSet(host, 6, "Application.suspendApiCalculationUntilNextSync"); },
        suspendScreenUpdatingUntilNextSync() { requireSet(host, 9, "Application.suspendScreenUpdatingUntilNextSync"); },
      },
    },
    run: async function (callback: (context: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  };
  const excel = new OfficeMockObject(data) as any;
  const context = excel.context;
  const strictContext = strict(context);
  excel.run = async (callback: (context: unknown) => Promise<unknown>) => callback(strictContext);
  // The sheet's getRange(addr) must reach the recorders, and Excel.run must hand over the mock context.
  let syncs = 0;
  const realSync = context.sync.bind(context);
  context.sync = async () => {
    syncs++;
    if (host.unsupported.length) throw new Error(`ApiNotFound: ${host.unsupported.join(", ")}`);
    await realSync();
    // office-addin-mock propagates loaded values through un-awaited promises: let them settle.
    await new Promise((r) => setTimeout(r, 0));
  };
  return { excel, context: strictContext, added, source: source.sheet, deletedRules, others, syncCount: () => syncs };
}

/**
 * A source sheet as Excel would show it to the adapter, from a Grid read from a real .xlsx: the used range
 * trimmed to the filled cells, errors as Error values, merges and hidden rows as Excel's area lists.
 * null when the sheet has no value at all (Excel's used range is then a null object).
 */
export function sourceSheetFromGrid(grid: import("../../src/core/types").Grid, existingSheets: string[] = []): SourceSheet | null {
  const filled = (v: unknown) => v !== null && v !== undefined && v !== "";
  let top = Infinity, bottom = -Infinity, left = Infinity, right = -Infinity;
  grid.values.forEach((line, i) => line.forEach((v, j) => {
    if (!filled(v)) return;
    top = Math.min(top, i); bottom = Math.max(bottom, i); left = Math.min(left, j); right = Math.max(right, j);
  }));
  if (top === Infinity) return null;
  const values: (string | number | boolean | null)[][] = [];
  const valueTypes: string[][] = [];
  for (let i = top; i <= bottom; i++) {
    const line: (string | number | boolean | null)[] = [];
    const types: string[] = [];
    for (let j = left; j <= right; j++) {
      const v = grid.values[i]?.[j] ?? null;
      if (v !== null && typeof v === "object") { line.push(v.error); types.push("Error"); }
      else { line.push(v); types.push(v === null ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String"); }
    }
    values.push(line);
    valueTypes.push(types);
  }
  const origin = { row: grid.origin.row + top, col: grid.origin.col + left };
  const last = { row: grid.origin.row + bottom, col: grid.origin.col + right };
  const area = (r1: number, c1: number, r2: number, c2: number) => `${grid.sheet}!${cellAddress(r1, c1)}:${cellAddress(r2, c2)}`;
  const merged = grid.merges.map((m) => area(m.top, m.left, m.bottom, m.right)).join(", ");
  // Visible cells: runs of rows that are not hidden, across every column of the used range.
  const hidden = new Set(grid.hiddenRows);
  const runs: string[] = [];
  for (let r = origin.row; r <= last.row; r++) {
    if (hidden.has(r)) continue;
    let end = r;
    while (end + 1 <= last.row && !hidden.has(end + 1)) end++;
    runs.push(area(r, origin.col, end, last.col));
    r = end;
  }
  return { name: grid.sheet, origin, values, valueTypes, merged, visible: runs.join(", "), existingSheets };
}
