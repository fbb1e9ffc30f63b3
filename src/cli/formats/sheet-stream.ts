// One worksheet part read as a stream of XML events straight into a SparseSheet: only the cells that hold a
// value are kept (styled empty rows down to row 1,048,576 cost a scan, not memory), with their number format,
// formulas beside their saved results (shared formulas slid to each cell), merges, hidden rows and columns.
// Values follow the Grid's rules: a number whose format is a date is its day serial, rich and inline text is
// its plain text, an error is a CellError, a merged area's value is at its top-left cell only.
import type { CellValue } from "../../core/types";
import { serialFromYMD, toDaySerial } from "../../core/dates";
import { SparseSheet, type SheetCell } from "../../core/input/sparse-sheet";
import { isDateFormat } from "./cell-formats";
import { MAIN_NS } from "./ooxml-names";
import { cellRefNumbers, MAX_COL, MAX_ROW } from "../../core/address";
import { slideFormula } from "./shared-formula";
import { StringItemText } from "./shared-strings";
import { scanXml, XmlFormatError, type XmlAttributes } from "./xml-scan";

export interface SheetContext {
  sharedStrings: string[];
  /** Number format text by cell style index. */
  formats: (string | undefined)[];
  date1904: boolean;
}

const TRUE = new Set(["1", "true", "on"]);
/** Days between 1899-12-30 (day 0 of the 1900 system) and 1970-01-01; 1904's day 0 is 1,462 days later. */
const UNIX_EPOCH_SERIAL = 25569;
const DAYS_1904 = 1462;

const parseRef = cellRefNumbers;

/** "B3:D4" (or "B3") → a merge area; null when unreadable. */
function parseArea(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const [a, b = a] = ref.replace(/\$/g, "").trim().split(":");
  const p = parseRef(a);
  const q = parseRef(b);
  if (!p || !q) return null;
  return { top: Math.min(p[0], q[0]), left: Math.min(p[1], q[1]), bottom: Math.max(p[0], q[0]), right: Math.max(p[1], q[1]) };
}

/** A date-formatted serial as its day, through the same Date the previous reader made (times keep the day). */
function dateSerial(v: number, date1904: boolean): CellValue {
  const ms = Math.round((v - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1904 : 0)) * 86400000);
  return toDaySerial(new Date(ms));
}

/** Strict Open XML's t="d" (an ISO 8601 date) as its day. */
function isoDay(text: string): CellValue {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  return m ? serialFromYMD(Number(m[1]), Number(m[2]), Number(m[3])) : text;
}

function numberOf(text: string): number | string {
  const n = parseFloat(text);
  // Not a number at all: kept as the text it is, never NaN.
  return Number.isNaN(n) ? text : n;
}

/** A saved value by its type attribute; `numberFormat` decides whether a number is a date. */
function typedValue(t: string | undefined, text: string, ctx: SheetContext, numberFormat: string | undefined): CellValue {
  switch (t) {
    case "s": {
      const s = ctx.sharedStrings[Number(text)];
      return s === undefined ? null : s;
    }
    case "str":
    case "inlineStr":
      return text;
    case "b":
      return TRUE.has(text.trim().toLowerCase()) || (Number(text) !== 0 && !Number.isNaN(Number(text)));
    case "e":
      return { error: text };
    case "d":
      return isoDay(text);
    default: {
      const n = numberOf(text);
      return typeof n === "number" && isDateFormat(numberFormat) ? dateSerial(n, ctx.date1904) : n;
    }
  }
}

interface OpenCell {
  row: number;
  col: number;
  t: string | undefined;
  numberFormat: string | undefined;
  formula: string | null;
  shared: { si: string; master: boolean } | null;
  value: string | null;
  inline: string | null;
}

