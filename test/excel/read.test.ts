import { fetchGrids, queueGridRead, RESPONSE_BUDGET_BYTES, type GridRead } from "../../src/excel/read";
import { queueCultureRead } from "../../src/excel/culture";
import { capabilities } from "../../src/excel/requirements";
import { parseAreas } from "../../src/excel/a1";
import { mockExcel } from "./mock/workbook";
import { PAYLOAD_LIMIT_BYTES } from "./mock/refusals";
import { detectTable } from "../../src/excel/actions";
import { clerkMessageFor } from "../../src/excel/errors";
import { cellAddress } from "../../src/core/address";
import { t } from "../../src/core/messages";

const all = capabilities(() => true);

function sheetOf(units: number) {
  const values: (string | number | null)[][] = [
    ["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"],
    ...Array.from({ length: units }, (_, i) => [i + 1, `Xã ${i + 1}`, 100 + i, 50 + i]),
    [null, "Tổng", 999, "#REF!"],
  ];
  const valueTypes = values.map((r, i) =>
    r.map((v, j) => (i === values.length - 1 && j === 3 ? "Error" : v === null ? "Empty" : typeof v === "number" ? "Double" : "String")),
  );
  return { values, valueTypes };
}

describe("reading the active sheet into a Grid", () => {
  test("values, origin, errors, merges and hidden rows/cols: locate, one values slice, merged cells", async () => {
    const { values, valueTypes } = sheetOf(5);
    const m = mockExcel({
      name: "KH",
      origin: { row: 3, col: 2 },
      values,
      valueTypes,
      merged: "KH!B3:E3, KH!C4:D4",
      // rows 5 and 6 hidden, column D hidden
      visible: "KH!B3:C4,KH!E3:E4,KH!B7:C9,KH!E7:E9",
    });
    const pending = queueGridRead(m.context, "used", all);
    const culture = queueCultureRead(m.context, all);
    await m.context.sync();
    const grid = (await pending.fetch()).grid!;
    expect(m.syncCount()).toBe(3);
    expect(grid.sheet).toBe("KH");
    expect(grid.origin).toEqual({ row: 3, col: 2 });
    expect(grid.values[1]).toEqual([1, "Xã 1", 100, 50]);
    expect(grid.values[0]).toEqual(["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"]);
    expect(grid.values[6][0]).toBeNull();
    expect(grid.values[6][3]).toEqual({ error: "#REF!" });
    expect(grid.merges).toEqual([
      { top: 3, left: 2, bottom: 3, right: 5 },
      { top: 4, left: 3, bottom: 4, right: 4 },
    ]);
    expect(grid.hiddenRows).toEqual([5, 6]);
    expect(grid.hiddenCols).toEqual([4]);
    expect(culture.finish()).toEqual({ decimalSeparator: "," });
  });

  test("an older Excel (no 1.9, no 1.13) still reads values, without merges or hidden rows", async () => {
    const { values, valueTypes } = sheetOf(3);
    const m = mockExcel({ name: "KH", origin: { row: 1, col: 1 }, values, valueTypes, merged: "KH!A1:B1" });
    const old = capabilities((v) => Number(v.split(".")[1]) <= 8);
    const pending = queueGridRead(m.context, "used", old);
    const culture = queueCultureRead(m.context, old);
    await m.context.sync();
    const grid = (await pending.fetch()).grid!;
    expect(grid.values.length).toBe(5);
    expect(grid.merges).toEqual([]);
    expect(grid.hiddenRows).toEqual([]);
    expect(culture.finish()).toEqual({});
  });
});

describe("A1 areas as Office.js writes them", () => {
  test("quoted sheet names with commas and whole rows", () => {
    expect(parseAreas("'Kế hoạch, đợt 2'!$A$1:$C$2,'Kế hoạch, đợt 2'!E5")).toEqual([
      { top: 1, left: 1, bottom: 2, right: 3 },
      { top: 5, left: 5, bottom: 5, right: 5 },
    ]);
    expect(parseAreas("S!3:4")[0]).toMatchObject({ top: 3, bottom: 4, left: 1, right: 16384 });
  });
});

