// A target share in the clerk's words: "30%", "còn thiếu 9 hồ sơ để đạt 30%", the whole's line. Shared by the
// report sheet, the chat text and the command line's table; kept apart from the sheet's block so the pane,
// which needs the words for its chat text, does not load the report writer.
import { t } from "../messages";
import { formatNumber, formatPercent } from "../numbers";
import type { Lang, Progress } from "../types";

const num = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v);

/** "30%", "30,5%": a target share with the decimals it has (at most two). */
export function shareText(share: number, lang: Lang): string {
  const perCent = share * 100;
  const decimals = Math.abs(perCent - Math.round(perCent)) < 1e-9 ? 0 : Math.abs(perCent * 10 - Math.round(perCent * 10)) < 1e-9 ? 1 : 2;
  return formatPercent(share, lang, decimals);
}

/** "còn thiếu 9 hồ sơ để đạt 30%" / "đã đạt 30%"; empty when the gap is unknown. */
export function gapText(p: Progress | undefined, lang: Lang): string {
  const r = p?.rate;
  if (!r || !num(r.targetRate) || !num(r.gap)) return "";
  const share = shareText(r.targetRate, lang);
  return r.gap > 0 ? t(lang, "report.rate.gap", { gap: formatNumber(r.gap, lang), share }) : t(lang, "report.rate.reached", { share });
}

/** The whole in one sentence: "Toàn huyện đạt 27,6% (105/380), chỉ tiêu 30%: còn thiếu 9 hồ sơ để đạt 30%". */
export function wholeRateLine(total: Progress | undefined, lang: Lang, scope: string): string | null {
  const r = total?.rate;
  if (!r || !num(r.rate) || !num(r.base) || !num(total?.done)) return null;
  return t(lang, "report.rate.whole", {
    scope, rate: formatPercent(r.rate, lang, 1), done: formatNumber(total.done, lang), base: formatNumber(r.base, lang),
    share: num(r.targetRate) ? shareText(r.targetRate, lang) : "—", gapText: gapText(total, lang),
  });
}
