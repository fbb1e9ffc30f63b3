// `quota-report analyze` run as a clerk runs it: the real bin on real .xlsx files.
import { spawnSync } from "child_process";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "quota-report.js");
const fixture = (f: string) => path.join(ROOT, "test", "fixtures", f);

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Figures { target: number | null; done: number | null; dailyTarget: number | null; status: string; [k: string]: unknown }
interface Output {
  sheet: string;
  period: { from: string | null; to: string | null; days: number | null; asOf: string; elapsed: number | null };
  measures: { id: string; label: string }[];
  units: { name: string; row: number; values: Record<string, Figures> }[];
  total: { name: string; values: Record<string, Figures> } | null;
  warnings: { code: string; message: string; cell: string | null }[];
}

const KEYS = ["target", "done", "remaining", "completion", "dailyTarget", "expected", "pace", "lag", "requiredDaily", "status"];

describe("quota-report analyze --json", () => {
  it("domain.md table 1: the 90-day plan from the title gives every daily target of domain.md", () => {
    const r = run("analyze", fixture("01-table1-90-days.xlsx"), "--as-of", "20/08/2024", "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out: Output = JSON.parse(r.stdout);
    expect(out.sheet).toBe("Giao chỉ tiêu");
    expect(out.period).toEqual({ from: "2024-08-01", to: "2024-10-30", days: 90, asOf: "2024-08-20", elapsed: 20 });
    const total = out.measures.find((m) => m.label === "Tổng")!;
    expect(out.units.map((u) => [u.name, u.row, u.values[total.id].dailyTarget])).toEqual([
      ["Quyết Thắng", 7, 6], ["Tân Phong", 8, 43], ["Quyết Tiến", 9, 14], ["Đoàn Kết", 10, 23],
      ["Sùng Phài", 11, 17], ["Đông Phong", 12, 28], ["San Thàng", 13, 15],
    ]);
    expect(out.total?.values[total.id]).toMatchObject({ target: 13176, dailyTarget: 146 });
    for (const u of out.units) for (const v of Object.values(u.values)) expect(Object.keys(v)).toEqual(expect.arrayContaining(KEYS));
    expect(out.warnings.every((w) => typeof w.code === "string" && typeof w.message === "string")).toBe(true);
  });

  it("domain.md table 2: the 9-day phase (21/8 to 29/8/2024) gives every daily target of domain.md", () => {
    const r = run("analyze", fixture("02-table2-two-row-header.xlsx"), "--as-of", "25/08/2024", "--json");
    expect(r.code).toBe(0);
    const out: Output = JSON.parse(r.stdout);
    expect(out.period).toMatchObject({ from: "2024-08-21", to: "2024-08-29", days: 9, elapsed: 5 });
    const young = out.measures.find((m) => m.label.endsWith("Từ 0 đến dưới 6 tuổi"))!;
    expect(out.units.map((u) => u.values[young.id].dailyTarget)).toEqual([113, 103, 174, 152, 117, 100, 103, 116, 82, 111, 66, 77, 122, 65, 236, 93]);
    expect(out.total?.values[young.id]).toMatchObject({ target: 16460, dailyTarget: 1829 });
    // The sheet's own daily column agrees with the computation: no daily-mismatch warning.
    expect(out.warnings.filter((w) => w.code === "daily-mismatch")).toEqual([]);
  });

  it("options win over the title: --days 100 changes the daily targets and the sheet's column is then flagged", () => {
    const r = run("analyze", fixture("01-table1-90-days.xlsx"), "--as-of", "20/08/2024", "--days", "100", "--json", "--lang", "en");
    expect(r.code).toBe(0);
    const out: Output = JSON.parse(r.stdout);
    const total = out.measures.find((m) => m.label === "Tổng")!;
    expect(out.total?.values[total.id].dailyTarget).toBe(132); // 13176 ÷ 100 = 131.76
    const mismatch = out.warnings.find((w) => w.code === "daily-mismatch" && w.cell === "F14");
    expect(mismatch?.message).toMatch(/146/);
  });

  it("prints a readable table without --json, with warnings and their cells", () => {
    const r = run("analyze", fixture("11-errors.xlsx"), "--from", "01/08/2024", "--to", "30/08/2024", "--as-of", "15/08/2024");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Xã Đại Từ");
    expect(r.stdout).toContain("[C3]");
    expect(r.stdout).toContain("#REF!");
  });
});

describe("quota-report analyze failures: exit 2, one line on stderr", () => {
  it.each([
    // One sheet: its own reason (no "Đơn vị" header), not the generic "no sheet holds a table".
    [["analyze", fixture("17-no-table.xlsx")], /Không tìm thấy dòng tiêu đề có cột “Đơn vị” trong trang “Ghi chu”/],
    [["analyze", fixture("does-not-exist.xlsx")], /Không đọc được tệp/],
    [["analyze", fixture("01-table1-90-days.xlsx"), "--from", "31/02/2024"], /không phải ngày hợp lệ/],
    [["analyze", fixture("01-table1-90-days.xlsx"), "--colour"], /--colour/],
    [["analyze", fixture("01-table1-90-days.xlsx"), "--sheet", "Không có"], /Không có trang tính/],
    [["analyze", fixture("17-no-table.xlsx"), "--lang", "en"], /No header row with a “Đơn vị” \(unit\) column in sheet “Ghi chu”/],
  ])("%j", (args, message) => {
    const r = run(...(args as string[]));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message as RegExp);
  });
});
