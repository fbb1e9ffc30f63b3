// A stand-in Excel over the clerk's sheets (the first one active), as strict as the real one where the add-in
// could trip, each refusal from Office's documentation or a known issue. This file is its face (mockExcel) and
// the workbook: its sheets collection, selection, inserted files and application. The rest, one concept a file:
// host.ts (the batch: load + sync, API sets, 5 MB payloads, a failed sync keeping what came before the failing
// operation), refusals.ts (the limits and rules that are data), sheet.ts, range.ts, conditional-formats.ts,
// page.ts, charts.ts, tables.ts, names.ts, record.ts (what is recorded; intrusions), source.ts and from-grid.ts
// (the clerk's sheets as given), lint.ts (the workbook-level rules checked after every test).
// The workbook's own refusals:
// - worksheets.getItem of a missing sheet fails at the sync, not at the call (ItemNotFound);
// - a sheet name already taken (case aside) or not allowed is refused (ItemAlreadyExists / InvalidArgument);
// - adding sheets to a protected workbook is refused (AccessDenied);
// - Workbook.insertWorksheetsFromBase64 returns the inserted sheets' IDs, not their names (its @returns);
// - getSelectedRange with several areas selected throws; a selection may be whole columns (A:H).
import { parseRangeAddress } from "../../../src/core/address";
import type { DefinedName } from "../../support/workbook-rules";
import { areaA1 } from "./area";
import { excelError, Host, loadable } from "./host";
import { watchAfterTest, type MockWorkbookView } from "./lint";
import { namesCollection } from "./names";
import type { Intrusion, RecordedSheet } from "./record";
import { SHEET_NAME } from "./refusals";
import { makeSheet } from "./sheet";
import { filledCells, usedArea, type SourceSheet } from "./source";
import type { SheetState, World } from "./world";

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
  /** The workbook as the lint sees it (lint.ts). */
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

/** Excel's sheet-name rules (refusals.ts). */
function validSheetName(name: string): boolean {
  const { minLength, maxLength, forbidden, notAtEdge } = SHEET_NAME;
  return name.length >= minLength && name.length <= maxLength && !forbidden.test(name)
    && !name.startsWith(notAtEdge) && !name.endsWith(notAtEdge);
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
  const selection = () => src.selection || `${src.name}!${areaA1(usedArea(src))}`;
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
      names: namesCollection(world),
      /** The file's sheets are added at the sync; the result holds their IDs (not names), readable after it. */
      insertWorksheetsFromBase64(base64: string) {
        host.requireSet("Workbook.insertWorksheetsFromBase64");
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
        host.requireSet("Workbook.getSelectedRanges");
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
        host.requireSet("Application.suspendApiCalculationUntilNextSync");
        host.calcSuspended = true;
      },
      suspendScreenUpdatingUntilNextSync() { host.requireSet("Application.suspendScreenUpdatingUntilNextSync"); },
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
    tables: () => world.tables.map((t) => ({ name: t.name, sheet: t.sheet, ref: t.area ? areaA1(t.area) : null })),
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

/** The code of the error Excel would raise at the next sync, or null when the batch goes through. */
export async function syncError(m: MockExcel): Promise<string | null> {
  try {
    await m.context.sync();
    return null;
  } catch (e) {
    return (e as { code?: string }).code ?? "no code";
  }
}
