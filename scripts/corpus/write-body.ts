// Writing the rows under the header: the units with their figures, the total row (at the top or the bottom, or
// none), a blank row among the units sometimes, and notes or a signature under the table.
import type { CellValue } from "../../src/core/types";
import type { Rng } from "./prng";
import type { TablePlan, ColumnKind } from "./plan";
import type { TableFigures } from "./figures-plan";
import type { Wording } from "./wordings";
import { countCell, halfUp, NUMBER_STYLES, RATE_STYLES, rateCell } from "./figures";
import { fittingTotals, NameKind } from "./units";
import { notesUnder } from "./notes";
import { SheetDraft } from "./sheet";
import { Spoil, stripDiacritics } from "./spoil";

export interface Body {
  plan: TablePlan;
  /** Per measure, per unit. */
  figures: TableFigures[][];
  names: string[];
  nameKind: NameKind;
  totals: readonly Wording[];
  hasIndex: boolean;
  unitCol: number;
  width: number;
  planDays: number;
  spoil: Spoil;
}

/** The total row: sums; its remaining sums the units' (0 over target, as offices' SUM does); daily = total ÷ days. */
function totalFigures(figures: TableFigures[][], planDays: number): TableFigures[] {
  return figures.map((perUnit) => {
    const sum = (k: "target" | "done" | "remaining" | "today") => (perUnit[0][k] === null ? null : perUnit.reduce((s, f) => s + (f[k] as number), 0));
    const target = sum("target") as number;
    // A SUM over a #REF! is #REF! too.
    const broken = perUnit.some((f) => f.broken);
    return { target, done: sum("done"), remaining: sum("remaining"), today: sum("today"), daily: perUnit[0].daily === null ? null : halfUp(target / planDays), broken };
  });
}

/** Writes the body from `top`; returns the total row's label (null without one) and the features used. */
export function writeBody(sheet: SheetDraft, top: number, body: Body, rng: Rng): { totalLabel: string | null; totalRow: number | null; unitRows: number[]; features: string[] } {
  const { plan, figures, names, unitCol, width } = body;
  const features: string[] = [];
  const numberStyle = rng.weighted(NUMBER_STYLES.map((s) => [s, s === "number" ? 3 : 1] as const));
  features.push(`numbers:${numberStyle}`);
  const rateStyle = rng.pick(RATE_STYLES);
  if (plan.columns.some((c) => c.role === "rate")) features.push(`rates:${rateStyle}`);
  const valueOf = (f: TableFigures, role: ColumnKind): { value: CellValue; format?: string } => {
    if (f.broken && (role === "done" || role === "remaining" || role === "rate")) return { value: { error: "#REF!" } };
    if (role === "rate") return f.done === null ? { value: null } : rateCell(f.done, f.target as number, rateStyle) as { value: number | string; format: string };
    const n = f[role];
    return { value: n === null ? null : (countCell(n, numberStyle, rng) as number | string) };
  };
  let row = top;
  const writeFigures = (perMeasure: TableFigures[]) => plan.columns.forEach((c, j) => {
    const { value, format } = valueOf(perMeasure[c.measure], c.role);
    sheet.set(row, unitCol + 1 + j, value, format);
  });

  const totalPlace = rng.weighted([["bottom", 5], ["top", 2], ["none", 1]] as const);
  features.push(`total:${totalPlace}`);
  const totalWording = rng.pick(body.totals.filter((t) => fittingTotals(body.nameKind)(t.text)));
  const totalLabel = body.spoil === "no-diacritics" ? stripDiacritics(totalWording.text) : totalWording.text;
  if (totalPlace !== "none") features.push(totalWording.family);
  const totalAcross = body.hasIndex && rng.chance(0.3);
  let totalRow: number | null = null;
  const unitRows: number[] = [];
  const writeTotal = () => {
    totalRow = row;
    sheet.set(row, totalAcross ? 1 : unitCol, totalLabel);
    if (totalAcross) sheet.merge(row, 1, row, unitCol);
    writeFigures(totalFigures(figures, body.planDays));
    row++;
  };
  if (totalPlace === "top") writeTotal();
  const blankAfter = rng.chance(0.2) ? rng.int(0, names.length - 2) : -1;
  if (blankAfter >= 0) features.push("rows:blank row among units");
  // Sections headed by a row carrying their sums ("I. KHỐI PHƯỜNG | 1.200 | …", then its units): no units.
  const heads = sectionHeadsPlan(rng.fork("sections"), names.length);
  if (heads.size > 0) features.push("rows:section heads with sums");
  // Or sections closed by a row naming their group, with their sums (old districts after the 2025 mergers).
  const footers = heads.size > 0 ? new Map<number, { label: string; count: number }>() : sectionFootersPlan(rng.fork("footers"), names.length);
  if (footers.size > 0) features.push("rows:group subtotals named for their group");
  names.forEach((name, u) => {
    const head = heads.get(u);
    if (head) {
      if (body.hasIndex && head.numeral) sheet.set(row, 1, head.numeral);
      sheet.set(row, unitCol, body.spoil === "no-diacritics" ? stripDiacritics(head.label) : head.label);
      writeFigures(totalFigures(figures.map((perUnit) => perUnit.slice(u, u + head.count)), body.planDays));
      row++;
    }
    if (body.hasIndex) sheet.set(row, 1, u + 1);
    sheet.set(row, unitCol, name);
    unitRows.push(row);
    writeFigures(figures.map((perUnit) => perUnit[u]));
    row++;
    const footer = footers.get(u);
    if (footer) {
      sheet.set(row, unitCol, body.spoil === "no-diacritics" ? stripDiacritics(footer.label) : footer.label);
      writeFigures(totalFigures(figures.map((perUnit) => perUnit.slice(u + 1 - footer.count, u + 1)), body.planDays));
      row++;
    }
    if (u === blankAfter) row++;
  });
  if (totalPlace === "bottom") writeTotal();

  const { note, signer } = notesUnder(rng.fork("notes"));
  if (note || signer) {
    features.push("rows:notes or signature under");
    row++;
    if (note) sheet.set(row++, 1, note);
    signer?.forEach((line) => sheet.set(row++, Math.max(1, width - 2), line));
  }
  return { totalLabel: totalPlace === "none" ? null : totalLabel, totalRow, unitRows, features };
}

