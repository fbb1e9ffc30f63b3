// How titles state a campaign's days, its period and the data date, as data: each phrase with its family (what
// the score groups failures by). MAIN holds the phrases of domain.md and offices' plans; HELD_OUT other ones.
import type { DaySerial } from "../../src/core/types";
import { ymdFromSerial } from "../../src/core/dates";

type Phrase<A extends unknown[]> = readonly [family: string, write: (...args: A) => string];

export interface TitleWords {
  days: readonly Phrase<[n: number]>[];
  periods: readonly Phrase<[from: DaySerial, to: DaySerial, padded: boolean]>[];
  reportDates: readonly Phrase<[day: DaySerial, padded: boolean]>[];
}

/** A report date written at the end of the title itself ("BÁO CÁO … NGÀY 15/9/2024"), not on a line of its own. */
export const inTitle = (family: string) => family.startsWith("as-of:title");

export const d = (s: DaySerial, padded: boolean) => {
  const { y, m, d: day } = ymdFromSerial(s);
  const two = (n: number) => (padded && n < 10 ? `0${n}` : String(n));
  return `${two(day)}/${two(m)}/${y}`;
};
const dayMonth = (s: DaySerial) => {
  const { m, d: day } = ymdFromSerial(s);
  return `${day}/${m}`;
};
const longForm = (s: DaySerial) => {
  const { y, m, d: day } = ymdFromSerial(s);
  const two = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `ngày ${two(day)} tháng ${two(m)} năm ${y}`;
};

export const MAIN_TITLE_WORDS: TitleWords = {
  days: [
  ["days:ngày đêm", (n) => `CAO ĐIỂM ${n} NGÀY ĐÊM`],
  ["days:ngày đêm", (n) => `cao điểm ${n} ngày đêm`],
  ["days:“ngày, đêm”", (n) => `đợt cao điểm “${n} ngày, đêm”`],
  ["days:ngày, đêm", (n) => `đợt cao điểm ${n} ngày, đêm`],
  ],
  periods: [
  ["period:từ ngày … đến ngày …", (a, b, p) => `(Từ ngày ${d(a, p)} đến ngày ${d(b, p)})`],
  ["period:(từ … đến …)", (a, b, p) => `(từ ${d(a, p)} đến ${d(b, p)})`],
  ["period:start without year", (a, b, p) => `Thời gian: từ ${dayMonth(a)} đến ${d(b, p)}`],
  ["period:long form", (a, b) => `Từ ${longForm(a)} đến ${longForm(b)}`],
  ["period:đến hết ngày", (a, b, p) => `(Từ ngày ${d(a, p)} đến hết ngày ${d(b, p)})`],
  ],
  reportDates: [
  ["as-of:title NGÀY", (s, p) => `NGÀY ${d(s, p)}`],
  ["as-of:tính đến ngày", (s, p) => `(Số liệu tính đến ngày ${d(s, p)})`],
  ["as-of:tính đến ngày", (s, p) => `Tính đến ngày ${d(s, p)}`],
  ["as-of:số liệu đến 17h00", (s) => `Số liệu đến 17h00 ngày ${d(s, true)}`],
  // A label of its own, then the date: "<label>: <date>" on a line of its own.
  ["as-of:label", (s, p) => `Ngày báo cáo: ${d(s, p)}`],
  ],
};

const dashed = (s: DaySerial) => d(s, true).replace(/\//g, "-");

export const HELD_OUT_TITLE_WORDS: TitleWords = {
  days: [
    ["days:“ngày đêm”", (n) => `CAO ĐIỂM “${n} NGÀY ĐÊM”`],
    ["days:chiến dịch", (n) => `chiến dịch ${n} ngày đêm`],
  ],
  periods: [
    ["period:dash between", (a, b, p) => `(Thời gian: từ ${d(a, p)} - ${d(b, p)})`],
    ["period:dashed dates", (a, b) => `từ ngày ${dashed(a)} đến ngày ${dashed(b)}`],
    ["period:no parentheses", (a, b, p) => `Từ ${d(a, p)} đến ${d(b, p)}`],
  ],
  reportDates: [
    ["as-of:title in words", (s) => {
      const { y, m, d: day } = ymdFromSerial(s);
      return `NGÀY ${day} THÁNG ${m} NĂM ${y}`;
    }],
    ["as-of:tính đến … giờ", (s, p) => `Tính đến 17 giờ ngày ${d(s, p)}`],
    ["as-of:đến hết ngày", (s, p) => `(Số liệu tính đến hết ngày ${d(s, p)})`],
    ["as-of:label", (s, p) => `Thời điểm chốt số liệu: ${d(s, p)}`],
    ["as-of:label", (s) => `Số liệu cập nhật: 17h00 ngày ${d(s, true)}`],
    ["as-of:label", (s) => `Kỳ tổng hợp kết quả: ${dashed(s)}`],
  ],
};
