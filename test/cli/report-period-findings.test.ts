// A week's report needs earlier days' figures; the sample workbook holds one day only (15/09/2024, no day
// sheets, no history sheet). The command line still writes the report, and tells the clerk why the period's
// results are empty, in the clerk's language: the warning the core planner returns with the period.
import * as path from "path";
import { t } from "../../src/core/messages";
import { runCli, SAMPLE, tempDir } from "../support/run-cli";

const dir = tempDir("quota-report-period-");

test.each([["vi"], ["en"]] as const)("report --week on a one-day workbook says earlier figures are missing (%s)", async (lang) => {
  const r = await runCli(["report", SAMPLE, "-o", path.join(dir, `week-${lang}.xlsx`), "--week", "--lang", lang]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  expect(r.stdout).toContain(`- ${t(lang, { key: "history.period.noHistory" })}`);
});

test("the daily report of the same workbook has no such warning", async () => {
  const r = await runCli(["report", SAMPLE, "-o", path.join(dir, "day.xlsx")]);
  expect(r.code).toBe(0);
  expect(r.stdout).not.toContain(t("vi", { key: "history.period.noHistory" }));
});
