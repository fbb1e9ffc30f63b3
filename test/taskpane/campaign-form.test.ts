// The pane's campaign form: what the clerk types becomes a Campaign, bad input says what to fix, and the
// sheet's title fills only the fields left empty.
import { campaignFromForm, formFromCampaign, formWithHints, type CampaignForm } from "../../src/taskpane/campaign-form";
import { makeCampaign } from "../../src/core/campaign";
import { serialFromYMD } from "../../src/core/dates";
import { t } from "../../src/core/messages";
import { parseCliArgs } from "../../src/cli/options";

const day = (d: number, m: number, y: number) => serialFromYMD(y, m, d)!;
const empty = (): CampaignForm => formFromCampaign(makeCampaign(), day(15, 9, 2024));

test("a filled form gives the campaign and the as-of day", () => {
  const r = campaignFromForm({ ...empty(), from: "1/8/2024", to: "30/10/2024", nominalDays: "90", holidays: "2/9/2024; 3/9/2024", dayCount: "working" });
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.campaign).toMatchObject({ from: day(1, 8, 2024), to: day(30, 10, 2024), nominalDays: 90, dayCount: "working", holidays: [day(2, 9, 2024), day(3, 9, 2024)] });
  expect(r.campaign.thresholds).toEqual({ onTrack: 1, atRisk: 0.9 });
  expect(r.asOf).toBe(day(15, 9, 2024));
});

test.each([
  ["a date that is not one", { from: "31/2/2024" }, /31\/2\/2024.*ngày\/tháng\/năm/],
  ["an end before the start", { from: "30/10/2024", to: "1/8/2024" }, /sau ngày kết thúc/],
  ["days that are not a number", { nominalDays: "chín mươi" }, /chín mươi.*số/],
  ["a threshold that is not a number", { atRiskPercent: "abc" }, /abc/],
])("%s is refused with a message saying what to fix", (_, change, text) => {
  const r = campaignFromForm({ ...empty(), ...change });
  expect(r.ok).toBe(false);
  if (!r.ok) expect(t("vi", r.msg)).toMatch(text);
});

test("the title's hints fill the empty fields only; typed fields stay", () => {
  const hints = { from: day(1, 8, 2024), to: day(30, 10, 2024), nominalDays: 90 };
  const filled = formWithHints(empty(), hints);
  expect(filled).toMatchObject({ from: "01/08/2024", to: "30/10/2024", nominalDays: "90" });
  const typed = formWithHints({ ...empty(), nominalDays: "92" }, hints);
  expect(typed.nominalDays).toBe("92");
  const same = empty();
  expect(formWithHints(same, {})).toBe(same);
});

describe("the pane and the command line take the plan's days the same way", () => {
  test.each(["90", " 22 ", "90.5", "90,5", "0", "-3", "1e2", "abc", "007"])("days typed %j", (typed) => {
    const pane = campaignFromForm({ ...empty(), from: "1/8/2024", to: "30/10/2024", nominalDays: typed });
    const cli = parseCliArgs(["x.xlsx", "--days", typed]);
    const cliDays = cli.ok ? cli.args.options.days : undefined;
    expect(pane.ok).toBe(cliDays !== undefined);
    if (pane.ok) expect(pane.campaign.nominalDays).toBe(cliDays);
    // a whole number above zero, never rounded
    if (pane.ok) expect(String(pane.campaign.nominalDays)).toBe(String(Number(typed.trim())));
  });
});

test("the sheet's data date replaces the pane's default as-of date, never one the clerk typed", () => {
  const defaultAsOf = day(26, 11, 2026);
  const dataDate = day(15, 9, 2024);
  const fresh = { ...empty(), asOf: "26/11/2026" };
  expect(formWithHints(fresh, { dataDate }, defaultAsOf).asOf).toBe("15/09/2024");
  const typed = { ...empty(), asOf: "20/09/2024" };
  expect(formWithHints(typed, { dataDate }, defaultAsOf)).toBe(typed);
});

test("thresholds typed as a clerk writes them (a decimal comma, a % sign) and holidays split on ',' or ';' read as on the command line", () => {
  const r = campaignFromForm({ ...empty(), onTrackPercent: "92,5", atRiskPercent: "80 %", holidays: "2/9/2024, 3/9/2024; 1/10/2024" });
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.campaign.thresholds.onTrack).toBeCloseTo(0.925, 10);
  expect(r.campaign.thresholds.atRisk).toBeCloseTo(0.8, 10);
  expect(r.campaign.holidays).toEqual([day(2, 9, 2024), day(3, 9, 2024), day(1, 10, 2024)]);
});

test("a holiday that is no date is named, not dropped", () => {
  const r = campaignFromForm({ ...empty(), holidays: "2/9/2024; 31/2/2024" });
  expect(r).toEqual({ ok: false, msg: { key: "pane.campaign.badDate", params: { text: "31/2/2024" } } });
});
