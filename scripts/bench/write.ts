// The copy's package alone (writeReportCopy: report and history sheets, charts, colours on the clerk's sheet,
// deflate, zip) on generated 5,000- and 50,000-unit workbooks, after the run's other phases were done once.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { loadWorkbook } from "../../src/cli/load";
import { parseCliArgs } from "../../src/cli/options";
import { findQuotaSheet } from "../../src/cli/read-xlsx";
import { runRequestOf } from "../../src/cli/run-request";
import { writeReportCopy, type CopyAdditions } from "../../src/cli/xlsx/write-copy";
import { planRun } from "../../src/core/run/plan";
import { collectGarbage, command, median, msSince, round, type Family, type Figure } from "./figure";
import { CAMPAIGN_TEXT, quotaRows } from "./quota-grid";

/** Goals of issue #16 item 8 for this phase. */
const GOAL_MS = { 5000: 80, 50000: 1200 } as const;

async function additionsFor(file: string): Promise<{ input: Uint8Array; additions: CopyAdditions }> {
  const parsed = parseCliArgs([file, "--from", CAMPAIGN_TEXT.from, "--to", CAMPAIGN_TEXT.to, "--days", String(CAMPAIGN_TEXT.days), "--as-of", CAMPAIGN_TEXT.asOf]) as never as { args: { options: never } };
  const loaded = await loadWorkbook(file);
  const found = findQuotaSheet(loaded.workbook, undefined, undefined) as never;
  const plan = (await planRun({ ...runRequestOf(found, parsed.args.options), sheetNames: loaded.workbook.worksheets.map((w) => w.name), report: {}, colour: true } as never)) as never as {
    report: CopyAdditions["sheets"][number]; historySheet?: CopyAdditions["sheets"][number]; colour?: CopyAdditions["colour"];
  };
  const sheets = plan.historySheet ? [plan.historySheet, plan.report] : [plan.report];
  return { input: loaded.input.bytes, additions: { sheets, colour: plan.colour, replaceOwn: sheets.length > 1 ? [sheets[0].sheetName] : [] } };
}

export const writeFamily: Family = {
  name: "write",
  method: [
    "write: writeReportCopy alone (the copy's package) on the 5,000- and 50,000-unit workbooks the cli family uses, after",
    "  load, find and plan ran once; 3 timed runs per size, gc() between; wall ms (median) and the process's CPU ms",
    "  (main thread plus the thread pool's deflate), the copy's size.",
  ],
  async run(scale) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-write-"));
    const figures: Figure[] = [];
    try {
      for (const n of [5000, 50000] as const) {
        const units = scale.units(n);
        const file = path.join(dir, `tien-do-${units}.xlsx`);
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet("Tiến độ");
        for (const row of quotaRows(units)) ws.addRow(row);
        await wb.xlsx.writeFile(file);
        const { input, additions } = await additionsFor(file);
        const walls: number[] = [];
        const cpus: number[] = [];
        let bytes = 0;
        for (let i = 0; i < 3; i++) {
          collectGarbage();
          const cpu = process.cpuUsage();
          const start = process.hrtime.bigint();
          bytes = (await writeReportCopy(input, additions)).bytes.length;
          walls.push(msSince(start));
          const used = process.cpuUsage(cpu);
          cpus.push((used.user + used.system) / 1000);
        }
        const ms = median(walls);
        figures.push({ key: `write_copy_ms_${n}`, label: `writeReportCopy, ${units.toLocaleString("en")} units`, value: round(ms, 0), unit: "ms",
          note: `median of 3; CPU ${round(median(cpus), 0)} ms` + (scale.tiny ? "" : `; goal ≤ ${GOAL_MS[n]} ms (${ms <= GOAL_MS[n] ? "met" : "NOT met"})`), command: command("write") });
        figures.push({ key: `write_copy_bytes_${n}`, label: `  the copy's size`, value: bytes, unit: "bytes", command: command("write") });
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    return figures;
  },
};
