// Worksheet.getRange in the stand-in Excel: a range reads the clerk's cells as Excel gives them (values, types,
// number formats, merged areas, visible cells), after load + sync; every write to it (values, formulas, formats,
// merge) is checked and recorded (record.ts). Refusals, each as Excel's:
// - an address that is no range of the grid (past XFD or row 1,048,576) is accepted at the call and fails the
//   batch at the sync (InvalidArgument);
// - a 2-D array must match its range (InvalidArgument);
// - loading the cells of a range too big to come back under 5 MB fails as an oversized response does, without the
//   mock building them (a selection of whole columns A:H, a used range stretched to XFD1048576 by a stray cell);
// - more than 512 merged areas fail getMergedAreasOrNullObject (its reference).
import { parseArea, parseAreas, type Area } from "../../../src/excel/a1";
import { parseRangeAddress } from "../../../src/core/address";
import { areaA1, overlap } from "./area";
import { RANGE_ADDRESS } from "./charts";
import { addConditionalFormat, existingRules } from "./conditional-formats";
import { excelError, jsonBytes, loadable } from "./host";
import { recorder, writing, type RecordedRange } from "./record";
import { CALL_BYTES, MAX_LOADABLE_CELLS, MERGED_AREAS_LIMIT } from "./refusals";
import { typeOf } from "./source";
import type { SheetState, World } from "./world";

function checkSize(address: string, name: string, v: unknown[][]): void {
  const a = parseArea(address);
  const rows = a.bottom - a.top + 1;
  const cols = a.right - a.left + 1;
  if (!Array.isArray(v) || v.length !== rows || v.some((r) => !Array.isArray(r) || r.length !== cols)) {
    throw excelError("InvalidArgument", `${name} of ${address} needs ${rows}×${cols} values`);
  }
}

type Cell = string | number | boolean | null;

/** The sheet's getRange(address?): without an address, the sheet's own conditional formats. */
export function rangesOf(world: World, state: SheetState): (address?: string) => any {
  const { host } = world;
  const { name, data, rec } = state;
  const stray = new Map((data?.stray ?? []).map((s) => { const a = parseArea(s.address); return [`${a.top},${a.left}`, s.value] as const; }));
  const merges = parseAreas(data?.merged);
  const visible = data?.visible === undefined ? null : parseAreas(data.visible);
  const cellAt = (r: number, c: number, f: (v: Cell, t?: string, nf?: string) => unknown) => {
    if (!data) return f(null);
    const i = r - data.origin.row;
    const j = c - data.origin.col;
    const v = data.values[i]?.[j] ?? stray.get(`${r},${c}`) ?? null;
    return f(v, data.valueTypes?.[i]?.[j], data.numberFormats?.[i]?.[j]);
  };
  const sheetWide = existingRules(world, state);

  return (address?: string) => {
    if (address === undefined) return sheetWide();
    // Excel accepts the call and refuses the batch at the sync.
    const parsed = parseRangeAddress(address);
    if (!parsed) host.fail(excelError("InvalidArgument", `not a range of the grid: ${address}`));
    const area = parsed ?? parseArea("A1");
    const whole = /^\$?[A-Z]+:\$?[A-Z]+$/i.test(address.replace(/^.*!/, ""));
    const full = whole ? `${name}!${address.replace(/^.*!/, "")}` : `${name}!${areaA1(area)}`;
    const rec1: RecordedRange = { address, format: { font: {}, fill: {} } };
    rec.ranges.push(rec1);
    const cells = (area.bottom - area.top + 1) * (area.right - area.left + 1);
    const matrix = (f: (r: number, c: number) => unknown) => {
      if (cells > MAX_LOADABLE_CELLS) throw excelError("ResponsePayloadSizeLimitExceeded", `${cells} cells of ${full}`);
      return Array.from({ length: area.bottom - area.top + 1 }, (_, i) =>
        Array.from({ length: area.right - area.left + 1 }, (_, j) => f(area.top + i, area.left + j)));
    };
    const areaText = (list: Area[]) => list.map((m) => `${name}!${areaA1(m)}`).join(",");
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
      calculate: () => { host.requireSet("Range.calculate"); host.staleFormulas = 0; },
      getMergedAreasOrNullObject() {
        host.requireSet("Range.getMergedAreasOrNullObject");
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
        host.requireSet("Range.getSpecialCellsOrNullObject");
        const list = () => (visible ?? [area]).filter((v) => overlap(v, area)).map((v) => ({
          top: Math.max(v.top, area.top), left: Math.max(v.left, area.left),
          bottom: Math.min(v.bottom, area.bottom), right: Math.min(v.right, area.right),
        }));
        return loadable(host, { isNullObject: () => list().length === 0, address: () => areaText(list()) }, {});
      },
      conditionalFormats: {
        add: (type: string) => addConditionalFormat(world, state, area, address, type),
      },
    });
  };
}
