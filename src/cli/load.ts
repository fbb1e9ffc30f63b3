// Opening an .xlsx and finding its quota sheet, failing with a message a clerk can act on.
import ExcelJS from "exceljs";
import type { Msg } from "../core/types";
import { findQuotaSheet } from "./read-xlsx";
import * as fs from "fs";
import { withoutDrawings } from "./xlsx/readable";

/** A failure to report on one line of stderr with exit status 2. */
export class CliFailure extends Error {
  constructor(readonly msg: Msg) {
    super(msg.key);
  }
}

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (e) {
    // The two usual causes get a sentence in the clerk's language; anything else keeps the library's words.
    const code = (e as { code?: unknown })?.code;
    const reason = e instanceof Error ? e.message.split("\n")[0] : String(e);
    if (code === "ENOENT" || /^File not found/i.test(reason)) throw new CliFailure({ key: "reader.cli.not-found", params: { file } });
    if (/zip|central directory/i.test(reason)) throw new CliFailure({ key: "reader.cli.not-xlsx", params: { file } });
    // A drawing exceljs cannot parse: read the values from a copy without drawings (the report keeps them).
    if (/anchors/.test(reason)) {
      try {
        const retry = new ExcelJS.Workbook();
        await retry.xlsx.load(withoutDrawings(fs.readFileSync(file)) as unknown as ArrayBuffer);
        return retry;
      } catch {
        // fall through to the clerk's message below
      }
    }
    throw new CliFailure({ key: "reader.cli.unreadable", params: { file, reason } });
  }
  return workbook;
}

export async function loadQuotaSheet(file: string, sheet?: string) {
  const workbook = await loadWorkbook(file);
  const found = findQuotaSheet(workbook, sheet);
  if (!found.ok) throw new CliFailure(found.msg);
  return { workbook, ...found };
}
