import { buildReport } from "../../src/core/report/build";
import { COL } from "../../src/core/report/measure-table";
import type { ReportCell, ReportModel } from "../../src/core/report/model";
import { engineFor, sheetFromCells } from "./formula-engine";
import { sampleAnalysis } from "./sample-analysis";
import { allCells } from "../../src/core/report/row-runs";

const NOW = new Date(2024, 8, 16, 7, 30);

function report(units?: [string, number | null, number | null][], lang: "vi" | "en" = "vi", withDates = true): ReportModel {
  return buildReport(sampleAnalysis(units, withDates), { lang, now: NOW, existingSheetNames: ["Tiến độ"] });
}

const at = (m: ReportModel, row: number, col: number): ReportCell | undefined => allCells(m).find((c) => c.row === row && c.col === col);
const rowOf = (m: ReportModel, text: string): number => {
  const c = allCells(m).find((x) => x.kind === "text" && x.value === text);
  if (!c) throw new Error(`no cell "${text}"`);
  return c.row;
};

describe("the report model", () => {
  const m = report();
  const header = rowOf(m, "Đơn vị");
  const totalRow = rowOf(m, "Tổng cộng");

  test("title, as-of date and time, campaign with its dates and day counts", () => {
    const texts = allCells(m).filter((c) => c.row <= 3 && c.kind === "text").map((c) => (c as { value: string }).value);
    expect(texts[0]).toBe("BÁO CÁO TIẾN ĐỘ THU NHẬN HỒ SƠ CCCD");
    expect(texts[1]).toBe("Số liệu đến hết ngày 15/09/2024 (lập lúc 07:30 ngày 16/09/2024)");
    expect(texts[2]).toContain("Cao điểm 90 ngày đêm: từ 01/08/2024 đến 30/10/2024 (90 ngày); đã qua 46 ngày");
    expect(m.sheetName).toBe("Báo cáo 15-09-2024");
  });

  test("units ranked by pace, best first, each once, with the engine's figures", () => {
    const names = allCells(m).filter((c) => c.col === COL.unit && c.row > header && c.row < totalRow).map((c) => (c as { value: string }).value);
    expect(names).toEqual(["San Thàng", "Quyết Thắng", "Đông Phong", "Quyết Tiến", "Đoàn Kết", "Tân Phong", "Sùng Phài"]);
    const sanThang = header + 1;
    expect(at(m, sanThang, COL.target)).toMatchObject({ kind: "number", value: 1377 });
    expect(at(m, sanThang, COL.done)).toMatchObject({ kind: "number", value: 1390 });
    expect(at(m, sanThang, COL.status)).toMatchObject({ kind: "text", value: "Hoàn thành" });
    expect(at(m, header + 7, COL.status)).toMatchObject({ kind: "text", value: "Chậm tiến độ" });
  });

  test("totals and percentages are native formulas whose cached values a formula engine confirms", () => {
    expect(at(m, totalRow, COL.target)).toMatchObject({ kind: "formula", formula: `SUM(C${header + 1}:C${totalRow - 1})`, value: 13176 });
    expect(at(m, totalRow, COL.done)).toMatchObject({ kind: "formula", value: 7020 });
    const completion = at(m, totalRow, COL.completion);
    expect(completion).toMatchObject({ kind: "formula" });
    expect((completion as { formula: string }).formula).toMatch(/^IF\(C\d+>0,D\d+\/C\d+,0\)$/);
    const hf = engineFor(sheetFromCells(allCells(m)));
    const formulas = allCells(m).filter((c): c is Extract<ReportCell, { kind: "formula" }> => c.kind === "formula");
    expect(formulas.length).toBeGreaterThan(40);
    for (const f of formulas) {
      const v = hf.getCellValue({ sheet: 0, row: f.row - 1, col: f.col - 1 });
      expect({ at: [f.row, f.col], v: typeof v === "number" ? Number(v.toFixed(6)) : v })
        .toEqual({ at: [f.row, f.col], v: typeof f.value === "number" ? Number(f.value.toFixed(6)) : f.value });
    }
    hf.destroy();
  });

  test("no formula is written where the figures are missing, so nothing divides by zero", () => {
    const m2 = report([["Xã A", 0, 0], ["Xã B", null, 10], ["Xã C", 100, null]]);
    const hf = engineFor(sheetFromCells(allCells(m2)));
    for (const f of allCells(m2).filter((c) => c.kind === "formula")) {
      const v = hf.getCellValue({ sheet: 0, row: f.row - 1, col: f.col - 1 });
      expect(typeof v === "object" && v !== null ? { at: [f.row, f.col], error: String(v) } : null).toBeNull();
    }
    hf.destroy();
  });

  test("Vietnamese number formats through format codes (46.743; 96,28%), not text", () => {
    const unitRow = header + 1;
    const style = (c?: ReportCell) => m.styles[c?.style as string];
    expect(style(at(m, unitRow, COL.target)).numFmt).toBe("[$-42A]#,##0");
    expect(style(at(m, unitRow, COL.completion)).numFmt).toBe("[$-42A]0.00%");
    const en = report(undefined, "en");
    expect(en.styles[at(en, unitRow, COL.completion)?.style as string].numFmt).toBe("0.00%");
    expect(style(at(m, header, COL.unit))).toMatchObject({ bold: true, wrap: true });
  });

  test("completion as a data bar; the status cells coloured by native rules, one per status", () => {
    const bar = m.rules.find((r) => r.kind === "dataBar");
    expect(bar).toMatchObject({ range: { top: header + 1, bottom: totalRow - 1, left: COL.completion, right: COL.completion }, min: 0, max: 1 });
    const exprs = m.rules.filter((r) => r.kind === "expression");
    expect(exprs.map((r) => (r as { formula: string }).formula)).toEqual(
      ["Hoàn thành", "Đúng tiến độ", "Nguy cơ chậm", "Chậm tiến độ", "Chưa bắt đầu"].map((s) => `$J${header + 1}="${s}"`));
    const behind = exprs[3] as { style: { fill?: string } };
    expect(behind.style.fill).toBe("#FFC7CE");
  });

  test("a legend under the table explains each colour", () => {
    const legendTitle = rowOf(m, "Chú giải màu (tiến độ so với dự kiến đến ngày báo cáo)");
    expect(legendTitle).toBeGreaterThan(totalRow);
    const swatch = at(m, legendTitle + 4, COL.unit);
    expect(swatch).toMatchObject({ kind: "text", value: "Chậm tiến độ" });
    expect(m.styles[swatch?.style as string].fill).toBe("#FFC7CE");
    expect(at(m, legendTitle + 4, COL.unit + 1)).toMatchObject({ value: "Dưới 90% dự kiến" });
  });

  test("A4 landscape, fit to one page wide, header row repeated, frozen below the header", () => {
    expect(m.print).toMatchObject({ paperSize: "A4", orientation: "landscape", fitToWidth: 1, repeatRows: { first: header, last: header } });
    const lastRow = Math.max(...allCells(m).map((c) => c.row));
    // Every cell printed, and below the last one (the signature titles) room to sign.
    expect(m.print.printArea).toMatchObject({ top: 1, left: 1, right: COL.status });
    expect(m.print.printArea.bottom - lastRow).toBeGreaterThanOrEqual(3);
    expect(m.freeze).toEqual({ rows: header, cols: COL.unit });
    expect(m.charts[0]).toMatchObject({ categories: { left: COL.unit, top: header + 1, bottom: totalRow - 1 }, values: { left: COL.completion } });
  });

  test("unit names that look like formulas stay text", () => {
    const names = ["=1+1", "+84 912 345 678", "@SUM(A1)", "-5", "=HYPERLINK(\"http://x\")"];
    const m2 = report(names.map((n, i) => [n, 100, 50 + i]));
    for (const n of names) {
      const cell = allCells(m2).find((c) => c.col === COL.unit && c.kind === "text" && c.value === n);
      expect(cell).toBeDefined();
    }
    expect(allCells(m2).filter((c) => c.kind === "formula").every((c) => !names.some((n) => (c as { formula: string }).formula.includes(n)))).toBe(true);
  });

  test("without campaign dates: ranked by completion, no expected or pace columns filled", () => {
    const m2 = report(undefined, "vi", false);
    const h = rowOf(m2, "Đơn vị");
    const first = at(m2, h + 1, COL.unit) as { value: string };
    expect(first.value).toBe("San Thàng");
    expect(at(m2, h + 2, COL.unit)).toMatchObject({ value: "Quyết Thắng" });
    expect(at(m2, h + 1, COL.expected)?.kind).toBe("empty");
    expect((at(m2, 3, 1) as { value: string }).value).toContain("chưa có ngày bắt đầu");
  });
});

describe("the signatures a clerk adds before sending the report up", () => {
  test("dated on the right with the head of unit, the preparer on the left, under the legend", () => {
    const m = buildReport(sampleAnalysis(), { lang: "vi", now: new Date(2024, 8, 16, 7, 30), existingSheetNames: [] });
    const text = (v: string) => allCells(m).find((c) => c.kind === "text" && c.value === v);
    const head = text("THỦ TRƯỞNG ĐƠN VỊ");
    const preparer = text("NGƯỜI LẬP BIỂU");
    const date = text("Ngày 16 tháng 9 năm 2024");
    expect(head && preparer && date).toBeTruthy();
    expect(preparer!.row).toBe(head!.row);
    expect(date!.row).toBe(head!.row - 1);
    expect(preparer!.col).toBeLessThan(head!.col);
    const legend = allCells(m).find((c) => c.kind === "text" && c.value.startsWith("Chú giải màu"))!;
    expect(head!.row).toBeGreaterThan(legend.row + 5);
    const en = buildReport(sampleAnalysis(), { lang: "en", now: new Date(2024, 8, 16), existingSheetNames: [] });
    expect(allCells(en).some((c) => c.kind === "text" && c.value === "HEAD OF UNIT")).toBe(true);
  });
});
