// "Tổng hợp" in Excel: the sheets of this workbook that hold a table, and .xlsx files the clerk picks, gathered
// into a new sheet. Picked files are inserted as sheets (insertWorksheetsFromBase64, ExcelApi 1.13), read, then
// those inserted copies are removed: the clerk's sheets and files are only read. An Excel without 1.13 gathers
// the workbook's own sheets and says that picking files needs a newer Excel. Syncs: 5 (list and insert, locate
// every table, every table's cells, their merged areas, write) whatever the number of sheets, files or units,
// while the cells fit one response (about 4 MiB); beyond, the tables are read one after the other.
import type { Grid, Lang, Msg } from "../core/types";
import { msg } from "../core/messages";
import { readQuotaTable } from "../core/read";
import { consolidate, consolidationSheet, readUnitMapping } from "../core/consolidation";
import type { Consolidation, ConsolidationSource, UnitMapping } from "../core/consolidation";
import { fetchGrids, queueGridRead, type PendingGrid } from "./read";
import { capabilities, UnsupportedExcel, type Capabilities } from "./requirements";
import { queueReport } from "./write";

export interface PickedFile {
  name: string;
  /** The .xlsx file's bytes as base64 (FileReader.readAsDataURL without its "data:…," head). */
  base64: string;
}

export interface ConsolidateRequest {
  lang: Lang;
  /** Sheets to gather; every visible sheet with a table when omitted (the mapping and district sheets excepted). */
  sheets?: string[];
  files?: PickedFile[];
  /** A sheet of this workbook with old → new names. */
  mappingSheet?: string;
  /** The district table: its units and their order are kept, and a unit nobody sent is named. */
  unitsSheet?: string;
}

export type ConsolidateResult =
  | { ok: true; sheetName: string; result: Consolidation; skipped: Msg[] }
  | { ok: false; msg: Msg };

export async function consolidateInExcel(request: ConsolidateRequest, caps: Capabilities = capabilities()): Promise<ConsolidateResult> {
  if (!caps.read) throw new UnsupportedExcel(msg("pane.excel.tooOld"));
  const files = request.files ?? [];
  // Files this Excel cannot open are said, not fatal: the workbook's own sheets are still gathered.
  const filesLeft: Msg[] = files.length > 0 && !caps.insertFiles ? [msg("merge.pane.noFiles")] : [];
  return Excel.run(async (context): Promise<ConsolidateResult> => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    const inserted = caps.insertFiles
      ? files.map((f) => ({ file: f.name, names: context.workbook.insertWorksheetsFromBase64(f.base64, { positionType: "End" }) }))
      : [];
    await context.sync();

    const own = sheets.items.filter((s) => s.visibility !== "Hidden" && s.visibility !== "VeryHidden").map((s) => s.name);
    const insertedNames = new Set(inserted.flatMap((i) => i.names.value));
    const special = [request.mappingSheet, request.unitsSheet].filter((n): n is string => n !== undefined);
    const wanted = (request.sheets ?? own.filter((n) => !insertedNames.has(n))).filter((n) => !special.includes(n));
    const reads: { label: string; pending: PendingGrid }[] = [
      ...wanted.map((name) => ({ label: name, pending: queueGridRead(context, "used", caps, name) })),
      ...inserted.flatMap((i) => i.names.value.map((name) => ({ label: i.names.value.length > 1 ? `${i.file} › ${name}` : i.file, pending: queueGridRead(context, "used", caps, name) }))),
    ];
    const mappingRead = request.mappingSheet ? queueGridRead(context, "used", caps, request.mappingSheet) : null;
    const unitsRead = request.unitsSheet ? queueGridRead(context, "used", caps, request.unitsSheet) : null;
    await context.sync();
    // Every table's cells in one sync and their merged areas in one more (fetchGrids), whatever the number of sheets.
    const extra = [mappingRead, unitsRead].filter((p): p is PendingGrid => p !== null);
    const fetched = await fetchGrids([...reads.map((r) => r.pending), ...extra]);
    const gridOf = (p: PendingGrid | null) => (p ? fetched[reads.length + extra.indexOf(p)].grid : null);

    const sources: ConsolidationSource[] = [];
    const skipped: Msg[] = [...filesLeft];
    for (const [i, r] of reads.entries()) {
      const { grid } = fetched[i];
      const read = grid ? readQuotaTable(grid) : null;
      if (read?.ok) sources.push({ label: r.label, table: read.table });
      else if (request.sheets || inserted.some((i) => r.label.startsWith(i.file))) skipped.push(msg("merge.pane.skipped", { source: r.label }));
    }
    // The inserted copies go again in this same batch: nothing of the files stays in the workbook.
    for (const name of insertedNames) sheets.getItem(name).delete();
    if (sources.length === 0) {
      await context.sync();
      return { ok: false, msg: filesLeft[0] ?? msg("merge.pane.nothing") };
    }
    const mapping: UnitMapping | undefined = mappingRead ? readMapping(gridOf(mappingRead), skipped) : undefined;
    const unitsGrid = gridOf(unitsRead);
    const unitsTable = unitsGrid ? readQuotaTable(unitsGrid) : null;
    // The district's table is the plan: its units, their order and its targets have the say.
    const plan = unitsTable?.ok ? { label: request.unitsSheet ?? unitsTable.table.sheet, table: unitsTable.table } : undefined;
    const result = consolidate(sources, { plan, mapping });
    const names = own.filter((n) => !insertedNames.has(n));
    const sheet = consolidationSheet(result, request.lang, names, sources.length, plan?.label ?? null);
    const sheetName = await queueReport(context, sheet.model, names, caps);
    await context.sync();
    return { ok: true, sheetName, result, skipped };
  });
}

function readMapping(grid: Grid | null, problems: Msg[]): UnitMapping {
  if (!grid) return { entries: [] };
  const read = readUnitMapping(grid);
  problems.push(...read.problems);
  return read.mapping;
}

/** The visible sheets' names, for the pane's pickers (one sync). */
export async function listSheets(): Promise<string[]> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    await context.sync();
    return sheets.items.filter((s) => s.visibility !== "Hidden" && s.visibility !== "VeryHidden").map((s) => s.name);
  });
}
