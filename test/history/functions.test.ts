// CT.TODAY, CT.RECENT_RATE and CT.FORECAST_DATE with a rate, over the 30-day campaign the fixture script built:
// the figures it computed from how it built the campaign.
import { FORECAST_DATE, RECENT_RATE, TODAY } from "../../src/functions/functions";
import { serialFromYMD } from "../../src/core/dates";
import { buildHistoryCampaign, expectedAt, CAMPAIGN_DAYS } from "../../scripts/fixtures/history";
import { FallbackFunctionError } from "../../src/functions/errors";

const units = buildHistoryCampaign();
const sept = (d: number) => serialFromYMD(2024, 9, d) as number;

function columns(d: number) {
  const dates = Array.from({ length: d }, (_, i) => [sept(i + 1)]);
  const block = Array.from({ length: d }, (_, i) => units.map((u) => u.cumulative[i + 1]));
  return { dates, block };
}

test.each([CAMPAIGN_DAYS, 13, 5])("day %i: today and the 7-day rate of every unit, one formula over the block", (d) => {
  const { dates, block } = columns(d);
  const expected = expectedAt(units, d);
  expect(TODAY(block)).toEqual([units.map((u) => expected.units[u.name].today)]);
  const rates = RECENT_RATE(dates, block)[0] as number[];
  units.forEach((u, i) => expect(rates[i]).toBeCloseTo(expected.units[u.name].avg7 as number, 9));
});

test("the forecast at the recent rate is the day the script expects", () => {
  const { dates, block } = columns(CAMPAIGN_DAYS);
  const expected = expectedAt(units, CAMPAIGN_DAYS);
  units.forEach((u, i) => {
    const rate = RECENT_RATE(dates, block.map((r) => [r[i]]))[0][0] as number;
    const day = expected.units[u.name].forecastDay;
    if (day === null) return;
    const got = FORECAST_DATE([[u.target]], [[u.cumulative[CAMPAIGN_DAYS]]], [[sept(1)]], [[sept(CAMPAIGN_DAYS)]], [[rate]]);
    expect([u.name, got[0][0]]).toEqual([u.name, (serialFromYMD(2024, 8, 31) as number) + day]);
  });
});

test("one figure is not a history: a #VALUE! that says so", () => {
  expect(() => TODAY([[5]])).toThrow(FallbackFunctionError);
  try {
    TODAY([[5]]);
  } catch (e) {
    expect((e as FallbackFunctionError).message).toMatch(/hai ngày|two days/);
  }
});
