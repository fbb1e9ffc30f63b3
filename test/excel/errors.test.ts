// When Excel refuses, the pane and the ribbon say the same thing, and it tells the clerk what to do.
import { clerkMessageFor } from "../../src/excel/errors";
import { UnsupportedExcel } from "../../src/excel/requirements";
import { msg, t } from "../../src/core/messages";

test("a renamed or deleted table sheet is named, with the way back", () => {
  const text = t("vi", clerkMessageFor({ code: "ItemNotFound", message: "not found" }, "Tiến độ CCCD"));
  expect(text).toContain("Tiến độ CCCD");
  expect(text).toContain("nhận dạng lại bảng");
});

test("an older Excel gets its own explanation; anything else shows Excel's words and what to try", () => {
  const tooOld = new UnsupportedExcel(msg("pane.excel.tooOld"));
  expect(clerkMessageFor(tooOld)).toEqual(msg("pane.excel.tooOld"));
  const other = t("vi", clerkMessageFor(new Error("GeneralException")));
  expect(other).toContain("GeneralException");
  expect(other).toContain("thử lại");
  // Without a saved sheet, ItemNotFound is not blamed on one.
  expect(clerkMessageFor({ code: "ItemNotFound", message: "x" }).key).toBe("pane.error.unexpected");
});
