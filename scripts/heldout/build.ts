// The held-out cases: each sheet is built from units, measures and a layout chosen by a seeded generator, and its
// expectation (units, each figure of each measure by role, the campaign the title states) comes from the building.
import type { Grid, Role } from "../../src/core/types";
import { makeRng, Rng } from "./prng";
import * as W from "./words";
import { SheetBuilder, stripDiacritics, typeCount, typeHeader, typeRate, NUMBER_STYLES, TYPINGS, NumberStyle, Typing } from "./sheet";
import { asOfPhrase, CampaignPlan, dayMonth, daysPhrase, periodPhrase, planDays, PLANS } from "./campaigns";

export interface ExpectedMeasure {
  name: string;
  columns: Partial<Record<Role, number>>;
  /** Per unit, in the units' order. */
  figures: Partial<Record<Role, number[]>>;
}
export interface Expectation {
  units: string[];
  measures: ExpectedMeasure[];
  /** Columns that hold no figure of any measure's role (day's result, notes). */
  ignoredCols: number[];
  /** What the title states (absent when it does not). */
  campaign: { days?: number; from?: number; to?: number; asOf?: number };
  /** The true data date, stated or not (a header's "lũy kế đến ngày 15/9" may name it). */
  trueAsOf: number;
  /** The campaign as planned, stated or not: what any date the engine reads must agree with. */
  truth: { from: number; to: number; days: number };
  /** Each column's header as typed, parents joined with " › ", for the examples. */
  labels: Record<number, string>;
}
export interface HeldoutCase {
  id: string;
  family: string;
  tags: string[];
  grid: Grid;
  expect: Expectation;
}

type ColRole = Role | "day" | "note";
interface MeasureData {
  key: string;
  target: number[];
  done: number[];
  day: number[];
  decimals: number;
}
interface ColumnSpec {
  path: string[];
  measure: MeasureData | null;
  role: ColRole;
  /** A chained block's target is an earlier block's done: the measure whose target this column also is. */
  alsoTargetOf?: MeasureData;
}

const roundHalfUp = (x: number) => Math.floor(x + 0.5);

function unitNames(kind: W.UnitKind, n: number, rng: Rng): string[] {
  const pool = kind === "district" ? W.DISTRICTS : kind === "hamlet" ? W.HAMLETS : kind === "team" ? W.TEAMS : W.COMMUNES;
  const names: string[] = [];
  const left = [...pool];
  while (names.length < n && left.length > 0) {
    const base = left.splice(rng.int(0, left.length - 1), 1)[0];
    names.push(kind === "commune" ? rng.pick(W.COMMUNE_PREFIXES) + base : base);
  }
  return names;
}

function makeMeasure(key: string, n: number, rng: Rng, allocation: boolean): MeasureData {
  const target: number[] = [];
  const done: number[] = [];
  const day: number[] = [];
  const scale = rng.pick([300, 1500, 5000, 20000]);
  for (let i = 0; i < n; i++) {
    const t = rng.int(Math.round(scale / 5), scale);
    const ratio = rng.chance(0.12) ? rng.next() * 0.25 + 1.01 : rng.chance(0.05) ? 0 : rng.next() * 0.85 + 0.1;
    const d = allocation ? 0 : Math.round(t * ratio);
    target.push(t);
    done.push(d);
    day.push(Math.min(d, rng.int(0, Math.max(1, Math.round(t / 40)))));
  }
  return { key, target, done, day, decimals: rng.pick([0, 1, 2]) };
}

/** A column's figure for a set of units (one unit, a section or all). */
function figure(col: ColumnSpec, idx: number[], days: number): number | null {
  const m = col.measure;
  if (!m) return null;
  const sum = (a: number[]) => idx.reduce((s, i) => s + a[i], 0);
  const t = col.alsoTargetOf ? sum(col.alsoTargetOf.done) : sum(m.target);
  switch (col.role) {
    case "target": return t;
    case "done": return sum(m.done);
    case "day": return sum(m.day);
    case "remaining": return idx.reduce((s, i) => s + Math.max(0, m.target[i] - m.done[i]), 0);
    // Excel's own answer to a unit given no target: the rate cell shows #DIV/0!.
    case "rate": return t === 0 ? NaN : (sum(m.done) / t) * 100;
    case "daily": return roundHalfUp(t / days);
    default: return null;
  }
}

