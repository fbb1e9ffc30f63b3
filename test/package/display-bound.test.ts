// Display text bounded, or one absurd name swells every part that shows it (a 169 KB input once gave four
// parts of ~97 MB each): a unit name of 32,767 characters (Excel's limit for a cell) stays whole in the clerk's
// cell, but the report's cells, chart caches and chat text show at most 120 characters ending in "…", and the
// copy stays a small multiple of the input plus the report made of short names.
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { displayText, DISPLAY_MAX_CHARS } from "../../src/core/text";
import { TABLE1_DONE, TABLE1_SHEETS, TABLE1_UNITS } from "../../scripts/writers/table1";
import { openXlsx, runCli, tempDir } from "../support/run-cli";
import { partsOf, sheetPart } from "../hostile/package-checks";

const HUGE = `Xã ${"Phong Thổ ".repeat(4000)}`.slice(0, 32767);
const LONG = `Thị trấn ${"Tam Đường 🏔 ".repeat(40)}`;

async function table1With(names: string[], file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const sheet = TABLE1_SHEETS[1];
  const ws = wb.addWorksheet(sheet.name);
  sheet.rows.forEach((row, r) => row.forEach((v, c) => {
    if (v !== null) ws.getCell(r + 1, c + 1).value = c === 1 && r >= 5 && r < 5 + names.length ? names[r - 5] : v;
  }));
  await wb.xlsx.writeFile(file);
}

describe("display text bounded", () => {
  test("displayText cuts at 120 characters with an ellipsis, never inside a surrogate pair, and leaves short text alone", () => {
    expect(displayText("Xã An Bình")).toBe("Xã An Bình");
    const cut = displayText(HUGE);
    expect(Array.from(cut).length).toBeLessThanOrEqual(DISPLAY_MAX_CHARS);
    expect(Array.from(cut).length).toBeGreaterThan(DISPLAY_MAX_CHARS - 12);
    expect(cut.endsWith("…")).toBe(true);
    expect(HUGE.startsWith(cut.slice(0, -1))).toBe(true);
    const emoji = displayText("🏔".repeat(200));
    expect(Array.from(emoji)).toHaveLength(DISPLAY_MAX_CHARS);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(emoji)).toBe(false);
  });

  test("a 32,767-character unit name: the report, chart caches and chat text show 120 characters; the clerk's cell keeps it whole; the copy stays small", async () => {
    const dir = tempDir("bound-");
    const names = [HUGE, LONG, ...TABLE1_UNITS.slice(2)];
    await table1With(names, path.join(dir, "long.xlsx"));
    await table1With(TABLE1_UNITS, path.join(dir, "short.xlsx"));
    const args = ["--from", "01/08/2024", "--to", "30/10/2024", "--days", "90", "--as-of", "15/09/2024", "--text"];
    const long = await runCli(["report", path.join(dir, "long.xlsx"), "-o", path.join(dir, "long-copy.xlsx"), ...args]);
    const short = await runCli(["report", path.join(dir, "short.xlsx"), "-o", path.join(dir, "short-copy.xlsx"), ...args]);
    expect([long.code, short.code]).toEqual([0, 0]);
    // Chat text: no line longer than the bounded name and the figures around it.
    for (const line of long.stdout.split("\n")) expect(line.length).toBeLessThan(600);
    expect(long.stdout).toContain(`${displayText(HUGE)} `);

    const wb = await openXlsx(path.join(dir, "long-copy.xlsx"));
    const report = wb.worksheets.find((w) => w.name.startsWith("Báo cáo")) as ExcelJS.Worksheet;
    const texts: string[] = [];
    report.eachRow((row) => row.eachCell((c) => void (typeof c.value === "string" && texts.push(c.value))));
    expect(texts).toContain(displayText(HUGE));
    expect(texts).toContain(displayText(LONG));
    expect(Math.max(...texts.filter((s) => s.includes("Phong Thổ") || s.includes("Tam Đường")).map((s) => Array.from(s).length))).toBeLessThanOrEqual(DISPLAY_MAX_CHARS);
    // The clerk's own cell: the whole name, as typed.
    expect(wb.getWorksheet("15-9")?.getCell("B6").value).toBe(HUGE);
    // The done figure of the unit is still its own.
    expect(report.getColumn(2).values.indexOf(displayText(HUGE))).toBeGreaterThan(0);
    expect(TABLE1_DONE["15-9"][0]).toBe(300);

    // Only the clerk's shared string and the history sheet (the name is the key the next run's import matches,
    // one row per unit and day) hold the whole name; the report, chart and table parts do not. The copy is at most
    // the input plus twice the copy of the same table with short names.
    const parts = await partsOf(fs.readFileSync(path.join(dir, "long-copy.xlsx")));
    const holding = [...parts].filter(([, data]) => data.toString("utf8").includes(HUGE.slice(0, 2000))).map(([n]) => n);
    expect(holding.sort()).toEqual(["xl/sharedStrings.xml", sheetPart(parts, "Lịch sử tiến độ")].sort());
    const size = (f: string) => fs.statSync(path.join(dir, f)).size;
    expect(size("long-copy.xlsx")).toBeLessThanOrEqual(size("long.xlsx") + 2 * size("short-copy.xlsx"));
  }, 120000);
});
