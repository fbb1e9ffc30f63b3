// A stand-in Excel over the clerk's sheets (the first one active), as strict as the real one where the add-in
// could trip, each refusal from Office's documentation or a known issue (mock-host.ts holds the batch rules):
// - a property read before load + sync throws; a 2-D array must match its range; an API newer than the host's set,
//   more than 512 merged areas, a request or response over 5 MB fail the batch at sync;
// - a failed sync keeps what was queued before the failing operation and drops the rest;
// - worksheets.getItem of a missing sheet fails at the sync, not at the call (ItemNotFound);
// - a sheet name already taken (case aside) or not allowed is refused (ItemAlreadyExists / InvalidArgument); a
//   table name already taken anywhere in the workbook, a defined name's, or one Excel's naming rules refuse, is
//   refused with InvalidArgument ("The argument is invalid or missing or has an incorrect format", the code
//   Excel gives a duplicate table name: OfficeDev/office-js#551; the rules: office-js-docs-reference#555); a
//   table over another table too; an address that is no range of the grid (past XFD or row 1,048,576) fails the
//   batch at the sync (InvalidArgument), not at the call;
// - Table.resize to a range that does not overlap the table is refused ("the new range must overlap the original");
// - any write to a protected sheet, and adding or deleting sheets of a protected workbook, is refused (AccessDenied);
// - TableCollection.add with an address without a sheet name goes to the ACTIVE sheet ("If the address does not
//   contain a sheet name, the currently-active sheet is used", TableCollection.add);
// - Workbook.insertWorksheetsFromBase64 returns the inserted sheets' IDs, not their names (its @returns);
// - with `web`, a sheet added and activated in the same batch is not activated (OfficeDev/office-js#930);
// - a selection may be whole columns (A:H) and a stray far cell stretches the used range up to XFD1048576; loading
//   the cells of such a range fails as an oversized response does, without the mock building them.
// Every write is recorded; one that touches a non-empty cell of a clerk's sheet (values, formats, widths, print
// area, panes) outside what the test allowed is listed in intrusions(). After every test, mock-lint.ts holds the
// workbook to Excel's workbook-level rules (workbook-rules.ts, shared with the package linter).
import { parseArea, parseAreas, type Area } from "../../src/excel/a1";
import { cellAddress, parseRangeAddress } from "../../src/core/address";
import { nameFault, type DefinedName } from "../support/workbook-rules";
import { watchAfterTest, type MockWorkbookView } from "./mock-lint";
import { CALL_BYTES, excelError, Host, jsonBytes, loadable, MERGED_AREAS_LIMIT, PAYLOAD_LIMIT_BYTES } from "./mock-host";

export { MERGED_AREAS_LIMIT, PAYLOAD_LIMIT_BYTES };

/** An empty cell costs at least `"",` in a response: a range bigger than this cannot come back under 5 MB. */
const MAX_LOADABLE_CELLS = Math.floor(PAYLOAD_LIMIT_BYTES / 3);

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

export interface SourceSheet {
  name: string;
  /** Top-left of the used range. */
  origin: { row: number; col: number };
  values: (string | number | boolean | null)[][];
  valueTypes?: string[][];
  numberFormats?: string[][];
  merged?: string;
  visible?: string;
  /** What the clerk selected ("Tiến độ!A1:D5", whole columns "Tiến độ!A:H", or several areas); the used range when absent. */
  selection?: string;
  /** Conditional formats already on the sheet: custom ones with a formula, others by type only. */
  rules?: { type: string; formula?: string }[];
  existingSheets?: string[];
  /** The sheet is protected (Review → Protect Sheet). */
  protected?: boolean;
  /** The print area the clerk set, as Excel's address ("Tiến độ!$A$1:$H$20"); none when absent. */
  printArea?: string;
  /** Excel tables already on the sheet: by name, or with their range (then a resize must overlap it). */
  tables?: (string | { name: string; ref: string })[];
  /** Cells outside the block of values (a stray note far down or right): they stretch the used range. */
  stray?: { address: string; value: string | number }[];
  /** The add-in's own sheet (the history sheet): writes over its cells are expected, not intrusions. */
  addins?: boolean;
  /** Areas of this clerk's sheet a test allows writes over (A1 addresses). */
  allowWrites?: string[];
}

