// An allocation table (targets given out, no results yet) reported as one: domain.md's first table, read from
// its .xlsx fixture by the command line, gives each unit's target and daily target (target ÷ 90, rounded half
// up, as the office's own column), the typed daily figure only where it differs, and a total row that makes
// sense; no completion, no "0 %", no figure needed per day; the chat text says it is an allocation.
import * as path from "path";
import type ExcelJS from "exceljs";
import { openXlsx, runCli, tempDir } from "../../support/run-cli";

const ROOT = path.join(__dirname, "..", "..", "..");
const FIXTURE = path.join(ROOT, "test", "fixtures", "01-table1-90-days.xlsx");
/** domain.md, table 1: unit, total target, the office's daily column. */
const DOMAIN: [string, number, number][] = [
  ["Quyết Thắng", 497, 6], ["Tân Phong", 3903, 43], ["Quyết Tiến", 1294, 14], ["Đoàn Kết", 2107, 23],
  ["Sùng Phài", 1485, 17], ["Đông Phong", 2513, 28], ["San Thàng", 1377, 15],
];
const halfUp = (target: number, days: number) => Math.floor(target / days + 0.5);

function cellsOf(ws: ExcelJS.Worksheet): { row: number; col: number; value: unknown }[] {
  const out: { row: number; col: number; value: unknown }[] = [];
  ws.eachRow((row, r) => row.eachCell((cell, c) => out.push({ row: r, col: c, value: cell.value })));
  return out;
}
const shown = (v: unknown) => (v && typeof v === "object" && "result" in v ? (v as { result: unknown }).result : v);

describe("an allocation table's report", () => {
  const dir = tempDir("quota-report-alloc-");
  const out = path.join(dir, "bao-cao.xlsx");
  let stdout = "";
  let ws: ExcelJS.Worksheet;
  let rowOf: (name: string) => number;
  const total = async () => {
    const r = await runCli(["analyze", FIXTURE, "--json"]);
    const json = JSON.parse(r.stdout) as { measures: { id: string; label: string }[] };
    return (json.measures.find((m) => m.label === "Tổng") as { id: string }).id;
  };

  beforeAll(async () => {
    const r = await runCli(["report", FIXTURE, "-o", out, "--measure", await total()]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    stdout = r.stdout;
    const wb = await openXlsx(out);
    ws = wb.worksheets[wb.worksheets.length - 1];
    rowOf = (name: string) => {
      const hit = cellsOf(ws).find((c) => c.col === 2 && c.value === name);
      if (!hit) throw new Error(`no row for ${name}`);
      return hit.row;
    };
  });

  test("the heading says it is an allocation, over the plan's 90 days (no days elapsed or left)", () => {
    expect(ws.getCell("A1").value).toBe("BẢNG GIAO CHỈ TIÊU TỔNG");
    expect(String(ws.getCell("A2").value)).toMatch(/^Bảng giao chỉ tiêu, chưa có kết quả thực hiện/);
    expect(ws.getCell("A3").value).toBe("Đợt cao điểm: từ 01/08/2024 đến 30/10/2024 (90 ngày)");
  });

  test("no completion, no required daily figure, no status, no legend: only what an allocation has", () => {
    const texts = cellsOf(ws).map((c) => String(shown(c.value)));
    for (const absent of ["Tỷ lệ đạt (%)", "Cần đạt mỗi ngày", "Đã thực hiện", "Tình trạng", "Chú giải màu (tiến độ so với dự kiến đến ngày báo cáo)", "Quá hạn"]) {
      expect({ absent, found: texts.includes(absent) }).toEqual({ absent, found: false });
    }
    const header = rowOf("Đơn vị");
    expect([1, 2, 3, 4, 5, 6].map((c) => ws.getCell(header, c).value)).toEqual(
      ["STT", "Đơn vị", "Chỉ tiêu", "Chỉ tiêu TB 01 ngày (chỉ tiêu ÷ 90 ngày)", "TB 01 ngày ghi trên bảng (khi khác)", "Tỷ trọng (%)"]);
    expect(ws.getCell(header, 7).value).toBeNull();
  });

  test("each unit, in the sheet's order, has its target and daily target (the office's own figures); no typed figure differs", () => {
    const header = rowOf("Đơn vị");
    DOMAIN.forEach(([name, target, daily], i) => {
      const r = header + 1 + i;
      expect(ws.getCell(r, 2).value).toBe(name);
      expect(ws.getCell(r, 3).value).toBe(target);
      expect(ws.getCell(r, 4).value).toMatchObject({ formula: `ROUND(C${r}/90,0)`, result: halfUp(target, 90) });
      expect(halfUp(target, 90)).toBe(daily);
      expect(ws.getCell(r, 5).value).toBeNull();
    });
  });

  test("the total row sums the targets and gives the total's own daily figure (13.176 ÷ 90 → 146), shares add to 100 %", () => {
    const r = rowOf("Tổng cộng");
    const sum = DOMAIN.reduce((s, [, t]) => s + t, 0);
    expect(ws.getCell(r, 3).value).toMatchObject({ formula: expect.stringMatching(/^SUM\(C\d+:C\d+\)$/), result: sum });
    expect(ws.getCell(r, 4).value).toMatchObject({ result: halfUp(sum, 90) });
    expect(halfUp(sum, 90)).toBe(146);
    expect(shown(ws.getCell(r, 6).value)).toBeCloseTo(1, 9);
  });

  test("the chat text says it is an allocation, with the total and each unit's daily figure", () => {
    expect(stdout).toContain("bảng phân bổ, chưa có kết quả thực hiện");
    expect(stdout).toContain("Toàn huyện: 13.176 trong 90 ngày, bình quân 146/ngày");
    expect(stdout).toContain("Sùng Phài 1.485 (17)");
    expect(stdout).not.toMatch(/0,0%|Chưa có số liệu đã thực hiện/);
  });

  test("the print area is the allocation's six columns and ends with the signatures", () => {
    expect(ws.pageSetup.printArea).toMatch(/^\$?A\$?1:\$?F\$?\d+$/);
    const last = Number(/(\d+)$/.exec(String(ws.pageSetup.printArea))?.[1]);
    const head = cellsOf(ws).find((c) => c.value === "THỦ TRƯỞNG ĐƠN VỊ");
    expect(head && head.row < last).toBe(true);
  });
});

test("analyze prints an allocation as one: target, daily target, and the typed daily figure only where it differs", async () => {
  const r = await runCli(["analyze", FIXTURE]);
  expect(r.stdout).toContain("Đợt cao điểm: từ 01/08/2024 đến 30/10/2024 (90 ngày)");
  expect(r.stdout).not.toMatch(/Tình trạng|Chưa đủ số liệu|đã qua/);
  const sungPhai = r.stdout.split("\n").filter((l) => l.startsWith("Sùng Phài")).pop() as string;
  expect(sungPhai.trim().split(/\s+/).slice(-2)).toEqual(["1.485", String(halfUp(1485, 90))]);
});
