// What a header says about its column: row number, unit name, note, the day's result, or a measure role
// (target, done, …). The words come from the vocabulary's tables; every rule that matches proposes its role
// with a score, and the figures may later choose among the candidates (figure-votes.ts). No rule order here.
import type { Role } from "../types";
import { withoutShareStatement } from "./rate-measures";
import {
  anyPhrase, BARE_TOTAL_HEADERS, compiledRoleRules, DIFFERENCE_HEADER_PHRASES, INDEX_HEADERS,
  isUnitHeaderText, normalizeText, NOTE_HEADER_PHRASES, PERIOD_RESULT_PHRASES,
} from "../vocabulary";

export type ColumnKind = "index" | "unit" | "note" | "period" | "measure";

/** A role the words propose, with how strongly (the vocabulary's score) and the phrase that said it. */
export interface RoleCandidate {
  role: Role;
  score: number;
  phrase: string;
  /** The words name a reference count (population, households), a target only when tied to results. */
  reference?: boolean;
}

export interface ColumnMeaning {
  kind: ColumnKind;
  role: Role;
  /** False when nothing in the words named the role (a bare "Từ 0 đến dưới 6 tuổi" is taken as a target). */
  explicit: boolean;
  /** Every role the words propose, best first (empty when they name none). */
  candidates: RoleCandidate[];
}

/** Scores of roles named only by a parent header, when the column's own words name another. */
const PARENT_WEIGHT = 0.5;

export function isIndexHeader(normalized: string): boolean {
  return INDEX_HEADERS.includes(normalized);
}

/** "Đơn vị", "Tên đơn vị", "Địa bàn", "Quận, huyện"… (short texts only: a title mentioning a unit is not a header). */
export function isUnitHeader(normalized: string): boolean {
  return isUnitHeaderText(normalized);
}

/** Every role the words of one piece of header text propose, the best first (one entry per role). */
export function roleCandidates(normalized: string): RoleCandidate[] {
  if (normalized === "") return [];
  const best = new Map<Role, RoleCandidate>();
  // Fallback rules last, and only when no other rule named a role: a bare "Tổng" is a target, but "Tổng số đã cấp"
  // is a result.
  for (const rule of compiledRoleRules()) {
    if (rule.fallback && best.size > 0) break;
    const current = best.get(rule.role);
    if (current && current.score >= rule.score) continue;
    const hit = rule.matchers.find((p) => p.test(normalized));
    if (!hit || anyPhrase(rule.cancellers, normalized)) continue;
    best.set(rule.role, { role: rule.role, score: rule.score, phrase: hit.source, ...(rule.reference ? { reference: true } : {}) });
  }
  // Stable sort: equal scores keep the table's order of first appearance.
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** The role named by one piece of header text, or null when it names none. */
export function roleFromWords(normalized: string): Role | null {
  return roleCandidates(normalized)[0]?.role ?? null;
}

/**
 * The meaning of a column from its header parts (top row first). The lowest part that names a role decides;
 * its parents' roles stay as weaker candidates ("Chỉ tiêu theo ngày" over "Từ 0 đến dưới 6 tuổi" is a daily
 * column; a bare "Tổng" under "Đã thực hiện" is the total group of that block, so there the parent decides).
 */
export function columnMeaning(headerParts: string[]): ColumnMeaning {
  const parts = headerParts.map(withoutShareStatement);
  const normalized = parts.map(normalizeText).filter((p) => p !== "");
  // "Số hồ sơ làm sạch được (Làm sạch dữ liệu dân cư)": what is in brackets names the measure, not the role.
  const bare = new Map(parts.map((p) => [normalizeText(p), normalizeText(p.replace(/\([^)]*\)/g, " "))]));
  const leaf = normalized[normalized.length - 1] ?? "";
  const none: RoleCandidate[] = [];
  if (isIndexHeader(leaf)) return { kind: "index", role: "target", explicit: true, candidates: none };
  if (isUnitHeader(leaf)) return { kind: "unit", role: "target", explicit: true, candidates: none };
  if (normalized.some(isPeriodResult)) return { kind: "period", role: "done", explicit: true, candidates: none };
  if (anyPhrase(NOTE_HEADER_PHRASES, leaf) || anyPhrase(DIFFERENCE_HEADER_PHRASES, leaf)) {
    return { kind: "note", role: "target", explicit: true, candidates: none };
  }
  const leafFirst = isBareTotal(leaf) ? [...normalized.slice(0, -1).reverse(), leaf] : [...normalized].reverse();
  const candidates: RoleCandidate[] = [];
  for (const words of leafFirst) {
    const weight = candidates.length === 0 ? 1 : PARENT_WEIGHT;
    const stripped = bare.get(words) ?? words;
    const found = stripped === words || stripped === "" ? roleCandidates(words) : mergeCandidates(roleCandidates(words), roleCandidates(stripped));
    for (const c of found) {
      if (!candidates.some((x) => x.role === c.role)) candidates.push({ ...c, score: c.score * weight });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  if (candidates.length === 0) return { kind: "measure", role: "target", explicit: false, candidates };
  return { kind: "measure", role: candidates[0].role, explicit: true, candidates };
}

/** Two candidate lists as one, the better score of each role kept, best first. */
function mergeCandidates(a: RoleCandidate[], b: RoleCandidate[]): RoleCandidate[] {
  const best = new Map<Role, RoleCandidate>();
  for (const c of [...a, ...b]) if ((best.get(c.role)?.score ?? -1) < c.score) best.set(c.role, c);
  return [...best.values()].sort((x, y) => y.score - x.score);
}

/**
 * The results of one day or week ("Kết quả trong ngày", "Hôm nay", "Ngày 15/9") beside the cumulative ones
 * ("Lũy kế"): completion is counted on the cumulative figures, so these columns are set aside.
 */
export function isPeriodResult(normalized: string): boolean {
  return anyPhrase(PERIOD_RESULT_PHRASES, normalized);
}

/** "Tổng", "Tổng số", "Tổng cộng", "Cộng": the all-groups column of a block. */
export function isBareTotal(normalized: string): boolean {
  return BARE_TOTAL_HEADERS.includes(normalized);
}
