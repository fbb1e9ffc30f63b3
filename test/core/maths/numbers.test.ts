import { parseNumber, parseNumberDetailed, formatNumber, formatPercent, roundHalfUp } from "../../../src/core/numbers";

describe("parseNumber reads numbers as clerks type them", () => {
  it.each([
    [46743, 46743],
    ["46.743", 46743],
    ["46 743", 46743],
    ["46\u00a0743", 46743], // no-break space
    ["46\u2009743", 46743], // thin space
    ["46\u202f743", 46743], // narrow no-break space
    [" 1.012.526 ", 1012526],
    ["1.012.526,5", 1012526.5],
    ["1,234.56", 1234.56],
    ["96,28", 96.28],
    ["97,00%", 0.97],
    ["-12", -12],
    ["0,5", 0.5],
  ])("%j → %j", (text, value) => expect(parseNumber(text, { kind: "count" })).toBe(value));

  it("in a count column a lone dot or comma before three digits groups thousands", () => {
    expect(parseNumber("46.743", { kind: "count" })).toBe(46743);
    expect(parseNumber("46.743", { kind: "count", decimalSeparator: "." })).toBe(46743);
    expect(parseNumber("1,234", { kind: "count" })).toBe(1234);
    expect(parseNumber("1,234", { kind: "count", decimalSeparator: "," })).toBe(1.234);
  });

  it("in a rate column the same marks are decimal", () => {
    expect(parseNumber("96.28", { kind: "rate" })).toBe(96.28);
    expect(parseNumber("96,28", { kind: "rate" })).toBe(96.28);
    expect(parseNumber("97.000", { kind: "rate" })).toBe(97);
    expect(parseNumber("0.500")).toBe(0.5); // a grouped number never starts with 0
  });

  it("says what is wrong instead of guessing", () => {
    expect(parseNumberDetailed("12a")).toEqual({ value: null, problem: "not-a-number", percent: false });
    expect(parseNumberDetailed(true).problem).toBe("not-a-number");
    expect(parseNumberDetailed(false).problem).toBe("not-a-number");
    expect(parseNumberDetailed({ error: "#REF!" }).problem).toBe("error");
    expect(parseNumberDetailed("#DIV/0!").problem).toBe("error");
    expect(parseNumberDetailed(null).problem).toBe("empty");
    expect(parseNumberDetailed("   ").problem).toBe("empty");
    expect(parseNumberDetailed("-").problem).toBe("empty");
    expect(parseNumberDetailed("1.2.3").problem).toBe("not-a-number");
    expect(parseNumberDetailed("12 34").problem).toBe("not-a-number"); // a space groups only three digits
    expect(parseNumberDetailed(NaN).problem).toBe("not-a-number");
    expect(parseNumberDetailed(Infinity).problem).toBe("not-a-number");
    expect(parseNumberDetailed("97%").percent).toBe(true);
  });
});

describe("formatNumber and formatPercent write the Vietnamese or English way", () => {
  it("groups thousands and marks decimals per language", () => {
    expect(formatNumber(46743, "vi")).toBe("46.743");
    expect(formatNumber(46743, "en")).toBe("46,743");
    expect(formatNumber(1012526, "vi")).toBe("1.012.526");
    expect(formatNumber(96.28, "vi", 2)).toBe("96,28");
    expect(formatNumber(96.28, "en", 2)).toBe("96.28");
    expect(formatNumber(-1234.5, "vi", 1)).toBe("-1.234,5");
    expect(formatNumber(999, "vi")).toBe("999");
  });

  it("rounds half up, without binary surprises", () => {
    expect(formatNumber(16.5, "vi")).toBe("17");
    expect(formatNumber(1.005, "en", 2)).toBe("1.01");
    expect(formatPercent(0.145, "vi", 0)).toBe("15%");
  });

  it("writes rates as percentages", () => {
    expect(formatPercent(0.9628, "vi")).toBe("96,28%");
    expect(formatPercent(0.9628, "en")).toBe("96.28%");
    expect(formatPercent(1.1, "vi", 0)).toBe("110%");
    expect(formatPercent(NaN, "vi")).toBe("");
  });

  it("reads back what it writes", () => {
    for (const n of [0, 7, 481, 46743, 1012526, 1178756]) expect(parseNumber(formatNumber(n, "vi"), { kind: "count" })).toBe(n);
    for (const n of [0, 7, 481, 46743, 1012526]) expect(parseNumber(formatNumber(n, "en"), { kind: "count" })).toBe(n);
  });
});

test("numbers JavaScript writes with an exponent round and format without NaN", () => {
  expect(roundHalfUp(1.7e308, 0)).toBe(1.7e308);
  expect(roundHalfUp(1e-7, 2)).toBe(0);
  expect(roundHalfUp(1.5e-7, 7)).toBe(2e-7);
  expect(formatPercent(1e-7, "vi", 1)).toBe("0,0%");
  expect(formatNumber(1.7e308, "vi")).not.toMatch(/NaN/);
});
