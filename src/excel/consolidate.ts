// "Tổng hợp" in Excel: the sheets of this workbook that hold a table, and .xlsx files the clerk picks, gathered
// into a new sheet. Picked files are inserted as sheets (insertWorksheetsFromBase64, ExcelApi 1.13), read, then
// those inserted copies are removed: the clerk's sheets and files are only read. An Excel without 1.13 gathers
// the workbook's own sheets and says that picking files needs a newer Excel. The add-in's own sheets (history, an
// earlier Tổng hợp, reports) are never read. Syncs: list, one per picked file (a refused file costs only itself),
// locate every table, every table's cells, their merged areas, write (the copies' removal with it), then frozen
// panes, print setup and activation, whatever the number of sheets or units, while the cells fit one response
// (about 4 MiB); beyond, the tables are read one after the other.
import type { Grid, Lang, Msg } from "../core/types";
import { msg } from "../core/messages";
import { readQuotaTable } from "../core/read";
import { consolidate, consolidationSheet, readUnitMapping } from "../core/consolidation";
import type { Consolidation, ConsolidationSource, UnitMapping } from "../core/consolidation";
import { fetchGrids, queueGridRead, type PendingGrid } from "./read";
import { capabilities, UnsupportedExcel, type Capabilities } from "./requirements";
import { queueReport, writeCosmetics } from "./write";
import { activateSheet } from "./activate";
import { isAddinSheetName } from "../core/workbook/addin-sheets";

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
  const skipped: Msg[] = files.length > 0 && !caps.insertFiles ? [msg("merge.pane.noFiles")] : [];
  return Excel.run(async (context): Promise<ConsolidateResult> => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    await context.sync();
    const visible = sheets.items.filter((s) => s.visibility !== "Hidden" && s.visibility !== "VeryHidden").map((s) => s.name);
    // A new sheet's name must differ from every sheet's, hidden ones too.
    const allNames = sheets.items.map((s) => s.name);
    // The add-in's own sheets (history, an earlier Tổng hợp, reports) are never sources.
    const ownSheets = visible.filter(isAddinSheetName);
    if (ownSheets.length > 0) skipped.push(msg("excel.merge.ownSheets", { sheets: ownSheets.join(", ") }));
    const inserted = caps.insertFiles ? await insertFiles(context, files, skipped) : [];
    try {
      return await gatherAndWrite(context, request, caps, { visible, allNames }, inserted, skipped);
    } finally {
      await removeInserted(context, inserted);
    }
  });
}

/** A picked file's sheets in the workbook: the IDs Excel returns (insertWorksheetsFromBase64 gives IDs, not names). */
interface Inserted {
  file: string;
  ids: string[];
  /** Removed already (queued with the report's batch). */
  removed: boolean;
}

/**
 * Each file in a batch of its own: one damaged file, or one too big for Excel on the web's 5 MB request, is left
 * out with a sentence, never failing the others (Excel inserts nothing of a refused batch's file).
 */
async function insertFiles(context: Excel.RequestContext, files: PickedFile[], skipped: Msg[]): Promise<Inserted[]> {
  const out: Inserted[] = [];
  for (const f of files) {
    const ids = context.workbook.insertWorksheetsFromBase64(f.base64, { positionType: "End" });
    try {
      await context.sync();
      out.push({ file: f.name, ids: ids.value, removed: false });
    } catch {
      skipped.push(msg("excel.merge.fileRefused", { file: f.name }));
    }
  }
  return out;
}

/** Queue the inserted copies' removal (the caller's next sync sends it): nothing of the files stays. */
function queueRemoval(context: Excel.RequestContext, inserted: Inserted[]): void {
  for (const i of inserted) {
    if (i.removed) continue;
    for (const id of i.ids) context.workbook.worksheets.getItem(id).delete();
    i.removed = true;
  }
}

/** Whatever happened after the insert (a read refused, a write failed), the inserted copies go. */
async function removeInserted(context: Excel.RequestContext, inserted: Inserted[]): Promise<void> {
  if (inserted.every((i) => i.removed)) return;
  queueRemoval(context, inserted);
  try {
    await context.sync();
  } catch {
    // A copy Excel would not delete stays under its file's name; nothing of the clerk's is touched.
  }
}

