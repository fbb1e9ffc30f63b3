// The demo workbook (assets/sample/tien-do-cao-diem.xlsx): domain.md's first table with the units' results
// as of 15/09/2024, half-way through the 90-day campaign, laid out as a district office keeps it (title, plan
// line, totals and rates as formulas, one colour rule of the clerk's own); and a second sheet with the
// multi-measure progress table (CCCD issued, level-2 accounts, activations).
// Run: npx tsx scripts/make-sample.ts [OUT.xlsx]
import ExcelJS from "exceljs";
import * as path from "path";
import { TABLE1 } from "./fixtures/domain-tables";

// Table 1 of domain.md with what each unit had received by 15/09/2024 (total of both age groups).
const DONE_BY_15_9 = [300, 1650, 700, 1020, 560, 1400, 1390];
const UNITS: [string, number, number, number][] = TABLE1.map(([name, over, under], i) => [name, over, under, DONE_BY_15_9[i]]);
const DAYS = 90;

const thin: Partial<ExcelJS.Border> = { style: "thin" };
const box = { top: thin, left: thin, bottom: thin, right: thin };

function cccdSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Tiến độ CCCD");
  ws.getCell("A1").value = "CÔNG AN HUYỆN TAM ĐƯỜNG";
  ws.getCell("A2").value = "ĐỘI CẢNH SÁT QLHC VỀ TTXH";
  ws.getCell("A3").value = "TIẾN ĐỘ THU NHẬN HỒ SƠ CẤP CCCD - CAO ĐIỂM 90 NGÀY ĐÊM (từ 01/8/2024 đến 30/10/2024)";
  ws.mergeCells("A3:H3");
  ws.getCell("A4").value = "Số liệu đến hết ngày 15/9/2024";
  ws.mergeCells("A4:H4");
  const header = ["STT", "Đơn vị", "Trên 14 tuổi", "Dưới 14 tuổi", "Tổng chỉ tiêu", "Chỉ tiêu TB 01 ngày", "Đã thu nhận", "Tỷ lệ (%)"];
  const h = ws.getRow(6);
  header.forEach((text, i) => {
    const c = h.getCell(i + 1);
    c.value = text;
    c.font = { bold: true };
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    c.border = box;
  });
  UNITS.forEach(([name, over, under, done], i) => {
    const r = 7 + i;
    const total = over + under;
    const row = ws.getRow(r);
    row.values = [i + 1, name, over, under];
    row.getCell(5).value = { formula: `C${r}+D${r}`, result: total };
    row.getCell(6).value = Math.floor(total / DAYS + 0.5);
    row.getCell(7).value = done;
    row.getCell(8).value = { formula: `ROUND(G${r}/E${r}*100,2)`, result: Math.round((done / total) * 10000) / 100 };
  });
  const tr = 7 + UNITS.length;
  const sum = (col: string, values: number[]) => ({ formula: `SUM(${col}7:${col}${tr - 1})`, result: values.reduce((a, b) => a + b, 0) });
  const totalRow = ws.getRow(tr);
  totalRow.getCell(2).value = "Tổng";
  totalRow.getCell(3).value = sum("C", UNITS.map((u) => u[1]));
  totalRow.getCell(4).value = sum("D", UNITS.map((u) => u[2]));
  totalRow.getCell(5).value = sum("E", UNITS.map((u) => u[1] + u[2]));
  totalRow.getCell(6).value = 146;
  totalRow.getCell(7).value = sum("G", UNITS.map((u) => u[3]));
  const t = UNITS.reduce((a, u) => a + u[1] + u[2], 0);
  const d = UNITS.reduce((a, u) => a + u[3], 0);
  totalRow.getCell(8).value = { formula: `ROUND(G${tr}/E${tr}*100,2)`, result: Math.round((d / t) * 10000) / 100 };
  totalRow.font = { bold: true };
  for (let r = 7; r <= tr; r++) for (let c = 1; c <= 8; c++) ws.getCell(r, c).border = box;
  ws.getCell(`B${tr + 2}`).value = "Ghi chú: số liệu do Công an các xã, thị trấn báo cáo.";
  ws.getColumn(2).width = 18;
  for (const c of [3, 4, 5, 6, 7, 8]) ws.getColumn(c).width = 12;
  // The clerk's own rule (rates under 50 in italics): a re-run of the add-in must keep it.
  ws.addConditionalFormatting({
    ref: `H7:H${tr - 1}`,
    rules: [{ type: "expression", priority: 1, formulae: ["H7<50"], style: { font: { italic: true } } }],
  });
}

const ACCOUNTS: [string, number, number, number, number][] = [
  // unit, citizens 14+, CCCD issued, level-2 accounts issued, activated
  ["Xã An Bình", 4000, 3880, 3000, 2700],
  ["Xã Kim Phượng", 5200, 4810, 3950, 3100],
  ["Thị trấn Chợ Chu", 7300, 7150, 6400, 6020],
  ["Xã Phúc Chu", 3100, 2650, 1900, 1250],
  ["Xã Bảo Linh", 2800, 2710, 2300, 2180],
  ["Xã Định Biên", 3900, 3300, 2450, 1700],
];

function accountsSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Tiến độ ĐDĐT");
  ws.getCell("A1").value = "KẾT QUẢ CẤP CCCD VÀ TÀI KHOẢN ĐỊNH DANH ĐIỆN TỬ (số liệu đến 15/9/2024)";
  const top = ["STT", "Đơn vị", "Công dân từ 14 tuổi trở lên", "Cấp CCCD", "", "", "ĐDĐT mức 2", "", "", "Kích hoạt", "", ""];
  const sub = ["", "", "", "Đã cấp CCCD", "Chưa cấp", "Tỷ lệ (%)", "Đã cấp", "Chưa cấp", "Tỷ lệ (%)", "Đã kích hoạt", "Chưa kích hoạt", "Tỷ lệ kích hoạt đạt (%)"];
  ws.getRow(3).values = top;
  ws.getRow(4).values = sub;
  for (const m of ["A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:I3", "J3:L3"]) ws.mergeCells(m);
  for (const r of [3, 4]) for (let c = 1; c <= 12; c++) {
    const cell = ws.getCell(r, c);
    cell.font = { bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = box;
  }
  ACCOUNTS.forEach(([name, base, cccd, l2, act], i) => {
    const pct = (a: number, b: number) => Math.round((a / b) * 10000) / 100;
    ws.getRow(5 + i).values = [i + 1, name, base, cccd, base - cccd, pct(cccd, base), l2, cccd - l2, pct(l2, cccd), act, l2 - act, pct(act, l2)];
  });
  ws.getColumn(2).width = 20;
}

async function main(): Promise<void> {
  const out = process.argv[2] ?? path.join(__dirname, "..", "assets", "sample", "tien-do-cao-diem.xlsx");
  const wb = new ExcelJS.Workbook();
  wb.creator = "quota-report sample";
  // A fixed date keeps the file identical from one run to the next.
  wb.created = wb.modified = new Date(Date.UTC(2024, 8, 15, 7, 0, 0));
  cccdSheet(wb);
  accountsSheet(wb);
  await wb.xlsx.writeFile(out);
  console.log(out);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
