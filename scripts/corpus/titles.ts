// The lines above a table: office, plan number, title with the campaign's days, period and report date, each
// written in one of the ways offices write them. What the lines state is kept beside them as the expectation.
import type { DaySerial } from "../../src/core/types";
import { serialFromYMD, ymdFromSerial } from "../../src/core/dates";
import type { Rng } from "./prng";

export interface CampaignFacts {
  /** The plan's own days when the title states them ("90 ngày đêm"). */
  nominalDays: number | null;
  /** The period when the title states it. */
  from: DaySerial | null;
  to: DaySerial | null;
  /** The day the figures are counted to, when the title states it. */
  reportDate: DaySerial | null;
  /** The days the office divided by for its daily column (stated or not). */
  planDays: number;
}

export interface TitleBlock {
  lines: string[];
  facts: CampaignFacts;
  features: string[];
}

const d = (s: DaySerial, padded: boolean) => {
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

const DAYS_PHRASES: readonly (readonly [string, (n: number) => string])[] = [
  ["days:ngày đêm", (n) => `CAO ĐIỂM ${n} NGÀY ĐÊM`],
  ["days:ngày đêm", (n) => `cao điểm ${n} ngày đêm`],
  ["days:“ngày, đêm”", (n) => `đợt cao điểm “${n} ngày, đêm”`],
  ["days:ngày, đêm", (n) => `đợt cao điểm ${n} ngày, đêm`],
];

const PERIOD_PHRASES: readonly (readonly [string, (a: DaySerial, b: DaySerial, padded: boolean) => string])[] = [
  ["period:từ ngày … đến ngày …", (a, b, p) => `(Từ ngày ${d(a, p)} đến ngày ${d(b, p)})`],
  ["period:(từ … đến …)", (a, b, p) => `(từ ${d(a, p)} đến ${d(b, p)})`],
  ["period:start without year", (a, b, p) => `Thời gian: từ ${dayMonth(a)} đến ${d(b, p)}`],
  ["period:long form", (a, b) => `Từ ${longForm(a)} đến ${longForm(b)}`],
  ["period:đến hết ngày", (a, b, p) => `(Từ ngày ${d(a, p)} đến hết ngày ${d(b, p)})`],
];

const REPORT_DATE_PHRASES: readonly (readonly [string, (s: DaySerial, padded: boolean) => string])[] = [
  ["as-of:title NGÀY", (s, p) => `NGÀY ${d(s, p)}`],
  ["as-of:tính đến ngày", (s, p) => `(Số liệu tính đến ngày ${d(s, p)})`],
  ["as-of:tính đến ngày", (s, p) => `Tính đến ngày ${d(s, p)}`],
  ["as-of:số liệu đến 17h00", (s) => `Số liệu đến 17h00 ngày ${d(s, true)}`],
];

const OFFICES: readonly string[] = ["CÔNG AN HUYỆN TÂN UYÊN", "UBND HUYỆN AN LÃO", "CÔNG AN TỈNH LAI CHÂU", "CÔNG AN QUẬN NINH KIỀU", "UBND XÃ KIM PHƯỢNG"];

export function titleBlock(rng: Rng, allocation: boolean, subject: string): TitleBlock {
  const features: string[] = [];
  const lines: string[] = [];
  if (rng.chance(0.7)) lines.push(rng.pick(OFFICES));
  if (rng.chance(0.4)) {
    lines.push(rng.pick(["Số: 125/KH-CAH", "(Kèm theo Kế hoạch số 96/KH-UBND)", "Số: 12/BC-CAX"]));
    features.push("title:plan number");
  }
  // The campaign: days and period drawn together so that they agree as a real plan's do.
  const nominal = rng.pick([90, 22, 30, 45, 60, 9, 100]);
  const year = rng.int(2023, 2025);
  const from = serialFromYMD(year, rng.int(1, 10), rng.int(1, 28)) as DaySerial;
  const span = rng.weighted([[nominal, 3], [nominal + 1, 1]] as const);
  const to = from + span - 1;
  const statesDays = rng.chance(0.55);
  const statesPeriod = rng.chance(0.6);
  const statesReport = !allocation && rng.chance(0.6);
  const reportDate = from + rng.int(3, Math.max(4, span - 2));

  const [daysFamily, daysText] = rng.pick(DAYS_PHRASES);
  const kind = allocation ? "BẢNG GIAO CHỈ TIÊU" : rng.pick(["BÁO CÁO KẾT QUẢ", "TIẾN ĐỘ THỰC HIỆN", "KẾT QUẢ THỰC HIỆN"]);
  let title = `${kind} ${subject.toLocaleUpperCase("vi")}`;
  if (statesDays) {
    title += ` ${daysText(nominal)}`;
    features.push(daysFamily);
  }
  const [reportFamily, reportText] = rng.pick(REPORT_DATE_PHRASES);
  const padded = rng.chance(0.5);
  if (statesReport && reportFamily === "as-of:title NGÀY") title += ` ${reportText(reportDate, padded)}`;
  lines.push(title);
  if (statesPeriod) {
    const [family, text] = rng.pick(PERIOD_PHRASES);
    lines.push(text(from, to, padded));
    features.push(family);
  } else features.push("period:none");
  if (statesReport) {
    // The document's own date (the morning after the data) sometimes stands beside the data date: never the as-of.
    if (reportFamily !== "as-of:title NGÀY" && rng.chance(0.3)) {
      lines.push(`(Kèm theo Báo cáo số ${rng.int(5, 300)}/BC-CAH ngày ${d(reportDate + 1, padded)})`);
      features.push("as-of:document date beside");
    }
    if (reportFamily !== "as-of:title NGÀY") lines.push(reportText(reportDate, padded));
    features.push(reportFamily);
  } else if (!allocation) features.push("as-of:none");
  if (!statesDays && !statesPeriod) features.push("days:none");

  const calendar = to - from + 1;
  return {
    lines,
    features,
    facts: {
      nominalDays: statesDays ? nominal : null,
      from: statesPeriod ? from : null,
      to: statesPeriod ? to : null,
      reportDate: statesReport ? reportDate : null,
      planDays: statesDays || !statesPeriod ? nominal : calendar,
    },
  };
}
