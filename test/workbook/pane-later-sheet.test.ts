// In Excel the pane reads the active sheet, and says so when a later day's sheet exists.
import { detectTable } from "../../src/excel/actions";
import { capabilities } from "../../src/excel/requirements";
import { t } from "../../src/core/messages";
import { mockExcel } from "../excel/mock/workbook";

const values = [["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"], [1, "Xã An Bình", 100, 10], [2, "Xã Tân Phong", 100, 20]];

async function detect(active: string, others: string[]) {
  const m = mockExcel({ name: active, origin: { row: 1, col: 1 }, values, existingSheets: others });
  (global as any).Excel = m.excel;
  return detectTable({ source: "used" }, capabilities(() => true));
}

test("the active sheet 14-9 is read, and the pane names the later sheet 15-9", async () => {
  const found = await detect("14-9", ["13-9", "15-9"]);
  expect(found.read.ok).toBe(true);
  if (!found.read.ok) return;
  expect(found.read.table.sheet).toBe("14-9");
  const note = found.read.table.warnings.find((w) => w.code === "sheet-not-latest");
  expect(note && t("vi", note.msg)).toContain("\"15-9\"");
});

test("no note when the active sheet is the latest day", async () => {
  const found = await detect("15-9", ["13-9", "14-9"]);
  expect(found.read.ok && found.read.table.warnings.some((w) => w.code === "sheet-not-latest")).toBe(false);
});
