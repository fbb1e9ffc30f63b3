// Workbooks as offices write them (test/fixtures/office-*, written by scripts/fixtures/office-cases.ts): their
// wordings, the campaign their titles state, a sheet per day, .ods/.xls/.csv copies, over-target and allocation-only
// tables, read by the analyze command as a clerk runs it and checked the way a clerk checks a report: the units,
// the figures, the days, the period, the as-of date, and a warning where one is due. Figures come from
// scripts/fixtures/office-data.ts, the data the files were written from.
import { spawnSync } from "child_process";
import * as path from "path";
import ExcelJS from "exceljs";
import { openXlsx, runCli, tempDir } from "../support/run-cli";
import * as A from "../../scripts/fixtures/office-data";

const ROOT = path.join(__dirname, "..", "..");
const fixture = (f: string) => path.join(ROOT, "test", "fixtures", f);

interface Figures { target: number | null; done: number | null; remaining: number | null; completion: number | null; dailyTarget: number | null; requiredDaily: number | null }
interface Output {
  sheet: string;
  period: { from: string | null; to: string | null; days: number | null; asOf: string; elapsed: number | null };
  measures: { id: string; label: string }[];
  units: { name: string; values: Record<string, Figures> }[];
  total: { name: string; values: Record<string, Figures> } | null;
  warnings: { code: string; message: string; cell: string | null }[];
}