describe("Excel's limits on a read", () => {
  /** A province sheet: a title merged across the table, a two-row header, and each unit's name merged over B:C. */
  function provinceSheet(units: number) {
    const values: (string | number | null)[][] = [
      ["BÁO CÁO TIẾN ĐỘ", null, null, null, null],
      ["STT", "Đơn vị", null, "Chỉ tiêu", "Đã thực hiện"],
      ...Array.from({ length: units }, (_, i) => [i + 1, `Xã Số ${i + 1}`, null, 1000 + (i % 50), 400 + (i % 300)]),
    ];
    const merged = ["KH!A1:E1", "KH!B2:C2", ...Array.from({ length: units }, (_, i) => `KH!B${i + 3}:C${i + 3}`)].join(",");
    return { name: "KH", origin: { row: 1, col: 1 }, values, merged };
  }

  test("a sheet with a merge on every one of 2,000 rows keeps its table and its merges", async () => {
    const m = mockExcel(provinceSheet(2000));
    const pending = queueGridRead(m.context, "used", all);
    await m.context.sync();
    const { grid, notes } = await pending.fetch();
    // built from how the sheet was made: 2 header merges and one per unit, none lost, nothing to report
    expect(grid!.values).toHaveLength(2002);
    expect(grid!.merges).toHaveLength(2002);
    expect(grid!.merges).toContainEqual({ top: 2002, left: 2, bottom: 2002, right: 3 });
    expect(notes).toEqual([]);
  });

  test("a merge across two slices of merged-area reads is kept once", async () => {
    const sheet = provinceSheet(100);
    const m = mockExcel({ ...sheet, merged: "KH!A1:E1,KH!D60:D70" });
    const pending = queueGridRead(m.context, "used", all);
    await m.context.sync();
    const { grid } = await pending.fetch();
    expect(grid!.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 5 }, { top: 60, left: 4, bottom: 70, right: 4 }]);
  });

  test("more than 512 merged areas within one slice: the header's merges are kept and the clerk is told", async () => {
    // 40 merges on each row: any 64-row slice holds far more than 512.
    const width = 80;
    const values = Array.from({ length: 200 }, (_, r) => Array.from({ length: width }, (_, c) => (c % 2 ? null : r * width + c)));
    const merged = [
      "KH!A1:B1",
      ...Array.from({ length: 199 }, (_, r) => Array.from({ length: width / 2 }, (_, k) => `KH!${cellAddress(r + 2, 2 * k + 1)}:${cellAddress(r + 2, 2 * k + 2)}`)).flat(),
    ].join(",");
    const m = mockExcel({ name: "KH", origin: { row: 1, col: 1 }, values, merged });
    const pending = queueGridRead(m.context, "used", all);
    await m.context.sync();
    const { grid, notes } = await pending.fetch();
    expect(grid!.values).toHaveLength(200);
    expect(notes.map((n) => n.key)).toEqual(["excel.read.mergesSkipped"]);
  });

  test("a sheet whose cells pass 5 MB is read in slices, each response under the limit, every unit kept", async () => {
    // Within the read cap (READ_CAP: 15,000 rows), notes long enough that the cells pass 5 MB.
    const units = 14000;
    const long = "Tổ dân phố số ";
    const note = "Đã rà soát đợt {n}, còn chờ xác minh tại địa bàn; hồ sơ trẻ em dưới 14 tuổi cần bổ sung giấy khai sinh bản chính. ";
    const values: (string | number | null)[][] = [
      ["STT", "Đơn vị", "Ghi chú", "Chỉ tiêu", "Đã thực hiện"],
      ...Array.from({ length: units }, (_, i) => [i + 1, `${long}${i + 1}`, note.replace("{n}", String(i % 7)).repeat(2), 2000 + i, 1000 + (i % 900)]),
    ];
    const m = mockExcel({ name: "KH", origin: { row: 1, col: 1 }, values });
    const pending = queueGridRead(m.context, "used", all);
    await m.context.sync();
    const { grid } = await pending.fetch();
    expect(grid!.values).toHaveLength(units + 1);
    expect(grid!.values[units]).toEqual([units, `${long}${units}`, expect.any(String), 2000 + units - 1, 1000 + ((units - 1) % 900)]);
    // the whole used range in one response would have passed the limit: more than one slice was needed
    const responses = m.responses();
    expect(responses.reduce((a, b) => a + b, 0)).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    for (const bytes of responses) expect(bytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  });

  test("a selection of two separate blocks: a sentence asking for one block, never Excel's English error", async () => {
    const m = mockExcel({ ...provinceSheet(5), selection: "KH!A2:E4,KH!A6:E7" });
    (global as any).Excel = m.excel;
    const e = await detectTable({ source: "selection" }, all).catch((x: unknown) => x);
    const text = t("vi", clerkMessageFor(e));
    expect(text).toContain("chọn một vùng liền nhau");
    expect(t("en", clerkMessageFor(e))).toContain("select one continuous block");
  });

  test("a one-block selection is read as before", async () => {
    const m = mockExcel({ ...provinceSheet(5), selection: "KH!A2:E7" });
    (global as any).Excel = m.excel;
    const found = await detectTable({ source: "selection" }, all);
    expect(found.grid!.origin).toEqual({ row: 2, col: 1 });
    expect(found.read.ok).toBe(true);
    if (found.read.ok) expect(found.read.table.units).toHaveLength(5);
  });
});

