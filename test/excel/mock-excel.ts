// A stand-in Excel over the clerk's sheets (the active one first), as strict as the real one where the add-in could trip: a property read
// before load + sync throws, a 2-D array must match its range, and Excel's documented limits fail the batch at
// sync (an API newer than the host's set, more than 512 merged areas, a request or response over 5 MB, a
// multi-area getSelectedRange, an undocumented page-layout value, a file that is no workbook). Sheets inserted
// from a file appear, and deleted ones go, at the sync. Writes are recorded for the tests to read.
import { parseArea, parseAreas, type Area } from "../../src/excel/a1";
import { cellAddress } from "../../src/core/address";

/** Excel on the web's limit on a request's and on a response's payload ("Resource limits", Office Add-ins). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** Range.getMergedAreasOrNullObject fails when the range holds more merged areas than this (its reference). */
export const MERGED_AREAS_LIMIT = 512;

const utf8 = new TextEncoder();
const jsonBytes = (v: unknown) => (v === undefined ? 0 : utf8.encode(JSON.stringify(v)).length);

function excelError(code: string, message: string): Error {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

/** What the host enforces; the next sync throws the first failure queued in its batch. */
class Host {
  unsupported: string[] = [];
  failures: Error[] = [];
  loads: (() => number)[] = [];
  requestBytes = 0;
  syncs = 0;
  responses: number[] = [];
  calcSuspended = false;
  /** Formula cells written while calculation was suspended and not recalculated since. */
  staleFormulas = 0;
  constructor(readonly apiMinor: number) {}

  requireSet(minor: number, api: string): void {
    if (this.apiMinor < minor) this.unsupported.push(`${api} (ExcelApi 1.${minor})`);
  }

  fail(error: Error): void {
    this.failures.push(error);
  }

  async sync(): Promise<void> {
    this.syncs++;
    const loads = this.loads;
    const failures = this.failures;
    const unsupported = this.unsupported;
    const request = this.requestBytes;
    this.loads = [];
    this.failures = [];
    this.unsupported = [];
    this.requestBytes = 0;
    this.calcSuspended = false; // the suspension lasts until the next sync, whatever happens to the batch
    if (unsupported.length) throw excelError("ApiNotFound", unsupported.join(", "));
    if (request > PAYLOAD_LIMIT_BYTES) throw excelError("RequestPayloadSizeLimitExceeded", `${request} bytes sent`);
    if (failures.length) throw failures[0];
    let response = 0;
    for (const resolve of loads) response += resolve();
    this.responses.push(response);
    if (response > PAYLOAD_LIMIT_BYTES) throw excelError("ResponsePayloadSizeLimitExceeded", `${response} bytes asked for`);
    await new Promise((r) => setTimeout(r, 0));
  }
}

/**
 * An object whose listed properties are readable only after load() and a sync, as in Office.js; `extra` holds its
 * methods and writable properties. A getter may throw: the sync then fails, as Excel's does.
 */
function loadable<T extends object>(host: Host, props: Record<string, () => unknown>, extra: T): T & Record<string, any> {
  const loaded = new Map<string, unknown>();
  const target = extra as any;
  target.load = (spec?: string | string[]) => {
    const names = spec === undefined ? Object.keys(props) : (Array.isArray(spec) ? spec : spec.split(","))
      .map((n) => n.trim().split("/")[0]).filter((n) => n in props);
    // Excel answers isNullObject with any load of an *OrNullObject result.
    if ("isNullObject" in props && !names.includes("isNullObject")) names.push("isNullObject");
    host.loads.push(() => {
      let bytes = 0;
      for (const n of names) {
        const v = props[n]();
        loaded.set(n, v);
        bytes += jsonBytes(v);
      }
      return bytes;
    });
    return proxy;
  };
  const proxy: any = new Proxy(target, {
    get(t, key) {
      if (typeof key === "string" && key in props) {
        if (!loaded.has(key)) throw excelError("PropertyNotLoaded", key);
        return loaded.get(key);
      }
      return Reflect.get(t, key, t);
    },
    set: (t, key, value) => Reflect.set(t, key, value, t),
  });
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
  /** Excel tables added (ref, name) or stretched (resizedTo). */
  tables: { ref: string; name?: string; resizedTo?: string }[];
  activated: boolean;
}

function checkSize(address: string, name: string, v: unknown[][]): void {
  const a = parseArea(address);
  const rows = a.bottom - a.top + 1;
  const cols = a.right - a.left + 1;
  if (!Array.isArray(v) || v.length !== rows || v.some((r) => !Array.isArray(r) || r.length !== cols)) {
    throw excelError("InvalidArgument", `${name} of ${address} needs ${rows}×${cols} values`);
  }
}

/** PageLayoutZoomOptions as documented: a scale of 10 to 400, or whole numbers of pages (1 or more) to fit to. */
function checkZoom(host: Host, zoom: unknown): void {
  const z = (zoom ?? {}) as Record<string, unknown>;
  const pages = (v: unknown) => v === undefined || (typeof v === "number" && Number.isInteger(v) && v >= 1);
  const scale = z.scale === undefined || (typeof z.scale === "number" && z.scale >= 10 && z.scale <= 400);
  if (!pages(z.horizontalFitToPages) || !pages(z.verticalFitToPages) || !scale) {
    host.fail(excelError("InvalidArgument", `PageLayout.zoom ${JSON.stringify(zoom)}`));
  }
}

/** The part of the sheet's cells the source range reads (null outside the data). */
interface SourceData {
  name: string;
  origin: { row: number; col: number };
  values: (string | number | boolean | null)[][];
  valueTypes?: string[][];
  numberFormats?: string[][];
  merges: Area[];
  visible: Area[] | null;
  /** The print area the clerk set (Page Layout → Print Area), as Excel gives its address. */
  printArea?: string;
}

function typeOf(v: unknown): string {
  return v === null || v === "" ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";
}

function recordingSheet(name: string, host: Host, data: SourceData | null, tableNames: string[] = []): { sheet: RecordedSheet; api: any } {
  const sheet: RecordedSheet = { name, ranges: [], rules: [], freeze: [], page: {}, charts: [], tables: [], activated: false };
  const cellAt = (r: number, c: number, f: (v: string | number | boolean | null, t?: string, nf?: string) => unknown) => {
    if (!data) return f(null);
    const i = r - data.origin.row;
    const j = c - data.origin.col;
    const v = data.values[i]?.[j] ?? null;
    return f(v, data.valueTypes?.[i]?.[j], data.numberFormats?.[i]?.[j]);
  };
  const getRange = (address?: string) => {
    const area = address ? parseArea(address) : { top: 1, left: 1, bottom: 1048576, right: 16384 };
    const addr = address ?? "A:XFD";
    const full = `${name}!${cellAddress(area.top, area.left)}:${cellAddress(area.bottom, area.right)}`;
    const rec: RecordedRange = { address: addr, format: { font: {}, fill: {} } };
    sheet.ranges.push(rec);
    const format: any = rec.format;
    format.borders = { getItem: () => ({}) };
    const matrix = (f: (r: number, c: number) => unknown) =>
      Array.from({ length: area.bottom - area.top + 1 }, (_, i) =>
        Array.from({ length: area.right - area.left + 1 }, (_, j) => f(area.top + i, area.left + j)));
    const overlaps = (m: Area) => m.top <= area.bottom && m.bottom >= area.top && m.left <= area.right && m.right >= area.left;
    const areaText = (list: Area[]) => list.map((m) => `${name}!${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`).join(",");
    const range = loadable(host, {
      address: () => full,
      rowCount: () => area.bottom - area.top + 1,
      columnCount: () => area.right - area.left + 1,
      values: () => matrix((r, c) => cellAt(r, c, (v) => (v === null ? "" : v))),
      valueTypes: () => matrix((r, c) => cellAt(r, c, (v, t) => t ?? typeOf(v))),
      numberFormat: () => matrix((r, c) => cellAt(r, c, (_v, _t, nf) => nf ?? "General")),
    }, {
      set formulas(v: unknown[][]) {
        checkSize(addr, "formulas", v);
        rec.formulas = v;
        host.requestBytes += jsonBytes(v);
        if (host.calcSuspended) host.staleFormulas += v.flat().filter((x) => typeof x === "string" && x.startsWith("=")).length;
      },
      set numberFormat(v: unknown[][]) { checkSize(addr, "numberFormat", v); rec.numberFormat = v; host.requestBytes += jsonBytes(v); },
      format,
      merge: () => { rec.merged = true; },
      select: () => undefined,
      calculate: () => { host.requireSet(6, "Range.calculate"); host.staleFormulas = 0; },
      getMergedAreasOrNullObject() {
        host.requireSet(13, "Range.getMergedAreasOrNullObject");
        const inside = () => (data?.merges ?? []).filter(overlaps);
        return loadable(host, {
          isNullObject: () => inside().length === 0,
          address: () => {
            const found = inside();
            if (found.length > MERGED_AREAS_LIMIT) throw excelError("GeneralException", `${found.length} merged areas in ${full}`);
            return areaText(found);
          },
        }, {});
      },
      getSpecialCellsOrNullObject() {
        host.requireSet(9, "Range.getSpecialCellsOrNullObject");
        const cells = () => (data?.visible ?? [area]).filter(overlaps).map((v) => ({
          top: Math.max(v.top, area.top), left: Math.max(v.left, area.left),
          bottom: Math.min(v.bottom, area.bottom), right: Math.min(v.right, area.right),
        }));
        return loadable(host, { isNullObject: () => cells().length === 0, address: () => areaText(cells()) }, {});
      },
      conditionalFormats: {
        add(type: string) {
          host.requireSet(6, "ConditionalFormatCollection.add");
          const rule: RecordedRule = { type, address: addr };
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
    });
    return range;
  };
  const pageLayout = new Proxy(
    {
      setPrintArea: (a: string) => { sheet.page.printArea = a; },
      // The clerk's own print area until the add-in sets one; a null object when there is none.
      getPrintAreaOrNullObject: () => {
        const text = () => (sheet.page.printArea as string | undefined) ?? data?.printArea;
        return loadable(host, { isNullObject: () => !text(), address: () => text() ?? "" }, {});
      },
      setPrintTitleRows: (a: string) => { sheet.page.titleRows = a; },
    } as Record<string, unknown>,
    {
      set: (_t, k, v) => {
        if (k === "zoom") checkZoom(host, v);
        sheet.page[String(k)] = v;
        return true;
      },
    },
  );
  const api: any = loadable(host, { name: () => name }, {
    getRange,
    activate: () => { sheet.activated = true; },
    get freezePanes() {
      host.requireSet(7, "Worksheet.freezePanes");
      return {
        freezeAt: () => sheet.freeze.push(`at`),
        freezeRows: (n: number) => sheet.freeze.push(`rows ${n}`),
        freezeColumns: (n: number) => sheet.freeze.push(`cols ${n}`),
      };
    },
    get pageLayout() {
      host.requireSet(9, "Worksheet.pageLayout");
      return pageLayout;
    },
    get horizontalPageBreaks() {
      host.requireSet(9, "Worksheet.horizontalPageBreaks");
      return { add: (a: string) => { sheet.page.rowBreaks = [...((sheet.page.rowBreaks as string[] | undefined) ?? []), a]; } };
    },
    charts: {
      add(type: string) {
        const chart: RecordedSheet["charts"][number] = { type, source: "" };
        sheet.charts.push(chart);
        return {
          title: { set text(t: string) { chart.title = t; } },
          legend: {},
          axes: { valueAxis: { set numberFormat(_format: string) { host.requireSet(8, "ChartAxis.numberFormat"); } } },
          series: (() => {
            const one = () => ({
              set name(n: string) { (chart.series ??= []).push(n); },
              setValues: () => { host.requireSet(7, "ChartSeries.setValues"); },
              setXAxisValues: () => { host.requireSet(7, "ChartSeries.setXAxisValues"); chart.categories = "set"; },
            });
            return { getItemAt: one, add: () => { host.requireSet(7, "ChartSeriesCollection.add"); return one(); } };
          })(),
          setPosition: (a: string, b: string) => { chart.position = [a, b]; },
        };
      },
    },
    // The sheet's Excel tables: names readable after load + sync; added ones recorded, as are stretches.
    tables: loadable(host, { items: () => [...tableNames, ...sheet.tables.filter((t) => t.name && !t.resizedTo).map((t) => t.name as string)].map((n) => ({ name: n })) }, {
      add(ref: string, hasHeaders: boolean) {
        if (!hasHeaders) host.fail(excelError("InvalidArgument", "the history table has a header row"));
        const rec: RecordedSheet["tables"][number] = { ref };
        sheet.tables.push(rec);
        return { set name(n: string) { rec.name = n; } };
      },
      getItem(table: string) {
        if (!tableNames.includes(table) && !sheet.tables.some((t) => t.name === table)) host.fail(excelError("ItemNotFound", table));
        return { resize(ref: string) { host.requireSet(13, "Table.resize"); sheet.tables.push({ ref: "", name: table, resizedTo: ref }); } };
      },
    }),
  });
  return { sheet, api };
}

export interface SourceSheet {
  name: string;
  /** Top-left of the used range. */
  origin: { row: number; col: number };
  values: (string | number | boolean | null)[][];
  valueTypes?: string[][];
  numberFormats?: string[][];
  merged?: string;
  visible?: string;
  /** What the clerk selected ("Tiến độ!A1:D5" or several areas "…!A1:B2,…!D4:E6"); the used range when absent. */
  selection?: string;
  /** Conditional formats already on the sheet: custom ones with a formula, others by type only. */
  rules?: { type: string; formula?: string }[];
  existingSheets?: string[];
  /** The sheet is protected (Review → Protect Sheet). */
  protected?: boolean;
  /** The print area the clerk set, as Excel's address ("Tiến độ!$A$1:$H$20"); none when absent. */
  printArea?: string;
  /** Excel tables already on the sheet, by name (the history sheet's table). */
  tables?: string[];
}

export interface MockExcel {
  excel: any;
  context: any;
  added: RecordedSheet[];
  source: RecordedSheet;
  /** Every sheet of the clerk's (and each inserted from a file), in the order given, with what was written there. */
  sources: RecordedSheet[];
  deletedRules: string[];
  /** Sheets deleted, in order. */
  deletedSheets: string[];
  /** The sheets' names now, in tab order (sheets added by the add-in last). */
  sheetNames(): string[];
  syncCount(): number;
  /** Bytes of each successful sync's response, in order. */
  responses(): number[];
  /** Formula cells written while calculation was suspended and never recalculated. */
  staleFormulas(): number;
  /** Make the next sync fail, as a host refusing a call queued now would. */
  failNextSync(error: Error): void;
}

export interface MockExcelOptions {
  /** The host's ExcelApi set (default 1.17, everything the add-in uses). */
  apiMinor?: number;
  /** Further sheets of the workbook, after the active one (the clerk's own sheets, day sheets, the history sheet). */
  sheets?: SourceSheet[];
  /**
   * What Workbook.insertWorksheetsFromBase64 finds in each base64 string: the sheets, under the free names Excel
   * gives them ("Số liệu (2)"…). A string not listed is not a workbook: the batch fails, as Excel's does.
   */
  files?: Record<string, SourceSheet[]>;
}

export function mockExcel(src: SourceSheet, { apiMinor = 17, sheets = [], files = {} }: MockExcelOptions = {}): MockExcel {
  const host = new Host(apiMinor);
  const added: RecordedSheet[] = [];
  const addedApis = new Map<string, any>();
  const deletedRules: string[] = [];
  const deletedSheets: string[] = [];
  const sourceApis = new Map<string, any>();
  const sourceSheets: RecordedSheet[] = [];
  const order: string[] = []; // sheet tab order, as worksheets.items gives it
  const usedAddressOf = (s: SourceSheet) => {
    const rows = Math.max(1, s.values.length);
    const cols = Math.max(1, ...s.values.map((r) => r.length));
    return `${s.name}!${cellAddress(s.origin.row, s.origin.col)}:${cellAddress(s.origin.row + rows - 1, s.origin.col + cols - 1)}`;
  };
  /** A sheet of the clerk's (or one inserted from a file): reads as Excel gives them, every write recorded. */
  const addSource = (s: SourceSheet): { sheet: RecordedSheet; api: any } => {
    const data: SourceData = {
      name: s.name,
      origin: s.origin,
      values: s.values,
      valueTypes: s.valueTypes,
      numberFormats: s.numberFormats,
      merges: parseAreas(s.merged),
      visible: s.visible === undefined ? null : parseAreas(s.visible),
      printArea: s.printArea,
    };
    const rec = recordingSheet(s.name, host, data, s.tables ?? []);
    const usedAddress = usedAddressOf(s);
    const rangeAt = rec.api.getRange;
    const ruleItems = (s.rules ?? []).map((r) => ({
      type: r.type,
      custom: { rule: loadable(host, { formula: () => r.formula }, {}) },
      delete: () => deletedRules.push(r.formula ?? r.type),
    }));
    rec.api.getUsedRange = () => {
      host.requireSet(2, "Worksheet.getUsedRange(valuesOnly)");
      return rangeAt(usedAddress.slice(usedAddress.indexOf("!") + 1));
    };
    rec.api.protection = loadable(host, { protected: () => s.protected === true }, {});
    rec.api.getRange = (addr?: string) => {
      if (addr) return rangeAt(addr);
      return { conditionalFormats: loadable(host, { items: () => ruleItems }, {}) };
    };
    // Deleting a sheet is queued: it is gone once the batch is synced.
    rec.api.delete = () => {
      host.requireSet(1, "Worksheet.delete");
      host.loads.push(() => {
        sourceApis.delete(s.name);
        order.splice(order.indexOf(s.name), 1);
        deletedSheets.push(s.name);
        return 0;
      });
    };
    sourceApis.set(s.name, rec.api);
    sourceSheets.push(rec.sheet);
    order.push(s.name);
    return rec;
  };
  const source = addSource(src);
  for (const s of sheets) addSource(s);
  const usedAddress = usedAddressOf(src);
  const sourceRangeAt = source.api.getRange;
  const sourceApi = source.api;
  const existing = src.existingSheets ?? [];
  const selection = src.selection ?? usedAddress;
  const selectedAreas = parseAreas(selection);
  const areaAddress = (a: Area) => `${src.name}!${cellAddress(a.top, a.left)}:${cellAddress(a.bottom, a.right)}`;
  const worksheets = loadable(host, {
    items: () => [...order, ...existing, ...added.map((s) => s.name)].map((name) => ({ name, visibility: "Visible" })),
  }, {
    getActiveWorksheet: () => sourceApi,
    getItem(name: string) {
      const sheet = sourceApis.get(name) ?? addedApis.get(name);
      if (!sheet) throw excelError("ItemNotFound", name);
      return sheet;
    },
    add(name: string) {
      const rec = recordingSheet(name, host, null);
      added.push(rec.sheet);
      addedApis.set(name, rec.api);
      return rec.api;
    },
  });
  const context: any = {
    workbook: {
      worksheets,
      /** The file's sheets are added at the sync; their names are readable after it, as a ClientResult. */
      insertWorksheetsFromBase64(base64: string) {
        host.requireSet(13, "Workbook.insertWorksheetsFromBase64");
        host.requestBytes += base64.length;
        const found = files[base64];
        if (!found) host.fail(excelError("InvalidArgument", "The argument is invalid or missing or has an incorrect format."));
        else host.loads.push(() => { for (const s of found) addSource({ ...s }); return 0; });
        return loadable(host, { value: () => (found ?? []).map((s) => s.name) }, {}).load("value");
      },
      getSelectedRange() {
        // Excel: "If there are multiple ranges selected, this method will throw an error."
        if (selectedAreas.length > 1) host.fail(excelError("GeneralException", "An unexpected error occurred."));
        const a = selectedAreas[0];
        return sourceRangeAt(`${cellAddress(a.top, a.left)}:${cellAddress(a.bottom, a.right)}`);
      },
      getSelectedRanges() {
        host.requireSet(9, "Workbook.getSelectedRanges");
        return loadable(host, {
          address: () => selectedAreas.map(areaAddress).join(","),
          areaCount: () => selectedAreas.length,
        }, {
          getSpecialCellsOrNullObject: () => {
            const a = selectedAreas[0];
            return sourceRangeAt(`${cellAddress(a.top, a.left)}:${cellAddress(a.bottom, a.right)}`).getSpecialCellsOrNullObject();
          },
        });
      },
    },
    application: loadable(host, {
      decimalSeparator: () => ",",
      thousandsSeparator: () => ".",
      useSystemSeparators: () => true,
    }, {
      cultureInfo: { numberFormat: loadable(host, { numberDecimalSeparator: () => ",", numberGroupSeparator: () => "." }, {}) },
      suspendApiCalculationUntilNextSync() {
        host.requireSet(6, "Application.suspendApiCalculationUntilNextSync");
        host.calcSuspended = true;
      },
      suspendScreenUpdatingUntilNextSync() { host.requireSet(9, "Application.suspendScreenUpdatingUntilNextSync"); },
      calculate() { host.staleFormulas = 0; },
    }),
    sync: () => host.sync(),
  };
  const excel = { run: async (callback: (context: unknown) => Promise<unknown>) => callback(context) };
  return {
    excel,
    context,
    added,
    source: source.sheet,
    sources: sourceSheets,
    deletedRules,
    deletedSheets,
    sheetNames: () => [...order, ...existing, ...added.map((s) => s.name)],
    syncCount: () => host.syncs,
    responses: () => host.responses.slice(),
    staleFormulas: () => host.staleFormulas,
    failNextSync: (error: Error) => host.fail(error),
  };
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
      else { line.push(v); types.push(typeOf(v)); }
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
