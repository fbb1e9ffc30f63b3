// The corpus through the command line, as a clerk runs it: real .xlsx, .xls and .csv files, the plan by --plan,
// the mapping sheet by --map; the written "Tổng hợp" sheet must hold each unit's figures exactly as the case made
// them, "Chưa gửi" for the units that sent nothing, and a review table naming the conflicts.
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli, tempDir, openXlsx } from "../support/run-cli";
import { corpusCase, type CorpusCase } from "../../scripts/corpus/consolidation-corpus";
import { writeCorpusCase } from "../../scripts/corpus/write-consolidation-files";

const SEEDS = [20261207, 20261242, 20261301, 20261377];
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const text = (v: ExcelJS.CellValue) => (v && typeof v === "object" && "result" in v ? (v as { result: unknown }).result : v);

/** The Tổng hợp sheet as the clerk reads it: the header row, then one row per unit until the total row. */
function sheetRows(ws: ExcelJS.Worksheet): { head: string[]; rows: unknown[][] } {
  let headRow = 0;
  ws.eachRow((row, n) => { if (headRow === 0 && row.getCell(1).value === "STT") headRow = n; });
  const width = ws.getRow(headRow).cellCount;
  const head = Array.from({ length: width }, (_, j) => String(ws.getCell(headRow, j + 1).value ?? ""));
  const rows: unknown[][] = [];
  for (let r = headRow + 1; typeof ws.getCell(r, 1).value === "number"; r++) rows.push(head.map((_, j) => text(ws.getCell(r, j + 1).value) ?? null));
  return { head, rows };
}

/** A column by what its header says: the age group (0–6 or 6–14) and the role's word. */
function column(head: string[], young: boolean, role: "Chỉ tiêu" | "Đã thực hiện"): number {
  const i = head.findIndex((h) => h.endsWith(`› ${role}`) && (young ? /\b0\b.*\b6\b/.test(h) && !/14/.test(h) : /\b6\b.*\b14\b/.test(h)));
  if (i < 0) throw new Error(`no column for ${young ? "0-6" : "6-14"} ${role} in ${head.join(" | ")}`);
  return i;
}

describe.each(SEEDS)("case %i through quota-report merge", (seed) => {
  const c: CorpusCase = corpusCase(seed);
  let head: string[] = [];
  let rows: unknown[][] = [];
  let stdout = "";
  beforeAll(async () => {
    const dir = tempDir("corpus-merge-");
    dirs.push(dir);
    const files = await writeCorpusCase(dir, c);
    const out = path.join(dir, "tong-hop.xlsx");
    const r = await runCli(["merge", ...files.reports, "--plan", files.plan, ...(files.mapping ? ["--map", files.mapping] : []), "-o", out]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    stdout = r.stdout;
    ({ head, rows } = sheetRows((await openXlsx(out)).getWorksheet("Tổng hợp")!));
  });

  test("each unit's targets and results as the case made them; the ones that sent nothing say so", () => {
    const [yt, ot, yd, od] = [column(head, true, "Chỉ tiêu"), column(head, false, "Chỉ tiêu"), column(head, true, "Đã thực hiện"), column(head, false, "Đã thực hiện")];
    const status = head.indexOf("Tình trạng");
    const got = rows.map((r) => [r[1], r[yt], r[ot], r[yd], r[od], r[status]]);
    const want = [
      ...c.expected.map((e) => [e.unit, e.target[0], e.target[1], e.done?.[0] ?? null, e.done?.[1] ?? null, e.done ? "Đã gửi" : "Chưa gửi"]),
      ...c.unknown.map((n) => [`Xã ${n}`, 10, 10, 5, 5, "Đã gửi"]),
    ];
    expect(got).toEqual(want);
  });

  test("every figure names the file it came from", () => {
    const origin = head.indexOf("Nguồn số liệu (tệp (trang!ô))");
    c.expected.forEach((e, i) => {
      expect(String(rows[i][origin])).toContain(`Kế hoạch: ${c.plan.label}`);
      if (e.done) expect(String(rows[i][origin]).split(";").length).toBeGreaterThan(1);
    });
  });

  test("the conflicts are printed for the clerk", () => {
    for (const unit of c.conflicts) expect(stdout).toContain(`${unit}, `);
  });
});

test("these cases hold .xlsx, .xls and .csv reports, mergers and units that sent nothing", () => {
  const cases = SEEDS.map((s) => corpusCase(s));
  expect(new Set(cases.flatMap((c) => c.reports.map((r) => r.format)))).toEqual(new Set(["xlsx", "xls", "csv"]));
  expect(cases.some((c) => c.mapping.length > 0)).toBe(true);
  expect(cases.some((c) => c.expected.some((e) => e.done === null))).toBe(true);
});
