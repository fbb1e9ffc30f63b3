// The generated corpus (scripts/corpus): hundreds of seeded tables worded and laid out as offices do, each
// read back and compared with the units and figures it was built from (never with the reader's own output).
// The score over the same corpus: npx tsx scripts/corpus/score.ts --seed 9 --count 300 (--words held-out)
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { generateCorpus } from "../../scripts/corpus/generate";
import { judgeCase, judgeRead, Judgement, readCase } from "../../scripts/corpus/judge";
import { writeCaseXlsx } from "../../scripts/corpus/xlsx";
import { HELD_OUT } from "../../scripts/corpus/lexicon";
import type { CorpusCase } from "../../scripts/corpus/case-types";
import { findQuotaSheet } from "../support/exceljs-read";

const SEED = 9;
const IN_MEMORY = 300;
const AS_FILES = 30;
const HELD_OUT_COUNT = 150;
const cases = generateCorpus(SEED, IN_MEMORY);
const judged: [CorpusCase, Judgement][] = cases.map((c) => [c, judgeCase(c)]);

/** The failures as short lines (the first 25), so a failing run says which tables and why. */
function listed(items: [CorpusCase, Judgement][]): string[] {
  const lines = items.slice(0, 25).map(([c, j]) => `${c.id} ${j.verdict}: ${j.details.slice(0, 2).join("; ")}`);
  if (items.length > 25) lines.push(`… and ${items.length - 25} more (npx tsx scripts/corpus/score.ts --seed ${SEED} --count ${IN_MEMORY})`);
  return lines;
}

describe(`generated corpus, seed ${SEED}, ${IN_MEMORY} tables`, () => {
  it("is varied: both kinds of table, one- to three-row headers, every unit heading family", () => {
    const features = new Set(cases.flatMap((c) => c.features));
    for (const f of ["kind:allocation", "kind:progress", "header:1 row", "header:2 rows", "header:3 rows", "total:top", "total:bottom", "numbers:dotted", "numbers:spaced", "spoil:no-diacritics", "unit:quận huyện", "unit:thôn bản", "unit:tổ dân phố", "target:chỉ tiêu giao", "target-parent:tổng số công dân chưa cấp", "layout:unit-of-measure line", "layout:column numbers row",
      "as-of:label", "rows:group subtotals named for their group", "reference:population", "reference:households", "reference:norm"]) {
      expect(features).toContain(f);
    }
    const allocation = cases.filter((c) => c.expect.allocation).length;
    expect(allocation).toBeGreaterThan(IN_MEMORY * 0.15);
    expect(allocation).toBeLessThan(IN_MEMORY * 0.35);
  });

  it("reads every table back to the units, figures, days, period and report date it was built from", () => {
    expect(listed(judged.filter(([, j]) => j.verdict !== "right"))).toEqual([]);
  });

  it("never ends with missing or wrong figures and no warning", () => {
    expect(listed(judged.filter(([, j]) => j.verdict === "wrong-silent"))).toEqual([]);
  });
});

// The same families with other words (scripts/corpus/lexicon.ts HELD_OUT): words no reader list was built from.
// A reader may not know them all; it must never be wrong about them without saying so.
describe(`held-out wordings, seed ${SEED}, ${HELD_OUT_COUNT} tables`, () => {
  const heldOut: [CorpusCase, Judgement][] = generateCorpus(SEED, HELD_OUT_COUNT, HELD_OUT).map((c) => [c, judgeCase(c)]);

  it("never ends with missing or wrong figures and no warning", () => {
    expect(listed(heldOut.filter(([, j]) => j.verdict === "wrong-silent"))).toEqual([]);
  });
});

describe(`the first ${AS_FILES} tables of the corpus as real .xlsx files`, () => {
  let dir: string;
  const fromFiles: [CorpusCase, Judgement][] = [];
  const sheets: [CorpusCase, ExcelJS.Worksheet][] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "quota-corpus-"));
    for (const c of cases.slice(0, AS_FILES)) {
      const file = path.join(dir, `${c.id}.xlsx`);
      await writeCaseXlsx(c.grid, file);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      sheets.push([c, wb.worksheets[0]]);
      const found = findQuotaSheet(wb);
      fromFiles.push([c, found.ok ? judgeRead(c, readCase(found.grid)) : { verdict: "refused", problems: [], details: [`refused: ${found.msg.key}`], refusal: found.msg.key, warnings: [], tableRight: false }]);
    }
  });

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("the files hold the tables' values, merged cells and hidden columns", () => {
    for (const [c, ws] of sheets) {
      c.grid.values.forEach((line, i) => line.forEach((v, j) => {
        const cell = ws.getCell(i + 1, j + 1);
        // A merged area shows its value in every cell through exceljs: only its top-left cell is the table's.
        if (cell.isMerged && cell.master !== cell) return;
        expect([cell.address, cell.value ?? null]).toEqual([cell.address, v]);
      }));
      const key = (m: { top: number; left: number; bottom: number; right: number }) => `${m.top},${m.left},${m.bottom},${m.right}`;
      const merges = (ws.model.merges ?? []).map((range) => {
        const [a, b] = range.split(":").map((ref) => ws.getCell(ref));
        return key({ top: Number(a.row), left: Number(a.col), bottom: Number(b.row), right: Number(b.col) });
      });
      expect(merges.sort()).toEqual(c.grid.merges.map(key).sort());
      const hidden = c.grid.values[0].map((_, j) => j + 1).filter((col) => ws.getColumn(col).hidden);
      expect(hidden).toEqual(c.grid.hiddenCols);
    }
  });

  it("reads every file back to the units and figures it was built from", () => {
    expect(listed(fromFiles.filter(([, j]) => j.verdict !== "right"))).toEqual([]);
  });

  it("never ends with missing or wrong figures and no warning", () => {
    expect(listed(fromFiles.filter(([, j]) => j.verdict === "wrong-silent"))).toEqual([]);
  });
});