async function analyze(file: string, ...args: string[]): Promise<Output> {
  const r = await runCli(["analyze", fixture(file), "--json", ...args]);
  if (r.code !== 0) throw new Error(`${file}: exit ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Output;
}

/** The measure whose units' figures for `key` are `values` (labels are the office's; figures are the clerk's). */
function measureWith(out: Output, key: keyof Figures, values: (number | null)[]): string {
  const m = out.measures.find((x) => out.units.every((u, i) => u.values[x.id]?.[key] === values[i]));
  if (!m) {
    const seen = out.measures.map((x) => `${x.label}: ${out.units.map((u) => u.values[x.id]?.[key]).join(",")}`);
    throw new Error(`no measure with ${key} ${values.join(",")}; read: ${seen.join(" | ")}`);
  }
  return m.id;
}

const names = (rows: [string, ...unknown[]][]) => rows.map((r) => r[0]);
const col = (rows: unknown[][], i: number) => rows.map((r) => r[i] as number);
const codes = (out: Output) => out.warnings.map((w) => w.code);

/** Units, targets and done of a simple table; the total row is the total, never a unit. */
async function expectSimpleTable(file: string, rows: [string, number, number][], ...args: string[]): Promise<Output> {
  const out = await analyze(file, ...args);
  expect(out.units.map((u) => u.name)).toEqual(names(rows));
  const id = measureWith(out, "target", col(rows, 1));
  expect(out.units.map((u) => u.values[id].done)).toEqual(col(rows, 2));
  expect(out.total?.values[id]).toMatchObject({ target: col(rows, 1).reduce((a, b) => a + b, 0), done: col(rows, 2).reduce((a, b) => a + b, 0) });
  return out;
}

describe("offices' workbooks: wordings offices use", () => {
  it("'Chỉ tiêu đã giao | Kết quả thực hiện | Tỷ lệ (%)': the assigned target is the target, the result is done", async () => {
    const out = await expectSimpleTable("office-01-chi-tieu-da-giao.xlsx", A.ASSIGNED, "--as-of", "15/09/2024");
    expect(out.measures).toHaveLength(1);
    const id = out.measures[0].id;
    out.units.forEach((u, i) => expect(u.values[id].completion).toBeCloseTo(A.ASSIGNED[i][2] / A.ASSIGNED[i][1], 6));
    expect(out.warnings).toEqual([]);
  });

  it("'Tổng số công dân chưa cấp Căn cước' over the age groups: the citizens still to reach are the targets", async () => {
    const out = await analyze("office-02-tong-so-chua-cap.xlsx", "--as-of", "25/08/2024");
    expect(out.units.map((u) => u.name)).toEqual(names(A.AN_DUONG));
    expect(out.period).toMatchObject({ from: "2024-08-21", to: "2024-08-29", days: 9 });
    const young = measureWith(out, "target", col(A.AN_DUONG, 1));
    measureWith(out, "target", col(A.AN_DUONG, 2));
    measureWith(out, "target", A.AN_DUONG.map(([, a, b]) => a + b));
    expect(out.units.map((u) => u.values[young].dailyTarget)).toEqual(col(A.AN_DUONG, 3));
    expect(out.total?.values[young]).toMatchObject({ target: 16460, dailyTarget: 1829 });
    expect(out.units.every((u) => Object.values(u.values).every((v) => v.done === null))).toBe(true);
    // The plan's own daily column sums to 1.830 against its total's 1.829 (domain.md): the one thing to say.
    expect(out.warnings.map((w) => w.code)).toEqual(["allocation-offer-daily"]);
  });

  it.each([
    ["Quận, huyện", "office-03-quan-huyen.xlsx", A.DISTRICTS],
    ["Huyện, thành phố", "office-03-huyen-thanh-pho.xlsx", A.LAI_CHAU],
    ["Thôn, bản", "office-09-thon-ban.xlsx", A.HAMLETS],
    ["Tổ dân phố", "office-09-to-dan-pho.xlsx", A.QUARTERS],
    ["a line 'Đơn vị tính: hồ sơ' above a figure column", "office-08-don-vi-tinh.xlsx", A.PROGRESS],
    ["a line 'ĐVT: người' right above the unit column", "office-08-dvt-over-unit-column.xlsx", A.PROGRESS],
  ])("the unit column headed or topped by %s is read with its units and figures", async (_name, file, rows) => {
    const out = await expectSimpleTable(file as string, rows as [string, number, number][], "--as-of", "15/09/2024");
    expect(out.warnings).toEqual([]);
  });

  it("headings no list knows: refused with a line naming --unit-col (which --help documents), or read with a warning; the options read it", async () => {
    const plain = await runCli(["analyze", fixture("office-03-unknown-headings.xlsx"), "--json", "--as-of", "15/09/2024"]);
    if (plain.code === 0) expect(JSON.parse(plain.stdout).warnings.length).toBeGreaterThan(0);
    else expect(plain.stderr).toContain("--unit-col");
    const help = await runCli(["--help"]);
    expect(help.stdout).toContain("--unit-col");
    expect(help.stdout).toContain("--role");
    const out = await analyze("office-03-unknown-headings.xlsx", "--as-of", "15/09/2024", "--unit-col", "B", "--role", "C=target", "--role", "D=done");
    expect(out.units.map((u) => u.name)).toEqual(names(A.PROGRESS));
    const id = measureWith(out, "target", col(A.PROGRESS, 1));
    expect(out.units.map((u) => u.values[id].done)).toEqual(col(A.PROGRESS, 2));
  });
});

describe("offices' workbooks: the campaign the sheet states", () => {
  it("'đợt cao điểm “22 ngày, đêm”' gives 22 days: the typed daily targets are right and not flagged", async () => {
    const out = await analyze("office-04-22-ngay-dem.xlsx", "--as-of", "10/06/2023");
    expect(out.period).toMatchObject({ from: "2023-06-03", to: "2023-06-25", days: A.PLAN_DAYS });
    const id = measureWith(out, "target", col(A.TWENTY_TWO_DAYS, 1));
    expect(out.units.map((u) => u.values[id].dailyTarget)).toEqual(A.TWENTY_TWO_DAYS.map(([, t]) => A.halfUp(t / A.PLAN_DAYS)));
    expect(codes(out)).not.toContain("daily-mismatch");
  });

  it("'BÁO CÁO KẾT QUẢ … NGÀY 15/9/2024': the figures are as of 15/9/2024, not today", async () => {
    const out = await expectSimpleTable("office-05-bao-cao-ngay.xlsx", A.PROGRESS);
    expect(out.period).toEqual({ from: "2024-08-01", to: "2024-10-30", days: 90, asOf: "2024-09-15", elapsed: 46 });
  });

  it("'Chỉ tiêu vận động theo ngày từ 21/8 đến 29/8' in a header gives the period, the year from the title", async () => {
    const out = await analyze("office-06-period-in-header.xlsx", "--as-of", "25/08/2024");
    expect(out.period).toMatchObject({ from: "2024-08-21", to: "2024-08-29", days: 9 });
    const young = A.AN_DUONG.slice(0, 4);
    const id = measureWith(out, "target", col(young, 1));
    expect(out.units.map((u) => u.values[id].dailyTarget)).toEqual(young.map(([, t]) => A.halfUp(t / 9)));
    expect(codes(out)).not.toContain("daily-mismatch");
  });

  it.each([
    ["Từ ngày 15 tháng 04 năm 2024 đến ngày 14 tháng 5 năm 2024", "office-10-long-form-dates.xlsx", "2024-04-15", "2024-05-14", 30],
    ["(Từ ngày 03/6/2023 đến hết ngày 25/6/2023)", "office-10-den-het-ngay.xlsx", "2023-06-03", "2023-06-25", 23],
  ])("'%s' gives both days of the period", async (_text, file, from, to, days) => {
    const out = await expectSimpleTable(file as string, A.PROGRESS, "--as-of", "10/05/2024");
    expect(out.period).toMatchObject({ from, to, days });
  });
});

describe("offices' workbooks: the workbook, not just a sheet", () => {
  const doneOf = (out: Output) => out.units.map((u) => u.values[out.measures[0].id].done);

  it("sheets '13-9', '14-9', '15-9': the latest is read, and the clerk is told the others were seen", async () => {
    const out = await analyze("office-07-sheet-per-day.xlsx", "--as-of", "15/09/2024");
    expect(out.sheet).toBe("15-9");
    expect(out.units.map((u) => u.name)).toEqual(names(A.DAY_SHEET_UNITS));
    expect(doneOf(out)).toEqual(A.DAY_SHEETS[2].done);
    const text = await runCli(["analyze", fixture("office-07-sheet-per-day.xlsx"), "--as-of", "15/09/2024"]);
    expect(text.stdout).toContain("15-9");
    expect(text.stdout).toContain("13-9");
  });

  it("a sheet named on the command line wins", async () => {
    const out = await analyze("office-07-sheet-per-day.xlsx", "--as-of", "13/09/2024", "--sheet", "13-9");
    expect(out.sheet).toBe("13-9");
    expect(doneOf(out)).toEqual(A.DAY_SHEETS[0].done);
  });
});

describe("offices' workbooks: files as offices have them (the real command line)", () => {
  const bin = path.join(ROOT, "bin", "quota-report.js");
  it.each(["office-11-table.ods", "office-11-table.xls", "office-11-table-utf8.csv", "office-11-table-bom-semicolon.csv", "office-11-html-export.xls"])("%s is read like the .xlsx it stands for", (file) => {
    const r = spawnSync(process.execPath, [bin, "analyze", fixture(file), "--json", "--as-of", "15/09/2024"], { cwd: ROOT, encoding: "utf8", timeout: 60000 });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Output;
    expect(out.units.map((u) => u.name)).toEqual(names(A.FORMATS));
    const id = measureWith(out, "target", col(A.FORMATS, 1));
    expect(out.units.map((u) => u.values[id].done)).toEqual(col(A.FORMATS, 2));
    expect(out.period).toMatchObject({ from: "2024-08-01", to: "2024-10-30", days: 91 });
  });
});

describe("offices' workbooks: over target and allocation-only tables", () => {
  it("'Còn lại' 0 for a unit over target, summed on the total row: no false mismatch", async () => {
    const out = await expectSimpleTable("office-12-over-target-total.xlsx", A.OVER_TARGET, "--as-of", "15/09/2024");
    const id = out.measures[0].id;
    expect(out.units[0].values[id].completion).toBeCloseTo(1.12, 6);
    expect(codes(out)).not.toContain("done-remaining-mismatch");
    expect(out.warnings).toEqual([]);
  });

  it("targets and daily targets only: no done, no completion, no required daily figure, even on the total", async () => {
    const out = await analyze("office-13-allocation-only.xlsx", "--as-of", "20/08/2024");
    const id = measureWith(out, "target", col(A.PROGRESS, 1));
    expect(out.units.map((u) => u.values[id].dailyTarget)).toEqual(A.PROGRESS.map(([, t]) => A.halfUp(t / 90)));
    for (const v of [...out.units.map((u) => u.values[id]), out.total?.values[id]]) {
      expect(v).toMatchObject({ done: null, completion: null, requiredDaily: null });
    }
    expect(out.warnings).toEqual([]);
  });

  it("the report of an allocation table shows each unit's daily target and no '0 %' done", async () => {
    const dir = tempDir("quota-office-alloc-");
    const output = path.join(dir, "bao-cao.xlsx");
    const r = await runCli(["report", fixture("office-13-allocation-only.xlsx"), "-o", output, "--as-of", "20/08/2024"]);
    expect(r.stderr).toBe("");
    const wb = await openXlsx(output);
    const ws = wb.worksheets.find((w) => w.name.startsWith("Báo cáo")) as ExcelJS.Worksheet;
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).map((v) => (v && typeof v === "object" && "result" in v ? v.result : v))));
    for (const [name, target] of A.PROGRESS) {
      const line = rows.find((x) => x.includes(name));
      expect(line).toBeDefined();
      expect(line).toContain(A.halfUp(target / 90));
    }
    const percentZero: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => {
      const v = cell.value && typeof cell.value === "object" && "result" in cell.value ? cell.value.result : cell.value;
      if (v === 0 && (cell.numFmt ?? "").includes("%")) percentZero.push(cell.address);
    }));
    expect(percentZero).toEqual([]);
  });
});