describe("several sheets read together (fetchGrids, the consolidation's read)", () => {
  const all = capabilities(() => true);
  /** A sheet of `rows` rows × 4 columns whose every cell names its sheet, row and column. */
  const sheetOf = (name: string, rows: number) => ({
    name, origin: { row: 1, col: 1 },
    values: Array.from({ length: rows }, (_, r) => Array.from({ length: 4 }, (_, c) => (c === 0 ? r + 1 : `${name} ${r + 1}/${c + 1}`))),
    merged: `${name}!A1:B1`,
  });

  async function readAll(rows: number) {
    const names = ["Xã A", "Xã B", "Xã C"];
    const sheets = names.map((n) => sheetOf(n, rows));
    const m = mockExcel(sheets[0], { sheets: sheets.slice(1) });
    const reads: GridRead[] = await m.excel.run(async (context: any) => {
      const pending = names.map((n) => queueGridRead(context, "used", all, n));
      await context.sync();
      return fetchGrids(pending);
    });
    return { m, sheets, reads };
  }

  test("small sheets: every sheet's cells in one sync and their merged areas in one more (3 in all), each exactly as on the sheet", async () => {
    const { m, sheets, reads } = await readAll(20);
    expect(m.syncCount()).toBe(3);
    expect(reads.map((r) => r.grid!.values)).toEqual(sheets.map((s) => s.values));
    expect(reads.map((r) => r.grid!.merges)).toEqual(sheets.map(() => [{ top: 1, left: 1, bottom: 1, right: 2 }]));
  });

  test("sheets too big to come back together: read one after the other, each under Excel's 5 MB, nothing lost", async () => {
    // Together they pass the budget at the first guess of 64 bytes a cell; each alone does not.
    const rows = Math.ceil(RESPONSE_BUDGET_BYTES / 64 / 4 / 2);
    const { m, sheets, reads } = await readAll(rows);
    expect(m.syncCount()).toBeGreaterThan(3);
    expect(Math.max(...m.responses())).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(reads.map((r) => r.grid!.values)).toEqual(sheets.map((s) => s.values));
  });
});
