// How a clerk names the rounding of a daily target, in a function's argument, an option or a field: the offices'
// tables round half up ("làm tròn"); some round up so the day's target is never short ("làm tròn lên").
// Words are written as typed; they are compared folded (no diacritics, case or extra spaces).
import type { Rounding } from "../types";

export const ROUNDING_WORDS: Record<Rounding, readonly string[]> = {
  up: ["up", "ceil", "ceiling", "roundup", "round up", "lên", "làm tròn lên", "tròn lên"],
  "half-up": ["half-up", "halfup", "half up", "round", "tròn", "làm tròn", "làm tròn số"],
};
