// The mock's linter (mock-lint.ts): each rule, broken in one workbook one way, is named; a valid workbook passes;
// after a test only what the test brought in counts. The rules are the package linter's (workbook-rules.ts).
import { mockExcel, syncError, type MockExcelOptions } from "./mock/workbook";
import type { SourceSheet } from "./mock/source";
import { lintMock, runAfterTestChecks } from "./mock/lint";

const table = (name = "Tiến độ"): SourceSheet => ({
  name,
  origin: { row: 1, col: 1 },
  values: [["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"], [1, "Xã A", 100, 50], [2, "Xã B", 200, 80]],
});
const notes = (extra: Partial<SourceSheet> = {}): SourceSheet => ({ name: "Ghi chú", origin: { row: 1, col: 1 }, values: [["Ghi chú của văn thư"]], ...extra });

/** A mock the test lints itself (it is broken on purpose), and the rules its lint names. */
const manual = (src: SourceSheet, options: MockExcelOptions = {}) => mockExcel(src, { ...options, lint: "manual" });
const rules = (m: ReturnType<typeof mockExcel>) => lintMock(m).map((p) => p.rule);


test("a workbook as the clerk keeps it, with a history table and a defined name, passes", () => {
  const m = manual(table(), { sheets: [notes({ tables: [{ name: "LichSuTienDo", ref: "A1:E21" }] })], names: [{ name: "VungIn", formula: "'Tiến độ'!$A$1:$D$3" }] });
  expect(lintMock(m)).toEqual([]);
});

describe("sheet names", () => {
  test.each([["Tháng 9: tổng"], ["x".repeat(32)], ["'Tiến độ"], ["  "], ["history"]])("%p is not a name Excel allows", (name) => {
    const m = manual(table(), { sheets: [notes({ name })] });
    expect(rules(m)).toEqual(["sheet-name-valid"]);
  });

  test("two sheets whose names differ only in case (a file inserted under a taken name)", async () => {
    const m = manual(table(), { files: { QUJD: [table("TIẾN ĐỘ")] } });
    m.context.workbook.insertWorksheetsFromBase64("QUJD");
    await m.context.sync();
    expect(lintMock(m)).toEqual([{ rule: "sheet-name-unique", where: "(workbook)", detail: '"TIẾN ĐỘ" twice' }]);
  });
});

describe("table names", () => {
  test.each([["Lịch sử"], ["1LichSu"], ["A1"], ["R2C3"], ["c"], ["x".repeat(256)]])("%p is not a table name Excel allows", (name) => {
    expect(rules(manual(table(), { sheets: [notes({ tables: [name] })] }))).toEqual(["table-name-valid"]);
  });

  test("a table name twice in the workbook, in another case on another sheet", () => {
    const m = manual({ ...table(), tables: ["LichSuTienDo"] }, { sheets: [notes({ tables: ["lichsutiendo"] })] });
    expect(lintMock(m)).toEqual([{ rule: "table-name-unique", where: "Ghi chú", detail: 'name "lichsutiendo" twice in the workbook' }]);
  });

  test("a table named as a workbook-level defined name", () => {
    const m = manual({ ...table(), tables: ["LichSuTienDo"] }, { names: [{ name: "LICHSUTIENDO", formula: "'Tiến độ'!$A$1" }] });
    expect(rules(m)).toEqual(["table-name-defined-name"]);
  });
});

describe("defined names", () => {
  test("a name referring to a sheet that is not there, or that a batch deleted", async () => {
    expect(rules(manual(table(), { names: [{ name: "Cu", formula: "'Không có'!$A$1" }] }))).toEqual(["defined-name-sheet"]);
    const m = manual(table(), { sheets: [notes()], names: [{ name: "GhiChu", formula: "'Ghi chú'!$A$1" }] });
    m.context.workbook.worksheets.getItem("Ghi chú").delete();
    await m.context.sync();
    expect(lintMock(m)).toEqual([{ rule: "defined-name-sheet", where: "(workbook)", detail: 'ghichu| refers to missing sheet "Ghi chú"' }]);
  });

  test("a name twice in one scope", () => {
    const names = [{ name: "VungIn", formula: "'Tiến độ'!$A$1" }, { name: "vungin", formula: "'Tiến độ'!$B$1" }];
    expect(rules(manual(table(), { names }))).toEqual(["defined-name-unique"]);
  });
});

