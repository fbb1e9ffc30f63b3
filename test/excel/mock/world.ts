// The state the stand-in Excel's objects share: the workbook (its sheets, tables, defined names, active sheet,
// the host's batch) and each sheet's own state behind its API object.
import type { Area } from "../../../src/excel/a1";
import type { DefinedName } from "../../support/workbook-rules";
import type { Host } from "./host";
import type { Intrusion, RecordedSheet } from "./record";
import type { SourceSheet } from "./source";

export interface SheetState {
  name: string;
  id: string;
  rec: RecordedSheet;
  api: any;
  data: SourceSheet | null;
  /** Sync count when added by the add-in (for the web's activation issue); -1 for the workbook's own sheets. */
  addedAt: number;
}

export interface TableState {
  name: string;
  sheet: string;
  /** Its range when known (null too when the ref is past the grid). */
  area: Area | null;
  /** Its range as given, checked by the lint. */
  ref: string | null;
}

/** The workbook shared by every sheet: names, tables, the active sheet, the host's batch. */
export interface World {
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
