// CT.RATE_GAP (SO_CON_THIEU_DE_DAT) and CT.RATE_STATUS (TINH_TRANG_TY_LE) called as Excel calls them: the
// share as 30%, 0.3 (a cell formatted %), 30 or "30,0"; ranges spill; bad arguments say which and what to do.
import * as CT from "../../src/functions/functions";
import { cell, column, noOffice, officeLanguage, shown } from "../support/excel-call";

afterEach(noOffice);

describe("CT.RATE_GAP", () => {
  it("counts in whole numbers: 7% of 100 files needs 7, 30% of 10 needs 3", () => {
    expect(CT.RATE_GAP(cell(0), cell(100), cell("7%"))).toEqual([[7]]);
    expect(CT.RATE_GAP(cell(0), cell(10), cell(0.3))).toEqual([[3]]);
  });

  it("reads the share every way a sheet writes it", () => {
    for (const share of [0.3, "30%", 30, "30,0", "30"]) expect([share, CT.RATE_GAP(cell(9), cell(40), cell(share))]).toEqual([share, [[3]]]);
  });

  it("is 0 once the share is reached, and spills over a range: the seed plan's 30/50/70/100 %", () => {
    expect(CT.RATE_GAP(column(12, 40, 60, 99), column(40, 100, 100, 100), column("30%", "50%", "70%", "100%"))).toEqual(column(0, 10, 10, 1));
  });

  it("refuses a share above 100%, done above the base, and says which argument", () => {
    officeLanguage("vi-VN");
    expect(shown(() => CT.RATE_GAP(cell(1), cell(10), cell(130)))).toEqual({ code: "#VALUE!", message: expect.stringContaining("target_rate (tỷ lệ phải đạt)") });
    expect(shown(() => CT.RATE_GAP(cell(11), cell(10), cell(0.3)))).toEqual({ code: "#VALUE!", message: expect.stringContaining("lớn hơn tổng số") });
    officeLanguage("en-US");
    expect(shown(() => CT.RATE_GAP(cell(1), cell(10), cell("abc")))).toEqual({ code: "#VALUE!", message: expect.stringContaining("target_rate") });
  });
});

describe("CT.RATE_STATUS", () => {
  it("complete from the share itself, at risk from 90% of it, behind under, in the language of Office", () => {
    officeLanguage("vi-VN");
    expect(CT.RATE_STATUS(column(30, 27, 26), column(100, 100, 100), cell("30%"))).toEqual(column("Hoàn thành", "Nguy cơ chậm", "Chậm tiến độ"));
    officeLanguage("en-US");
    expect(CT.RATE_STATUS(cell(3), cell(10), cell(0.3))).toEqual([["Complete"]]);
  });

  it("has no status without a base", () => {
    officeLanguage("en-US");
    expect(shown(() => CT.RATE_STATUS(cell(0), cell(0), cell(0.3)))).toEqual({ code: "#VALUE!", message: expect.stringContaining("base") });
  });
});
