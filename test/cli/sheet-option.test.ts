// `--sheet` names a sheet as Excel compares names: case aside, and composed or decomposed accents alike (a name
// typed on another keyboard). A name no sheet has is still refused, in the clerk's words.
import { runCli, SAMPLE } from "../support/run-cli";

const SHEET = "Tiến độ CCCD";

test.each([["as written", SHEET], ["in capitals", SHEET.toLocaleUpperCase("vi")], ["decomposed (NFD)", SHEET.normalize("NFD")]])(
  "--sheet %s reads the sheet", async (_how, name) => {
    const r = await runCli(["analyze", SAMPLE, "--sheet", name, "--as-of", "15/09/2024", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).sheet).toBe(SHEET);
  });

test("a sheet the workbook does not have is refused with its name", async () => {
  const r = await runCli(["analyze", SAMPLE, "--sheet", "Tiến độ VNeID", "--as-of", "15/09/2024"]);
  expect(r.code).not.toBe(0);
  expect(r.stderr).toContain("Tiến độ VNeID");
});
