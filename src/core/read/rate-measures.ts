// Targets that are shares. A plan may set "tối thiểu 30% hồ sơ … trực tuyến" rather than a count; the table then
// has a base (all files), the count achieving it (online) and the share, with the target share in a column of
// its own ("Chỉ tiêu (%)"), in a column's header ("Tỷ lệ trực tuyến (chỉ tiêu ≥ 30%)") or once in the title.
// Such a measure is a rate measure: its target column is read as the base, and its target share as a fraction.
// A share is a target only when words of a target stand before it ("tối thiểu", "chỉ tiêu", "≥"); "100% chỉ tiêu"
// is the whole count target, and a measure whose base is named a target ("Chỉ tiêu", "Kế hoạch") stays a count.
import type { Finding, Grid, Measure, UnitRow } from "../types";
import { cellAddress, columnLetters } from "../address";
import { parseNumberDetailed } from "../numbers";
import {
  anyPhrase, BARE_SHARE_HEADING_WORDS, COUNT_TARGET_PHRASES, normalizeText, NOT_TARGET_SHARE_PHRASES, SHARE_STATEMENT_LEADS, TARGET_SHARE_PHRASES, WHOLE_TARGET_OBJECTS,
} from "../vocabulary";
import { info } from "./findings";
import { LABEL_JOINER } from "./header";
import type { ValueColumn } from "./measures";
import type { SheetView } from "./sheet-view";

/** A share stated in words, with the words after it (what it is a share of). */
export interface StatedShare {
  share: number;
  object: string;
}

/** "Chỉ tiêu (%)", "Tỷ lệ phải đạt": a column holding each row's target share. */
export function isTargetShareColumn(parts: string[]): boolean {
  const leaf = normalizeText(parts[parts.length - 1] ?? "");
  return leaf !== "" && anyPhrase(TARGET_SHARE_PHRASES, leaf) && !anyPhrase(NOT_TARGET_SHARE_PHRASES, leaf);
}

const SHARE_NUMBER = /(\d{1,3}(?:[.,]\d{1,3})?)\s*%/g;
/** A comparison sign right before the number ("≥ 30%", ">= 30%") states a minimum share. */
const AT_LEAST_SIGN = /(?:≥|>=|>|⩾)\s*$/;