interface SheetState {
  name: string;
  id: string;
  rec: RecordedSheet;
  api: any;
  data: SourceSheet | null;
  /** Sync count when added by the add-in (for the web's activation issue); -1 for the workbook's own sheets. */
  addedAt: number;
}

interface TableState {
  name: string;
  sheet: string;
  /** Its range when known (null too when the ref is past the grid). */
  area: Area | null;
  /** Its range as given, checked by the lint. */
  ref: string | null;
}

/** The address a range object of the mock was made for ("Tiến độ!B2:B9"): what a chart added from it shows. */
const RANGE_ADDRESS = Symbol("range address");

/** The workbook shared by every sheet: names, tables, the active sheet, the host's batch. */
interface World {
  host: Host;
  sheets: SheetState[];
  tables: TableState[];
  active: string;
  web: boolean;
  workbookProtected: boolean;
  intrusions: Intrusion[];
  deletedRules: string[];
  deletedSheets: string[];
  /** The workbook's defined names (Formulas → Name Manager). */
  names: DefinedName[];
  nextId: number;
  find(key: string): SheetState | undefined;
}

function typeOf(v: unknown): string {
  return v === null || v === "" ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";
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

const overlap = (a: Area, b: Area) => a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;
const inside = (r: number, c: number, a: Area) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right;

/** Excel's sheet-name rules: 1 to 31 characters, none of \ / ? * [ ] :, not starting or ending with '. */
function validSheetName(name: string): boolean {
  return name.length >= 1 && name.length <= 31 && !/[\\/?*[\]:]/.test(name) && !name.startsWith("'") && !name.endsWith("'");
}

/** The filled cells of a sheet (its block of values and its stray cells), as (row, col). */
function filledCells(data: SourceSheet): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  data.values.forEach((line, i) => line.forEach((v, j) => {
    if (v !== null && v !== "") out.push({ row: data.origin.row + i, col: data.origin.col + j });
  }));
  for (const s of data.stray ?? []) {
    const a = parseArea(s.address);
    out.push({ row: a.top, col: a.left });
  }
  return out;
}

function usedArea(data: SourceSheet): Area {
  const rows = Math.max(1, data.values.length);
  const cols = Math.max(1, ...data.values.map((r) => r.length));
  const area = { top: data.origin.row, left: data.origin.col, bottom: data.origin.row + rows - 1, right: data.origin.col + cols - 1 };
  for (const s of data.stray ?? []) {
    const a = parseArea(s.address);
    area.top = Math.min(area.top, a.top); area.left = Math.min(area.left, a.left);
    area.bottom = Math.max(area.bottom, a.bottom); area.right = Math.max(area.right, a.right);
  }
  return area;
}

/** A write on `state` over `area` (null: the whole sheet, as page setup): refused when protected, flagged when it covers the clerk's filled cells. */
function writing(world: World, state: SheetState, area: Area | null, what: string): void {
  if (state.data?.protected) world.host.fail(excelError("AccessDenied", `${state.name} is protected: ${what}`));
  const data = state.data;
  if (!data || data.addins) return;
  const allowed = (data.allowWrites ?? []).map((a) => parseArea(a));
  const hit = filledCells(data).find((c) => (area === null || inside(c.row, c.col, area)) && !allowed.some((a) => inside(c.row, c.col, a)));
  if (hit) {
    const address = area ? `${cellAddress(area.top, area.left)}:${cellAddress(area.bottom, area.right)}` : "(sheet)";
    world.intrusions.push({ sheet: state.name, address, what });
  }
}

/** Excel's next default table name: the first "TableN" no table of the workbook has. */
function freeTableName(world: World): string {
  for (let i = 1; ; i++) if (!world.tables.some((t) => t.name.toLowerCase() === `table${i}`)) return `Table${i}`;
}

