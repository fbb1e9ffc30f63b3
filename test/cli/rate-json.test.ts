// `quota-report analyze --json` on rate tables written by another program (openpyxl): the share per row as 0.3
// with a percent format, and the share stated once in a column's header, typed as a clerk does. The contract:
// measures[].kind, and per unit base, done, rate, targetRate (a fraction), completion = rate ÷ targetRate,
// gap = max(0, ⌈targetRate × base⌉ − done), status; no daily target, expected or pace.
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "quota-report.js");
let dir = "";

const WRITER = `
import sys, openpyxl
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Truc tuyen"
ws.append(["KẾT QUẢ TIẾP NHẬN HỒ SƠ TRỰC TUYẾN"])
ws.append([])
ws.append(["STT", "Đơn vị", "Tổng số hồ sơ", "Hồ sơ trực tuyến", "Tỷ lệ (%)", "Chỉ tiêu (%)", "Thu nhận CCCD - Chỉ tiêu", "Đã thu nhận", "Tỷ lệ đạt (%)"])
rows = [("Xã An Bình", 40, 9, 0.3, 500, 200), ("Phường Cái Khế", 10, 3, 0.3, 300, 300), ("Xã Mỹ Khánh", 100, 28, 0.3, 800, 100), ("Xã Nhơn Ái", 0, 0, 0.3, 100, 50)]
for i, (name, base, done, share, target, got) in enumerate(rows, start=1):
    ws.append([i, name, base, done, round(done / base, 4) if base else None, share, target, got, round(got / target, 4)])
    ws.cell(row=ws.max_row, column=5).number_format = "0.0%"
    ws.cell(row=ws.max_row, column=6).number_format = "0%"
    ws.cell(row=ws.max_row, column=9).number_format = "0.0%"
wb.save(sys.argv[1])
`;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "rate-json-"));
  execFileSync("/usr/bin/python3", ["-c", WRITER, path.join(dir, "ty-le.xlsx")]);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function analyze(file: string, ...more: string[]) {
  const r = spawnSync(process.execPath, [BIN, "analyze", file, "--as-of", "15/09/2024", ...more], { cwd: ROOT, encoding: "utf8", timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("analyze --json on a rate table from openpyxl", () => {
  test("the rate measure beside a count measure, each unit's figures by the contract", () => {
    const r = analyze(path.join(dir, "ty-le.xlsx"), "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.measures.map((m: { kind: string }) => m.kind)).toEqual(["rate", "count"]);
    const id = out.measures[0].id;
    const values = out.units.map((u: { name: string; values: Record<string, Record<string, unknown>> }) => [u.name, u.values[id]]);
    // By hand: 30% of 40 is 12 (gap 3, 22.5% is 75% of the share: behind); 30% of 10 is 3 (reached);
    // 30% of 100 is 30 (gap 2, 28% ≥ 27%: at risk); a base of 0 has no share.
    const pick = (v: Record<string, unknown>) => [v.base, v.done, v.rate, v.targetRate, v.gap, v.status, v.dailyTarget, v.expected, v.pace];
    expect(values.map(([n, v]: [string, Record<string, unknown>]) => [n, ...pick(v)])).toEqual([
      ["Xã An Bình", 40, 9, 0.225, 0.3, 3, "behind", null, null, null],
      ["Phường Cái Khế", 10, 3, 0.3, 0.3, 0, "complete", null, null, null],
      ["Xã Mỹ Khánh", 100, 28, 0.28, 0.3, 2, "at-risk", null, null, null],
      ["Xã Nhơn Ái", 0, 0, null, 0.3, 0, "unknown", null, null, null],
    ]);
    expect(values[0][1].completion).toBeCloseTo(0.75, 12);
    // The whole from the summed base and done: 40 of 150, 45 needed.
    expect(pick(out.total.values[id])).toEqual([150, 40, 40 / 150, 0.3, 5, "behind", null, null, null]);
    // The count measure keeps its shape.
    expect(out.units[0].values[out.measures[1].id]).toMatchObject({ target: 500, done: 200, completion: 0.4 });
  });

  test("the text output names the gap in the clerk's words", () => {
    const r = analyze(path.join(dir, "ty-le.xlsx"));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("còn thiếu 3 hồ sơ để đạt 30%");
    expect(r.stdout).toContain("đã đạt 30%");
  });
});
