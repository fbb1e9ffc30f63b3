// A seeded corpus of consolidation cases: a province's plan (units and targets by age group) and its communes'
// reports (results), in several layouts and spellings, with look-alike distinct communes, old-name files that sum
// into their new commune, renames, conflicts, missing senders, a neighbour's file, OCR-damaged names, and
// measures labelled differently in the plan and the reports. Each case says what the result must be, from how
// it was made: every expectation below is decided here, never read back from the product.
import { makeRng } from "./prng";
import type { CellValue } from "../../src/core/types";

export type ReportLayout = "merged-groups" | "role-parents-ascii" | "merged-groups-text";
export type Spelling = "plain" | "prefixed" | "capitals" | "mark-free" | "spaced" | "old-tone" | "ocr";

export interface CorpusSheet {
  label: string;
  sheet: string;
  rows: CellValue[][];
  /** Merged areas, A1 ranges ("C1:D1"). */
  merges: string[];
  format: "xlsx" | "xls" | "csv";
}
export interface UnitExpectation {
  unit: string;
  target: [number, number];
  /** Done by group, null when nobody sent. */
  done: [number, number] | null;
}
export interface CorpusCase {
  seed: number;
  plan: CorpusSheet;
  reports: CorpusSheet[];
  mapping: [string, string][];
  expected: UnitExpectation[];
  /** Units whose figures two sources give differently (a review line each). */
  conflicts: string[];
  /** Plan units reached by a loose (OCR-damaged) name, to confirm. */
  loose: string[];
  /** Names of reports from outside the plan: their own line, named. */
  unknown: string[];
}

/** The corpus's seeded source (scripts/corpus/prng.ts), as a bare function of floats in [0, 1). */
export function rng(seed: number): () => number {
  const source = makeRng(seed);
  return () => source.next();
}

/** Distinct communes that differ by one mark or one letter: both are always in the plan together. */
export const LOOK_ALIKE_PAIRS: [string, string][] = [
  ["An Hồng", "An Hưng"], ["Hồng Thái", "Đồng Thái"], ["Tân Hòa", "Tân Hóa"], ["Bình Lâm", "Vĩnh Lâm"],
  ["Minh Phong", "Bình Phong"], ["Thanh Khánh", "Thanh Thành"], ["Hồng Châu", "Đồng Châu"],
];
const FIRST = ["An", "Tân", "Bình", "Minh", "Quang", "Hòa", "Phú", "Đại", "Kim", "Thanh", "Hưng", "Quốc", "Nam", "Đông", "Yên", "Lê"];
const SECOND = ["Phong", "Tiến", "Lợi", "Sơn", "Tuấn", "Cương", "Thịnh", "Lộc", "Hải", "Xuân", "Trung", "Nghĩa", "Thủy", "Khoa", "Vinh", "Lạc"];

const MARKS = /[\u0300-\u036f]/g;
/** Letters only, no marks, lowercase: this generator's own fold (not the product's). */
export const fold = (s: string) => s.normalize("NFD").replace(MARKS, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();

/** Old tone placement ("Hòa" → "Hoà"), the same name by the older convention. */
const oldTone = (s: string) => s.normalize("NFD").replace(/([oO])([\u0300\u0301\u0303\u0309\u0323])([aAeE])/g, "$1$3$2").replace(/([uU])([\u0300\u0301\u0303\u0309\u0323])([yY])/g, "$1$3$2").normalize("NFC");

/** OCR damage: "o" read as "0" (one place), or a leading "Đ" read as "P". */
function ocr(name: string): string {
  if (name.startsWith("Đ")) return `P${name.slice(1)}`;
  const i = name.indexOf("o");
  return i >= 0 ? `${name.slice(0, i)}0${name.slice(i + 1)}` : name;
}

/** Letters differing at the same places (the generator's own measure of "near"). */
function near(a: string, b: string): boolean {
  const x = fold(a).replace(/ /g, "").replace(/0/g, "o").replace(/^p/, "d");
  const y = fold(b).replace(/ /g, "").replace(/0/g, "o").replace(/^p/, "d");
  if (x.length !== y.length) return false;
  let n = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) n++;
  return n <= 1;
}

function spell(name: string, how: Spelling): string {
  switch (how) {
    case "plain": return name;
    case "prefixed": return `Xã ${name}`;
    case "capitals": return `XÃ ${name.toLocaleUpperCase("vi")}`;
    case "mark-free": return fold(name).replace(/\b\w/g, (c) => c.toUpperCase());
    case "spaced": return ` ${name.replace(/ /g, "  ")} `;
    case "old-tone": return oldTone(name);
    case "ocr": return ocr(name);
  }
}

const dotted = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ".");

