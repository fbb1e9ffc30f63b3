// The report model of an allocation table, generated: targets and typed daily figures (some typed wrong on
// purpose), with or without the campaign's days, rounding half up or up. Expectations come from the figures the
// table was made of; a formula engine confirms every cached value.
import { analyzeTable } from "../../src/core/analyze";
import { makeCampaign } from "../../src/core/campaign";
import { serialFromYMD } from "../../src/core/dates";
import { buildReport } from "../../src/core/report/build";
import { chatSummary } from "../../src/core/report/chat-text";
import { ALLOCATION_COL as C } from "../../src/core/report/allocation-table";
import type { ReportCell, ReportModel } from "../../src/core/report/model";
import type { QuotaTable, Rounding } from "../../src/core/types";
import { engineFor, sheetFromCells } from "./formula-engine";
import { makeRng } from "../../scripts/corpus/prng";
import { allCells } from "../../src/core/report/row-runs";

const NOW = new Date(2024, 7, 20, 7, 30);

interface Made {
  table: QuotaTable;
  targets: number[];
  typed: number[];
  days: number | null;
  rounding: Rounding;
}

const daily = (target: number, days: number, rounding: Rounding) => (rounding === "up" ? Math.ceil(target / days) : Math.floor(target / days + 0.5));

function makeTable(seed: number): Made {
  const r = makeRng(seed).next;
  const n = 3 + Math.floor(r() * 20);
  const days = r() < 0.85 ? [9, 22, 23, 90][Math.floor(r() * 4)] : null;
  const rounding: Rounding = r() < 0.3 ? "up" : "half-up";
  const targets = Array.from({ length: n }, () => 50 + Math.floor(r() * 5000));
  // The office's own column, with a typing slip on some rows.
  const typed = targets.map((t) => (days === null ? 0 : daily(t, days, rounding)) + (r() < 0.2 ? 1 + Math.floor(r() * 3) : 0));
  const units = targets.map((target, i) => ({
    name: `Xã số ${i + 1}`, row: 6 + i,
    values: { m1: { target, done: null, remaining: null, rate: null, daily: days === null ? null : typed[i] } },
  }));
  const table: QuotaTable = {
    sheet: "Giao chỉ tiêu", headerRows: [5], unitCol: 2, indexCol: 1,
    measures: [{ id: "m1", label: "Thu nhận hồ sơ", columns: { target: 3, daily: 4 } }],
    units, totals: [], firstRow: 6, lastRow: 5 + n, diagnostics: [], warnings: [],
  };
  return { table, targets, typed, days, rounding };
}

function reportOf(made: Made): { model: ReportModel; text: string } {
  const campaign = makeCampaign(made.days === null ? { rounding: made.rounding } : { from: serialFromYMD(2024, 8, 1), nominalDays: made.days, rounding: made.rounding });
  const analysis = analyzeTable(made.table, campaign, serialFromYMD(2024, 8, 19) as number);
  return { model: buildReport(analysis, { lang: "vi", now: NOW, existingSheetNames: [] }), text: chatSummary(analysis, "vi") };
}

const cellAt = (m: ReportModel, row: number, col: number): ReportCell | undefined => allCells(m).find((c) => c.row === row && c.col === col);

describe.each(Array.from({ length: 40 }, (_, i) => 500 + i))("allocation seed %i", (seed) => {
  const made = makeTable(seed);
  const { model, text } = reportOf(made);
  const header = (allCells(model).find((c) => c.kind === "text" && c.value === "Đơn vị") as ReportCell).row;

  test("each unit's computed daily target, and the typed one only where it differs", () => {
    made.targets.forEach((target, i) => {
      const r = header + 1 + i;
      expect(cellAt(model, r, C.target)).toMatchObject({ kind: "number", value: target });
      const expected = made.days === null ? null : daily(target, made.days, made.rounding);
      if (expected === null) expect(cellAt(model, r, C.daily)?.kind).toBe("empty");
      else expect(cellAt(model, r, C.daily)).toMatchObject({ kind: "formula", value: expected });
      const differs = expected !== null && made.typed[i] !== expected;
      expect(cellAt(model, r, C.typedDaily)).toMatchObject(differs ? { kind: "number", value: made.typed[i] } : { kind: "empty" });
    });
  });

  test("no progress figure anywhere, no status rules, no legend; formulas agree with a formula engine", () => {
    const texts = allCells(model).filter((c) => c.kind === "text").map((c) => (c as { value: string }).value);
    expect(texts.some((v) => /Tỷ lệ đạt|Cần đạt|Tình trạng|Chú giải màu|Quá hạn/.test(v))).toBe(false);
    expect(model.rules).toEqual([]);
    expect(model.charts).toEqual([]);
    expect(Math.max(...allCells(model).map((c) => c.col))).toBeLessThanOrEqual(C.share);
    const hf = engineFor(sheetFromCells(allCells(model)));
    for (const f of allCells(model).filter((c): c is Extract<ReportCell, { kind: "formula" }> => c.kind === "formula")) {
      const v = hf.getCellValue({ sheet: 0, row: f.row - 1, col: f.col - 1 });
      expect({ at: [f.row, f.col], close: Math.abs(Number(v) - Number(f.value)) < 1e-9 }).toEqual({ at: [f.row, f.col], close: true });
    }
    hf.destroy();
  });

  test("the total row: the sum of targets and the total's own daily figure", () => {
    const totalRow = header + 1 + made.targets.length;
    const sum = made.targets.reduce((s, t) => s + t, 0);
    expect(cellAt(model, totalRow, C.target)).toMatchObject({ kind: "formula", value: sum });
    if (made.days !== null) expect(cellAt(model, totalRow, C.daily)).toMatchObject({ value: daily(sum, made.days, made.rounding) });
  });

  test("the chat text calls it an allocation", () => {
    expect(text).toContain("bảng phân bổ");
    expect(text).not.toMatch(/%|Tiến độ/);
  });
});
