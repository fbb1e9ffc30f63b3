// The seed plan's shares (30% thường trú, 50% tạm trú, 70% tạm vắng, 100% lưu trú, stated once in the title)
// through the report sheet, the chat text and the colours on the clerk's own table. Every expected figure is
// worked out by hand from the rows below; formulas are evaluated by a real engine (HyperFormula).
import { readQuotaTable } from "../../src/core/read";
import { analyzeTable } from "../../src/core/analyze";
import { makeCampaign } from "../../src/core/campaign";
import { buildReport } from "../../src/core/report/build";
import { buildColourRules } from "../../src/core/colour";
import { statusLabel } from "../../src/core/progress";
import { STATUS_LOOK } from "../../src/core/report/styles";
import type { CellValue, Grid, Status } from "../../src/core/types";
import { engineFor, evaluateShifted, sheetFromCells, type Sheet } from "./formula-engine";
import { allCells } from "../../src/core/report/row-runs";

const TOPICS = ["Đăng ký thường trú", "Đăng ký tạm trú", "Khai báo tạm vắng", "Thông báo lưu trú"];
// [base, done] per unit (Xã A, Xã B, Xã C), per topic.
const FIGURES: [number, number][][] = [
  [[40, 9], [10, 3], [100, 28]],
  [[20, 10], [30, 14], [50, 10]],
  [[10, 7], [100, 69], [7, 0]],
  [[99, 99], [100, 99], [0, 0]],
];
// By hand: ⌈share × base⌉ − done, and the status (complete ≥ share, at risk ≥ 90% of it).
const GAPS = [[3, 0, 2], [0, 1, 15], [0, 1, 5], [0, 1, 0]];
const STATUSES: Status[][] = [
  ["behind", "complete", "at-risk"], ["complete", "at-risk", "behind"], ["complete", "at-risk", "behind"], ["complete", "at-risk", "unknown"],
];
const UNITS = ["Xã A", "Xã B", "Xã C"];

function seedPlanGrid(): Grid {
  const title = "Bảo đảm tối thiểu 30% hồ sơ đăng ký thường trú, 50% hồ sơ đăng ký tạm trú, 70% hồ sơ khai báo tạm vắng, 100% thực hiện thông báo lưu trú được tiếp nhận thông qua cổng dịch vụ công trực tuyến";
  const top: CellValue[] = ["STT", "Đơn vị"];
  const leaf: CellValue[] = [null, null];
  const merges = [{ top: 3, left: 1, bottom: 4, right: 1 }, { top: 3, left: 2, bottom: 4, right: 2 }];
  TOPICS.forEach((topic, k) => {
    top.push(topic, null, null);
    leaf.push("Tổng số hồ sơ", "Hồ sơ trực tuyến", "Tỷ lệ (%)");
    merges.push({ top: 3, left: 3 + 3 * k, bottom: 3, right: 5 + 3 * k });
  });
  const rows: CellValue[][] = UNITS.map((name, u) => [u + 1, name, ...FIGURES.flatMap((f) => {
    const [base, done] = f[u];
    return [base, done, base > 0 ? Math.round((done / base) * 1000) / 10 : null];
  })]);
  const values = [[title], [], top, leaf, ...rows];
  return { sheet: "Trực tuyến", origin: { row: 1, col: 1 }, values, merges, hiddenRows: [], hiddenCols: [] };
}

const grid = seedPlanGrid();
const read = readQuotaTable(grid);
if (!read.ok) throw new Error(read.msg.key);
const analysis = analyzeTable(read.table, makeCampaign(), 45550);

