// The stand-in Excel refuses what Excel refuses, from Office's documentation and known issues. Each test is one
// documented behaviour, checked on the mock itself, so a test elsewhere that passes on the mock is not passing on
// a mock more lenient than Excel.
import { mockExcel, syncError } from "./mock/workbook";
import type { SourceSheet } from "./mock/source";
import { PAYLOAD_LIMIT_BYTES, CALL_BYTES } from "./mock/refusals";

const table = (): SourceSheet => ({
  name: "Tiến độ",
  origin: { row: 1, col: 1 },
  values: [["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"], [1, "Xã A", 100, 50], [2, "Xã B", 200, 80]],
});
const notes = (): SourceSheet => ({ name: "Ghi chú", origin: { row: 1, col: 1 }, values: [["Ghi chú của văn thư"]] });


describe("a batch runs in order and stops at the first refusal", () => {
  test("what was queued before the failing call is done, what came after is dropped", async () => {
    const m = mockExcel(table(), { sheets: [notes()] });
    const ws = m.context.workbook.worksheets;
    ws.add("Trước");
    ws.getItem("Không có trang này"); // fails at the sync, not here
    ws.add("Sau");
    expect(await syncError(m)).toBe("ItemNotFound");
    expect(m.sheetNames()).toEqual(["Tiến độ", "Ghi chú", "Trước"]);
  });

  test("a write to a protected sheet is refused, and the writes after it in the batch with it", async () => {
    const m = mockExcel({ ...table(), protected: true }, { sheets: [notes()] });
    m.context.workbook.worksheets.getItem("Ghi chú").getRange("C1").formulas = [["trước"]];
    m.context.workbook.worksheets.getItem("Tiến độ").getRange("F1").formulas = [["x"]];
    m.context.workbook.worksheets.getItem("Ghi chú").getRange("C2").formulas = [["sau"]];
    expect(await syncError(m)).toBe("AccessDenied");
    const written = m.sources.flatMap((s) => s.ranges.filter((r) => r.formulas).map((r) => `${s.name}!${r.address}`));
    expect(written).toEqual(["Ghi chú!C1"]);
  });
});

describe("names", () => {
  test("a sheet name already taken, in any case, is refused; a new one is not", async () => {
    const m = mockExcel(table());
    m.context.workbook.worksheets.add("TIẾN ĐỘ");
    expect(await syncError(m)).toBe("ItemAlreadyExists");
    m.context.workbook.worksheets.add("Báo cáo");
    expect(await syncError(m)).toBeNull();
    expect(m.sheetNames()).toEqual(["Tiến độ", "Báo cáo"]);
  });

  test("a name Excel does not allow (a slash, more than 31 characters) is refused", async () => {
    const m = mockExcel(table());
    m.context.workbook.worksheets.add("Báo cáo 15/09/2024");
    expect(await syncError(m)).toBe("InvalidArgument");
    m.context.workbook.worksheets.add("x".repeat(32));
    expect(await syncError(m)).toBe("InvalidArgument");
  });

  // A duplicate table name fails with InvalidArgument, "The argument is invalid or missing or has an incorrect
  // format", even when the other table is on another sheet (OfficeDev/office-js#551).
  test("a table name is workbook-wide: the name of a table on another sheet is refused", async () => {
    const m = mockExcel(table(), { sheets: [{ ...notes(), tables: ["LichSuTienDo"] }] });
    const added = m.context.workbook.worksheets.getItem("Tiến độ").tables.add("'Tiến độ'!A1:D3", true);
    added.name = "lichsutiendo";
    expect(await syncError(m)).toBe("InvalidArgument");
    // The batch stops at the name: the table added before it stays, under Excel's default name.
    expect(m.tables().map((t) => t.name)).toEqual(["LichSuTienDo", "Table1"]);
  });

  test("a workbook protected (Review → Protect Workbook) refuses new and deleted sheets", async () => {
    const m = mockExcel(table(), { sheets: [notes()], workbookProtected: true });
    m.context.workbook.worksheets.add("Báo cáo");
    expect(await syncError(m)).toBe("AccessDenied");
    m.context.workbook.worksheets.getItem("Ghi chú").delete();
    expect(await syncError(m)).toBe("AccessDenied");
    expect(m.sheetNames()).toEqual(["Tiến độ", "Ghi chú"]);
  });
});

describe("tables", () => {
  test("tables.add with an address without a sheet name lands on the ACTIVE sheet, whichever sheet it was called on", async () => {
    const m = mockExcel(table(), { sheets: [notes()] });
    m.context.workbook.worksheets.getItem("Ghi chú").tables.add("A1:D3", true);
    expect(await syncError(m)).toBeNull();
    expect(m.tables()).toEqual([{ name: "Table1", sheet: "Tiến độ", ref: "A1:D3" }]);
  });

  test("a table over another table is refused", async () => {
    const m = mockExcel({ ...table(), tables: [{ name: "Cu", ref: "A1:D3" }] });
    m.context.workbook.worksheets.getItem("Tiến độ").tables.add("'Tiến độ'!C2:F9", true);
    expect(await syncError(m)).toBe("InvalidArgument");
  });

  test("Table.resize to a range that does not overlap the table (the clerk moved it) is refused; a stretch is not", async () => {
    const m = mockExcel(table(), { sheets: [{ ...notes(), tables: [{ name: "LichSuTienDo", ref: "C3:G10" }] }] });
    const t = () => m.context.workbook.worksheets.getItem("Ghi chú").tables.getItem("LichSuTienDo");
    t().resize("A1:E20");
    expect(await syncError(m)).toBe("InvalidArgument");
    t().resize("C3:G40");
    expect(await syncError(m)).toBeNull();
  });

  test("getItem of a table not on that sheet fails at the sync", async () => {
    const m = mockExcel(table(), { sheets: [{ ...notes(), tables: ["LichSuTienDo"] }] });
    m.context.workbook.worksheets.getItem("Tiến độ").tables.getItem("LichSuTienDo").resize("A1:D3");
    expect(await syncError(m)).toBe("ItemNotFound");
  });
});

