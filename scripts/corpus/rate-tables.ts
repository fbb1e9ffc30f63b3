// Seeded tables whose targets are shares, as the Cần Thơ plan sets them ("tối thiểu 30% hồ sơ đăng ký thường trú,
// 50% … tạm trú, 70% … tạm vắng, 100% … lưu trú … trực tuyến"): per measure a base (all files), the count
// achieving it (online) and the share reached, with the target share per row (30, "30%", 0.3 formatted as a
// percentage, "30,0"), in a column's header or once in the title; one to four rate measures, sometimes beside a
// count measure; one or two header rows. The expectation is how each case was made.
import type { Grid } from "../../src/core/types";
import { makeRng, Rng } from "./prng";
import { SheetDraft } from "./sheet";

export type SharePlace = "row" | "header" | "parent" | "title";
export type ShareStyle = "number" | "percent-text" | "fraction-format" | "comma-text";

export interface RateTopic {
  topic: string;
  percent: number;
  /** How the title names the files the share is of. */
  object: string;
}

const TOPICS: readonly RateTopic[] = [
  { topic: "Đăng ký thường trú", percent: 30, object: "hồ sơ đăng ký thường trú" },
  { topic: "Đăng ký tạm trú", percent: 50, object: "hồ sơ đăng ký tạm trú" },
  { topic: "Khai báo tạm vắng", percent: 70, object: "hồ sơ khai báo tạm vắng" },
  { topic: "Thông báo lưu trú", percent: 100, object: "thực hiện thông báo lưu trú" },
];
const BASE_WORDS = ["Tổng số hồ sơ", "Tổng số hồ sơ tiếp nhận", "Số hồ sơ đã tiếp nhận", "Tổng số"];
const DONE_WORDS = ["Trong đó trực tuyến", "Số hồ sơ trực tuyến", "Qua dịch vụ công trực tuyến", "Tiếp nhận trực tuyến"];
const RATE_WORDS = ["Tỷ lệ (%)", "Tỷ lệ trực tuyến (%)", "Tỉ lệ %", "Tỷ lệ đạt (%)"];
const TARGET_SHARE_WORDS = ["Chỉ tiêu (%)", "Tỷ lệ phải đạt", "Chỉ tiêu tỷ lệ", "Mục tiêu (%)", "Tỷ lệ được giao (%)"];
const HEADER_STATEMENTS: readonly ((p: number) => string)[] = [(p) => `(chỉ tiêu ≥ ${p}%)`, (p) => `(tối thiểu ${p}%)`, (p) => `- chỉ tiêu ${p}%`, (p) => `(CT: ${p}%)`];
const UNITS = ["Xã An Bình", "Phường Cái Khế", "Xã Mỹ Khánh", "Phường An Hòa", "Thị trấn Phong Điền", "Xã Nhơn Ái", "Phường Hưng Lợi", "Xã Giai Xuân", "Phường Thới An", "Xã Tân Thới", "Phường Long Tuyền", "Xã Trường Long"];

export interface ExpectedRateMeasure {
  kind: "rate" | "count";
  /** The column of the base (a count measure's target) and of the count achieving it. */
  baseCol: number;
  doneCol: number;
  base: number[];
  done: number[];
  /** Per unit, the target share as a whole percentage (rate measures only). */
  percent: number[];
}

export interface RateCase {
  id: string;
  grid: Grid;
  units: string[];
  measures: ExpectedRateMeasure[];
  features: string[];
}

function shareCell(p: number, style: ShareStyle): { value: number | string; format?: string } {
  if (style === "number") return { value: p };
  if (style === "percent-text") return { value: `${p}%` };
  if (style === "fraction-format") return { value: p / 100, format: "0%" };
  return { value: `${p},0` };
}

/** A share reached of about `percent`, some units over it, some under (done ≤ base). */
function doneOf(rng: Rng, base: number, percent: number): number {
  const share = Math.min(1, Math.max(0, (percent + rng.int(-25, 15)) / 100));
  return Math.min(base, Math.round(base * share));
}