function planSheet(units: { name: string; target: [number, number] }[], twoRow: boolean): CorpusSheet {
  const body = units.map((u, i) => [i + 1, u.name, u.target[0] + u.target[1], u.target[0], u.target[1]]);
  return twoRow
    ? {
      label: "ke-hoach.xlsx", sheet: "Kế hoạch", format: "xlsx", merges: ["A1:E1", "A3:A4", "B3:B4", "C3:E3"],
      rows: [["KẾ HOẠCH GIAO CHỈ TIÊU THU NHẬN HỒ SƠ CĂN CƯỚC CHO TRẺ EM"], [], ["STT", "Đơn vị", "Tổng số", null, null], [null, null, "Tổng", "Từ 0 đến dưới 6 tuổi", "Từ 6 đến dưới 14 tuổi"], ...body],
    }
    : {
      label: "ke-hoach.xlsx", sheet: "Chỉ tiêu", format: "xlsx", merges: [],
      rows: [["STT", "Tên đơn vị", "Tổng", "0 - dưới 6 tuổi", "6 - dưới 14 tuổi"], ...body],
    };
}

interface ReportRow { typed: string; target: [number, number]; done: [number, number] }

function reportSheet(label: string, rows: ReportRow[], layout: ReportLayout, format: CorpusSheet["format"]): CorpusSheet {
  const text = layout === "merged-groups-text";
  const n = (x: number) => (text ? dotted(x) : x);
  if (layout === "role-parents-ascii") {
    return {
      label, sheet: "Bao cao", format, merges: ["C1:D1", "E1:F1", "A1:A2", "B1:B2"],
      rows: [
        ["TT", "Don vi", "Chi tieu", null, "Da thuc hien", null],
        [null, null, "Tu 0 den duoi 6 tuoi", "Tu 6 den duoi 14 tuoi", "Tu 0 den duoi 6 tuoi", "Tu 6 den duoi 14 tuoi"],
        ...rows.map((r, i) => [i + 1, r.typed, r.target[0], r.target[1], r.done[0], r.done[1]]),
      ],
    };
  }
  return {
    label, sheet: "Số liệu", format, merges: format === "csv" ? [] : ["A1:F1", "C3:D3", "E3:F3", "A3:A4", "B3:B4"],
    rows: [
      ["BÁO CÁO KẾT QUẢ THU NHẬN HỒ SƠ CĂN CƯỚC"], [],
      ["STT", "Đơn vị", "Từ 0 đến dưới 6 tuổi", null, "Từ 6 đến dưới 14 tuổi", null],
      [null, null, "Chỉ tiêu", "Đã thu nhận", "Chỉ tiêu", "Đã thu nhận"],
      ...rows.map((r, i) => [i + 1, r.typed, n(r.target[0]), n(r.done[0]), n(r.target[1]), n(r.done[1])]),
    ],
  };
}