interface Layout {
  family: string;
  tags: string[];
  columns: ColumnSpec[];
  measures: MeasureData[];
  /** Chained measures: name → the measure whose done is its target. */
  chained: Map<MeasureData, MeasureData>;
  allocation: boolean;
}

function progressLayout(n: number, rng: Rng, asOfText: string): Layout {
  const tags: string[] = [];
  const word = (list: readonly string[]) => rng.pick(list).replace("{d}", asOfText);
  const block = (m: MeasureData, parents: string[], opts: { remaining: boolean; rate: boolean; day: boolean }): ColumnSpec[] => {
    const cols: ColumnSpec[] = [{ path: [...parents, word(W.TARGET_WORDS)], measure: m, role: "target" }];
    if (opts.day) cols.push({ path: [...parents, word(W.DAY_RESULT_WORDS)], measure: m, role: "day" });
    cols.push({ path: [...parents, word(W.DONE_WORDS)], measure: m, role: "done" });
    if (opts.remaining) cols.push({ path: [...parents, word(W.REMAINING_WORDS)], measure: m, role: "remaining" });
    if (opts.rate) cols.push({ path: [...parents, word(W.RATE_WORDS)], measure: m, role: "rate" });
    return cols;
  };
  const opts = () => ({ remaining: rng.chance(0.6), rate: rng.chance(0.7), day: rng.chance(0.15) });
  const kind = rng.pick(["single", "single", "topics", "topics", "ages", "role-first", "chained"] as const);
  const chained = new Map<MeasureData, MeasureData>();
  if (kind === "single") {
    const m = makeMeasure("m1", n, rng, false);
    const o = opts();
    if (o.day) tags.push("day-result");
    const cols = block(m, rng.chance(0.3) ? [rng.pick(W.TOPICS)] : [], o);
    if (rng.chance(0.2)) {
      cols.push({ path: [rng.pick(W.DAILY_WORDS)], measure: m, role: "daily" });
      tags.push("daily-beside-progress");
    }
    return { family: "progress-1-measure", tags, columns: cols, measures: [m], chained, allocation: false };
  }
  if (kind === "topics") {
    const k = rng.int(2, 3);
    const topics = [...W.TOPICS].sort(() => rng.next() - 0.5).slice(0, k);
    const measures = topics.map((_, i) => makeMeasure(`m${i + 1}`, n, rng, false));
    const shared = opts();
    const cols = measures.flatMap((m, i) => block(m, [topics[i]], shared));
    if (shared.day) tags.push("day-result");
    tags.push(`measures-${k}`);
    return { family: "progress-side-by-side", tags, columns: cols, measures, chained, allocation: false };
  }
  if (kind === "ages") {
    const groups = rng.chance(0.5) ? [W.AGE_GROUPS[0], W.AGE_GROUPS[1]] : [W.AGE_GROUPS[2], W.AGE_GROUPS[3]];
    const topic = rng.pick(W.TOPICS.slice(0, 1).concat(W.TOPICS[4]));
    const measures = groups.map((_, i) => makeMeasure(`m${i + 1}`, n, rng, false));
    const o = { remaining: rng.chance(0.4), rate: rng.chance(0.6), day: false };
    const cols = measures.flatMap((m, i) => block(m, [topic, groups[i]], o));
    tags.push("age-parents", "three-header-rows");
    return { family: "progress-age-groups", tags, columns: cols, measures, chained, allocation: false };
  }
  if (kind === "role-first") {
    const groups = rng.chance(0.5) ? [W.AGE_GROUPS[0], W.AGE_GROUPS[1]] : ["Mức 1", "Mức 2"];
    const measures = groups.map((_, i) => makeMeasure(`m${i + 1}`, n, rng, false));
    const roles: ColRole[] = ["target", "done", ...(rng.chance(0.6) ? (["rate"] as ColRole[]) : [])];
    const wordsOf: Record<string, readonly string[]> = { target: W.TARGET_WORDS, done: W.DONE_WORDS, rate: W.RATE_WORDS };
    const cols = roles.flatMap((role) => {
      const parent = word(wordsOf[role]);
      return measures.map((m, i) => ({ path: [parent, groups[i]], measure: m, role }) as ColumnSpec);
    });
    tags.push("role-parents-over-groups");
    return { family: "progress-role-first", tags, columns: cols, measures, chained, allocation: false };
  }
  // A chained block: citizens 14+ → cards issued → level-2 accounts issued out of the cards.
  const m1 = makeMeasure("m1", n, rng, false);
  const m2: MeasureData = { key: "m2", target: m1.done, done: m1.done.map((d) => Math.round(d * (rng.next() * 0.5 + 0.4))), day: [], decimals: m1.decimals };
  chained.set(m2, m1);
  const rate = rng.pick(W.RATE_WORDS);
  const cols: ColumnSpec[] = [
    { path: ["Công dân từ 14 tuổi trở lên"], measure: m1, role: "target" },
    { path: ["Đã cấp CCCD"], measure: m1, role: "done" },
    { path: ["Chưa cấp"], measure: m1, role: "remaining" },
    { path: [rate], measure: m1, role: "rate" },
    { path: ["ĐDĐT mức 2 đã cấp"], measure: m2, role: "done" },
    { path: ["Chưa cấp ĐDĐT"], measure: m2, role: "remaining", alsoTargetOf: m1 },
    { path: [rate], measure: m2, role: "rate", alsoTargetOf: m1 },
  ];
  tags.push("chained-base");
  return { family: "progress-chained", tags, columns: cols, measures: [m1, m2], chained, allocation: false };
}

