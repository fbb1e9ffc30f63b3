// A workbook of several sheets for the allocation and consolidation adapters (mock-excel.ts mocks one source
// sheet). As strict as Excel where it matters here: a value read before its load + sync throws, each sync is
// counted, insertWorksheetsFromBase64 gives its names only after a sync, and every write is recorded by address.
import type { SourceSheet } from "./mock-excel";

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
    let loadedAt = -1;
    const area = (addr: string) => {
      let at = -1;
      return { load() { at = epoch; return this; }, get isNullObject() { return guard(() => at, () => addr === "", "isNullObject"); }, get address() { return guard(() => at, () => addr, "address"); } };
    };
    const range = {
      load() { loadedAt = epoch; return range; },
      get address() { return guard(() => loadedAt, () => address, "address"); },
      get values() { return guard(() => loadedAt, () => src.values.map((r) => Array.from({ length: cols }, (_, j) => r[j] ?? "")), "values"); },
      get valueTypes() {
        return guard(() => loadedAt, () => src.valueTypes ?? src.values.map((r) => Array.from({ length: cols }, (_, j) => {
          const v = r[j] ?? null;
          return v === null ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";
        })), "valueTypes");
      },
      get numberFormat() { return guard(() => loadedAt, () => src.values.map(() => Array.from({ length: cols }, () => "General")), "numberFormat"); },
      get rowCount() { return rows; },
      get columnCount() { return cols; },
      getMergedAreasOrNullObject: () => area(src.merged ?? ""),
      getSpecialCellsOrNullObject: () => area(src.visible ?? address),
    };
    return {
      load() { return this; },
      name: src.name,
      visibility: "Visible",
      getUsedRange: () => range,
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
