// A workbook of several sheets for the allocation and consolidation adapters (mock-excel.ts mocks one source
// sheet). As strict as Excel where it matters here: a value read before its load + sync throws, each sync is
// counted, insertWorksheetsFromBase64 gives its names only after a sync, and every write is recorded by address.
import type { SourceSheet } from "./mock-excel";
import { parseArea, parseAreas, type Area } from "../../src/excel/a1";

export interface WrittenSheet {
  name: string;
  /** Address → the 2-D formulas/values written there. */
  formulas: Map<string, unknown[][]>;
  activated: boolean;
}

export interface MockWorkbook {
  excel: { run<T>(cb: (context: unknown) => Promise<T>): Promise<T> };
  written: WrittenSheet[];
  deleted: string[];
  syncCount(): number;
  sheetNames(): string[];
}

/** Anything a writer calls on a new sheet, accepted; only the formulas are kept. */
function sink(onFormulas: (address: string, v: unknown[][]) => void, address = ""): unknown {
  const fn = () => undefined;
  return new Proxy(fn, {
    get: (_t, key) => (key === "then" ? undefined : sink(onFormulas, address)),
    set: (_t, key, value) => {
      if (key === "formulas") onFormulas(address, value as unknown[][]);
      return true;
    },
    apply: (_t, _this, args) => sink(onFormulas, typeof args[0] === "string" ? args[0] : address),
  });
}

/** files: what insertWorksheetsFromBase64 finds in each base64 string (the test decodes real .xlsx files). */
export function mockWorkbook(initial: SourceSheet[], files: Record<string, SourceSheet[]> = {}): MockWorkbook {
  let syncs = 0;
  let epoch = 0;
  const sheets: SourceSheet[] = [...initial];
  const written: WrittenSheet[] = [];
  const deleted: string[] = [];
  const pendingInserts: { base64: string; result: { loadedAt: number; names: string[] } }[] = [];

  const guard = <T>(loadedAt: () => number, value: () => T, what: string): T => {
    if (loadedAt() < 0 || loadedAt() >= epoch) throw new Error(`PropertyNotLoaded: ${what}`);
    return value();
  };

  function sourceApi(src: SourceSheet) {
    const rows = src.values.length;
    const cols = Math.max(...src.values.map((r) => r.length));
    const letters = (c: number) => { let s = ""; for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s; return s; };
    const address = `${src.name}!${letters(src.origin.col)}${src.origin.row}:${letters(src.origin.col + cols - 1)}${src.origin.row + rows - 1}`;
    const area = (addr: string) => {
      let at = -1;
      return { load() { at = epoch; return this; }, get isNullObject() { return guard(() => at, () => addr === "", "isNullObject"); }, get address() { return guard(() => at, () => addr, "address"); } };
    };
    const typeOf = (v: unknown) => (v === null || v === "" ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String");
    /** A block of the sheet (sheet rows and columns), its cells readable after load + sync. */
    const rangeOver = (top: number, left: number, bottom: number, right: number, addressText: string) => {
      let loadedAt = -1;
      const cell = <T>(f: (v: unknown, i: number, j: number) => T) => Array.from({ length: bottom - top + 1 }, (_, r) =>
        Array.from({ length: right - left + 1 }, (_, c) => {
          const i = top + r - src.origin.row;
          const j = left + c - src.origin.col;
          return f(src.values[i]?.[j] ?? null, i, j);
        }));
      const inside = (m: Area) => m.top <= bottom && m.bottom >= top && m.left <= right && m.right >= left;
      const mergesHere = parseAreas(src.merged).filter(inside).map((m) => `${src.name}!${letters(m.left)}${m.top}:${letters(m.right)}${m.bottom}`).join(",");
      const range = {
        load() { loadedAt = epoch; return range; },
        get address() { return guard(() => loadedAt, () => addressText, "address"); },
        get values() { return guard(() => loadedAt, () => cell((v) => v ?? ""), "values"); },
        get valueTypes() { return guard(() => loadedAt, () => cell((v, i, j) => src.valueTypes?.[i]?.[j] ?? typeOf(v)), "valueTypes"); },
        get numberFormat() { return guard(() => loadedAt, () => cell(() => "General"), "numberFormat"); },
        get rowCount() { return bottom - top + 1; },
        get columnCount() { return right - left + 1; },
        getMergedAreasOrNullObject: () => area(mergesHere),
        getSpecialCellsOrNullObject: () => area(src.visible ?? addressText),
      };
      return range;
    };
    const range = rangeOver(src.origin.row, src.origin.col, src.origin.row + rows - 1, src.origin.col + cols - 1, address);
    return {
      load() { return this; },
      name: src.name,
      visibility: "Visible",
      getUsedRange: () => range,
      getRange(addr: string) {
        const a = parseArea(addr);
        return rangeOver(a.top, a.left, a.bottom, a.right, `${src.name}!${addr}`);
      },
      delete() { deleted.push(src.name); const i = sheets.indexOf(src); if (i >= 0) sheets.splice(i, 1); },
    };
  }

  const worksheets = {
    items: [] as { name: string; visibility: string }[],
    load() { worksheets.items = sheets.map((s) => ({ name: s.name, visibility: "Visible" })).concat(written.map((w) => ({ name: w.name, visibility: "Visible" }))); return worksheets; },
    getItem(name: string) {
      const src = sheets.find((s) => s.name === name);
      if (!src) throw new Error(`ItemNotFound ${name}`);
      return sourceApi(src);
    },
    getActiveWorksheet() { return sourceApi(sheets[0]); },
    add(name: string) {
      const sheet: WrittenSheet = { name, formulas: new Map(), activated: false };
      written.push(sheet);
      const api = sink((address, v) => sheet.formulas.set(address, v)) as Record<string, unknown>;
      return new Proxy(api, { get: (t, key) => (key === "activate" ? () => { sheet.activated = true; } : (t as Record<string | symbol, unknown>)[key]) });
    },
  };

  const context = {
    workbook: {
      worksheets,
      insertWorksheetsFromBase64(base64: string) {
        const result = { loadedAt: -1, names: [] as string[] };
        pendingInserts.push({ base64, result });
        return { get value() { return guard(() => result.loadedAt, () => result.names, "insertWorksheetsFromBase64().value"); } };
      },
    },
    application: { suspendApiCalculationUntilNextSync() {}, suspendScreenUpdatingUntilNextSync() {} },
    async sync() {
      syncs++;
      for (const p of pendingInserts.splice(0)) {
        const found = files[p.base64];
        if (!found) throw new Error("InvalidArgument: not an .xlsx file");
        for (const s of found) sheets.push({ ...s });
        p.result.names = found.map((s) => s.name);
        p.result.loadedAt = epoch;
      }
      epoch++;
      // Everything loaded before this sync becomes readable; a load queued after it is not.
      await Promise.resolve();
    },
  };
  return {
    excel: { run: async (cb) => cb(context) },
    written,
    deleted,
    syncCount: () => syncs,
    sheetNames: () => [...sheets.map((s) => s.name), ...written.map((w) => w.name)],
  };
}
