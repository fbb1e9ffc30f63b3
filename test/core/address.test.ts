// The one A1 codec and the one "fresh sheet name": checked against Excel's own numbering (A=1, Z=26, AA=27,
// XFD=16384, the last column), round trips over every column, and the sheet names Excel refuses as duplicates.
import {
  cellAddress, columnLetters, columnNumber, freshSheetName, freshTableName, MAX_COL, parseCellAddress, parseRangeAddress, rangeAddress, sameSheetName, safeSheetName,
} from "../../src/core/address";

describe("column letters and numbers", () => {
  it("knows Excel's landmarks", () => {
    const landmarks: [string, number][] = [["A", 1], ["Z", 26], ["AA", 27], ["AZ", 52], ["BA", 53], ["ZZ", 702], ["AAA", 703], ["XFD", 16384]];
    for (const [letters, n] of landmarks) {
      expect(columnNumber(letters)).toBe(n);
      expect(columnNumber(letters.toLowerCase())).toBe(n);
      expect(columnLetters(n)).toBe(letters);
    }
  });

  it("round-trips every column of a sheet", () => {
    for (let c = 1; c <= MAX_COL; c++) expect(columnNumber(columnLetters(c))).toBe(c);
  });

  it("refuses what is no column", () => {
    for (const text of ["", "A1", "XFE", "ZZZ", "ABCD", "Đ", "1", " B"]) expect(columnNumber(text)).toBeNull();
  });
});

describe("cell and range addresses", () => {
  it("reads a cell with or without $ and a sheet", () => {
    expect(parseCellAddress("C7")).toEqual({ row: 7, col: 3 });
    expect(parseCellAddress("$AB$12")).toEqual({ row: 12, col: 28 });
    expect(parseCellAddress("'Báo cáo 15-09'!D4")).toEqual({ row: 4, col: 4 });
    expect(parseCellAddress("'A!B'!E5")).toEqual({ row: 5, col: 5 });
    for (const bad of ["C", "7", "C0", "C7:D8", "XFE1", "C1048577"]) expect(parseCellAddress(bad)).toBeNull();
  });

  it("reads a range whichever corner comes first, and whole rows and columns", () => {
    expect(parseRangeAddress("B3:F20")).toEqual({ top: 3, left: 2, bottom: 20, right: 6 });
    expect(parseRangeAddress("'Sheet 1'!$F$20:$B$3")).toEqual({ top: 3, left: 2, bottom: 20, right: 6 });
    expect(parseRangeAddress("D4")).toEqual({ top: 4, left: 4, bottom: 4, right: 4 });
    expect(parseRangeAddress("3:5")).toEqual({ top: 3, left: 1, bottom: 5, right: MAX_COL });
    expect(parseRangeAddress("B:D")).toEqual({ top: 1, left: 2, bottom: 1048576, right: 4 });
    for (const bad of ["", "A1:B2:C3", "A1-B2", "#REF!"]) expect(parseRangeAddress(bad)).toBeNull();
  });

  it("writes what it reads", () => {
    const area = { top: 2, left: 27, bottom: 40, right: 30 };
    expect(rangeAddress(area)).toBe("AA2:AD40");
    expect(parseRangeAddress(rangeAddress(area))).toEqual(area);
    expect(cellAddress(9, 702)).toBe("ZZ9");
    expect(rangeAddress({ top: 3, left: 2, bottom: 3, right: 2 })).toBe("B3");
  });
});

describe("sheet names", () => {
  it("compares them as Excel does: without case, accents counted", () => {
    expect(sameSheetName("BÁO CÁO 15-09-2024", "báo cáo 15-09-2024")).toBe(true);
    expect(sameSheetName("Đợt 1", "đợt 1")).toBe(true);
    // Decomposed accents (a name typed on a Mac) are the same letters.
    expect(sameSheetName("Hòa".normalize("NFD"), "HÒA")).toBe(true);
    expect(sameSheetName("Báo cáo", "Bao cao")).toBe(false);
  });

  it("never takes an existing name, whatever its case", () => {
    expect(freshSheetName("Báo cáo 15-09-2024", ["Sheet1"])).toBe("Báo cáo 15-09-2024");
    expect(freshSheetName("Báo cáo 15-09-2024", ["BÁO CÁO 15-09-2024"])).toBe("Báo cáo 15-09-2024 (2)");
    expect(freshSheetName("Báo cáo 15-09-2024", ["báo cáo 15-09-2024", "Báo cáo 15-09-2024 (2)"])).toBe("Báo cáo 15-09-2024 (3)");
  });

  it("stays within Excel's 31 characters and its forbidden characters", () => {
    const long = "Phân bổ chỉ tiêu cấp CCCD gắn chip đợt 2";
    const existing: string[] = [];
    for (let i = 0; i < 12; i++) {
      const name = freshSheetName(long, existing);
      expect(name.length).toBeLessThanOrEqual(31);
      expect(existing.some((n) => sameSheetName(n, name))).toBe(false);
      existing.push(name);
    }
    expect(existing[11].endsWith(" (12)")).toBe(true);
    expect(safeSheetName("Số liệu 15/9: [xã]?")).toBe("Số liệu 15-9- -xã--");
    expect(safeSheetName("'''")).toBe("Sheet");
  });
});

describe("table names", () => {
  it("keeps a free name, and numbers one a table or defined name has taken, case aside (names are workbook-wide)", () => {
    expect(freshTableName("LichSuTienDo", ["Bang1"])).toBe("LichSuTienDo");
    expect(freshTableName("LichSuTienDo", ["lichsutiendo"])).toBe("LichSuTienDo_2");
    expect(freshTableName("LichSuTienDo", ["LICHSUTIENDO", "LichSuTienDo_2"])).toBe("LichSuTienDo_3");
  });
  it("makes a name Excel accepts: no spaces, a letter or '_' first, never a cell reference", () => {
    expect(freshTableName("Lịch sử tiến độ", [])).toBe("Lịch_sử_tiến_độ");
    expect(freshTableName("2024 tiến độ", [])).toBe("_2024_tiến_độ");
    for (const ref of ["A1", "XFD1048576", "R1C1", "R", "C"]) expect(freshTableName(ref, [])).toBe(`_${ref}`);
    expect(freshTableName("", [])).toBe("Table");
  });
});