/** A recording object: every property set is a write (checked, journalled so a failed batch drops it). */
function recorder(world: World, state: SheetState, area: Area | null, target: Record<string, unknown>, what: string): any {
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

/** A sheet: reads as Excel gives them, every write recorded and checked. `data` null: a sheet the add-in added. */
function makeSheet(world: World, name: string, data: SourceSheet | null, addedAt: number): SheetState {
  const host = world.host;
  const rec: RecordedSheet = { name, ranges: [], rules: [], freeze: [], page: {}, charts: [], tables: [], activated: false };
  const state: SheetState = { name, id: `{00000000-0001-0000-${String(world.nextId++).padStart(4, "0")}-000000000000}`, rec, api: null, data, addedAt };
  const stray = new Map((data?.stray ?? []).map((s) => { const a = parseArea(s.address); return [`${a.top},${a.left}`, s.value] as const; }));
  const merges = parseAreas(data?.merged);
  const visible = data?.visible === undefined ? null : parseAreas(data.visible);
  const cellAt = (r: number, c: number, f: (v: string | number | boolean | null, t?: string, nf?: string) => unknown) => {
    if (!data) return f(null);
    const i = r - data.origin.row;
    const j = c - data.origin.col;
    const v = data.values[i]?.[j] ?? stray.get(`${r},${c}`) ?? null;
    return f(v, data.valueTypes?.[i]?.[j], data.numberFormats?.[i]?.[j]);
  };
  const ruleItems = (data?.rules ?? []).map((r) => ({
    type: r.type,
    custom: { rule: loadable(host, { formula: () => r.formula }, {}) },
    delete: () => world.deletedRules.push(r.formula ?? r.type),
  }));

  const getRange = (address?: string) => {
    if (address === undefined) return { conditionalFormats: loadable(host, { items: () => ruleItems }, {}) };
    // Excel accepts the call and refuses the batch at the sync.
    const parsed = parseRangeAddress(address);
    if (!parsed) host.fail(excelError("InvalidArgument", `not a range of the grid: ${address}`));
    const area = parsed ?? parseArea("A1");
    const whole = /^\$?[A-Z]+:\$?[A-Z]+$/i.test(address.replace(/^.*!/, ""));
    const full = whole ? `${name}!${address.replace(/^.*!/, "")}` : `${name}!${cellAddress(area.top, area.left)}:${cellAddress(area.bottom, area.right)}`;
    const rec1: RecordedRange = { address, format: { font: {}, fill: {} } };
    rec.ranges.push(rec1);
    const cells = (area.bottom - area.top + 1) * (area.right - area.left + 1);
    const matrix = (f: (r: number, c: number) => unknown) => {
      if (cells > MAX_LOADABLE_CELLS) throw excelError("ResponsePayloadSizeLimitExceeded", `${cells} cells of ${full}`);
      return Array.from({ length: area.bottom - area.top + 1 }, (_, i) =>
        Array.from({ length: area.right - area.left + 1 }, (_, j) => f(area.top + i, area.left + j)));
    };
    const areaText = (list: Area[]) => list.map((m) => `${name}!${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`).join(",");
    const format = recorder(world, state, area, rec1.format, "format");
    const fmtApi: any = new Proxy({}, {
      get(_t, key) {
        if (key === "font" || key === "fill") return recorder(world, state, area, rec1.format[key], `format.${key}`);
        if (key === "borders") return { getItem: () => recorder(world, state, area, {}, "format.border") };
        return rec1.format[key as string];
      },
      set(_t, key, value) {
        format[key as string] = value;
        return true;
      },
    });
    const setArray = (key: "formulas" | "numberFormat" | "values", v: unknown[][]) => {
      checkSize(full, key, v);
      writing(world, state, area, key);
      (rec1 as any)[key] = v;
      host.wrote(() => { delete (rec1 as any)[key]; });
      host.requestBytes += jsonBytes(v);
    };
    return loadable(host, {
      address: () => full,
      rowCount: () => area.bottom - area.top + 1,
      columnCount: () => area.right - area.left + 1,
      values: () => matrix((r, c) => cellAt(r, c, (v) => (v === null ? "" : v))),
      valueTypes: () => matrix((r, c) => cellAt(r, c, (v, t) => t ?? typeOf(v))),
      numberFormat: () => matrix((r, c) => cellAt(r, c, (_v, _t, nf) => nf ?? "General")),
    }, {
      set formulas(v: unknown[][]) {
        setArray("formulas", v);
        if (host.calcSuspended) host.staleFormulas += v.flat().filter((x) => typeof x === "string" && x.startsWith("=")).length;
      },
      set values(v: unknown[][]) { setArray("values", v); },
      set numberFormat(v: unknown[][]) { setArray("numberFormat", v); },
      format: fmtApi,
      merge: () => {
        writing(world, state, area, "merge");
        rec1.merged = true;
        host.wrote(() => { delete rec1.merged; });
      },
      select: () => undefined,
      // As Excel writes a reference in a formula: the sheet quoted (its name may hold spaces).
      [RANGE_ADDRESS]: `'${name.replace(/'/g, "''")}'!${full.slice(full.lastIndexOf("!") + 1)}`,
      calculate: () => { host.requireSet(6, "Range.calculate"); host.staleFormulas = 0; },
      getMergedAreasOrNullObject() {
        host.requireSet(13, "Range.getMergedAreasOrNullObject");
        host.requestBytes += CALL_BYTES;
        const found = () => merges.filter((m) => overlap(m, area));
        return loadable(host, {
          isNullObject: () => found().length === 0,
          address: () => {
            const list = found();
            if (list.length > MERGED_AREAS_LIMIT) throw excelError("GeneralException", `${list.length} merged areas in ${full}`);
            return areaText(list);
          },
        }, {});
      },
      getSpecialCellsOrNullObject() {
        host.requireSet(9, "Range.getSpecialCellsOrNullObject");
        const list = () => (visible ?? [area]).filter((v) => overlap(v, area)).map((v) => ({
          top: Math.max(v.top, area.top), left: Math.max(v.left, area.left),
          bottom: Math.min(v.bottom, area.bottom), right: Math.min(v.right, area.right),
        }));
        return loadable(host, { isNullObject: () => list().length === 0, address: () => areaText(list()) }, {});
      },
      conditionalFormats: {
        add(type: string) {
          host.requireSet(6, "ConditionalFormatCollection.add");
          if (data?.protected) host.fail(excelError("AccessDenied", `${name} is protected: conditional format`));
          // The colour rules belong on the table's own range: a rule reaching past the clerk's cells is listed.
          if (data && !data.addins) {
            const used = usedArea(data);
            if (!(area.top >= used.top && area.bottom <= used.bottom && area.left >= used.left && area.right <= used.right)) {
              world.intrusions.push({ sheet: name, address, what: "conditional format outside the table" });
            }
          }
          const rule: RecordedRule = { type, address };
          rec.rules.push(rule);
          host.wrote(() => { rec.rules.splice(rec.rules.indexOf(rule), 1); });
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
  };

  const pageWrite = (key: string, value: unknown) => {
    writing(world, state, null, `pageLayout.${key}`);
    const had = key in rec.page;
    const before = rec.page[key];
    rec.page[key] = value;
    host.wrote(() => { if (had) rec.page[key] = before; else delete rec.page[key]; });
  };
  const pageLayout = new Proxy(
    {
      setPrintArea: (a: string) => pageWrite("printArea", a),
      // The clerk's own print area until the add-in sets one; a null object when there is none.
      getPrintAreaOrNullObject: () => {
        const text = () => (rec.page.printArea as string | undefined) ?? data?.printArea;
        return loadable(host, { isNullObject: () => !text(), address: () => text() ?? "" }, {});
      },
      setPrintTitleRows: (a: string) => pageWrite("titleRows", a),
    } as Record<string, unknown>,
    {
      set: (_t, k, v) => {
        if (k === "zoom") checkZoom(host, v);
        pageWrite(String(k), v);
        return true;
      },
    },
  );
  const freezing = (how: string) => {
    writing(world, state, null, `freezePanes.${how}`);
    rec.freeze.push(how);
    host.wrote(() => { rec.freeze.splice(rec.freeze.indexOf(how), 1); });
  };
  const tablesHere = () => world.tables.filter((t) => t.sheet === state.name);
  state.api = loadable(host, { name: () => state.name, id: () => state.id }, {
    getRange,
    getUsedRange(_valuesOnly?: boolean) {
      host.requireSet(2, "Worksheet.getUsedRange(valuesOnly)");
      if (!data) return getRange("A1");
      const used = usedArea(data);
      return getRange(`${cellAddress(used.top, used.left)}:${cellAddress(used.bottom, used.right)}`);
    },
    protection: loadable(host, { protected: () => data?.protected === true }, {}),
    activate() {
      // Excel on the web: a sheet added and activated in one batch may stay inactive (office-js#930).
      if (world.web && state.addedAt === host.syncs) return;
      const before = world.active;
      world.active = state.name;
      rec.activated = true;
      host.wrote(() => { world.active = before; });
    },
    delete() {
      host.requireSet(1, "Worksheet.delete");
      if (world.workbookProtected) host.fail(excelError("AccessDenied", `the workbook is protected: delete ${state.name}`));
      host.atSync(() => {
        const at = world.sheets.indexOf(state);
        if (at >= 0) world.sheets.splice(at, 1);
        world.tables = world.tables.filter((t) => t.sheet !== state.name);
        world.deletedSheets.push(state.name);
        if (world.active === state.name) world.active = world.sheets[0]?.name ?? "";
        return 0;
      });
    },
    get freezePanes() {
      host.requireSet(7, "Worksheet.freezePanes");
      return {
        freezeAt: () => freezing("at"),
        freezeRows: (n: number) => freezing(`rows ${n}`),
        freezeColumns: (n: number) => freezing(`cols ${n}`),
      };
    },
    get pageLayout() {
      host.requireSet(9, "Worksheet.pageLayout");
      return pageLayout;
    },
    get horizontalPageBreaks() {
      host.requireSet(9, "Worksheet.horizontalPageBreaks");
      return { add: (a: string) => pageWrite("rowBreaks", [...((rec.page.rowBreaks as string[] | undefined) ?? []), a]) };
    },
    charts: {
      add(type: string, source?: Record<symbol, unknown>) {
        writing(world, state, null, "chart");
        const chart: RecordedSheet["charts"][number] = { type, source: String(source?.[RANGE_ADDRESS] ?? "") };
        rec.charts.push(chart);
        host.wrote(() => { rec.charts.splice(rec.charts.indexOf(chart), 1); });
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
    // The sheet's Excel tables: names readable after load + sync.
    tables: loadable(host, {
      items: () => tablesHere().map((t) => ({
        name: t.name,
        getRange: () => loadable(host, {
          address: () => (t.area ? `${name}!${cellAddress(t.area.top, t.area.left)}:${cellAddress(t.area.bottom, t.area.right)}` : `${name}!A1:A1`),
        }, {}),
      })),
    }, {
      add(ref: string, hasHeaders: boolean) {
        if (!hasHeaders) host.fail(excelError("InvalidArgument", "the history table has a header row"));
        // "If the address does not contain a sheet name, the currently-active sheet is used."
        const bang = ref.lastIndexOf("!");
        const target = bang >= 0 ? world.find(ref.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'")) : world.find(world.active);
        const parsed = parseRangeAddress(ref);
        if (!parsed) host.fail(excelError("InvalidArgument", `not a range of the grid: ${ref}`));
        const area = parsed ?? parseArea("A1");
        const table: TableState = { name: freeTableName(world),  sheet: target?.name ?? "", area, ref: ref.replace(/^.*!/, "") };
        const entry: RecordedSheet["tables"][number] = { ref };
        if (!target) host.fail(excelError("ItemNotFound", ref));
        else {
          writing(world, target, area, "tables.add");
          if (world.tables.some((t) => t.sheet === target.name && t.area && overlap(t.area, area))) {
            host.fail(excelError("InvalidArgument", `a table at ${ref} would overlap another table`));
          }
          world.tables.push(table);
          target.rec.tables.push(entry);
          host.wrote(() => {
            world.tables.splice(world.tables.indexOf(table), 1);
            target.rec.tables.splice(target.rec.tables.indexOf(entry), 1);
          });
        }
        return {
          set name(n: string) {
            const taken = world.tables.some((t) => t !== table && t.name.toLowerCase() === n.toLowerCase())
              || world.names.some((d) => d.localSheetId == null && d.name.toLowerCase() === n.toLowerCase());
            const fault = nameFault(n);
            if (taken || fault) {
              host.fail(excelError("InvalidArgument", taken ? `the name ${n} is already taken` : `not a table name: ${n} (${fault})`));
              return;
            }
            table.name = n;
            entry.name = n;
          },
        };
      },
      getItem(tableName: string) {
        const table = tablesHere().find((t) => t.name.toLowerCase() === tableName.toLowerCase());
        if (!table) host.fail(excelError("ItemNotFound", tableName));
        return {
          resize(ref: string) {
            host.requireSet(13, "Table.resize");
            const parsed = parseRangeAddress(ref);
            if (!parsed) host.fail(excelError("InvalidArgument", `not a range of the grid: ${ref}`));
            const area = parsed ?? parseArea("A1");
            // Table.resize: "The new range must overlap with the original table range and the headers … must be in the same row."
            if (table?.area && (!overlap(table.area, area) || table.area.top !== area.top)) {
              host.fail(excelError("InvalidArgument", `${ref} does not overlap the table ${tableName}`));
            }
            writing(world, state, area, "table.resize");
            const entry = { ref: "", name: tableName, resizedTo: ref };
            rec.tables.push(entry);
            const before = table?.area ?? null;
            const beforeRef = table?.ref ?? null;
            if (table) { table.area = area; table.ref = ref.replace(/^.*!/, ""); }
            host.wrote(() => {
              rec.tables.splice(rec.tables.indexOf(entry), 1);
              if (table) { table.area = before; table.ref = beforeRef; }
            });
          },
        };
      },
    }),
  });
  return state;
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
  /** The active sheet's name now. */
  activeSheet(): string;
  /** Writes over the clerk's filled cells that the test did not allow (see SourceSheet.allowWrites). */
  intrusions(): Intrusion[];
  /** The workbook's Excel tables now: name, sheet and range. */
  tables(): { name: string; sheet: string; ref: string | null }[];
  syncCount(): number;
  /** Bytes of each successful sync's response, in order. */
  responses(): number[];
  /** Bytes of each sync's request, in order. */
  requests(): number[];
  /** Formula cells written while calculation was suspended and never recalculated. */
  staleFormulas(): number;
  /** Make the next sync fail, as a host refusing a call queued now would. */
  failNextSync(error: Error): void;
  /** The clerk makes `name` the active sheet (clicks its tab). */
  activate(name: string): void;
  /** The workbook as the lint sees it (mock-lint.ts). */
  view(): MockWorkbookView;
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
  /** Excel on the web: a sheet added and activated in one batch stays inactive (office-js#930). */
  web?: boolean;
  /** Review → Protect Workbook: no sheet can be added or deleted. */
  workbookProtected?: boolean;
  /** The clerk's defined names (Formulas → Name Manager). */
  names?: DefinedName[];
  /**
   * "manual": the test calls lintMock itself (the lint's own tests, which break a workbook on purpose); otherwise
   * the workbook is linted after the test, and a problem the add-in brought in fails it.
   */
  lint?: "manual";
}

export function mockExcel(src: SourceSheet, options: MockExcelOptions = {}): MockExcel {
  const { apiMinor = 17, sheets = [], files = {}, web = false, workbookProtected = false, names = [] } = options;
  const host = new Host(apiMinor);
  const world: World = {
    host, sheets: [], tables: [], active: src.name, web, workbookProtected, intrusions: [], deletedRules: [], deletedSheets: [],
    names: names.map((d) => ({ ...d })), nextId: 1,
    find: (key) => world.sheets.find((s) => s.name.toLowerCase() === key.toLowerCase() || s.id === key),
  };
  const added: RecordedSheet[] = [];
  const sourceSheets: RecordedSheet[] = [];
  const addSource = (s: SourceSheet, listed = true): SheetState => {
    const state = makeSheet(world, s.name, s, -1);
    world.sheets.push(state);
    for (const t of s.tables ?? []) {
      world.tables.push(typeof t === "string"
        ? { name: t, sheet: s.name, area: null, ref: null }
        : { name: t.name, sheet: s.name, area: parseRangeAddress(t.ref), ref: t.ref });
    }
    if (listed) sourceSheets.push(state.rec);
    return state;
  };
  const first = addSource(src);
  for (const s of sheets) addSource(s);
  for (const name of src.existingSheets ?? []) addSource({ name, origin: { row: 1, col: 1 }, values: [[null]] }, false);
  const selection = () => {
    if (src.selection) return src.selection;
    const used = usedArea(src);
    return `${src.name}!${cellAddress(used.top, used.left)}:${cellAddress(used.bottom, used.right)}`;
  };
  const selectionOf = (text: string) => text.split(",").map((p) => p.replace(/^.*!/, "").trim());
  /** A sheet that does not exist: the call is accepted, the sync fails (ItemNotFound). */
  const ghost = (key: string) => {
    host.fail(excelError("ItemNotFound", `The requested resource doesn't exist: ${key}`));
    return makeSheet(world, key, null, host.syncs).api;
  };
  const worksheets = loadable(host, {
    items: () => world.sheets.map((s) => ({ name: s.name, id: s.id, visibility: "Visible" })),
  }, {
    getActiveWorksheet: () => world.find(world.active)!.api,
    getItem(key: string) {
      return world.find(key)?.api ?? ghost(key);
    },
    add(name: string) {
      if (workbookProtected) host.fail(excelError("AccessDenied", `the workbook is protected: add ${name}`));
      else if (!validSheetName(name)) host.fail(excelError("InvalidArgument", `not a sheet name: ${name}`));
      else if (world.find(name)) host.fail(excelError("ItemAlreadyExists", `a sheet named ${name} already exists`));
      const state = makeSheet(world, name, null, host.syncs);
      if (world.find(name) || workbookProtected || !validSheetName(name)) return state.api;
      world.sheets.push(state);
      added.push(state.rec);
      host.wrote(() => {
        world.sheets.splice(world.sheets.indexOf(state), 1);
        added.splice(added.indexOf(state.rec), 1);
      });
      return state.api;
    },
  });
  const sourceRange = (address: string) => first.api.getRange(address);
  const context: any = {
    workbook: {
      worksheets,
      // The workbook's tables: names are workbook-wide.
      tables: loadable(host, { items: () => world.tables.map((t) => ({ name: t.name })) }, {}),
      names: loadable(host, { items: () => world.names.map((d) => ({ name: d.name, formula: d.formula })) }, {}),
      /** The file's sheets are added at the sync; the result holds their IDs (not names), readable after it. */
      insertWorksheetsFromBase64(base64: string) {
        host.requireSet(13, "Workbook.insertWorksheetsFromBase64");
        host.requestBytes += base64.length;
        const found = files[base64];
        if (!found) host.fail(excelError("InvalidArgument", "The argument is invalid or missing or has an incorrect format."));
        else if (workbookProtected) host.fail(excelError("AccessDenied", "the workbook is protected"));
        const ids: string[] = [];
        if (found && !workbookProtected) host.atSync(() => {
          for (const s of found) ids.push(addSource({ ...s }).id);
          return 0;
        });
        return loadable(host, { value: () => ids.slice() }, {}).load("value");
      },
      getSelectedRange() {
        const areas = selectionOf(selection());
        // Excel: "If there are multiple ranges selected, this method will throw an error."
        if (areas.length > 1) host.fail(excelError("GeneralException", "An unexpected error occurred."));
        return sourceRange(areas[0]);
      },
      getSelectedRanges() {
        host.requireSet(9, "Workbook.getSelectedRanges");
        const areas = selectionOf(selection());
        return loadable(host, {
          address: () => areas.map((a) => `${src.name}!${a}`).join(","),
          areaCount: () => areas.length,
        }, {
          getSpecialCellsOrNullObject: () => sourceRange(areas[0]).getSpecialCellsOrNullObject(),
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
  const view = (): MockWorkbookView => ({
    sheets: world.sheets.map((s) => ({
      name: s.name,
      clerks: s.data !== null && !s.data.addins,
      filled: s.data ? filledCells(s.data) : [],
      written: s.rec.ranges.filter((r) => r.formulas || (r as { values?: unknown }).values).map((r) => r.address),
      rules: s.rec.rules.map((r) => r.address),
      charts: s.rec.charts.map((c) => c.source),
    })),
    tables: world.tables.map((t) => ({ name: t.name, sheet: t.sheet, ref: t.ref })),
    names: world.names.map((d) => ({ ...d })),
  });
  const mock: MockExcel = {
    excel,
    context,
    added,
    source: first.rec,
    sources: sourceSheets,
    deletedRules: world.deletedRules,
    deletedSheets: world.deletedSheets,
    sheetNames: () => world.sheets.map((s) => s.name),
    activeSheet: () => world.active,
    intrusions: () => world.intrusions.slice(),
    tables: () => world.tables.map((t) => ({ name: t.name, sheet: t.sheet, ref: t.area ? `${cellAddress(t.area.top, t.area.left)}:${cellAddress(t.area.bottom, t.area.right)}` : null })),
    syncCount: () => host.syncs,
    responses: () => host.responses.slice(),
    requests: () => host.requests.slice(),
    staleFormulas: () => host.staleFormulas,
    failNextSync: (error: Error) => host.fail(error),
    activate: (name: string) => { world.active = name; },
    view,
  };
  if (options.lint !== "manual") watchAfterTest(mock);
  return mock;
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
