// Which span a "results in the period" column covers. The reader sets every such column aside (PERIOD_RESULT_PHRASES
// in ./columns); history takes a day's column as that day's results, but a week's column ("Trong tuần", "Tuần
// này") is no day's figure and must not be read as one.
import { hasPhrase, normalizeText } from "./normalize";

/** Words naming a week in a period column's header, as clerks type them. */
const WEEK_WORDS = ["tuần"];

const FOLDED_WEEK_WORDS = WEEK_WORDS.map(normalizeText);

/** True when a period column's header speaks of a week ("Kết quả trong tuần"), not of a day. */
export function isWeekLabel(label: string): boolean {
  const words = normalizeText(label);
  return FOLDED_WEEK_WORDS.some((w) => hasPhrase(words, w));
}