/** Old districts a province's communes are grouped by, and the ways a group's closing row names it. */
const OLD_DISTRICTS: readonly string[] = ["Tiên Lãng", "Vĩnh Bảo", "An Lão", "Kiến Thụy", "Thủy Nguyên", "Mường Tè", "Sìn Hồ"];
const GROUP_FOOTERS: readonly ((name: string) => string)[] = [
  (n) => `Cộng ${n}`, (n) => `Cộng huyện ${n} (cũ)`, (n) => `${n} (cũ)`, (n) => `Huyện ${n} cũ`, (n) => `Tổng ${n}`, (n) => `Địa bàn ${n}`,
];

/** Where groups end (index of a group's last unit → its closing row), for a table of enough units; mostly none. */
function sectionFootersPlan(rng: Rng, unitCount: number): Map<number, { label: string; count: number }> {
  const out = new Map<number, { label: string; count: number }>();
  if (unitCount < 6 || !rng.chance(0.15)) return out;
  const wording = rng.pick(GROUP_FOOTERS);
  const sections = unitCount >= 9 && rng.chance(0.5) ? 3 : 2;
  const names = rng.shuffle([...OLD_DISTRICTS]);
  const size = Math.floor(unitCount / sections);
  for (let k = 0; k < sections; k++) {
    const start = k * size;
    const count = k === sections - 1 ? unitCount - start : size;
    out.set(start + count - 1, { label: wording(names[k]), count });
  }
  return out;
}

/** Section head labels: with a Roman numeral, a "Khối"/"Cụm"/"Nhóm" word, or neither (then the figures alone tell). */
const SECTION_HEADS: readonly (readonly string[])[] = [
  ["KHỐI PHƯỜNG", "KHỐI XÃ", "KHỐI THỊ TRẤN"], ["Khối phường", "Khối xã", "Khối thị trấn"], ["Cụm 1", "Cụm 2", "Cụm 3"],
  ["Nhóm A", "Nhóm B", "Nhóm C"], ["Vùng thấp", "Vùng cao", "Vùng biên giới"], ["Khu vực I", "Khu vực II", "Khu vực III"],
  ["Miền núi", "Đồng bằng", "Ven biển"],
];
const NUMERALS = ["I", "II", "III"];

/** Where sections start (unit index → head), for a table of enough units; mostly none. */
function sectionHeadsPlan(rng: Rng, unitCount: number): Map<number, { label: string; numeral: string | null; count: number }> {
  const out = new Map<number, { label: string; numeral: string | null; count: number }>();
  if (unitCount < 6 || !rng.chance(0.15)) return out;
  const labels = rng.pick(SECTION_HEADS);
  const sections = unitCount >= 9 && rng.chance(0.5) ? 3 : 2;
  const numbered = rng.chance(0.5);
  const inLabel = numbered && rng.chance(0.5);
  const size = Math.floor(unitCount / sections);
  for (let k = 0; k < sections; k++) {
    const start = k * size;
    const count = k === sections - 1 ? unitCount - start : size;
    out.set(start, { label: inLabel ? `${NUMERALS[k]}. ${labels[k]}` : labels[k], numeral: numbered && !inLabel ? NUMERALS[k] : null, count });
  }
  return out;
}