describe("sheets, selections and files", () => {
  test("getItem of a missing sheet is accepted at the call and fails at the sync", async () => {
    const m = mockExcel(table());
    expect(() => m.context.workbook.worksheets.getItem("Lịch sử cũ")).not.toThrow();
    expect(await syncError(m)).toBe("ItemNotFound");
  });

  test("insertWorksheetsFromBase64 gives the inserted sheets' IDs, not their names; getItem takes an ID", async () => {
    const m = mockExcel(table(), { files: { QUJD: [{ ...notes(), name: "Số liệu" }] } });
    const ids = m.context.workbook.insertWorksheetsFromBase64("QUJD");
    expect(await syncError(m)).toBeNull();
    expect(ids.value).toHaveLength(1);
    expect(ids.value[0]).toMatch(/^\{[0-9A-F-]+\}$/i);
    expect(ids.value[0]).not.toContain("Số liệu");
    const sheet = m.context.workbook.worksheets.getItem(ids.value[0]);
    sheet.load("name");
    await m.context.sync();
    expect(sheet.name).toBe("Số liệu");
  });

  test("a whole-column selection (A:H) is a million rows: loading its cells fails as an oversized response does", async () => {
    const m = mockExcel({ ...table(), selection: "'Tiến độ'!A:H" });
    const range = m.context.workbook.getSelectedRange();
    range.load("address");
    await m.context.sync();
    expect(range.address).toBe("Tiến độ!A:H");
    range.load("values");
    expect(await syncError(m)).toBe("ResponsePayloadSizeLimitExceeded");
  });

  test("a stray cell at XFD1048576 stretches the used range to the sheet's edge", async () => {
    const m = mockExcel({ ...table(), stray: [{ address: "XFD1048576", value: "x" }] });
    const used = m.context.workbook.worksheets.getItem("Tiến độ").getUsedRange(true);
    used.load("address");
    await m.context.sync();
    expect(used.address).toBe("Tiến độ!A1:XFD1048576");
  });

  test("16,384 merged-area calls in one batch pass the 5 MB request limit", async () => {
    const m = mockExcel(table());
    const sheet = m.context.workbook.worksheets.getItem("Tiến độ");
    for (let top = 1; top <= 1048576; top += 64) sheet.getRange(`A${top}:H${top + 63}`).getMergedAreasOrNullObject().load("address");
    expect(await syncError(m)).toBe("RequestPayloadSizeLimitExceeded");
    expect(16384 * CALL_BYTES).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });

  test("on the web, a sheet added and activated in one batch stays inactive (office-js#930); in a later batch it is shown", async () => {
    const m = mockExcel(table(), { web: true });
    m.context.workbook.worksheets.add("Báo cáo").activate();
    await m.context.sync();
    expect(m.activeSheet()).toBe("Tiến độ");
    m.context.workbook.worksheets.getItem("Báo cáo").activate();
    await m.context.sync();
    expect(m.activeSheet()).toBe("Báo cáo");
  });
});

describe("the clerk's cells are watched", () => {
  test("a write over a filled cell of the clerk's is listed; over an empty cell, or where the test allows, it is not", async () => {
    const m = mockExcel({ ...table(), allowWrites: ["D2:D3"] });
    const sheet = m.context.workbook.worksheets.getItem("Tiến độ");
    sheet.getRange("F1:G2").formulas = [["a", "b"], ["c", "d"]]; // empty cells
    sheet.getRange("D2:D3").format.fill.color = "#FFC7CE"; // allowed
    sheet.getRange("B2").format.font.bold = true; // the clerk's unit name
    sheet.getRange("C:C").format.columnWidth = 80; // a column holding the clerk's figures
    sheet.pageLayout.setPrintArea("A1:G10");
    await m.context.sync();
    expect(m.intrusions().map((i) => [i.address, i.what])).toEqual([
      ["B2:B2", "format.font.bold"],
      ["C1:C1048576", "format.columnWidth"],
      ["(sheet)", "pageLayout.printArea"],
    ]);
  });

  test("a conditional format reaching past the clerk's table is listed; one on it is not", async () => {
    const m = mockExcel(table());
    const sheet = m.context.workbook.worksheets.getItem("Tiến độ");
    sheet.getRange("A2:D3").conditionalFormats.add("Custom");
    sheet.getRange("A2:H3").conditionalFormats.add("Custom");
    await m.context.sync();
    expect(m.intrusions().map((i) => i.address)).toEqual(["A2:H3"]);
  });
});