/** Every share the text states as a target: "tối thiểu 30% hồ sơ đăng ký thường trú, 50% hồ sơ …". */
export function statedShares(text: string): StatedShare[] {
  const out: StatedShare[] = [];
  let listed = false;
  for (const m of text.matchAll(SHARE_NUMBER)) {
    const at = m.index ?? 0;
    const before = text.slice(0, at);
    const lead = normalizeText(before);
    // "tối thiểu 30% …, 50% …, 70% …": the shares listed after the first one share its lead.
    const continues = listed && /[,;]\s*(?:và\s+|and\s+)?$/i.test(before);
    const led = AT_LEAST_SIGN.test(before) || anyPhrase(SHARE_STATEMENT_LEADS, lead) || continues;
    const after = text.slice(at + m[0].length).split(/[,;.(]|\d+(?:[.,]\d+)?\s*%/)[0];
    const object = normalizeText(after);
    if (!led || anyPhrase(WHOLE_TARGET_OBJECTS, object)) {
      listed = false;
      continue;
    }
    const share = Number(m[1].replace(",", ".")) / 100;
    if (!(share > 0 && share <= 1)) continue;
    out.push({ share, object });
    listed = true;
  }
  return out;
}

/**
 * A header without the share it states ("Đăng ký thường trú (chỉ tiêu ≥ 30%)", "… - tối thiểu 30%"): the
 * statement names the measure's target share, not the column's role, so role words are read without it.
 */
export function withoutShareStatement(text: string): string {
  if (!text.includes("%") || statedShares(text).length === 0) return text;
  const bracketed = text.replace(/\([^()]*\d\s*%[^()]*\)/g, " ");
  if (bracketed !== text) return bracketed;
  const at = text.search(/\d{1,3}(?:[.,]\d{1,3})?\s*%/);
  const cut = Math.max(text.lastIndexOf(" - ", at), text.lastIndexOf(" – ", at), text.lastIndexOf(":", at));
  return cut > 0 ? text.slice(0, cut) : text;
}

/** Words of a label that tell one share's object from another's ("thuong tru" vs "tam tru"). */
function words(text: string): Set<string> {
  return new Set(normalizeText(text).split(" ").filter((w) => w.length >= 2 && !/^\d/.test(w)));
}

/**
 * The title's share for a measure: the only one, else the one whose words the measure's name shares most (words
 * every share's object has, "hồ sơ", tell none apart); none when two tie.
 */
function shareFor(label: string, shares: StatedShare[]): StatedShare | null {
  if (shares.length === 1) return shares[0];
  const objects = shares.map((s) => words(s.object));
  const own = [...words(label)].filter((w) => !objects.every((o) => o.has(w)));
  const scored = shares.map((s, i) => ({ s, n: own.filter((w) => objects[i].has(w)).length })).sort((a, b) => b.n - a.n);
  if (scored.length === 0 || scored[0].n === 0 || (scored.length > 1 && scored[1].n === scored[0].n)) return null;
  return scored[0].s;
}

function firstCol(m: Measure): number {
  return Math.min(...(Object.values(m.columns) as number[]));
}

function lastCol(m: Measure): number {
  return Math.max(...(Object.values(m.columns) as number[]));
}

export interface RateContext {
  /** The header parts of a column, top first. */
  partsOf: (col: number) => string[];
  labelOf: (col: number) => string;
  /** Texts above the header (the title, the plan's lines). */
  titleTexts: string[];
  headerBottom: number;
  /** A sample of unit rows and how to read a figure, for the figures' say where the words say nothing. */
  unitRows: number[];
  read: (row: number, col: number) => number | null;
}

/** One column, whatever role the words gave it: a count standing alone in its block. */
function loneColumn(m: Measure): number | null {
  const cols = Object.values(m.columns) as number[];
  return cols.length === 1 && m.columns.rate === undefined && m.columns.daily === undefined ? cols[0] : null;
}

/**
 * A share column with no block of base and result on its left, but two lone count columns there ("Tổng số hồ
 * sơ | Số hồ sơ trực tuyến | Chỉ tiêu (%)"): the right one is the part achieving the share when the figures say
 * it is a part of the left one (never more, and less on some row). They become one measure: base and done.
 */
function pairByFigures(measures: Measure[], shareCol: number, ctx: RateContext): Measure | null {
  const before = measures.filter((m) => Object.keys(m.columns).length > 0 && lastCol(m) < shareCol).sort((a, b) => lastCol(b) - lastCol(a));
  const [right, left] = before;
  const [doneCol, baseCol] = [right && loneColumn(right), left && loneColumn(left)];
  if (!right || !left || doneCol === null || baseCol === null || doneCol !== baseCol + 1) return null;
  let less = 0;
  let seen = 0;
  for (const row of ctx.unitRows) {
    const [whole, part] = [ctx.read(row, baseCol), ctx.read(row, doneCol)];
    if (whole === null || part === null) continue;
    if (part > whole) return null;
    seen++;
    if (part < whole) less++;
  }
  if (seen < 2 || less === 0) return null;
  left.columns = { target: baseCol, done: doneCol };
  right.columns = {};
  return left;
}

/**
 * The measures with the target-share columns given to the measure left of each, and the shares stated in a
 * header or the title: each such measure becomes a rate measure.
 */
export function makeRateMeasures(measures: Measure[], shareColumns: ValueColumn[], ctx: RateContext): { measures: Measure[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const out: Measure[] = measures.map((m) => ({ ...m, columns: { ...m.columns } }));
  const counted = (m: Measure) => m.columns.done !== undefined && (m.columns.target !== undefined || m.columns.remaining !== undefined);
  for (const column of shareColumns) {
    // The nearest block on its left that counts a base and a result, without a share yet.
    // Two lone count columns right before it, a part and its whole by their figures, come first.
    const owner = pairByFigures(out, column.col, ctx)
      ?? out.filter((m) => counted(m) && m.targetRateCol === undefined && firstCol(m) < column.col).sort((a, b) => lastCol(b) - lastCol(a))[0];
    const params = { col: columnLetters(column.col), label: ctx.labelOf(column.col) };
    if (!owner) {
      findings.push(info("rate-target-unused", "reader.diag.rate-target-unused", params, cellAddress(ctx.headerBottom, column.col)));
      continue;
    }
    owner.kind = "rate";
    owner.targetRateCol = column.col;
    owner.label = rateMeasureName(owner, ctx);
    findings.push(info("rate-measure", "reader.diag.rate-measure-column", { ...params, measure: owner.label }, cellAddress(ctx.headerBottom, column.col)));
  }
  const titleShares = ctx.titleTexts.flatMap(statedShares);
  for (const m of out) {
    if (m.kind === "rate" || !counted(m)) continue;
    const cols = Object.values(m.columns) as number[];
    // The nearest words first: the rate column's own, then the block's other columns and their parents, whose
    // words a neighbouring block may share.
    const ordered = m.columns.rate !== undefined ? [m.columns.rate, ...cols.filter((c) => c !== m.columns.rate)] : cols;
    let stated: { share: number; col: number } | null = null;
    for (const col of ordered) {
      const found = [...new Set(ctx.partsOf(col))].flatMap(statedShares);
      if (found.length === 1) {
        stated = { share: found[0].share, col };
        break;
      }
    }
    if (stated) {
      m.kind = "rate";
      m.targetRate = stated.share;
      m.label = rateMeasureName(m, ctx);
      findings.push(info("rate-measure", "reader.diag.rate-measure-header", { measure: m.label, share: percentText(stated.share), col: columnLetters(stated.col) }, cellAddress(ctx.headerBottom, stated.col)));
      continue;
    }
    // The title's share, only for a block whose base is a count of things, not a count target.
    const base = m.columns.target;
    if (titleShares.length === 0 || base === undefined || anyPhrase(COUNT_TARGET_PHRASES, normalizeText(ctx.labelOf(base)))) continue;
    const match = shareFor(m.label, titleShares);
    if (!match) continue;
    m.kind = "rate";
    m.targetRate = match.share;
    m.label = rateMeasureName(m, ctx);
    findings.push(info("rate-measure", "reader.diag.rate-measure-title", { measure: m.label, share: percentText(match.share) }));
  }
  return { measures: out.filter((m) => Object.keys(m.columns).length > 0), findings };
}

/** A heading without its share statement and per-cent sign: "Tỷ lệ trực tuyến (%)" → "Tỷ lệ trực tuyến". */
function headingWords(text: string): string {
  return withoutShareStatement(text).replace(/\(\s*%\s*\)/g, " ").replace(/%/g, " ").replace(/\s+/g, " ").trim();
}

/**
 * What a rate measure is called. A block was named after its first count column, which for a rate is the base
 * ("Tổng số hồ sơ"): the period report then said "Chỉ tiêu "Tổng số hồ sơ" là tỷ lệ…", not what the clerk's
 * heading says. A name the group heading gave stays; else the group heading above the base, the rate or
 * target-share column's heading when it says more than "Tỷ lệ (%)", and last the column counting what is achieved.
 */
function rateMeasureName(m: Measure, ctx: RateContext): string {
  const base = m.columns.target;
  if (base === undefined || m.label !== ctx.labelOf(base)) return m.label;
  const parts = ctx.partsOf(base);
  if (parts.length > 1) return parts.slice(0, -1).join(LABEL_JOINER);
  for (const col of [m.columns.rate, m.targetRateCol]) {
    if (col === undefined) continue;
    const named = headingWords(ctx.labelOf(col));
    if (normalizeText(named).split(" ").some((w) => w !== "" && !BARE_SHARE_HEADING_WORDS.has(w))) return named;
  }
  return m.columns.done !== undefined ? headingWords(ctx.labelOf(m.columns.done)) || m.label : m.label;
}

function percentText(share: number): string {
  return `${Math.round(share * 10000) / 100}%`;
}

/**
 * Each row's target share from the measure's share column, as a fraction: "30%" and a percent format are
 * fractions already; typed 30 or "30,0" are per cent when any figure of the column passes 1 (a column of 0.3s
 * without a format is taken as fractions).
 */
export function readShares(view: SheetView, rows: UnitRow[], measures: Measure[]): void {
  const grid: Grid = view.grid;
  for (const m of measures) {
    const col = m.targetRateCol;
    if (m.kind !== "rate") continue;
    if (col === undefined) {
      for (const u of rows) if (u.values[m.id]) u.values[m.id].targetRate = m.targetRate ?? null;
      continue;
    }
    const read = rows.map((u) => {
      const parsed = parseNumberDetailed(view.raw(u.row, col), { kind: "rate", decimalSeparator: grid.decimalSeparator });
      const format = grid.numberFormats?.[u.row - view.firstRow]?.[col - view.firstCol];
      return { value: parsed.value, fraction: parsed.percent || (format !== undefined && format.includes("%")) };
    });
    const perCent = read.some((x) => !x.fraction && x.value !== null && x.value > 1);
    rows.forEach((u, i) => {
      const { value, fraction } = read[i];
      const share = value === null || value < 0 ? null : fraction || !perCent ? value : value / 100;
      if (u.values[m.id]) u.values[m.id].targetRate = share;
    });
  }
}
