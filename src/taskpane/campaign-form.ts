// The campaign form as the clerk types it (texts) ↔ the engine's Campaign. Dates are day/month/year.
import type { Campaign, DaySerial, Msg } from "../core/types";
import { makeCampaign } from "../core/campaign";
import { formatDate, parseDayText, todaySerial } from "../core/dates";
import { msg } from "../core/messages";

export interface CampaignForm {
  name: string;
  from: string;
  to: string;
  nominalDays: string;
  dayCount: "calendar" | "working";
  holidays: string;
  onTrackPercent: string;
  atRiskPercent: string;
  asOf: string;
}

/** Today, or yesterday when the clerk works before noon on the previous day's figures. */
export function defaultAsOf(now: Date): DaySerial {
  return todaySerial(now) - (now.getHours() < 12 ? 1 : 0);
}

export function formFromCampaign(c: Campaign, asOf: DaySerial): CampaignForm {
  const day = (s: DaySerial | null) => (s === null ? "" : formatDate(s, "vi"));
  return {
    name: c.name ?? "",
    from: day(c.from),
    to: day(c.to),
    nominalDays: c.nominalDays === null ? "" : String(c.nominalDays),
    dayCount: c.dayCount,
    holidays: c.holidays.map((h) => formatDate(h, "vi")).join(", "),
    onTrackPercent: String(Math.round(c.thresholds.onTrack * 100)),
    atRiskPercent: String(Math.round(c.thresholds.atRisk * 100)),
    asOf: formatDate(asOf, "vi"),
  };
}

export type FormResult = { ok: true; campaign: Campaign; asOf: DaySerial } | { ok: false; msg: Msg };

function day(text: string): DaySerial | null | "bad" {
  if (!text.trim()) return null;
  return parseDayText(text.trim()) ?? "bad";
}

export function campaignFromForm(form: CampaignForm): FormResult {
  const bad = (text: string): FormResult => ({ ok: false, msg: msg("pane.campaign.badDate", { text }) });
  const from = day(form.from);
  if (from === "bad") return bad(form.from);
  const to = day(form.to);
  if (to === "bad") return bad(form.to);
  const asOf = day(form.asOf);
  if (asOf === "bad" || asOf === null) return bad(form.asOf);
  const holidays: DaySerial[] = [];
  for (const part of form.holidays.split(/[,;]/).map((p) => p.trim()).filter(Boolean)) {
    const h = day(part);
    if (h === "bad" || h === null) return bad(part);
    holidays.push(h);
  }
  const nominal = Number.parseInt(form.nominalDays, 10);
  const percent = (text: string, fallback: number) => {
    const n = Number(text.replace(",", "."));
    return Number.isFinite(n) && n > 0 ? n / 100 : fallback;
  };
  const campaign = makeCampaign({
    name: form.name.trim() || undefined,
    from,
    to,
    nominalDays: Number.isFinite(nominal) && nominal > 0 ? nominal : null,
    dayCount: form.dayCount,
    holidays,
    thresholds: { onTrack: percent(form.onTrackPercent, 1), atRisk: percent(form.atRiskPercent, 0.9) },
  });
  return { ok: true, campaign, asOf };
}