/** Reads one worksheet part; throws XmlFormatError when its XML (or a cell reference in it) is damaged. */
export function readSheetXml(name: string, xml: string, ctx: SheetContext): SparseSheet {
  const sheet = new SparseSheet(name);
  const masters = new Map<string, { formula: string; row: number; col: number }>();
  const inline = new StringItemText();
  let row = 0;
  let col = 0;
  /** The reference of the last empty cell, read only if a cell without "r" follows it. */
  let pendingRef: string | null = null;
  const currentCol = (): number => {
    if (pendingRef !== null) {
      const at = parseRef(pendingRef);
      if (!at) throw new XmlFormatError(`bad cell reference ${pendingRef}`);
      col = at[1];
      pendingRef = null;
    }
    return col;
  };
  let rowHidden = false;
  let rowHasValue = false;
  let cell: OpenCell | null = null;
  /** What text is being collected: the cell's <v>, its <f>, or its inline string. */
  let collecting: "v" | "f" | "is" | null = null;
  let inSheetData = false;

  const finishCell = (c: OpenCell): void => {
    let formula = c.formula !== null && c.formula !== "" ? c.formula : undefined;
    if (c.shared) {
      if (formula !== undefined && c.shared.master) masters.set(c.shared.si, { formula, row: c.row, col: c.col });
      else if (formula === undefined) {
        const m = masters.get(c.shared.si);
        if (m) formula = slideFormula(m.formula, m.row, m.col, c.row, c.col);
      }
    }
    const isFormula = formula !== undefined || c.shared !== null;
    let entry: SheetCell;
    if (c.t === "inlineStr" && c.inline !== null) entry = { value: c.inline, numberFormat: c.numberFormat };
    else if (c.value === null || (isFormula && c.value === "" && c.t !== "str")) {
      if (!isFormula) return;
      entry = { value: null, formula, noResult: formula !== undefined, numberFormat: c.numberFormat };
    } else {
      const value = typedValue(c.t, c.value, ctx, c.numberFormat);
      entry = isFormula ? { value, formula, noResult: false, numberFormat: c.numberFormat } : { value, numberFormat: c.numberFormat };
    }
    sheet.set(c.row, c.col, entry);
    rowHasValue = true;
  };

  const handler = {
    /** Text matters only inside a cell's <v>, <f> or inline string. */
    wantsText: false,
    open(ns: string, local: string, attrs: XmlAttributes, selfClosing: boolean) {
      if (!MAIN_NS.has(ns)) return;
      if (cell) {
        if (local === "v") {
          collecting = "v";
          handler.wantsText = true;
          cell.value = "";
        } else if (local === "f") {
          collecting = "f";
          handler.wantsText = true;
          cell.formula = "";
          const si = attrs.get("si");
          if (attrs.get("t") === "shared" && si !== undefined) cell.shared = { si, master: attrs.get("ref") !== undefined };
        } else if (local === "is") {
          collecting = "is";
          handler.wantsText = true;
          inline.start();
        } else if (collecting === "is") inline.open(local);
        return;
      }
      switch (local) {
        case "sheetData":
          inSheetData = true;
          break;
        case "row": {
          if (!inSheetData) break;
          const written = attrs.get("r");
          const r = written === undefined ? row + 1 : Number(written);
          if (!Number.isInteger(r) || r < 1 || r > MAX_ROW) throw new XmlFormatError(`bad row number ${written}`);
          row = r;
          col = 0;
          pendingRef = null;
          rowHidden = TRUE.has((attrs.get("hidden") ?? "").toLowerCase());
          rowHasValue = false;
          break;
        }
        case "c": {
          if (!inSheetData) break;
          const ref = attrs.get("r");
          if (selfClosing) {
            // An empty cell (styled, or a whole row of them down to row 1,048,576) holds nothing: only its
            // place matters, and only to a following cell written without "r".
            if (ref === undefined) col = currentCol() + 1;
            else pendingRef = ref;
            break;
          }
          const at = ref === undefined ? [row, currentCol() + 1] : parseRef(ref);
          if (!at) throw new XmlFormatError(`bad cell reference ${ref}`);
          col = at[1];
          pendingRef = null;
          const s = attrs.get("s");
          const style = s === undefined ? undefined : ctx.formats[Number(s)];
          cell = { row: at[0], col: at[1], t: attrs.get("t"), numberFormat: style, formula: null, shared: null, value: null, inline: null };
          break;
        }
        case "col":
          if (TRUE.has((attrs.get("hidden") ?? "").toLowerCase())) {
            const min = Number(attrs.get("min"));
            const max = Math.min(Number(attrs.get("max") ?? attrs.get("min")), MAX_COL);
            for (let c = min; c <= max; c++) sheet.hiddenCols.add(c);
          }
          break;
        case "mergeCell": {
          const ref = attrs.get("ref");
          const area = ref === undefined ? null : parseArea(ref);
          if (area && (area.bottom > area.top || area.right > area.left)) sheet.merges.push(area);
          break;
        }
      }
    },
    close(ns: string, local: string) {
      if (!MAIN_NS.has(ns)) return;
      if (cell) {
        if (local === "c") {
          finishCell(cell);
          cell = null;
          collecting = null;
        } else if (local === "is") {
          cell.inline = inline.finish();
          collecting = null;
        } else if (collecting === "is") inline.close(local);
        else if (local === "v" || local === "f") collecting = null;
        handler.wantsText = collecting !== null;
        return;
      }
      if (local === "row" && inSheetData) {
        // A hidden row matters when it holds a value (an empty hidden row hides nothing from the table).
        if (rowHidden && rowHasValue) sheet.hiddenRows.add(row);
      } else if (local === "sheetData") inSheetData = false;
    },
    text(t: string) {
      if (!cell || collecting === null) return;
      if (collecting === "v") cell.value += t;
      else if (collecting === "f") cell.formula += t;
      else inline.text(t);
    },
  };
  scanXml(xml, handler);
  dropMergedCopies(sheet);
  return sheet;
}

/** Excel keeps a merged area's value at its top-left cell; values some writers leave under the rest are not shown. */
function dropMergedCopies(sheet: SparseSheet): void {
  for (const m of sheet.merges) {
    for (const e of sheet.within(m.top, m.left, m.bottom, m.right)) {
      if (e.row !== m.top || e.col !== m.left) sheet.delete(e.row, e.col);
    }
  }
}