export function generateRateCase(seed: number, index: number): RateCase {
  const rng = makeRng(seed).fork(`rate-${index}`);
  const place = rng.pick<SharePlace>(["row", "header", "parent", "title"]);
  const style = rng.pick<ShareStyle>(["number", "percent-text", "fraction-format", "comma-text"]);
  const count = place === "title" && rng.chance(0.3) ? 1 : rng.int(1, 4);
  const topics = rng.shuffle([...TOPICS]).slice(0, count);
  // Two header rows (a parent per measure) whenever the topic must be named: several measures, or a parent share.
  const twoRows = count > 1 || place === "parent" || rng.chance(0.5);
  const withCount = rng.chance(0.35);
  const unitCount = rng.int(3, 12);
  const units = rng.shuffle([...UNITS]).slice(0, unitCount);
  const features = [`rate:share ${place}`, `rate:${count} measure${count > 1 ? "s" : ""}`, twoRows ? "header:2 rows" : "header:1 row"];
  if (place === "row") features.push(`rate:share as ${style}`);
  if (withCount) features.push("rate:beside a count measure");

  const sheet = new SheetDraft();
  let row = 1;
  sheet.set(row++, 1, "CÔNG AN THÀNH PHỐ CẦN THƠ");
  const title = place === "title"
    ? `Bảo đảm tối thiểu ${topics.map((t) => `${t.percent}% ${t.object}`).join(", ")} được tiếp nhận thông qua cổng dịch vụ công trực tuyến`
    : "KẾT QUẢ TIẾP NHẬN HỒ SƠ TRỰC TUYẾN";
  sheet.set(row++, 1, title);
  row++;
  const top = row;
  const depth = twoRows ? 2 : 1;
  const headerRow = top + depth - 1;
  const put = (col: number, text: string) => sheet.set(headerRow, col, text);
  sheet.set(top, 1, "STT");
  sheet.set(top, 2, "Đơn vị");
  if (twoRows) {
    sheet.merge(top, 1, headerRow, 1);
    sheet.merge(top, 2, headerRow, 2);
  }
  let col = 3;
  const measures: ExpectedRateMeasure[] = [];
  const columnsOf: { base: number; done: number; rate?: number; share?: number }[] = [];
  if (withCount) {
    const first = col;
    if (twoRows) {
      sheet.set(top, col, "Thu nhận hồ sơ cấp thẻ Căn cước");
      sheet.merge(top, col, top, col + 2);
    }
    put(col, "Chỉ tiêu");
    put(col + 1, "Đã thực hiện");
    put(col + 2, "Tỷ lệ (%)");
    const target = units.map(() => rng.int(200, 3000));
    measures.push({ kind: "count", baseCol: first, doneCol: first + 1, base: target, done: target.map((t) => rng.int(0, t)), percent: [] });
    columnsOf.push({ base: first, done: first + 1, rate: first + 2 });
    col += 3;
  }
  // A per-row share may stand without a column of the share reached: the figures then tie base and done.
  const withRate = place !== "row" || rng.chance(0.7);
  if (!withRate) features.push("rate:no share-reached column");
  for (const t of topics) {
    const first = col;
    const width = (place === "row" ? 4 : 3) - (withRate ? 0 : 1);
    const statement = rng.pick(HEADER_STATEMENTS)(t.percent);
    if (twoRows) {
      sheet.set(top, col, place === "parent" ? `${t.topic} ${statement}` : t.topic);
      sheet.merge(top, col, top, col + width - 1);
    }
    put(col, rng.pick(BASE_WORDS));
    put(col + 1, rng.pick(DONE_WORDS));
    if (withRate) put(col + 2, place === "header" ? `Tỷ lệ trực tuyến ${statement}` : rng.pick(RATE_WORDS));
    if (place === "row") put(col + (withRate ? 3 : 2), rng.pick(TARGET_SHARE_WORDS));
    const base = units.map(() => rng.int(20, 2000));
    measures.push({ kind: "rate", baseCol: first, doneCol: first + 1, base, done: base.map((b) => doneOf(rng, b, t.percent)), percent: units.map(() => t.percent) });
    columnsOf.push({ base: first, done: first + 1, ...(withRate ? { rate: first + 2 } : {}), ...(place === "row" ? { share: first + (withRate ? 3 : 2) } : {}) });
    col += width;
  }
  row = headerRow + 1;
  const rateDecimals = rng.int(0, 2);
  const writeRow = (label: string, index: number | null, figures: (m: ExpectedRateMeasure) => { base: number; done: number; percent: number | null }) => {
    if (index !== null) sheet.set(row, 1, index);
    sheet.set(row, 2, label);
    measures.forEach((m, k) => {
      const f = figures(m);
      const c = columnsOf[k];
      sheet.set(row, c.base, f.base);
      sheet.set(row, c.done, f.done);
      if (c.rate !== undefined && f.base > 0) sheet.set(row, c.rate, Math.round((f.done / f.base) * 100 * 10 ** rateDecimals) / 10 ** rateDecimals);
      if (c.share !== undefined && f.percent !== null) {
        const cell = shareCell(f.percent, style);
        sheet.set(row, c.share, cell.value, cell.format);
      }
    });
    row++;
  };
  units.forEach((name, u) => writeRow(name, u + 1, (m) => ({ base: m.base[u], done: m.done[u], percent: m.percent[u] ?? null })));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  writeRow("Tổng cộng", null, (m) => ({ base: sum(m.base), done: sum(m.done), percent: m.percent[0] ?? null }));
  return { id: `r${seed}-${index}`, grid: sheet.toGrid("Trực tuyến"), units, measures, features };
}

export function generateRateCorpus(seed: number, count: number): RateCase[] {
  return Array.from({ length: count }, (_, i) => generateRateCase(seed, i));
}