/** One case: `units` communes (look-alike pairs included), each sending, merged from old ones, renamed or silent. */
export function corpusCase(seed: number, units = 8 + (seed % 25)): CorpusCase {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const names: string[] = [];
  for (const pair of LOOK_ALIKE_PAIRS) {
    const roll = r();
    if (roll < 0.4 && names.length + 2 <= units) names.push(...pair);
    else if (roll < 0.6 && names.length + 1 <= units) names.push(pair[0]);
  }
  while (names.length < units) {
    const name = `${pick(FIRST)} ${pick(SECOND)}`;
    if (!names.includes(name)) names.push(name);
  }
  const plan = names.map((name) => ({ name, target: [50 + Math.floor(r() * 2000), 80 + Math.floor(r() * 3000)] as [number, number] }));
  const bareUnique = (name: string) => names.filter((x) => fold(x) === fold(name)).length === 1;
  const alone = (name: string) => names.every((x) => x === name || !near(x, name));

  const reports: { label: string; rows: ReportRow[] }[] = [];
  const mapping: [string, string][] = [];
  const expected: UnitExpectation[] = [];
  const conflicts = new Set<string>();
  const loose: string[] = [];
  const unknown: string[] = [];
  const direct = new Set<string>();
  const file = (name: string) => `${String(reports.length + 1).padStart(3, "0")}-${fold(name).replace(/[^a-z0-9]+/g, "-")}`;

  for (const u of plan) {
    const done: [number, number] = [Math.floor(u.target[0] * r()), Math.floor(u.target[1] * r())];
    const roll = r();
    if (roll < 0.1) {
      expected.push({ unit: u.name, target: u.target, done: null }); // sent nothing
      continue;
    }
    expected.push({ unit: u.name, target: u.target, done });
    if (roll < 0.25) {
      // A merger: two to four old communes, each reporting its part under its old name.
      const count = 2 + Math.floor(r() * 3);
      let left = [...done] as [number, number];
      let leftT = [...u.target] as [number, number];
      for (let k = 0; k < count; k++) {
        const old = `${u.name} ${["Thượng", "Hạ", "Trung", "Tây"][k]}`;
        const last = k === count - 1;
        const part: [number, number] = last ? left : [Math.floor(left[0] / 2), Math.floor(left[1] / 2)];
        const partT: [number, number] = last ? leftT : [Math.floor(leftT[0] / 2), Math.floor(leftT[1] / 2)];
        left = [left[0] - part[0], left[1] - part[1]];
        leftT = [leftT[0] - partT[0], leftT[1] - partT[1]];
        mapping.push([old, u.name]);
        reports.push({ label: file(old), rows: [{ typed: spell(old, pick(["plain", "prefixed", "capitals"] as Spelling[])), target: partT, done: part }] });
      }
      continue;
    }
    if (roll < 0.33) {
      // A rename: one old name, the same commune.
      const old = `${u.name} Cũ`;
      mapping.push([old, u.name]);
      reports.push({ label: file(old), rows: [{ typed: `Xã ${old}`, target: u.target, done }] });
      continue;
    }
    let how: Spelling = pick(["plain", "prefixed", "capitals", "spaced", "old-tone", "mark-free", "ocr"]);
    if (how === "mark-free" && !bareUnique(u.name)) how = "prefixed";
    if (how === "ocr" && (ocr(u.name) === u.name || !alone(u.name))) how = "capitals";
    if (how === "ocr" && roll > 0.95) how = "capitals";
    if (how === "ocr") loose.push(u.name);
    else direct.add(u.name);
    reports.push({ label: file(u.name), rows: [{ typed: spell(u.name, how), target: u.target, done }] });
    if (roll > 0.95) {
      // Sent twice, the second time with another figure: the first is kept, the difference named.
      reports.push({ label: file(u.name), rows: [{ typed: u.name, target: u.target, done: [done[0] + 1, done[1]] }] });
      conflicts.add(u.name);
    } else if (roll > 0.9) {
      // A target that disagrees with the plan: the plan's is kept, the difference named.
      reports[reports.length - 1].rows[0].target = [u.target[0] + 7, u.target[1]];
      conflicts.add(u.name);
    }
  }
  // A neighbour's commune, one tone mark from a plan unit that sent its own: never folded into it.
  const sentPair = LOOK_ALIKE_PAIRS.find(([a, b]) => names.includes(a) && !names.includes(b) && direct.has(a) && names.every((x) => x === a || !near(x, b)));
  if (sentPair) {
    unknown.push(sentPair[1]);
    reports.push({ label: file(sentPair[1]), rows: [{ typed: `Xã ${sentPair[1]}`, target: [10, 10], done: [5, 5] }] });
  }
  // A few files gather several communes (a cluster's sheet).
  const gathered: { label: string; rows: ReportRow[] }[] = [];
  for (const rep of reports) {
    const last = gathered[gathered.length - 1];
    if (last && r() < 0.15 && last.rows.length < 4 && !rep.rows.some((x) => last.rows.some((y) => fold(y.typed) === fold(x.typed)))) last.rows.push(...rep.rows);
    else gathered.push({ label: rep.label, rows: [...rep.rows] });
  }
  const layouts: ReportLayout[] = ["merged-groups", "role-parents-ascii", "merged-groups-text"];
  const sheets = gathered.map((g, i) => {
    const format = pick(["xlsx", "xlsx", "xlsx", "xls", "csv"] as const);
    // A .csv keeps no merged cells, and role parents over groups need them to be read (the reader reads a csv
    // "Chi tieu" over two columns as the first column's parent only): a csv has its groups over its roles.
    const layout = pick(layouts);
    return reportSheet(`${g.label}${i}.${format}`, g.rows, format === "csv" && layout === "role-parents-ascii" ? "merged-groups" : layout, format);
  });
  return { seed, plan: planSheet(plan, r() < 0.5), reports: sheets, mapping, expected, conflicts: [...conflicts], loose, unknown };
}

export function consolidationCorpus(seed: number, count: number): CorpusCase[] {
  return Array.from({ length: count }, (_, i) => corpusCase(seed + i));
}

/** "C1:D1" → its corners (1-based). */
export function mergeArea(a1: string): { top: number; left: number; bottom: number; right: number } {
  const [from, to] = a1.split(":").map((ref) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref) as RegExpExecArray;
    return { col: [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0), row: Number(m[2]) };
  });
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
}

/** The sheet as a face hands it to the engine; a .csv has text cells only, as a csv reader gives them. */
export function corpusGrid(s: CorpusSheet): import("../../src/core/types").Grid {
  const values = s.format === "csv" ? s.rows.map((row) => row.map((v) => (v === null || v === undefined ? null : String(v)))) : s.rows;
  return { sheet: s.sheet, origin: { row: 1, col: 1 }, values, merges: s.merges.map(mergeArea), hiddenRows: [], hiddenCols: [] };
}
