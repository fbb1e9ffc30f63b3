// A measure's identity, read from its heading with the vocabulary's tables: its subject (measure-subjects.ts),
// its group (age group, level: groups.ts) and whatever words are left once the roles and dressing are set aside.
// "Tổng số › Từ 0 đến dưới 6 tuổi", "0 - dưới 6 tuổi" and "Tu 0 den duoi 6 tuoi" are one measure; "Dưới 14
// tuổi" and "Từ 14 tuổi trở lên" are two; "Đã cấp CCCD" and "Cấp CCCD" are one. Consolidation, history and
// allocation all key measures by it, so a reworded heading stays the same measure.
import { normalizeText } from "./normalize";
import { compileAll, anyPhrase } from "./phrase";
import { groupKey } from "./groups";
import { MEASURE_DRESSING, MEASURE_KINDS, MEASURE_SUBJECTS } from "./measure-subjects";

export interface MeasureIdentity {
  /** "receive", "card", "account", "activate", "clean" (measure-subjects.ts), or null when the heading names none. */
  subject: string | null;
  /** "0-6", "lt14", "ge14", "L2" (groups.ts), or null. */
  group: string | null;
  /** The kind of the subject ("kind:exchange") and words no table knows, sorted ("tam tru"); "" when none. */
  rest: string;
  /** The three as one string: equal keys, same measure. */
  key: string;
}

/** The tables compiled, again whenever a line is added to them (next month's wording, added at run time). */
type Compiled = { key: string; phrases: ReturnType<typeof compileAll> }[];
let compiled: { size: string; subjects: Compiled; kinds: Compiled; dressing: Set<string> } | null = null;
function tables(): NonNullable<typeof compiled> {
  const lengths = (t: { phrases: string[] }[]) => t.map((s) => s.phrases.length).join(",");
  const size = `${lengths(MEASURE_SUBJECTS)}/${lengths(MEASURE_KINDS)}/${MEASURE_DRESSING.length}`;
  if (compiled?.size !== size) {
    const compile = (t: { key: string; phrases: string[] }[]) => t.map((s) => ({ key: s.key, phrases: compileAll(s.phrases) }));
    compiled = { size, subjects: compile(MEASURE_SUBJECTS), kinds: compile(MEASURE_KINDS), dressing: new Set(MEASURE_DRESSING) };
    CACHE.clear();
  }
  return compiled;
}

/** Heading parts: "Tổng số › Từ 0 đến dưới 6 tuổi" → its parent and its own words. */
const PARENT_SEPARATOR = /\s*›\s*/;

export function measureIdentity(label: string): MeasureIdentity {
  const { subjects, kinds, dressing } = tables();
  const known = CACHE.get(label);
  if (known) return known;
  const parts = label.split(PARENT_SEPARATOR).map(normalizeText).filter((p) => p !== "");
  const whole = parts.join(" ");
  const subject = subjects.find((s) => anyPhrase(s.phrases, whole))?.key ?? null;
  // The most specific part names the group ("… › Từ 0 đến dưới 6 tuổi"); the whole heading is tried last.
  let group: string | null = null;
  for (const part of [...parts].reverse().concat(whole)) {
    group = groupKey(part);
    if (group) break;
  }
  const words = whole.split(" ").filter((w) => w !== "" && !dressing.has(w) && !(group !== null && /^\d+$/.test(w)));
  for (const kind of kinds) if (anyPhrase(kind.phrases, whole)) words.push(kind.key);
  const rest = [...new Set(words)].sort().join(" ");
  const identity = { subject, group, rest, key: `${subject ?? "-"}|${group ?? "-"}|${rest}` };
  if (CACHE.size >= 10_000) CACHE.clear();
  CACHE.set(label, identity);
  return identity;
}

/** The measure's key alone (see MeasureIdentity.key). */
export function measureIdentityKey(label: string): string {
  return measureIdentity(label).key;
}

/** The whole of a table: no subject, no group, no other words ("Tổng", "Tổng số › Tổng", "Chỉ tiêu"). */
export function isWholeMeasure(label: string): boolean {
  const id = measureIdentity(label);
  return id.group === null && id.rest === "" && id.subject === null;
}

/**
 * Two identities that may be the same measure when one heading leaves its subject unsaid (a district's
 * "Từ 0 đến dưới 6 tuổi" and a commune's "Thu nhận hồ sơ › Từ 0 đến dưới 6 tuổi"). The caller accepts it only
 * when exactly one candidate fits.
 */
export function compatibleIdentities(a: MeasureIdentity, b: MeasureIdentity): boolean {
  return a.group === b.group && a.rest === b.rest && (a.subject === null || b.subject === null);
}

const CACHE = new Map<string, MeasureIdentity>();
