import { queueGridRead } from "../../src/excel/read";
import { queueCultureRead } from "../../src/excel/culture";
import { capabilities } from "../../src/excel/requirements";
import { parseAreas } from "../../src/excel/a1";
import { mockExcel } from "./mock-excel";

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
  test("values, origin, errors, merges and hidden rows/cols come from one sync", async () => {
    const { values, valueTypes } = sheetOf(5);
    const m = mockExcel({
      name: "KH",
      origin: { row: 3, col: 2 },
      values,
      valueTypes,
      merged: "KH!B1:E1, KH!C2:D2",
      // rows 5 and 6 hidden, column D hidden
      visible: "KH!B3:C4,KH!E3:E4,KH!B7:C9,KH!E7:E9",
    });
    const pending = queueGridRead(m.context, "used", all);
    const culture = queueCultureRead(m.context, all);
    await m.context.sync();
    const grid = pending.finish()!;
    expect(m.syncCount()).toBe(1);
    expect(grid.sheet).toBe("KH");
    expect(grid.origin).toEqual({ row: 3, col: 2 });
    expect(grid.values[1]).toEqual([1, "Xã 1", 100, 50]);
    expect(grid.values[0]).toEqual(["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"]);
    expect(grid.values[6][0]).toBeNull();
    expect(grid.values[6][3]).toEqual({ error: "#REF!" });
    expect(grid.merges).toEqual([
      { top: 1, left: 2, bottom: 1, right: 5 },
      { top: 2, left: 3, bottom: 2, right: 4 },
    ]);
    expect(grid.hiddenRows).toEqual([5, 6]);
    expect(grid.hiddenCols).toEqual([4]);
    expect(culture.finish()).toEqual({ decimalSeparator: ",", groupSeparator: "." });
  });

  test("an older Excel (no 1.9, no 1.13) still reads values, without merges or hidden rows", async () => {
    const { values, valueTypes } = sheetOf(3);
    const m = mockExcel({ name: "KH", origin: { row: 1, col: 1 }, values, valueTypes, merged: "KH!A1:B1" });
    const old = capabilities((v) => Number(v.split(".")[1]) <= 8);
    const pending = queueGridRead(m.context, "used", old);
    const culture = queueCultureRead(m.context, old);
    await m.context.sync();
    const grid = pending.finish()!;
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