function allocationLayout(n: number, rng: Rng, plan: CampaignPlan): Layout {
  const tags: string[] = [];
  const kind = rng.pick(["groups", "groups", "single", "topics"] as const);
  const chained = new Map<MeasureData, MeasureData>();
  const a = dayMonth(plan.from);
  const b = dayMonth(plan.to);
  if (kind === "single") {
    const m = makeMeasure("m1", n, rng, true);
    const cols: ColumnSpec[] = [
      { path: [rng.pick(["Chỉ tiêu được giao", "Chỉ tiêu giao", "Số hồ sơ phải thu nhận", "Kế hoạch"])], measure: m, role: "target" },
      { path: [rng.pick(W.DAILY_WORDS)], measure: m, role: "daily" },
    ];
    return { family: "allocation-single", tags, columns: cols, measures: [m], chained, allocation: true };
  }
  if (kind === "topics") {
    const topics = [W.TOPICS[0], W.TOPICS[1]];
    const measures = topics.map((_, i) => makeMeasure(`m${i + 1}`, n, rng, true));
    const cols = measures.flatMap((m, i) => [
      { path: [topics[i], rng.pick(["Chỉ tiêu", "Chỉ tiêu giao", "Kế hoạch"])], measure: m, role: "target" },
      { path: [topics[i], rng.pick(W.DAILY_WORDS)], measure: m, role: "daily" },
    ] as ColumnSpec[]);
    tags.push("alloc-two-topics");
    return { family: "allocation-topics", tags, columns: cols, measures, chained, allocation: true };
  }
  // Age groups under a parent, a total column and a daily column (for the total, or for one group).
  const groups = rng.chance(0.5) ? [W.AGE_GROUPS[0], W.AGE_GROUPS[1]] : [W.AGE_GROUPS[2], W.AGE_GROUPS[3]];
  const parent = rng.pick(W.ALLOCATION_PARENTS);
  const gm = groups.map((_, i) => makeMeasure(`g${i + 1}`, n, rng, true));
  const total: MeasureData = { key: "total", target: gm[0].target.map((t, i) => t + gm[1].target[i]), done: gm[0].done.map(() => 0), day: [], decimals: 0 };
  const totalCol: ColumnSpec = { path: [parent, rng.pick(W.TOTAL_COLUMN_WORDS)], measure: total, role: "target" };
  const groupCols = gm.map((m, i) => ({ path: [parent, groups[i]], measure: m, role: "target" }) as ColumnSpec);
  const cols = rng.chance(0.5) ? [totalCol, ...groupCols] : [...groupCols, totalCol];
  if (rng.chance(0.5)) {
    cols.push({ path: [rng.pick(W.DAILY_WORDS)], measure: total, role: "daily" });
    tags.push("daily-of-total");
  } else {
    const g = rng.int(0, 1);
    cols.push({ path: [`Chỉ tiêu vận động công dân theo ngày từ ${a.d}/${a.m} đến ${b.d}/${b.m}`, groups[g]], measure: gm[g], role: "daily" });
    tags.push("daily-of-group");
  }
  tags.push(parent.startsWith("Tổng số công dân chưa") ? "parent-chua-cap" : "alloc-parent");
  return { family: "allocation-age-groups", tags, columns: cols, measures: [...gm, total], chained, allocation: true };
}