async function gatherAndWrite(
  context: Excel.RequestContext, request: ConsolidateRequest, caps: Capabilities, names: { visible: string[]; allNames: string[] },
  inserted: Inserted[], skipped: Msg[],
): Promise<ConsolidateResult> {
  const { visible, allNames } = names;
  const special = [request.mappingSheet, request.unitsSheet].filter((n): n is string => n !== undefined);
  const wanted = (request.sheets ?? visible).filter((n) => !special.includes(n) && !isAddinSheetName(n));
  const reads: { label: (sheet: string | null) => string; picked: boolean; pending: PendingGrid }[] = [
    ...wanted.map((name) => ({ label: () => name, picked: request.sheets !== undefined, pending: queueGridRead(context, "used", caps, name) })),
    ...inserted.flatMap((i) => i.ids.map((id) => ({
      label: (sheet: string | null) => (i.ids.length > 1 && sheet ? `${i.file} › ${sheet}` : i.file),
      picked: true,
      pending: queueGridRead(context, "used", caps, id),
    }))),
  ];
  const mappingRead = request.mappingSheet ? queueGridRead(context, "used", caps, request.mappingSheet) : null;
  const unitsRead = request.unitsSheet ? queueGridRead(context, "used", caps, request.unitsSheet) : null;
  await context.sync();
  // Every table's cells in one sync and their merged areas in one more (fetchGrids), whatever the number of sheets.
  const extra = [mappingRead, unitsRead].filter((p): p is PendingGrid => p !== null);
  const fetched = await fetchGrids([...reads.map((r) => r.pending), ...extra]);
  const gridOf = (p: PendingGrid | null) => (p ? fetched[reads.length + extra.indexOf(p)].grid : null);

  const sources: ConsolidationSource[] = [];
  for (const [i, r] of reads.entries()) {
    const { grid } = fetched[i];
    const read = grid ? readQuotaTable(grid) : null;
    const label = r.label(grid?.sheet ?? null);
    if (read?.ok) sources.push({ label, table: read.table });
    else if (r.picked) skipped.push(msg("merge.pane.skipped", { source: label }));
  }
  // The inserted copies go with the next batch (the report's): nothing of the files stays in the workbook.
  queueRemoval(context, inserted);
  if (sources.length === 0) {
    await context.sync();
    return { ok: false, msg: skipped.find((m) => m.key === "merge.pane.noFiles") ?? msg("merge.pane.nothing") };
  }
  const mapping: UnitMapping | undefined = mappingRead ? readMapping(gridOf(mappingRead), skipped) : undefined;
  const unitsGrid = gridOf(unitsRead);
  const unitsTable = unitsGrid ? readQuotaTable(unitsGrid) : null;
  // The district's table is the plan: its units, their order and its targets have the say.
  const plan = unitsTable?.ok ? { label: request.unitsSheet ?? unitsTable.table.sheet, table: unitsTable.table } : undefined;
  const result = consolidate(sources, { plan, mapping });
  const sheet = consolidationSheet(result, request.lang, allNames, sources.length, plan?.label ?? null);
  const sheetName = await queueReport(context, sheet.model, allNames, caps);
  await context.sync();
  // Frozen header and print setup as on every report sheet, each allowed to fail alone; then shown.
  skipped.push(...(await writeCosmetics(context, sheetName, sheet.model, caps)));
  await activateSheet(context, sheetName);
  return { ok: true, sheetName, result, skipped };
}

function readMapping(grid: Grid | null, problems: Msg[]): UnitMapping {
  if (!grid) return { entries: [] };
  const read = readUnitMapping(grid);
  problems.push(...read.problems);
  return read.mapping;
}

/** The visible sheets' names, for the pane's pickers (one sync); the add-in's own sheets are not offered. */
export async function listSheets(): Promise<string[]> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    await context.sync();
    return sheets.items.filter((s) => s.visibility !== "Hidden" && s.visibility !== "VeryHidden" && !isAddinSheetName(s.name)).map((s) => s.name);
  });
}
