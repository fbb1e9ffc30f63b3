// The hostile corpus through the engine, as the command line feeds it: exceljs → Grid → readQuotaTable →
// analyzeTable → buildReport / buildColourRules / chat text. Every sheet gives a result or a clear message.
import { buildReport } from "../../src/core/report/build";
import { buildColourRules } from "../../src/core/colour";
import { t } from "../../src/core/messages";
import { catalogue } from "../../src/core/messages";
import type { TableAnalysis } from "../../src/core/types";
import { CASES, badValues, caseFile, engineRead, firstVisibleGrid, openWorkbook, sheetChecksum } from "./harness";
import type { HostileCase } from "./corpus";
import { displayText } from "../../src/core/text";
import { allCells } from "../../src/core/report/row-runs";

const NOW = new Date(2024, 8, 15, 7, 30);
const workbooks = CASES.filter((c) => !c.bytes);

function totalsOf(a: TableAnalysis) {
  const m = a.table.measures[0];
  return { target: a.total?.values[m.id].target, done: a.total?.values[m.id].done };
}

describe.each(workbooks.map((c) => [c.file, c] as [string, HostileCase]))("%s", (_file, c) => {
  test(`${c.what}: the expected result or message`, async () => {
    const wb = await openWorkbook(await caseFile(c));
    const before = wb.worksheets.map((ws) => sheetChecksum(ws).hash);
    const grid = firstVisibleGrid(wb);
    const { read, analysis } = engineRead(grid, c);
    const e = c.expect;
    if (!e.ok) {
      expect(read.ok).toBe(false);
      if (read.ok) return;
      expect(read.msg.key).toBe(e.key);
      expect(catalogue[read.msg.key]).toBeDefined();
      const text = t("vi", read.msg);
      // A real sentence that names the sheet and says what to do (a verb of fixing after the colon).
      expect(text).toContain(grid.sheet);
      expect(text).toMatch(/: (hãy|kiểm tra|chọn|nhập|đặt)/);
      expect(badValues(text)).toEqual([]);
      return;
    }
    expect(read.ok).toBe(true);
    if (!analysis) throw new Error(`${c.file}: ${!read.ok ? t("vi", read.msg) : ""}`);
    expect(analysis.units).toHaveLength(e.units);
    if (e.measures !== undefined) expect(analysis.table.measures).toHaveLength(e.measures);
    if (e.target !== undefined) expect(totalsOf(analysis).target).toBe(e.target);
    if (e.done !== undefined) expect(totalsOf(analysis).done).toBe(e.done);
    if (e.names) expect(analysis.units.map((u) => u.name)).toEqual(e.names);
    if (e.statuses) expect(analysis.units.map((u) => u.values[analysis.table.measures[0].id].status)).toEqual(e.statuses);
    for (const w of e.warnings ?? []) {
      const found = analysis.warnings.find((x) => x.code === w.code && (w.cell === undefined || x.cell === w.cell));
      expect(found).toBeDefined();
      const text = t("vi", found!.msg);
      // Vietnamese, complete (no "{blank}" left), and naming the cell when there is one.
      expect(text).not.toMatch(/\{\w+\}/);
      if (w.cell) expect(text).toContain(w.cell);
    }
    // Every warning is a known, filled-in sentence in both languages.
    for (const w of analysis.warnings) {
      expect(catalogue[w.msg.key]).toBeDefined();
      for (const lang of ["vi", "en"] as const) expect(t(lang, w.msg)).not.toMatch(/\{\w+\}/);
    }

    const model = buildReport(analysis, { lang: "vi", now: NOW, existingSheetNames: wb.worksheets.map((w) => w.name) });
    const plan = buildColourRules(analysis, { lang: "vi", grid });
    // Units found = units written: every unit's name appears in each measure block of the report.
    const texts = allCells(model).filter((x) => x.kind === "text").map((x) => (x as { value: string }).value);
    // Names as shown: bounded at 120 characters, so one absurd name cannot swell the report.
    for (const u of analysis.units.slice(0, 50)) expect(texts).toContain(displayText(u.name));
    expect(model.sheetName.length).toBeLessThanOrEqual(31);
    expect(wb.worksheets.map((w) => w.name.toLowerCase())).not.toContain(model.sheetName.toLowerCase());
    // Nothing a clerk reads is NaN, Infinity or "undefined".
    expect(badValues(analysis.units.slice(0, 200))).toEqual([]);
    expect(badValues(analysis.total)).toEqual([]);
    expect(badValues(allCells(model).slice(0, 3000))).toEqual([]);
    expect(badValues(model.chatText)).toEqual([]);
    expect(badValues(plan.rules)).toEqual([]);
    // The engine only reads: the workbook's cells are as they were.
    expect(wb.worksheets.map((ws) => sheetChecksum(ws).hash)).toEqual(before);
  });
});
