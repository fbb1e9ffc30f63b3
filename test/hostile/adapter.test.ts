// The hostile corpus through the Office.js adapter (the stand-in Excel of test/excel/mock/): each sheet as Excel would show it,
// analysed, coloured and reported. A result or a message, never a crash; the clerk's cells never written.
import { createHash } from "crypto";
import { analyseAndWrite, detectTable } from "../../src/excel/actions";
import { capabilities } from "../../src/excel/requirements";
import { catalogue, t } from "../../src/core/messages";
import { mockExcel } from "../excel/mock/workbook";
import type { SourceSheet } from "../excel/mock/source";
import { sourceSheetFromGrid } from "../excel/mock/from-grid";
import { parseArea } from "../../src/excel/a1";
import { cellAddress } from "../../src/core/address";
import { CASES, badValues, campaignOf, caseFile, firstVisibleGrid, openWorkbook } from "./harness";
import type { HostileCase } from "./corpus";
import { displayText } from "../../src/core/text";

const all = capabilities(() => true);
// Files Excel itself refuses to open never reach the add-in; the 50,000-row sheet is measured by
// `npm run bench` (speed is a figure there, never a timed test).
const sheets = CASES.filter((c) => !c.bytes && !c.generatedAtTestTime);

/** Addresses of the cells a write touched that held something before. */
function writtenOverFilledCells(source: SourceSheet, ranges: { address: string; formulas?: unknown[][] }[]): string[] {
  const filled: string[] = [];
  for (const r of ranges.filter((x) => x.formulas !== undefined)) {
    const area = parseArea(r.address);
    for (let row = area.top; row <= area.bottom; row++) {
      for (let col = area.left; col <= area.right; col++) {
        const v = source.values[row - source.origin.row]?.[col - source.origin.col];
        if (v !== undefined && v !== null && v !== "") filled.push(cellAddress(row, col));
      }
    }
  }
  return filled;
}

const hash = (v: unknown) => createHash("sha256").update(JSON.stringify(v)).digest("hex");

describe.each(sheets.map((c) => [c.file, c] as [string, HostileCase]))("%s", (_file, c) => {
  test(`${c.what}: detect, then analyse + colour + report`, async () => {
    const wb = await openWorkbook(await caseFile(c));
    const grid = firstVisibleGrid(wb);
    const others = wb.worksheets.map((w) => w.name).filter((n) => n !== grid.sheet);
    const source = sourceSheetFromGrid(grid, others);
    const e = c.expect;
    if (!source) {
      // Excel gives no used range for an empty sheet: the adapter says so instead of reading.
      const m = mockExcel({ name: grid.sheet, origin: { row: 1, col: 1 }, values: [[null]], existingSheets: others });
      (global as any).Excel = m.excel;
      const found = await detectTable({ source: "used" }, all);
      expect(found.read.ok).toBe(false);
      return;
    }
    const m = mockExcel(source);
    (global as any).Excel = m.excel;
    // What Excel holds before the add-in runs (the mock shows empty cells as "", as Excel does).
    const valuesBefore = hash(source.values.map((r) => r.map((v) => (v === null ? "" : v))));

    const found = await detectTable({ source: "used" }, all);
    // locate, one values slice, merged cells, and the rate columns' formats when the table has rates
    const detectSyncs = m.syncCount();
    expect(detectSyncs).toBeLessThanOrEqual(4);
    const { campaign, asOf } = campaignOf(c);
    const result = await analyseAndWrite(
      { source: "used", campaign, asOf, lang: "vi", colour: true, report: true, now: new Date(2024, 8, 15, 7, 30) },
      all,
    );
    if (!e.ok) {
      expect(found.read.ok).toBe(false);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.msg.key).toBe(e.adapterKey ?? e.key);
      expect(catalogue[result.msg.key]).toBeDefined();
      expect(t("vi", result.msg)).toContain(grid.sheet);
      expect(m.added).toHaveLength(0);
    } else {
      expect(result.ok).toBe(true);
      if (!result.ok) throw new Error(t("vi", result.msg));
      expect(result.analysis.units).toHaveLength(e.units);
      if (e.names) expect(result.analysis.units.map((u) => u.name)).toEqual(e.names);
      const id = result.analysis.table.measures[0].id;
      if (e.target !== undefined) expect(result.analysis.total?.values[id].target).toBe(e.target);
      if (e.done !== undefined) expect(result.analysis.total?.values[id].done).toBe(e.done);
      // One new report sheet with a legal, fresh name; every unit written; text never turned into a formula.
      expect(m.added).toHaveLength(1);
      expect(result.reportSheet).toBe(m.added[0].name);
      expect(m.added[0].name.length).toBeLessThanOrEqual(31);
      expect([grid.sheet, ...others].map((n) => n.toLowerCase())).not.toContain(m.added[0].name.toLowerCase());
      const written = m.added[0].ranges.filter((r) => r.formulas).flatMap((r) => r.formulas!.flat());
      // Names as shown: bounded at 120 characters so one absurd name cannot swell the report; the clerk's cells
      // untouched.
      for (const u of result.analysis.units) expect(written).toContain(`'${displayText(u.name)}`);
      expect(badValues(written)).toEqual([]);
      expect(badValues(result.chatText)).toEqual([]);
      // the detect's syncs, then the same reads, the colours and report, the three cosmetic parts and the activation
      expect(m.syncCount() - detectSyncs).toBeLessThanOrEqual(detectSyncs + 5);
    }
    // The clerk's sheet: nothing written over a filled cell (the colour legend only goes into empty ones),
    // and the values as they were.
    expect(writtenOverFilledCells(source, m.source.ranges)).toEqual([]);
    expect(hash(source.values.map((r) => r.map((v) => (v === null ? "" : v))))).toBe(valuesBefore);
  });
});
