// The communes' files as LibreOffice saves them: one corpus case's reports opened and saved again by Calc
// (.xlsx through its "Calc Office Open XML" filter, the .xls and the .csv, comma-separated UTF-8, as .ods), then gathered by quota-report merge:
// the same figures as the case made them.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { runCli, tempDir } from "../support/run-cli";
import { describeWithSoffice } from "../libreoffice/soffice";
import { gridFromWorksheet } from "../support/exceljs-read";
import ExcelJS from "exceljs";
import { readQuotaTable } from "../../src/core/read";
import { corpusCase } from "../../scripts/corpus/consolidation-corpus";
import { writeCorpusCase } from "../../scripts/corpus/write-consolidation-files";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function soffice(to: string, outDir: string, files: string[], profile: string, infilter: string[] = []): void {
  if (files.length === 0) return;
  execFileSync("soffice", ["--headless", "--norestore", `-env:UserInstallation=file://${profile}`, ...infilter, "--convert-to", to, "--outdir", outDir, ...files], { stdio: "pipe", timeout: 300000 });
}

describeWithSoffice()("a case saved again by LibreOffice", () => {
  test("every unit's figures as the case made them", async () => {
    const c = corpusCase(20261207);
    const dir = tempDir("corpus-lo-");
    dirs.push(dir);
    const files = await writeCorpusCase(path.join(dir, "in"), c);
    const out = path.join(dir, "lo");
    fs.mkdirSync(out);
    const profile = path.join(dir, "profile");
    soffice("xlsx:Calc Office Open XML", out, files.reports.filter((f) => f.endsWith(".xlsx")), profile);
    soffice("ods", out, files.reports.filter((f) => f.endsWith(".xls")), profile);
    // A .csv is opened as a clerk opens it: comma-separated, UTF-8 (the import dialog's choices, given up front).
    soffice("ods", out, files.reports.filter((f) => f.endsWith(".csv")), profile, ["--infilter=CSV:44,34,76,1"]);
    const resaved = fs.readdirSync(out).map((f) => path.join(out, f)).sort();
    expect(resaved).toHaveLength(files.reports.length);
    const target = path.join(dir, "tong-hop.xlsx");
    const r = await runCli(["merge", ...resaved, "--plan", files.plan, ...(files.mapping ? ["--map", files.mapping] : []), "-o", target]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    if (process.env.SHOW_MERGE) console.log(r.stdout);
    // Read back by exceljs (a reader the product did not write), then as any clerk's table: each unit's figures by group.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(target);
    const ws = book.getWorksheet("Tổng hợp")!;
    const table = readQuotaTable(gridFromWorksheet(ws));
    if (!table.ok) throw new Error(table.msg.key);
    const values = (u: (typeof table.table.units)[number]) => Object.values(u.values).flatMap((v) => [v.target, v.done]).filter((x) => x !== null);
    const want = [
      ...c.expected.map((e) => [e.unit, [e.target[0] + e.target[1], e.target[0], ...(e.done ? [e.done[0]] : []), e.target[1], ...(e.done ? [e.done[1]] : [])]]),
      ...c.unknown.map((n) => [`Xã ${n}`, [10, 5, 10, 5]]),
    ];
    expect(table.table.units.map((u) => [u.name, values(u)])).toEqual(want);
  });
});
