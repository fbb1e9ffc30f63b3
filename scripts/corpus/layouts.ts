// The header layouts offices use, each a function from random choices to a TablePlan: flat one-row headers,
// measure parents over role columns, role parents over age groups, allocation tables by group with a daily
// column; a top parent over everything makes a third header row.
import type { Role } from "../../src/core/types";
import type { Rng } from "./prng";
import { fillWording, GROUP_SETS, GROUP_TOTALS, Subject, SUBJECTS, PROGRESS_TOP_PARENTS, TOP_PARENTS, Wording } from "./wordings";
import type { Lexicon } from "./lexicon";
import { headerCell, HeaderCell, PlannedColumn, PlannedMeasure, TablePlan } from "./plan";

/** Base-population wordings name an age ("từ đủ 14 tuổi"): never under an age-group parent. */
const namesAnAge = (w: Wording) => /tuổi/.test(w.text);

function wordingFor(rng: Rng, lex: Lexicon, role: Role, features: string[], grouped = false): Wording {
  const chosen = rng.pick(lex.roles[role].filter((w) => !grouped || !namesAnAge(w)));
  features.push(chosen.family);
  return chosen;
}

/** A progress measure's roles in column order: target (unless chained), done, then some of the others. */
function progressRoles(rng: Rng, chained: boolean): Role[] {
  const roles: Role[] = chained ? [] : ["target"];
  if (!chained && rng.chance(0.15)) roles.push("daily");
  roles.push("done");
  // A chained block shows its base through "Chưa …" (base − done) or its rate (done ÷ base), or both.
  const remaining = rng.chance(0.6);
  if (remaining) roles.push("remaining");
  if (rng.chance(0.6) || (chained && !remaining)) roles.push("rate");
  return roles;
}

function withTop(rng: Rng, plan: TablePlan, parents: readonly string[]): TablePlan {
  if (!rng.chance(0.35)) return plan;
  const top = headerCell(rng.pick(parents));
  plan.columns.forEach((c) => c.path.unshift(top));
  plan.features.push("header:top parent (3 rows)");
  return { ...plan, depth: plan.depth + 1 };
}

/**
 * The day's result and the cumulative done, for a measure alone: "… | Kết quả trong ngày | Lũy kế | …", or a
 * parent "Kết quả thực hiện" over "Trong ngày | Lũy kế" (then two header rows).
 */
function todayAndCumulative(rng: Rng, lex: Lexicon, subject: Subject, features: string[]): { columns: PlannedColumn[]; depth: number } {
  const cumulative = rng.pick(lex.cumulative);
  features.push(cumulative.family);
  if (rng.chance(0.5)) {
    features.push("layout:day's result under a result parent");
    const parent = headerCell(fillWording(rng.pick(lex.resultParents), subject));
    return { columns: [{ path: [parent, headerCell("Trong ngày")], measure: 0, role: "today" }, { path: [parent, headerCell(cumulative.text)], measure: 0, role: "done" }], depth: 2 };
  }
  features.push("layout:day's result beside the cumulative");
  return { columns: [{ path: [headerCell(fillWording(rng.pick(lex.today), subject))], measure: 0, role: "today" }, { path: [headerCell(cumulative.text)], measure: 0, role: "done" }], depth: 1 };
}

/** One header row (two with a result parent); several measures are told apart by the subject in their first column. */
export function progressFlat(rng: Rng, lex: Lexicon): TablePlan {
  const features = ["layout:progress flat"];
  const subjects = rng.shuffle(SUBJECTS).slice(0, rng.weighted([[1, 3], [2, 1]] as const));
  const today = subjects.length === 1 && rng.chance(0.3);
  let depth = 1;
  const measures: PlannedMeasure[] = [];
  const columns: PlannedColumn[] = [];
  subjects.forEach((subject, i) => {
    const chained = i > 0 && measures[i - 1].roles.includes("rate") && rng.chance(0.4);
    const roles = progressRoles(rng, chained);
    measures.push({ name: subject.label, roles, chained });
    roles.forEach((role, j) => {
      if (role === "done" && today) {
        const both = todayAndCumulative(rng, lex, subject, features);
        columns.push(...both.columns);
        depth = both.depth;
        return;
      }
      let text = fillWording(wordingFor(rng, lex, role, features).text, subject);
      if (subjects.length > 1 && j === 0) text = `${text} (${subject.label})`;
      columns.push({ path: [headerCell(text)], measure: i, role });
    });
  });
  if (subjects.length > 1) features.push("measures:several flat");
  if (measures.some((m) => m.chained)) features.push("measures:chained base");
  return { measures, columns, depth, features, subject: subjects[0].label };
}

