// An .xlsx package opened for reading: its sheets in tab order, each read (when asked) into a
// SparseSheet by the streaming sheet reader, with the shared strings and number formats it needs. Nothing of
// the package is unpacked but the workbook, its relationships, and the parts a read sheet needs.
import { sameSheetName } from "../../core/address";
import type { SparseSheet } from "../../core/input/sparse-sheet";
import { readCellFormats } from "./cell-formats";
import { PackageParts } from "./package-parts";
import { readSharedStrings } from "./shared-strings";
import { readSheetXml, type SheetContext } from "./sheet-stream";
import { readWorkbookIndex, type SheetEntry, type SheetState, type WorkbookIndex } from "./workbook-index";
import { XmlFormatError } from "./xml-scan";

/** A sheet of the workbook: what the finder and the writers need to know of it. */
export interface WorkbookSheetHandle {
  name: string;
  state: SheetState;
  /** The print area's text ("'Tiến độ'!$A$1:$H$16"), or null. */
  printArea: string | null;
  /** Its cells, read anew at each call; a chart sheet or a sheet whose part is missing is an empty sheet. */
  sparse(): SparseSheet;
}

export class XlsxWorkbook {
  readonly worksheets: WorkbookSheetHandle[];
  private readonly parts: PackageParts;
  private readonly index: WorkbookIndex;
  private context: SheetContext | null = null;
  /** Sheets read by checkAll, each handed out once (a later call reads anew: readers write into what they get). */
  private readonly checked = new Map<SheetEntry, SparseSheet>();

  /**
   * Throws ZipFormatError or XmlFormatError when the package or its workbook part is damaged. `unpacked`: parts
   * the input's checks already unpacked (InputPackage.unpacked), read from there instead of unpacked again.
   */
  constructor(bytes: Buffer, unpacked?: Map<string, Buffer>) {
    this.parts = new PackageParts(bytes, unpacked);
    const index = readWorkbookIndex(this.parts);
    if (!index) throw new XmlFormatError("no workbook part");
    this.index = index;
    this.worksheets = index.sheets.map((s) => this.handle(s));
  }

  /** The sheet of that name as Excel finds it (case-insensitively), or undefined. */
  getWorksheet(name: string): WorkbookSheetHandle | undefined {
    return this.worksheets.find((w) => w.name === name) ?? this.worksheets.find((w) => sameSheetName(w.name, name));
  }

  /** Checks every sheet's XML now: a damaged sheet throws here rather than half-way through a command. */
  checkAll(): void {
    for (const entry of this.index.sheets) this.checked.set(entry, this.readCells(entry));
  }

  private handle(entry: SheetEntry): WorkbookSheetHandle {
    return { name: entry.name, state: entry.state, printArea: entry.printArea, sparse: () => this.sheetCells(entry) };
  }

  private sheetContext(): SheetContext {
    if (!this.context) {
      const strings = this.index.sharedStrings ? this.parts.text(this.index.sharedStrings) : null;
      const styles = this.index.styles ? this.parts.text(this.index.styles) : null;
      this.context = {
        sharedStrings: strings ? readSharedStrings(strings) : [],
        formats: styles ? readCellFormats(styles) : [],
        date1904: this.index.date1904,
      };
    }
    return this.context;
  }

  private sheetCells(entry: SheetEntry): SparseSheet {
    const ready = this.checked.get(entry);
    if (ready) {
      this.checked.delete(entry);
      return ready;
    }
    return this.readCells(entry);
  }

  private readCells(entry: SheetEntry): SparseSheet {
    const xml = entry.part ? this.parts.text(entry.part) : null;
    return readSheetXml(entry.name, xml ?? "<worksheet/>", this.sheetContext());
  }
}
