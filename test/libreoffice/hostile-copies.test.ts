// LibreOffice opens the copies of the output-side hostile workbooks (macros, external link, locks, ISO dates,
// a drawing in the default namespace, absurd targets) and recalculates the report without an error value.
import * as fs from "fs";
import * as path from "path";
import { OUTPUT_CASES, OUTPUT_DATES } from "../../scripts/hostile/output";
import { runCli, tempDir } from "../support/run-cli";
import { convert, CSV_ALL_SHEETS, describeWithSoffice, parseCsv } from "./soffice";

const ERROR = /^(#(DIV\/0!|VALUE!|REF!|NAME\?|N\/A|NUM!|NULL!)|Err:\d+)$/;
/**
 * [file, error values allowed]: the sums over targets of 1e308 overflow in the spreadsheet itself (#NUM!, as
 * Excel too would show) until the reader leaves counts above 10^9 (more than any campaign has) out of the
 * figures; what must never appear is a NaN or an infinity written as a value.
 */
const CASES: [string, boolean][] = [["o7-targets-1e308.xlsx", true], ["o8-everything.xlsm", false], ["o9-drawing-default-namespace.xlsx", false]];

describeWithSoffice()("the copies of hostile workbooks in LibreOffice", () => {
  const dir = tempDir("quota-report-lo-hostile-");

  test.each(CASES)("%s: opened, report recalculated (error values allowed: %s)", async (file, overflowAllowed) => {
    const c = OUTPUT_CASES.find((x) => x.file === file)!;
    const input = path.join(dir, file);
    fs.writeFileSync(input, await c.bytes());
    const out = path.join(dir, `copy-${file}`);
    const r = await runCli(["report", input, "-o", out, "--from", OUTPUT_DATES.from, "--to", OUTPUT_DATES.to, "--as-of", OUTPUT_DATES.asOf]);
    expect(r.code).toBe(0);
    convert(out, CSV_ALL_SHEETS, dir);
    const base = path.basename(out).replace(/\.[^.]+$/, "");
    const report = fs.readdirSync(dir).find((f) => f.startsWith(`${base}-Báo cáo`) && f.endsWith(".csv"));
    expect(report).toBeDefined();
    const rows = parseCsv(fs.readFileSync(path.join(dir, report as string), "utf8"));
    expect(rows.some((row) => row.includes("Xã An Bình"))).toBe(true);
    expect(rows.flat().filter((v) => /NaN|inf/i.test(v))).toEqual([]);
    if (!overflowAllowed) expect(rows.flat().filter((v) => ERROR.test(v))).toEqual([]);
  }, 120000);
});
