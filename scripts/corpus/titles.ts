// The lines above a table: office, plan number, title with the campaign's days, period and report date, each
// written in one of the ways offices write them. What the lines state is kept beside them as the expectation.
import type { DaySerial } from "../../src/core/types";
import { serialFromYMD } from "../../src/core/dates";
import type { Rng } from "./prng";
import { d, inTitle, MAIN_TITLE_WORDS, TitleWords } from "./title-words";

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

const OFFICES: readonly string[] = ["CÔNG AN HUYỆN TÂN UYÊN", "UBND HUYỆN AN LÃO", "CÔNG AN TỈNH LAI CHÂU", "CÔNG AN QUẬN NINH KIỀU", "UBND XÃ KIM PHƯỢNG"];

export function titleBlock(rng: Rng, allocation: boolean, subject: string, words: TitleWords = MAIN_TITLE_WORDS): TitleBlock {
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

  const [daysFamily, daysText] = rng.pick(words.days);
  const kind = allocation ? "BẢNG GIAO CHỈ TIÊU" : rng.pick(["BÁO CÁO KẾT QUẢ", "TIẾN ĐỘ THỰC HIỆN", "KẾT QUẢ THỰC HIỆN"]);
  let title = `${kind} ${subject.toLocaleUpperCase("vi")}`;
  if (statesDays) {
    title += ` ${daysText(nominal)}`;
    features.push(daysFamily);
  }
  const [reportFamily, reportText] = rng.pick(words.reportDates);
  const padded = rng.chance(0.5);
  if (statesReport && inTitle(reportFamily)) title += ` ${reportText(reportDate, padded)}`;
  lines.push(title);
  if (statesPeriod) {
    const [family, text] = rng.pick(words.periods);
    lines.push(text(from, to, padded));
    features.push(family);
  } else features.push("period:none");
  if (statesReport) {
    // The document's own date (the morning after the data) sometimes stands beside the data date: never the as-of.
    if (!inTitle(reportFamily) && rng.chance(0.3)) {
      lines.push(`(Kèm theo Báo cáo số ${rng.int(5, 300)}/BC-CAH ngày ${d(reportDate + 1, padded)})`);
      features.push("as-of:document date beside");
    }
    if (!inTitle(reportFamily)) lines.push(reportText(reportDate, padded));
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
