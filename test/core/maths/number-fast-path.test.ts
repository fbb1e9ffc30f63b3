// The plain-digits fast path of parseNumberDetailed must read every text exactly as the general reading does,
// and numbers typed with thousands marks must read back to the number they were typed from.
import fc from "fast-check";
import { parseNumberDetailed, parseTextNumber, type ParseNumberOptions } from "../../../src/core/numbers";

const OPTIONS: ParseNumberOptions[] = [
  {}, { kind: "count" }, { kind: "rate" }, { kind: "any" },
  { kind: "count", decimalSeparator: "," }, { kind: "any", decimalSeparator: "," }, { kind: "any", decimalSeparator: "." },
  { kind: "rate", decimalSeparator: "," },
];

const digitText = fc.stringMatching(/^ {0,2}[0-9.,]{1,20} {0,2}$/);

describe("the fast path of number reading", () => {
  it("agrees with the general reading on every text of digits, dots, commas and spaces", () => {
    fc.assert(
      fc.property(digitText, fc.constantFrom(...OPTIONS), (text, opts) => {
        expect(parseNumberDetailed(text, opts)).toEqual(parseTextNumber(text, opts));
      }),
      { numRuns: 5000 },
    );
  });

  it("reads counts typed with thousands dots or commas back to the number typed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999_999_999 }), fc.constantFrom(".", ","), (n, mark) => {
        const typed = String(n).replace(/\B(?=(\d{3})+$)/g, mark);
        expect(parseNumberDetailed(typed, { kind: "count" }).value).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it("leaves decimals, signs and percentages to the general reading", () => {
    expect(parseNumberDetailed("96,28", { kind: "rate" }).value).toBeCloseTo(96.28, 10);
    expect(parseNumberDetailed("0.123", { kind: "count" }).value).toBeCloseTo(0.123, 10);
    expect(parseNumberDetailed("-1.234", { kind: "count" }).value).toBe(-1234);
    expect(parseNumberDetailed("97%", { kind: "rate" })).toEqual({ value: 0.97, problem: null, percent: true });
  });
});
