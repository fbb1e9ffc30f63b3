// The phase a report is about on a given day, over generated plans of consecutive phases (and one with a gap).
import { phaseForDay } from "../../src/core/history/phase-choice";
import { serialFromYMD } from "../../src/core/dates";
import type { Phase } from "../../src/core/types";

const day = (m: number, d: number) => serialFromYMD(2024, m, d)!;

/** `count` phases of `length` days each, back to back from `start`, with `gap` days between them. */
function plan(start: number, count: number, length: number, gap = 0): Phase[] {
  return Array.from({ length: count }, (_, i) => {
    const from = start + i * (length + gap);
    return { name: `Đợt ${i + 1}`, from, to: from + length - 1 };
  });
}

test("the title's two phases: 01/9–15/9 and 16/9–30/9/2024", () => {
  const phases: Phase[] = [
    { name: "Đợt 1", from: day(9, 1), to: day(9, 15) },
    { name: "Đợt 2", from: day(9, 16), to: day(9, 30) },
  ];
  expect(phaseForDay(phases, day(8, 31))).toBeNull();
  expect(phaseForDay(phases, day(9, 1))?.number).toBe(1);
  expect(phaseForDay(phases, day(9, 15))?.number).toBe(1);
  expect(phaseForDay(phases, day(9, 16))?.phase.name).toBe("Đợt 2");
  expect(phaseForDay(phases, day(10, 20))?.number).toBe(2);
});

test("no phases, or none in the plan: nothing is chosen", () => {
  expect(phaseForDay(undefined, day(9, 1))).toBeNull();
  expect(phaseForDay([], day(9, 1))).toBeNull();
});

test.each([
  [3, 10, 0],
  [4, 7, 3],
  [2, 30, 5],
  [6, 5, 1],
])("%i phases of %i days, %i days apart: every day of the campaign and around it", (count, length, gap) => {
  const start = day(8, 1);
  const phases = plan(start, count, length, gap);
  const last = phases[phases.length - 1].to;
  for (let d = start - 3; d <= last + 10; d++) {
    const chosen = phaseForDay(phases, d);
    // Worked out from how the plan was made: the offset into the plan, in steps of a phase plus its gap.
    const offset = d - start;
    const step = length + gap;
    const index = Math.min(Math.floor(offset / step), count - 1);
    if (offset < 0) expect(chosen).toBeNull();
    else {
      expect(chosen?.number).toBe(index + 1);
      expect(chosen?.phase).toBe(phases[index]);
    }
  }
});

test("phases written out of order: the one containing the day, else the one that ended last", () => {
  const phases = plan(day(8, 1), 3, 10, 2).reverse();
  expect(phaseForDay(phases, day(8, 5))?.phase.name).toBe("Đợt 1");
  // 11/8 and 12/8 are the gap after Đợt 1 (1/8–10/8); 13/8 starts Đợt 2.
  expect(phaseForDay(phases, day(8, 12))?.phase.name).toBe("Đợt 1");
  expect(phaseForDay(phases, day(9, 30))?.phase.name).toBe("Đợt 3");
  expect(phaseForDay(phases, day(9, 30))?.number).toBe(1);
});