describe("the seed plan's four shares", () => {
  test("are four rate measures with the title's shares", () => {
    expect(read.table.measures.map((m) => [m.label, m.kind, m.targetRate])).toEqual([
      ["Đăng ký thường trú", "rate", 0.3], ["Đăng ký tạm trú", "rate", 0.5], ["Khai báo tạm vắng", "rate", 0.7], ["Thông báo lưu trú", "rate", 1],
    ]);
  });

  test("each unit's gap and status as worked out by hand; a base of 0 has no rate", () => {
    read.table.measures.forEach((m, k) => UNITS.forEach((_, u) => {
      const p = analysis.units[u].values[m.id];
      expect([m.label, UNITS[u], p.rate?.gap, p.status]).toEqual([m.label, UNITS[u], GAPS[k][u], STATUSES[k][u]]);
    }));
    expect(analysis.units[2].values[read.table.measures[3].id].rate?.rate).toBeNull();
  });

  test("the report sheet says what each unit misses, and its formulas give the engine's figures", () => {
    const model = buildReport(analysis, { lang: "vi", now: new Date(Date.UTC(2024, 8, 16)), existingSheetNames: [grid.sheet] });
    const texts = allCells(model).filter((c) => c.kind === "text").map((c) => (c as { value: string }).value);
    expect(texts).toContain("còn thiếu 3 hồ sơ để đạt 30%");
    expect(texts).toContain("còn thiếu 15 hồ sơ để đạt 50%");
    // The legend speaks of shares: three statuses, against the target share.
    expect(texts).toEqual(expect.arrayContaining(["Chú giải màu (tỷ lệ đạt so với tỷ lệ chỉ tiêu)", "Từ 90% tỷ lệ chỉ tiêu trở lên", "Dưới 90% tỷ lệ chỉ tiêu"]));
    expect(texts).not.toContain("Đúng tiến độ");
    // The whole of thường trú: 40 of 150 files online, 45 needed.
    expect(texts).toContain("Toàn huyện đạt 26,7% (40/150), chỉ tiêu 30%: còn thiếu 5 hồ sơ để đạt 30%");
    const sheet: Sheet = sheetFromCells(allCells(model));
    const hf = engineFor(sheet);
    for (const cell of allCells(model)) {
      if (cell.kind !== "formula" || typeof cell.value !== "number") continue;
      const got = hf.getCellValue({ sheet: 0, row: cell.row - 1, col: cell.col - 1 });
      expect([cell.row, cell.col, cell.formula, got]).toEqual([cell.row, cell.col, cell.formula, expect.closeTo(cell.value, 9)]);
    }
    hf.destroy();
  });

  test("the chat text gives the whole's gap and names the units behind with theirs", () => {
    const text = buildReport(analysis, { lang: "vi", now: new Date(Date.UTC(2024, 8, 16)), existingSheetNames: [grid.sheet] }).chatText;
    expect(text).toContain("Toàn huyện đạt 26,7% (40/150), chỉ tiêu 30%: còn thiếu 5 hồ sơ để đạt 30%");
    expect(text).toContain("1 đơn vị chậm tiến độ: Xã A 22,5% (còn thiếu 3 hồ sơ để đạt 30%)");
    expect(text).toContain("1 đơn vị có nguy cơ chậm: Xã C 28,0% (còn thiếu 2 hồ sơ để đạt 30%)");
    expect(text).not.toMatch(/\/ngày/);
  });

  test("the colours on the clerk's table give each unit the status the engine computed", () => {
    for (const m of read.table.measures) {
      const plan = buildColourRules(analysis, { lang: "vi", measureId: m.id, grid });
      const hf = engineFor(grid.values.map((r) => r.map((v) => (typeof v === "object" && v !== null ? null : v))) as Sheet);
      read.table.units.forEach((unit, u) => {
        const hits = plan.rules.filter((r) => r.kind === "expression" && r.range.top <= unit.row && r.range.bottom >= unit.row && r.range.left === 1)
          .filter((r) => evaluateShifted(hf, (r as { formula: string }).formula, unit.row - r.range.top) === true);
        const expected = STATUSES[read.table.measures.indexOf(m)][u];
        const looks = hits.map((r) => (r as { style: unknown }).style);
        // One rule holds, the one whose look is the status's; none for an unknown status.
        expect([m.label, unit.name, looks]).toEqual([m.label, unit.name, expected === "unknown" ? [] : [STATUS_LOOK[expected]]]);
      });
      hf.destroy();
    }
  });

  test("a table of shares only asks for no campaign dates and no as-of day", () => {
    expect(analysis.warnings.map((w) => w.code)).toEqual([]);
    // The same rows beside a count measure still need the campaign's days for it.
    const withCount = analyzeTable({ ...read.table, measures: [...read.table.measures, { id: "count", label: "Chỉ tiêu", columns: { target: 3, done: 4 } }] }, makeCampaign(), 45550, { asOfSource: "default" });
    expect(withCount.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(["campaign-noDates", "as-of-default"]));
  });

  test("the status words are the pane's", () => {
    expect(statusLabel("at-risk", "vi")).toBe("Nguy cơ chậm");
  });
});