describe("ranges", () => {
  test("a table reaching past column XFD or row 1,048,576", () => {
    expect(rules(manual({ ...table(), tables: [{ name: "Rong", ref: "A1:XFE3" }] }))).toEqual(["range-within-limits"]);
    expect(rules(manual({ ...table(), tables: [{ name: "Dai", ref: "A1:D1048577" }] }))).toEqual(["range-within-limits"]);
  });

  test("a conditional format added on one sheet with an address naming another", async () => {
    const m = manual(table(), { sheets: [notes()] });
    m.context.workbook.worksheets.getItem("Tiến độ").getRange("'Ghi chú'!B5:C6").conditionalFormats.add("Custom");
    await m.context.sync();
    expect(lintMock(m)).toEqual([{ rule: "range-in-sheet", where: "Tiến độ", detail: `conditional format on "Tiến độ" refers to "Ghi chú"` }]);
  });

  test("a chart whose data sheet was deleted afterwards", async () => {
    const m = manual(table(), { sheets: [notes()] });
    const report = m.context.workbook.worksheets.add("Báo cáo");
    report.charts.add("BarClustered", m.context.workbook.worksheets.getItem("Ghi chú").getRange("A1:A3"), "Columns");
    await m.context.sync();
    expect(lintMock(m)).toEqual([]);
    m.context.workbook.worksheets.getItem("Ghi chú").delete();
    await m.context.sync();
    expect(lintMock(m)).toEqual([{ rule: "range-in-sheet", where: "Báo cáo", detail: 'chart data refers to missing sheet "Ghi chú"' }]);
  });
});

describe("the clerk's cells", () => {
  test("a value written over a filled cell of the clerk's is named even where formats are allowed; over an empty cell it is not", async () => {
    const m = manual({ ...table(), allowWrites: ["A1:D3"] });
    const sheet = m.context.workbook.worksheets.getItem("Tiến độ");
    sheet.getRange("F1:G2").formulas = [["a", "b"], ["c", "d"]];
    sheet.getRange("D2:D3").format.fill.color = "#FFC7CE";
    await m.context.sync();
    expect(lintMock(m)).toEqual([]);
    sheet.getRange("C2").values = [[120]];
    await m.context.sync();
    expect(lintMock(m)).toEqual([{ rule: "clerk-cell-written", where: "Tiến độ", detail: "C2 writes over C2, the clerk's" }]);
  });

  test("a write Excel refused (the batch failed) is not held against the add-in", async () => {
    const m = manual(table(), { sheets: [notes()] });
    m.context.workbook.worksheets.getItem("Không có");
    m.context.workbook.worksheets.getItem("Tiến độ").getRange("C2").values = [[120]];
    expect(await syncError(m)).toBe("ItemNotFound");
    expect(lintMock(m)).toEqual([]);
  });
});

test("after a test, only what it brought in counts: the clerk's own odd sheet name is inherited", async () => {
  const m = mockExcel(table(), { sheets: [notes({ name: "History" })] });
  m.context.workbook.worksheets.getItem("Tiến độ").getRange("B3").formulas = [["=1"]];
  await m.context.sync();
  const failures = runAfterTestChecks(); // the same check the setup file runs after this test (now with nothing left)
  expect(failures).toHaveLength(1);
  expect(failures[0]).toContain("[clerk-cell-written] Tiến độ: B3 writes over B3");
  expect(failures[0]).not.toContain("History");
});

describe("the mock refuses, at the sync, what Excel refuses", () => {
  test.each([["Lịch sử"], ["R1C1"], ["VungIn"]])("a table named %p (no spaces, no cell reference, no defined name's)", async (name) => {
    const m = mockExcel(table(), { names: [{ name: "VungIn", formula: "'Tiến độ'!$A$1" }] });
    const added = m.context.workbook.worksheets.getItem("Tiến độ").tables.add("'Tiến độ'!F1:G3", true);
    added.name = name;
    expect(await syncError(m)).toBe("InvalidArgument");
    expect(m.tables().map((t) => t.name)).toEqual(["Table1"]);
  });

  test("an address past the grid is accepted at the call and fails the batch", async () => {
    const m = mockExcel(table());
    const sheet = m.context.workbook.worksheets.getItem("Tiến độ");
    expect(() => sheet.getRange("A1:XFE3").conditionalFormats.add("Custom")).not.toThrow();
    expect(await syncError(m)).toBe("InvalidArgument");
    expect(m.source.rules).toEqual([]);
  });
});
