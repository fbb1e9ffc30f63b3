// The add-in's own table sheet (allocation, consolidation) as a clerk sees it: the title, a free sheet name,
// units numbered, a total row adding up, and the notes; in Vietnamese first, the chat text saying the same.
import { tableSheet } from "../../src/core/report/table-sheet";
import type { ReportCell } from "../../src/core/report/model";
import { allCells } from "../../src/core/report/row-runs";

const model = tableSheet({
  lang: "vi", name: "alloc.sheet.name", title: "alloc.sheet.title", existingSheetNames: ["Phân bổ chỉ tiêu"],
  subtitles: ["Tổng 300"], names: ["An Hòa", "Lê Lợi"], columns: [{ header: "Chỉ tiêu", values: [200, 100], sum: true }],
  notes: [{ key: "alloc.note.rule" }],
});
const text = (c: ReportCell) => ("value" in c ? String(c.value) : "");

test("title, a name not yet taken, the units and a total of 300 under 'Tổng cộng'", () => {
  expect(model.sheetName).toBe("Phân bổ chỉ tiêu (2)");
  expect(text(allCells(model)[0])).toBe("BẢNG PHÂN BỔ CHỈ TIÊU");
  const total = allCells(model).find((c) => c.kind === "formula")!;
  expect(total.kind === "formula" && [total.formula, total.value]).toEqual(["SUM(C5:C6)", 300]);
  expect(allCells(model).some((c) => text(c) === "Tổng cộng")).toBe(true);
});

test("the chat text is the title and the notes, as written on the sheet", () => {
  const lines = model.chatText!.split("\n");
  expect(lines[0]).toBe("BẢNG PHÂN BỔ CHỈ TIÊU");
  expect(lines).toHaveLength(2);
  expect(allCells(model).some((c) => text(c) === lines[1])).toBe(true);
  expect(lines[1]).not.toContain("alloc.");
});
