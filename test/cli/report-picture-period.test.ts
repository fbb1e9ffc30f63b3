// `report --image FILE.png --week` / `--phase N`: the picture is the period report's (the week's or the
// phase's results against its whole-people share of the target), not the day's. Read back with OCR; every
// figure comes from how scripts/fixtures/history.ts built the 30-day campaign.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { buildHistoryCampaign, expectedPeriod, CAMPAIGN_DAYS } from "../../scripts/fixtures/history";
import { runCli, tempDir } from "../support/run-cli";

const FIXTURE = path.resolve(__dirname, "../fixtures/30-history-30-day-sheets.xlsx");
const units = buildHistoryCampaign();
const dir = tempDir("quota-report-picture-period-");
const artifacts = path.resolve(__dirname, "../../test-artifacts");

function ocr(file: string): string {
  return execFileSync("tesseract", [file, "-", "-l", "vie", "--psm", "6"], { stdio: ["ignore", "pipe", "ignore"] }).toString().normalize("NFC");
}

/** "1.675" as the picture writes a count. */
const count = (n: number) => n.toLocaleString("de-DE");

describe("report --image with a period", () => {
  test.each([
    ["week", ["--week"], CAMPAIGN_DAYS - 6, CAMPAIGN_DAYS, "BÁO CÁO TUẦN", "Tuần từ 24/09/2024 đến 30/09/2024"],
    ["phase", ["--phase", "1", "--phase-from", "1/9/2024", "--phase-to", "15/9/2024"], 1, 15, "BÁO CÁO KẾT QUẢ ĐỢT 1", "từ 01/09/2024 đến 15/09/2024"],
  ] as const)("the %s's picture: each unit's results in the period over its share of the target", async (kind, options, from, to, title, dates) => {
    const file = path.join(dir, `${kind}.png`);
    const r = await runCli(["report", FIXTURE, "--image", file, ...options]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain(file);
    fs.mkdirSync(artifacts, { recursive: true });
    fs.copyFileSync(file, path.join(artifacts, `picture-${kind}.png`));
    const text = ocr(file);
    expect(text).toContain(title);
    expect(text).toContain(dates);
    const expected = expectedPeriod(units, from, to);
    // The period's target in whole people, half up; the total is the sum of the targets shown.
    const shown = (name: string) => Math.floor(expected[name].share + 0.5);
    for (const u of units) expect(text).toContain(`${count(expected[u.name].done)}/${count(shown(u.name))}`);
    const totalTarget = units.reduce((s, u) => s + shown(u.name), 0);
    expect(text).toContain(`${count(expected.total.done)}/${count(totalTarget)}`);
  });
});
