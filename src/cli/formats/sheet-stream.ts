// One worksheet part read as a stream of XML events straight into a SparseSheet: only the cells that hold a
// value are kept (styled empty rows down to row 1,048,576 cost a scan, not memory), with their number format,
// formulas beside their saved results (shared formulas slid to each cell), merges, hidden rows and columns.
// Values follow the Grid's rules: a number whose format is a date is its day serial, rich and inline text is
// its plain text, an error is a CellError, a merged area's value is at its top-left cell only.
//
// The open cell is a handful of variables, not an object, and its reference and style are read in place
// (sheet-values): the only objects kept per cell are the one the SparseSheet keeps and its value's text.
import { SparseSheet, type SheetCell } from "../../core/input/sparse-sheet";
import { MAX_COL, MAX_ROW } from "../../core/address";
import { isDateFormat } from "./cell-formats";
import { MAIN_NS } from "./ooxml-names";
import { slideFormula } from "./shared-formula";
import { StringItemText } from "./shared-strings";
import { dropMergedCopies, parseArea } from "./sheet-merges";
import { COLS, numberAttribute, refAttribute, TRUE, typedValue, typedValueAt } from "./sheet-values";
import { CELL_TYPES, FastRows } from "./sheet-fast-rows";
import type { Scope } from "./xml-names";
import { scanXml, XmlFormatError, type XmlAttributes } from "./xml-scan";

export interface SheetContext {
  sharedStrings: string[];
  /** Number format text by cell style index. */
  formats: (string | undefined)[];
  date1904: boolean;
}

/**
 * Reads one worksheet part; throws XmlFormatError when its XML (or a cell reference in it) is damaged.
 * `fastRows` false reads every row through the general scanner (the tests compare the two ways).
 */
