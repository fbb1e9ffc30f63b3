// A rate table written by openpyxl, reported by the command line, recalculated by LibreOffice with every cached
// result zeroed: LibreOffice's own gap and share figures must be the engine's. One block's share is 7% of 100
// files, where floating point says 7.000000000000001 and a naive ROUNDUP would ask for 8.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import { openXlsx, runCli, tempDir } from "../support/run-cli";
import { convert, CSV_ALL_SHEETS, describeWithSoffice, parseCsv } from "./soffice";

const WRITER = `
import sys, openpyxl
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Truc tuyen"
ws.append(["KẾT QUẢ TIẾP NHẬN HỒ SƠ TRỰC TUYẾN"])
ws.append([])
ws.append(["STT", "Đơn vị", "Đăng ký thường trú", None, None, None, "Khai báo tạm vắng", None, None, None])
ws.append([None, None, "Tổng số hồ sơ", "Hồ sơ trực tuyến", "Tỷ lệ (%)", "Chỉ tiêu (%)", "Tổng số hồ sơ", "Hồ sơ trực tuyến", "Tỷ lệ (%)", "Chỉ tiêu (%)"])
for rng in ["A3:A4", "B3:B4", "C3:F3", "G3:J3"]:
    ws.merge_cells(rng)
rows = [("Xã An Bình", 40, 9, 100, 5), ("Phường Cái Khế", 10, 3, 100, 7), ("Xã Mỹ Khánh", 100, 28, 50, 1)]
for i, (name, b1, d1, b2, d2) in enumerate(rows, start=1):
    ws.append([i, name, b1, d1, round(d1 / b1 * 100, 1), 0.3, b2, d2, round(d2 / b2 * 100, 1), "7%"])
    ws.cell(row=ws.max_row, column=6).number_format = "0%"
wb.save(sys.argv[1])
`;

/** A csv number as LibreOffice writes it ("22,5%", "3"); NaN for text. */
function csvNumber(v: string): number {
  const m = /^(-?\d+(?:,\d+)?)(%?)$/.exec(v.trim());
  if (!m) return NaN;
  const n = Number(m[1].replace(",", "."));
  return m[2] ? n / 100 : n;
}

describeWithSoffice()("a rate report recalculated by LibreOffice", () => {
  const dir = tempDir("quota-report-rate-lo-");
  const source = path.join(dir, "ty-le.xlsx");
  const out = path.join(dir, "bao-cao.xlsx");
  const tampered = path.join(dir, "tampered.xlsx");
  let report = "";

  beforeAll(async () => {
    execFileSync("/usr/bin/python3", ["-c", WRITER, source]);
    const r = await runCli(["report", source, "-o", out, "--as-of", "15/09/2024"]);
    expect(r.code).toBe(0);
    const wb = await openXlsx(out);
    report = (wb.worksheets.find((w) => w.name.startsWith("Báo cáo")) as ExcelJS.Worksheet).name;
    (wb.getWorksheet(report) as ExcelJS.Worksheet).eachRow((row) => row.eachCell((cell) => {
      const v = cell.value as { formula?: string } | null;
      if (v && typeof v === "object" && v.formula) cell.value = { formula: v.formula, result: 0 } as ExcelJS.CellFormulaValue;
    }));
    await wb.xlsx.writeFile(tampered);
    convert(tampered, CSV_ALL_SHEETS, dir);
  }, 180000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("each unit's gap, computed by LibreOffice, is the one worked out by hand", () => {
    const rows = parseCsv(fs.readFileSync(path.join(dir, `tampered-${report}.csv`), "utf8"));
    const header = rows.findIndex((r) => r.includes("Còn thiếu"));
    const col = (name: string) => rows[header].indexOf(name);
    const byUnit = (name: string) => rows.filter((r) => r[col("Đơn vị")] === name);
    // By hand: thường trú 30% of 40 → 12 − 9 = 3; of 10 → 3 − 3 = 0; of 100 → 30 − 28 = 2.
    // Tạm vắng 7% of 100 → 7 − 5 = 2 (not 3); 7 − 7 = 0; 7% of 50 → ⌈3.5⌉ − 1 = 3.
    const gaps = ["Xã An Bình", "Phường Cái Khế", "Xã Mỹ Khánh"].map((u) => byUnit(u).map((r) => csvNumber(r[col("Còn thiếu")])));
    expect(gaps).toEqual([[3, 2], [0, 0], [2, 3]]);
    // The totals: 150 files, 40 online, 45 needed → 5; 250 files, 13 online, ⌈17.5⌉ = 18 needed → 5.
    const totals = rows.filter((r) => r[col("Đơn vị")] === "Tổng cộng").map((r) => csvNumber(r[col("Còn thiếu")]));
    expect(totals).toEqual([5, 5]);
  });
});
