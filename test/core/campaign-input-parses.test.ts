// What every face accepts as typed: holidays split on "," or ";", rounding words in either language, thresholds
// as percentages. The command line, the pane and the functions read these through core, so they agree.
import { parseHolidays, parsePercent, parseRounding } from "../../src/core/campaign-input";
import { serialFromYMD } from "../../src/core/dates";

describe("parseHolidays", () => {
  it("splits on commas and semicolons alike", () => {
    const expected = [serialFromYMD(2024, 9, 2), serialFromYMD(2024, 9, 3)];
    for (const text of ["02/9/2024, 03/9/2024", "02/9/2024; 03/9/2024", " 02/9/2024 ;03/09/2024 ,"]) expect(parseHolidays(text)).toEqual({ ok: true, days: expected });
    expect(parseHolidays("")).toEqual({ ok: true, days: [] });
  });
  it("names the first part that is no date", () => {
    expect(parseHolidays("02/9/2024; Quốc khánh")).toEqual({ ok: false, bad: "Quốc khánh" });
  });
});

describe("parseRounding", () => {
  it("reads the words for each rounding with or without accents, in any case", () => {
    for (const w of ["up", "UP", "làm tròn lên", "LAM TRON LEN", "lên", "ceiling"]) expect(parseRounding(w)).toBe("up");
    for (const w of ["half-up", "Làm tròn", "tròn", "round"]) expect(parseRounding(w)).toBe("half-up");
    for (const w of ["", "down", "xuống"]) expect(parseRounding(w)).toBeNull();
  });
});

describe("parsePercent", () => {
  it("reads a percentage typed with a comma or a point, with or without %", () => {
    expect(parsePercent("100")).toBe(1);
    expect(parsePercent("92,5")).toBeCloseTo(0.925, 9);
    expect(parsePercent("90 %")).toBeCloseTo(0.9, 9);
    expect(parsePercent("  ")).toBeNull();
    for (const bad of ["0", "-5", "abc"]) expect(parsePercent(bad)).toBe("bad");
  });
});