/** A merged parent per measure (a subject or an age group) over its role columns. */
export function progressMeasureParents(rng: Rng, lex: Lexicon): TablePlan {
  const features = ["layout:measure parents"];
  const byGroup = rng.chance(0.4);
  const subject = rng.pick(SUBJECTS);
  const names = byGroup ? [...rng.pick(GROUP_SETS)] : rng.shuffle(SUBJECTS).slice(0, rng.int(1, 3)).map((s) => s.label);
  const subjectOf = (name: string): Subject => SUBJECTS.find((s) => s.label === name) ?? subject;
  const measures: PlannedMeasure[] = [];
  const columns: PlannedColumn[] = [];
  names.forEach((name, i) => {
    const chained = !byGroup && i > 0 && rng.chance(0.3);
    const roles = progressRoles(rng, chained);
    measures.push({ name, roles, chained });
    const parent = headerCell(name);
    for (const role of roles) columns.push({ path: [parent, headerCell(fillWording(wordingFor(rng, lex, role, features, byGroup).text, subjectOf(name)))], measure: i, role });
  });
  if (byGroup) features.push("measures:age groups");
  if (measures.some((m) => m.chained)) features.push("measures:chained base");
  return withTop(rng, { measures, columns, depth: 2, features, subject: byGroup ? subject.label : names[0] }, PROGRESS_TOP_PARENTS);
}

/** A merged parent per role ("Chỉ tiêu", "Đã thu nhận") over the age groups: each group is a measure. */
export function progressRoleParents(rng: Rng, lex: Lexicon): TablePlan {
  const features = ["layout:role parents over groups"];
  const groups = rng.pick(GROUP_SETS);
  const subject = rng.pick(SUBJECTS);
  const roles = progressRoles(rng, false).filter((r) => r !== "daily");
  const measures: PlannedMeasure[] = groups.map((name) => ({ name, roles, chained: false }));
  const columns: PlannedColumn[] = [];
  for (const role of roles) {
    const parent = headerCell(fillWording(wordingFor(rng, lex, role, features, true).text, subject));
    groups.forEach((g, i) => columns.push({ path: [parent, headerCell(g)], measure: i, role }));
  }
  return withTop(rng, { measures, columns, depth: 2, features, subject: subject.label }, PROGRESS_TOP_PARENTS);
}

/** One header row: the groups' targets by their names, a total column, and the daily target (table 1). */
export function allocationFlat(rng: Rng, lex: Lexicon): TablePlan {
  const features = ["layout:allocation flat"];
  if (rng.chance(0.4)) {
    // One target and its daily figure: "Chỉ tiêu giao | CT/ngày".
    const subject = rng.pick(SUBJECTS);
    const columns: PlannedColumn[] = (["target", "daily"] as Role[]).map((role) => ({ path: [headerCell(fillWording(wordingFor(rng, lex, role, features).text, subject))], measure: 0, role }));
    return { measures: [{ name: subject.label, roles: ["target", "daily"], chained: false }], columns, depth: 1, features, subject: subject.label };
  }
  const groups = rng.pick(GROUP_SETS);
  const measures: PlannedMeasure[] = groups.map((name) => ({ name, roles: ["target"], chained: false }));
  measures.push({ name: rng.pick(GROUP_TOTALS), roles: ["target", "daily"], chained: false });
  const columns: PlannedColumn[] = measures.map((m, i) => ({ path: [headerCell(m.name)], measure: i, role: "target" }));
  columns.push({ path: [headerCell(fillWording(wordingFor(rng, lex, "daily", features).text, SUBJECTS[0]))], measure: measures.length - 1, role: "daily" });
  features.push("measures:groups by name only");
  return { measures, columns, depth: 1, features, subject: SUBJECTS[0].label };
}

/** Table 2: a target parent ("Tổng số công dân chưa cấp …") over "Tổng | groups", a daily parent over groups. */
export function allocationParents(rng: Rng, lex: Lexicon): TablePlan {
  const features = ["layout:allocation parents"];
  const targetParent = rng.pick(lex.targetParents);
  features.push(targetParent.family);
  // Citizens "chưa cấp Căn cước" are counted by age, never by account level.
  const groups = rng.pick(GROUP_SETS.filter((g) => !/chưa/i.test(targetParent.text) || g.some((x) => /tuổi/.test(x))));
  const withTotal = rng.chance(0.7);
  const names = withTotal ? [rng.pick(GROUP_TOTALS), ...groups] : [...groups];
  const dailyFor = rng.chance(0.5) ? names.map((_, i) => i) : [withTotal ? 1 : 0];
  const measures: PlannedMeasure[] = names.map((name, i) => ({ name, roles: dailyFor.includes(i) ? ["target", "daily"] : ["target"], chained: false }));
  const tParent = headerCell(targetParent.text);
  const columns: PlannedColumn[] = names.map((name, i) => ({ path: [tParent, headerCell(name)], measure: i, role: "target" }));
  const dParent = headerCell(fillWording(wordingFor(rng, lex, "daily", features).text, SUBJECTS[0]));
  for (const i of dailyFor) columns.push({ path: [dParent, headerCell(names[i])], measure: i, role: "daily" });
  return withTop(rng, { measures, columns, depth: 2, features, subject: SUBJECTS[0].label }, TOP_PARENTS);
}

export const PROGRESS_LAYOUTS = [progressFlat, progressMeasureParents, progressRoleParents] as const;
export const ALLOCATION_LAYOUTS = [allocationFlat, allocationParents] as const;

export type { HeaderCell };
