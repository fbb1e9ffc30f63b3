// A target share in the weekly and phase reports: a share has no part of a week or a phase, so the report says
// so in words and shows the share reached to the data date against the target share, never a count target
// cut by days ("Chỉ tiêu trong kỳ 6,43"). Figures by hand from share-table.ts.
import { analyzePeriod, weekEndingOn } from "../../src/core/history/period";
import { buildPeriodReport } from "../../src/core/report/period-report";
import { shareAnalysis } from "./share-table";
import { allCells } from "../../src/core/report/row-runs";

const analysis = shareAnalysis();

function sheetText(kind: "week" | "phase") {
  const period = kind === "week" ? weekEndingOn(analysis.asOf) : { kind: "phase" as const, name: "1", from: analysis.asOf - 20, to: analysis.asOf + 10 };
  const model = buildPeriodReport(analysis, analyzePeriod(analysis, period), { lang: "vi", existingSheetNames: [] });
  const rows = new Map<number, (string | number)[]>();
  for (const c of allCells(model)) {
    const v = c.kind === "text" || c.kind === "number" || c.kind === "formula" ? c.value : "";
    rows.set(c.row, [...(rows.get(c.row) ?? []), v as string | number]);
  }
  return { model, rows: [...rows.values()], text: allCells(model).map((c) => ("value" in c ? String(c.value) : "")).join("\n") };
}

describe.each(["week", "phase"] as const)("a target share in the %s report", (kind) => {
  const { model, rows, text } = sheetText(kind);

  test("says in words that the share is not cut by the period, with the share and the data date", () => {
    expect(text).toContain(`Chỉ tiêu "Đăng ký thường trú" là tỷ lệ (30% trên tổng số hồ sơ), không chia theo ${kind === "week" ? "tuần" : "đợt"}`);
    expect(text).toContain("đến hết ngày 15/09/2024");
    expect(text).not.toContain("Chỉ tiêu trong kỳ");
  });

  test("each unit's base, achieved, share, target share and files still missing, as worked out by hand", () => {
    // [name, base, done, share, target share, still needed]
    const expected: [string, number, number, number, number, number][] = [
      ["Xã Hòa Bình", 10, 3, 0.3, 0.3, 0], ["Phường Đông Hưng", 100, 28, 0.28, 0.3, 2], ["Xã Tân Phong", 40, 9, 0.225, 0.3, 3],
    ];
    for (const [name, ...figures] of expected) {
      const row = rows.find((r) => r[1] === name);
      expect(row?.slice(2, 7)).toEqual(figures.map((f) => expect.closeTo(f, 9)));
    }
    const total = rows.find((r) => r[1] === "Tổng cộng");
    expect(total?.slice(1, 6)).toEqual(["Tổng cộng", 150, 40, expect.closeTo(40 / 150, 9), 0.3]);
  });

  test("the print area and the title rows take the share's ten columns", () => {
    expect(model.print.printArea.right).toBe(10);
    expect(model.merges.filter((m) => m.top <= 2).map((m) => m.right)).toEqual([10, 10]);
  });
});
