// The campaign form as the clerk types it (texts) ↔ the engine's Campaign. Dates are day/month/year.
import type { Campaign, DaySerial, Msg } from "../core/types";
import { DEFAULT_THRESHOLDS, makeCampaign } from "../core/campaign";
import { blockingProblems, parseHolidays, parseNominalDays, parsePercent } from "../core/campaign-input";
import { formatDate, parseDayText } from "../core/dates";
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
  const holidays = parseHolidays(form.holidays);
  if (!holidays.ok) return bad(holidays.bad);
  // Empty means "not given" (the default stands); anything typed must be a positive number, never silently dropped.
  const nominal = parseNominalDays(form.nominalDays);
  const onTrack = parsePercent(form.onTrackPercent);
  const atRisk = parsePercent(form.atRiskPercent);
  for (const [text, value] of [[form.nominalDays, nominal], [form.onTrackPercent, onTrack], [form.atRiskPercent, atRisk]] as const) {
    if (value === "bad") return { ok: false, msg: msg("pane.campaign.badNumber", { text: text.trim() }) };
  }
  const fraction = (n: number | null | "bad", fallback: number) => (typeof n === "number" ? n : fallback);
  const campaign = makeCampaign({
    name: form.name.trim() || undefined,
    from,
    to,
    nominalDays: typeof nominal === "number" ? nominal : null,
    dayCount: form.dayCount,
    holidays: holidays.days,
    thresholds: { onTrack: fraction(onTrack, DEFAULT_THRESHOLDS.onTrack), atRisk: fraction(atRisk, DEFAULT_THRESHOLDS.atRisk) },
  });
  // Whether the dates are the wrong way round is the engine's decision; the form only words it for the pane.
  if (blockingProblems(campaign).some((m) => m.key === "maths.campaign.reversed")) {
    return { ok: false, msg: msg("pane.campaign.badOrder", { from: form.from.trim(), to: form.to.trim() }) };
  }
  return { ok: true, campaign, asOf };
}

/**
 * The campaign facts the sheet states, in the fields the clerk left empty; the same form when none applies.
 * The as-of field always holds a date: the sheet's data date replaces it only while it still holds the pane's
 * own default (`defaultAsOf`), never a date the clerk typed.
 */
export function formWithHints(form: CampaignForm, hints: Partial<Campaign> & { dataDate?: DaySerial | null }, defaultAsOf?: DaySerial): CampaignForm {
  const filled = { ...form };
  const empty = (key: keyof CampaignForm) => String(form[key]).trim() === "";
  const untouchedAsOf = empty("asOf") || (defaultAsOf !== undefined && form.asOf.trim() === formatDate(defaultAsOf, "vi"));
  if (hints.dataDate != null && untouchedAsOf) filled.asOf = formatDate(hints.dataDate, "vi");
  if (hints.from != null && empty("from")) filled.from = formatDate(hints.from, "vi");
  if (hints.to != null && empty("to")) filled.to = formatDate(hints.to, "vi");
  if (hints.nominalDays != null && empty("nominalDays")) filled.nominalDays = String(hints.nominalDays);
  const changed = (Object.keys(form) as (keyof CampaignForm)[]).some((k) => filled[k] !== form[k]);
  return changed ? filled : form;
}