export function readSheetXml(name: string, xml: string, ctx: SheetContext, fastRows = true): SparseSheet {
  const sheet = new SparseSheet(name);
  const masters = new Map<string, { formula: string; row: number; col: number }>();
  const inline = new StringItemText();
  // Whether each style's number format shows a date, decided once per style rather than once per cell.
  const dateStyle = ctx.formats.map((f) => isDateFormat(f));
  let row = 0;
  let col = 0;
  /** The reference of the last empty cell, read only if a cell without "r" follows it (-2: none pending). */
  let pendingRef = -2;
  let pendingText = "";
  const currentCol = (): number => {
    if (pendingRef !== -2) {
      if (pendingRef < 0) throw new XmlFormatError(`bad cell reference ${pendingText}`);
      col = pendingRef % COLS;
      pendingRef = -2;
    }
    return col;
  };
  let rowHidden = false;
  let rowHasValue = false;
  // The open cell: its place, type, style, and what its <v>, <f> and inline string hold.
  let inCell = false;
  let cellRow = 0;
  let cellCol = 0;
  let cellType: string | undefined;
  let cellFormat: string | undefined;
  let cellIsDate = false;
  let cellFormula: string | null = null;
  let cellShared: { si: string; master: boolean } | null = null;
  let cellValue: string | null = null;
  /** The <v> text while it is one plain run, as where it lies in the part (-1: none, or cellValue holds it). */
  let valueStart = -1;
  let valueEnd = -1;
  let cellInline: string | null = null;
  /** What text is being collected: the cell's <v>, its <f>, or its inline string. */
  let collecting: "v" | "f" | "is" | null = null;
  let inSheetData = false;
  // Every element of a part shares one or two namespace strings: the last answer is kept.
  let lastNs = "";
  let lastMain = false;
  const isMain = (ns: string): boolean => {
    if (ns !== lastNs) {
      lastNs = ns;
      lastMain = MAIN_NS.has(ns);
    }
    return lastMain;
  };

  const finishCell = (): void => {
    let formula = cellFormula !== null && cellFormula !== "" ? cellFormula : undefined;
    if (cellShared) {
      if (formula !== undefined && cellShared.master) masters.set(cellShared.si, { formula, row: cellRow, col: cellCol });
      else if (formula === undefined) {
        const m = masters.get(cellShared.si);
        if (m) formula = slideFormula(m.formula, m.row, m.col, cellRow, cellCol);
      }
    }
    const isFormula = formula !== undefined || cellShared !== null;
    if (valueStart >= 0 && cellType !== "inlineStr" && !isFormula) {
      // The common cell: a plain number or shared string, read where it lies.
      sheet.set(cellRow, cellCol, { value: typedValueAt(cellType, xml, valueStart, valueEnd, ctx.sharedStrings, cellIsDate, ctx.date1904), numberFormat: cellFormat });
      rowHasValue = true;
      return;
    }
    if (valueStart >= 0) keepValueText();
    let entry: SheetCell;
    if (cellType === "inlineStr" && cellInline !== null) entry = { value: cellInline, numberFormat: cellFormat };
    else if (cellValue === null || (isFormula && cellValue === "" && cellType !== "str")) {
      if (!isFormula) return;
      entry = { value: null, formula, noResult: formula !== undefined, numberFormat: cellFormat };
    } else {
      const value = typedValue(cellType, cellValue, ctx.sharedStrings, cellIsDate, ctx.date1904);
      entry = isFormula ? { value, formula, noResult: false, numberFormat: cellFormat } : { value, numberFormat: cellFormat };
    }
    sheet.set(cellRow, cellCol, entry);
    rowHasValue = true;
  };

  /** The plain run of <v> as text, when more text follows it or the cell is not a plain value. */
  const keepValueText = (): void => {
    cellValue = xml.slice(valueStart, valueEnd);
    valueStart = -1;
  };

  const openCell = (attrs: XmlAttributes, selfClosing: boolean): void => {
    const ref = refAttribute(attrs, "r");
    if (selfClosing) {
      // An empty cell (styled, or a whole row of them down to row 1,048,576) holds nothing: only its
      // place matters, and only to a following cell written without "r".
      if (ref === -2) col = currentCol() + 1;
      else {
        pendingRef = ref;
        if (ref === -1) pendingText = attrs.get("r")!;
      }
      return;
    }
    if (ref === -1) throw new XmlFormatError(`bad cell reference ${attrs.get("r")}`);
    placeCell(ref, numberAttribute(attrs, "s"), attrs.get("t"));
    cellFormula = null;
    cellShared = null;
    cellValue = null;
    valueStart = -1;
    cellInline = null;
    inCell = true;
  };

  /** The open cell's place (`ref` packed, -2 when not written), style and type. */
  const placeCell = (ref: number, s: number | undefined, t: string | undefined): void => {
    if (ref === -2) {
      cellRow = row;
      cellCol = currentCol() + 1;
    } else {
      cellRow = Math.floor(ref / COLS);
      cellCol = ref % COLS;
    }
    col = cellCol;
    pendingRef = -2;
    cellFormat = s === undefined ? undefined : ctx.formats[s];
    cellIsDate = s !== undefined && dateStyle[s] === true;
    cellType = t;
  };

  const startRow = (r: number, hidden: boolean): void => {
    row = r;
    col = 0;
    pendingRef = -2;
    rowHidden = hidden;
    rowHasValue = false;
  };

  /** A hidden row matters when it holds a value (an empty hidden row hides nothing from the table). */
  const endRow = (): void => {
    if (rowHidden && rowHasValue) sheet.hiddenRows.add(row);
  };

  // Whole rows in the common spelling, handed over by the fast reader: the same steps as open, text and close,
  // a row's cells in one loop here (no call per cell across the two readers).
  const fast = new FastRows(xml, {
    row(r, hidden, cells, count) {
      if (r === 0 && row + 1 > MAX_ROW) throw new XmlFormatError("bad row number undefined");
      startRow(r === 0 ? row + 1 : r, hidden);
      for (let at = 0; at < 6 * count; at += 6) {
        const ref = cells[at];
        if (cells[at + 5] === 1) {
          if (ref === -2) col = currentCol() + 1;
          else pendingRef = ref;
          continue;
        }
        placeCell(ref, cells[at + 1] < 0 ? undefined : cells[at + 1], cells[at + 2] < 0 ? undefined : CELL_TYPES[cells[at + 2]]);
        if (cells[at + 3] < 0) continue;
        sheet.set(cellRow, cellCol, { value: typedValueAt(cellType, xml, cells[at + 3], cells[at + 4], ctx.sharedStrings, cellIsDate, ctx.date1904), numberFormat: cellFormat });
        rowHasValue = true;
      }
      endRow();
    },
  });

  const handler = {
    /** Text matters only inside a cell's <v>, <f> or inline string. */
    wantsText: false,
    /** Set where whole rows may follow (inside sheetData): the fast reader reads on until it meets another shape. */
    takeOver: false,
    readAhead(at: number, prefix: string, scope: Scope): number {
      handler.takeOver = false;
      return fast.read(at, prefix, scope);
    },
    open(ns: string, local: string, attrs: XmlAttributes, selfClosing: boolean) {
      if (!isMain(ns)) return;
      if (inCell) {
        if (local === "v") {
          collecting = "v";
          handler.wantsText = true;
          cellValue = "";
          valueStart = -1;
        } else if (local === "f") {
          collecting = "f";
          handler.wantsText = true;
          cellFormula = "";
          const si = attrs.get("si");
          if (attrs.get("t") === "shared" && si !== undefined) cellShared = { si, master: attrs.get("ref") !== undefined };
        } else if (local === "is") {
          collecting = "is";
          handler.wantsText = true;
          inline.start();
        } else if (collecting === "is") inline.open(local);
        return;
      }
      switch (local) {
        case "c":
          if (inSheetData) openCell(attrs, selfClosing);
          break;
        case "row": {
          if (!inSheetData) break;
          const written = attrs.get("r");
          const r = written === undefined ? row + 1 : Number(written);
          if (!Number.isInteger(r) || r < 1 || r > MAX_ROW) throw new XmlFormatError(`bad row number ${written}`);
          startRow(r, TRUE.has((attrs.get("hidden") ?? "").toLowerCase()));
          break;
        }
        case "sheetData":
          inSheetData = true;
          handler.takeOver = fastRows && !selfClosing;
          break;
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
      if (!isMain(ns)) return;
      if (inCell) {
        if (local === "c") {
          finishCell();
          inCell = false;
          collecting = null;
        } else if (local === "is") {
          cellInline = inline.finish();
          collecting = null;
        } else if (collecting === "is") inline.close(local);
        else if (local === "v" || local === "f") collecting = null;
        handler.wantsText = collecting !== null;
        return;
      }
      if (local === "row" && inSheetData) {
        endRow();
        handler.takeOver = fastRows;
      } else if (local === "sheetData") inSheetData = false;
    },
    rawText(start: number, end: number) {
      if (!inCell || collecting === null) return;
      if (collecting === "v" && cellValue === "" && valueStart < 0) {
        valueStart = start;
        valueEnd = end;
      } else handler.text(xml.slice(start, end));
    },
    text(t: string) {
      if (!inCell || collecting === null) return;
      if (valueStart >= 0) keepValueText();
      if (collecting === "v") cellValue += t;
      else if (collecting === "f") cellFormula += t;
      else inline.text(t);
    },
  };
  scanXml(xml, handler);
  dropMergedCopies(sheet);
  return sheet;
}