export function buildCase(seed: number): HeldoutCase {
  const rng = makeRng(seed * 7919 + 17);
  const plan = rng.pick(PLANS);
  const days = planDays(plan);
  const asOf = plan.from + rng.int(3, plan.to - plan.from - 1);
  const { d: asD, m: asM } = dayMonth(asOf);
  const allocation = rng.chance(0.25);
  const header = rng.pick(W.UNIT_HEADERS);
  const n = rng.int(4, header.kind === "commune" ? 14 : 8);
  const typing: Typing = rng.pick(TYPINGS);
  const numbers: NumberStyle = rng.pick(NUMBER_STYLES);
  let names = unitNames(header.kind, n, rng);
  if (typing === "no-diacritics") names = names.map(stripDiacritics);
  const layout = allocation ? allocationLayout(names.length, rng, plan) : progressLayout(names.length, rng, `${asD}/${asM}`);
  // A unit given no target this round (0, its rate #DIV/0!), as real tables have.
  if (!allocation && layout.family !== "progress-chained" && rng.chance(0.12)) {
    const z = rng.int(0, names.length - 1);
    for (const m of layout.measures) [m.target[z], m.done[z], m.day[z]] = [0, 0, 0];
    layout.tags.push("zero-target-unit");
  }
  const tags = [...layout.tags, `unit-header:${header.text}`, `typing:${typing}`, `numbers:${numbers}`];
  if (names.some((x) => /^CA /.test(x))) tags.push("unit-names-CA-prefix");
  const units = names.length;
  const sheet = new SheetBuilder(rng.chance(0.3) ? `${asD}-${asM}` : rng.pick(["Sheet1", "Tổng hợp", "BC ngày", "Giao CT"]));

  // Columns: index, unit, figures, maybe notes.
  const hasIndex = rng.chance(0.85);
  const cols: ColumnSpec[] = [];
  if (hasIndex) cols.push({ path: [rng.pick(["STT", "TT", "Số TT", "Stt"])], measure: null, role: "note" });
  const unitIdx = cols.length;
  cols.push({ path: [header.text], measure: null, role: "note" });
  cols.push(...layout.columns);
  if (rng.chance(0.2)) {
    cols.push({ path: ["Ghi chú"], measure: null, role: "note" });
    tags.push("notes-column");
  }
  const lastCol = cols.length;
  const depth = Math.max(...cols.map((c) => c.path.length));
  if (depth >= 2) tags.push(`header-rows-${depth}`);
  const header1 = (t: string) => typeHeader(t, typing, rng);

  // Title rows.
  let row = 1;
  const said: Expectation["campaign"] = {};
  const titleLines: string[] = [];
  const head = rng.pick(allocation ? W.ALLOCATION_TITLE_HEADS : W.TITLE_HEADS);
  const statesDays = plan.nominal !== null && rng.chance(0.6);
  const statesPeriod = rng.chance(0.6);
  const statesAsOf = !allocation && rng.chance(0.55);
  titleLines.push(statesDays ? `${head} ĐỢT CAO ĐIỂM ${daysPhrase(plan.nominal as number, rng)}` : head);
  if (allocation && rng.chance(0.4)) {
    // The plan the table belongs to, with its own number and date (a week before the campaign starts).
    const signed = dayMonth(plan.from - 7);
    titleLines.push(`(Kèm theo Kế hoạch số ${(plan.from % 200) + 1}/KH-CAH ngày ${signed.d}/${signed.m}/${signed.y})`);
    tags.push("plan-reference-line");
  }
  if (statesPeriod) titleLines.push(periodPhrase(plan, rng));
  if (statesAsOf) {
    // "NGÀY 15/9/2024" belongs to the report's title line; alone on a line it would be the document's date.
    const phrase = asOfPhrase(asOf, rng);
    if (phrase.startsWith("NGÀY")) titleLines[0] = `${titleLines[0]} ${phrase}`;
    else titleLines.push(phrase);
  }
  // The days a clerk's title gives: the plan's own when it names them, else the period's calendar days.
  if (statesPeriod) {
    said.from = plan.from;
    said.to = plan.to;
    said.days = plan.to - plan.from + 1;
  }
  if (statesDays) said.days = plan.nominal as number;
  if (statesAsOf) said.asOf = asOf;
  if (statesDays || statesPeriod || statesAsOf) tags.push("title-states-campaign");
  if (rng.chance(0.4)) {
    sheet.set(row, 1, rng.pick(["CÔNG AN HUYỆN VĂN LÂM", "UBND HUYỆN KIM ĐỘNG", "CÔNG AN TỈNH HƯNG YÊN"]));
    sheet.set(row, Math.max(4, lastCol - 2), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    row += 2;
  }
  for (const line of titleLines) {
    sheet.set(row, 1, line);
    sheet.merge(row, 1, row, lastCol);
    row++;
  }
  if (rng.chance(0.3)) {
    sheet.set(row, lastCol - 1, rng.pick(W.UNIT_OF_MEASURE));
    tags.push("unit-of-measure-line");
    row++;
  } else if (rng.chance(0.5)) row++;

  // Header rows with merges.
  const top = row;
  const labels: Record<number, string> = {};
  cols.forEach((col, c) => (labels[c + 1] = col.path.join(" › ")));
  for (let c = 0; c < cols.length; c++) {
    const path = cols[c].path;
    for (let level = 0; level < path.length; level++) {
      const prefix = path.slice(0, level + 1).join("|");
      const prevSame = c > 0 && cols[c - 1].path.length > level && cols[c - 1].path.slice(0, level + 1).join("|") === prefix;
      if (prevSame && level < path.length - 1) continue;
      const leaf = level === path.length - 1;
      let right = c;
      if (!leaf) while (right + 1 < cols.length && cols[right + 1].path.slice(0, level + 1).join("|") === prefix && cols[right + 1].path.length > level + 1) right++;
      const typed = header1(path[level]);
      sheet.set(top + level, c + 1, typed);
      for (let k = c; k <= right; k++) labels[k + 1] = labels[k + 1].replace(path[level], typed);
      sheet.merge(top + level, c + 1, leaf ? top + depth - 1 : top + level, right + 1);
    }
  }
  row = top + depth;
  if (rng.chance(0.35)) {
    const letters = rng.chance(0.5);
    cols.forEach((_, c) => sheet.set(row, c + 1, letters ? (c < 2 ? String.fromCharCode(65 + c) : c - 1) : `(${c + 1})`));
    tags.push("column-number-row");
    row++;
  }

  // Data rows: sections, totals, blank rows.
  const all = names.map((_, i) => i);
  const sectioned = units >= 6 && rng.chance(0.2);
  const sectionHeadSums = sectioned && rng.chance(0.5);
  const totalLabel = rng.pick(W.TOTAL_ROWS);
  const totalOnTop = rng.chance(0.35);
  const noTotal = rng.chance(0.1);
  const writeFigures = (r: number, idx: number[]) => {
    cols.forEach((col, c) => {
      const v = figure(col, idx, days);
      if (v === null) return;
      const m = col.measure as MeasureData;
      if (Number.isNaN(v)) sheet.set(r, c + 1, { error: "#DIV/0!" });
      else sheet.set(r, c + 1, col.role === "rate" ? typeRate(v, m.decimals, numbers, rng) : typeCount(v, numbers, rng));
    });
  };
  const writeTotal = () => {
    if (noTotal) return;
    sheet.set(row, unitIdx + 1, totalLabel);
    writeFigures(row, all);
    row++;
  };
  if (totalOnTop) writeTotal();
  if (noTotal) tags.push("no-total-row");
  else tags.push(totalOnTop ? "total-on-top" : "total-at-bottom");
  const unitRow = (i: number, k: number) => {
    if (hasIndex) sheet.set(row, 1, k);
    sheet.set(row, unitIdx + 1, names[i]);
    writeFigures(row, [i]);
    if (layout.columns.length + 2 < lastCol && rng.chance(0.2)) sheet.set(row, lastCol, rng.pick(["Vượt chỉ tiêu", "Chậm tiến độ", "Đơn vị mới sáp nhập"]));
    row++;
    if (rng.chance(0.06)) {
      row++;
      if (!tags.includes("blank-rows")) tags.push("blank-rows");
    }
  };
  if (sectioned) {
    tags.push(sectionHeadSums ? "sections-head-with-sums" : "sections-with-subtotals");
    const cut = Math.floor(units / 2);
    const parts = [all.slice(0, cut), all.slice(cut)];
    parts.forEach((part, s) => {
      const sec = W.SECTIONS[s];
      if (hasIndex) sheet.set(row, 1, ["I", "II"][s]);
      sheet.set(row, unitIdx + 1, hasIndex ? sec.head.replace(/^[IV]+\. /, "") : sec.head);
      if (sectionHeadSums) writeFigures(row, part);
      row++;
      part.forEach((i, k) => unitRow(i, k + 1));
      if (!sectionHeadSums) {
        sheet.set(row, unitIdx + 1, sec.subtotal);
        writeFigures(row, part);
        row++;
      }
    });
  } else all.forEach((i) => unitRow(i, i + 1));
  if (!totalOnTop) writeTotal();

  // Notes and signatures.
  if (rng.chance(0.5)) {
    row++;
    sheet.set(row++, 1, rng.pick(W.NOTES));
    tags.push("notes-below");
  }
  if (rng.chance(0.4)) {
    row++;
    const [title, name] = rng.pick(W.SIGNERS);
    sheet.set(row, unitIdx + 1, "NGƯỜI LẬP BIỂU");
    sheet.set(row, lastCol - 1, title);
    sheet.set(row + 3, unitIdx + 1, "Phạm Thị Lan");
    sheet.set(row + 3, lastCol - 1, name);
    tags.push("signatures");
  }

  // Expectation.
  const measures: ExpectedMeasure[] = layout.measures.map((m) => {
    const columns: Partial<Record<Role, number>> = {};
    const figures: Partial<Record<Role, number[]>> = {};
    cols.forEach((col, c) => {
      if (col.measure === m && col.role !== "day" && col.role !== "note") {
        columns[col.role] = c + 1;
        figures[col.role] = all.map((i) => figure(col, [i], days) as number);
      }
    });
    const base = layout.chained.get(m);
    if (base) {
      const c = cols.findIndex((col) => col.measure === base && col.role === "done");
      columns.target = c + 1;
      figures.target = base.done.slice();
    }
    return { name: m.key, columns, figures };
  });
  const ignoredCols = cols.map((col, c) => (col.role === "day" || (col.role === "note" && c !== unitIdx && !(hasIndex && c === 0)) ? c + 1 : 0)).filter((c) => c > 0);
  return {
    id: `h${String(seed).padStart(3, "0")}`,
    family: layout.family,
    tags,
    grid: sheet.grid(),
    expect: { units: names, measures, ignoredCols, campaign: said, trueAsOf: asOf, truth: { from: plan.from, to: plan.to, days }, labels },
  };
}

export function buildHeldout(count = 150, firstSeed = 1): HeldoutCase[] {
  return Array.from({ length: count }, (_, i) => buildCase(firstSeed + i));
}
