// Writes the reader's corpus of workbooks into test/fixtures/: the shapes and the mess of domain.md, laid out
// the way offices lay them out. Run: npx tsx scripts/make-fixtures.ts
import ExcelJS from "exceljs";
import * as path from "path";
import { writeLayoutFixtures } from "./fixtures/layouts";
import { writeHistoryFixtures } from "./fixtures/history";
import { TABLE1 } from "./fixtures/domain-tables";
import { writeConsolidationFixtures } from "./fixtures/consolidation";
import { writeOfficeFixtures } from "./fixtures/office-cases";

type V = ExcelJS.CellValue;
const OUT = path.join(__dirname, "..", "test", "fixtures");

function put(ws: ExcelJS.Worksheet, top: number, rows: V[][]): void {
  rows.forEach((line, i) => line.forEach((v, j) => {
    if (v !== null && v !== undefined) ws.getCell(top + i, j + 1).value = v;
  }));
}

async function save(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "quota-report fixtures";
  // A fixed date keeps the files identical from one run to the next.
  wb.created = wb.modified = new Date(Date.UTC(2024, 7, 20));
  build(wb);
  await wb.xlsx.writeFile(path.join(OUT, name));
}

function titled(ws: ExcelJS.Worksheet, lines: string[], width: number): void {
  lines.forEach((text, i) => {
    ws.getCell(i + 1, 1).value = text;
    ws.mergeCells(i + 1, 1, i + 1, width);
  });
}

// Table 1 of domain.md (TABLE1): 90-day plan, title and plan number above, thousands typed as text with dots;
// its daily column as the plan typed it.
const TABLE1_DAILY = [6, 43, 14, 23, 17, 28, 15];
const dotted = (n: number) => (n >= 1000 ? String(n).replace(/\B(?=(\d{3})+$)/g, ".") : n);

// Table 2 of domain.md: two-row merged header, 9-day phase.
const TABLE2: [string, number, number, number][] = [
  ["Thị trấn", 1016, 1770, 113], ["Lê Thiện", 927, 1891, 103], ["Đại Bản", 1563, 2921, 174], ["An Hòa", 1365, 2125, 152],
  ["Hồng Phong", 1052, 1983, 117], ["Tân Tiến", 903, 1875, 100], ["An Hưng", 927, 1740, 103], ["An Hồng", 1043, 1928, 116],
  ["Bắc Sơn", 737, 1452, 82], ["Nam Sơn", 999, 1907, 111], ["Lê Lợi", 592, 966, 66], ["Đặng Cương", 696, 1265, 77],
  ["Đồng Thái", 1095, 1890, 122], ["Quốc Tuấn", 583, 1216, 65], ["An Đông", 2128, 3691, 236], ["Hồng Thái", 834, 1663, 93],
];

// The progress table of domain.md (invented figures), three blocks of columns.
const PROGRESS: [string, number, number, number, number][] = [
  // unit, citizens 14+, CCCD issued, level-2 accounts issued, activated
  ["Xã An Bình", 4000, 3880, 3000, 2700],
  ["Xã An Phú", 3500, 3150, 2800, 2100],
  ["Phường Bắc Hà", 6200, 6138, 5500, 5225],
  ["Thị trấn Chợ Chu", 2900, 2610, 1800, 1530],
];
const pct = (done: number, base: number, decimals: number) => Number(((done / base) * 100).toFixed(decimals));

async function main(): Promise<void> {
  await save("01-table1-90-days.xlsx", (wb) => {
    const ws = wb.addWorksheet("Giao chỉ tiêu");
    titled(ws, ["CÔNG AN HUYỆN TÂN UYÊN", "Số: 125/KH-CAH", "BẢNG GIAO CHỈ TIÊU CAO ĐIỂM 90 NGÀY ĐÊM THU NHẬN HỒ SƠ CẤP CĂN CƯỚC", "(Từ ngày 01/8/2024 đến ngày 30/10/2024)"], 6);
    put(ws, 6, [["STT", "Đơn vị", "Trên 14 tuổi", "Dưới 14 tuổi", "Tổng", "Chỉ tiêu TB 01 ngày"]]);
    TABLE1.forEach(([name, over, under], i) => put(ws, 7 + i, [[i + 1, name, dotted(over), dotted(under), dotted(over + under), TABLE1_DAILY[i]]]));
    put(ws, 14, [[null, "Tổng", 609, "12.567", "13.176", 146]]);
  });

  await save("02-table2-two-row-header.xlsx", (wb) => {
    const ws = wb.addWorksheet("Dot 2");
    titled(ws, ["UBND HUYỆN AN LÃO", "CHỈ TIÊU THU NHẬN HỒ SƠ CẤP CĂN CƯỚC CHO TRẺ EM DƯỚI 14 TUỔI", "Đợt 2: từ 21/8 đến 29/8/2024"], 6);
    put(ws, 5, [
      ["STT", "Đơn vị", "Tổng số", null, null, "Chỉ tiêu vận động công dân theo ngày từ 21/8 đến 29/8"],
      [null, null, "Tổng", "Từ 0 đến dưới 6 tuổi", "Từ 6 đến dưới 14 tuổi", "Từ 0 đến dưới 6 tuổi"],
    ]);
    ws.mergeCells("A5:A6");
    ws.mergeCells("B5:B6");
    ws.mergeCells("C5:E5");
    TABLE2.forEach(([name, young, older, daily], i) => put(ws, 7 + i, [[i + 1, name, young + older, young, older, daily]]));
    put(ws, 23, [[null, "Tổng", "46.743", "16.460", "30.283", "1.829"]]);
  });

  await save("03-progress-blocks.xlsx", (wb) => {
    const ws = wb.addWorksheet("Tiến độ");
    titled(ws, ["BÁO CÁO TIẾN ĐỘ CẤP CCCD VÀ KÍCH HOẠT ĐỊNH DANH ĐIỆN TỬ"], 12);
    put(ws, 3, [
      ["STT", "Đơn vị", "Cấp CCCD", null, null, null, "Tài khoản ĐDDT mức 2", null, null, "Kích hoạt ĐDDT", null, null],
      [null, null, "Công dân từ 14 tuổi trở lên", "Đã cấp CCCD", "Chưa cấp", "Tỷ lệ (%)", "ĐDDT mức 2 đã cấp", "Chưa cấp", "Tỷ lệ (%)", "Đã kích hoạt", "Chưa kích hoạt", "Tỷ lệ kích hoạt đạt (%)"],
    ]);
    ws.mergeCells("A3:A4");
    ws.mergeCells("B3:B4");
    ws.mergeCells("C3:F3");
    ws.mergeCells("G3:I3");
    ws.mergeCells("J3:L3");
    PROGRESS.forEach(([name, citizens, cards, level2, active], i) => {
      put(ws, 5 + i, [[i + 1, name, citizens, cards, citizens - cards, pct(cards, citizens, 2), level2, cards - level2, pct(level2, cards, 0), active, level2 - active, pct(active, level2, 1)]]);
    });
  });

  await save("04-progress-flat.xlsx", (wb) => {
    const ws = wb.addWorksheet("Tien do");
    put(ws, 1, [["STT", "Đơn vị", "Công dân từ 14 tuổi trở lên", "Đã cấp CCCD", "Chưa cấp", "Tỷ lệ (%)", "ĐDDT mức 2 đã cấp", "Chưa cấp", "Tỷ lệ (%)", "Đã kích hoạt", "Chưa kích hoạt", "Tỷ lệ kích hoạt đạt (%)"]]);
    put(ws, 2, [[1, "Xã An Bình", 4000, 3880, 120, "97,00", 3000, 880, 77, 2700, 300, "90,0"]]);
  });

  await save("05-single-target.xlsx", (wb) => {
    const ws = wb.addWorksheet("Kich hoat");
    titled(ws, ["Chỉ tiêu kích hoạt 14.009 tài khoản định danh điện tử trước ngày 30/6/2023", "Đợt cao điểm từ ngày 03/6/2023 đến ngày 25/6/2023"], 4);
    put(ws, 4, [["STT", "Tên đơn vị", "Chỉ tiêu kích hoạt", "Đã kích hoạt"]]);
    put(ws, 5, [[1, "Đội Cảnh sát QLHC", "4.009", "1.250"], [2, "Công an xã Kim Phượng", "6.000", "2.400"], [3, "Công an thị trấn Chợ Chu", "4.000", "3.100"]]);
    put(ws, 8, [["Tổng cộng", null, "14.009", "6.750"]]);
    ws.mergeCells("A8:B8");
  });

  await save("06-no-diacritics.xlsx", (wb) => {
    const ws = wb.addWorksheet("Sheet1");
    put(ws, 1, [["DANH SACH CHI TIEU THU NHAN HO SO"], [], ["STT", "Don vi", "Chi tieu", "Da thuc hien", "Ty le (%)"]]);
    put(ws, 4, [[1, "Xa Kim Phuong", 1200, 600, 50], [2, "Xa Nong Ha", 800, 200, 25], [3, "Thi tran Cho Moi", 1500, 1500, 100], [null, "Tong cong", 3500, 2300, 65.71]]);
  });

  await save("07-ocr-damaged.xlsx", (wb) => {
    const ws = wb.addWorksheet("OCR");
    put(ws, 1, [["STT", "Pon vi", "Chi tiéu", "Ðã thu nhận", "Tỉ lệ"]]);
    put(ws, 2, [[1, "Xã Yên Đĩnh", "2 400", "1 200", "50,00"], [2, "Xã Thanh Vận", "1 000", "250", "25,00"], [null, "Tong", "3 400", "1 450", null]]);
  });

  await save("08-total-on-top.xlsx", (wb) => {
    const ws = wb.addWorksheet("Toan huyen");
    put(ws, 1, [["STT", "Đơn vị", "Chỉ tiêu", "Đã thu nhận"], [null, "Toàn huyện", 3000, 1700]]);
    put(ws, 3, [[1, "Xã Tông Lạnh", 1000, 700], [2, "Xã Cộng Hòa", 1200, 600], [3, "Phường Tân Thịnh", 800, 400]]);
  });

  await save("09-blank-rows-notes.xlsx", (wb) => {
    const ws = wb.addWorksheet("Bao cao");
    put(ws, 1, [["BÁO CÁO KẾT QUẢ THU NHẬN HỒ SƠ"], ["STT", "Đơn vị", "Chỉ tiêu", "Kết quả", "Ghi chú"], ["(1)", "(2)", "(3)", "(4)", "(5)"]]);
    put(ws, 4, [[1, "Xã Hòa Bình", 500, 250, "Đúng tiến độ"]]);
    put(ws, 6, [[2, "Xã Hòa Lạc", 700, 140, null], [3, "Xã Hòa An", 300, 300, "Xong"]]);
    put(ws, 9, [[null, "Cộng", 1500, 690, null]]);
    put(ws, 11, [["Ghi chú: số liệu tính đến 17 giờ ngày 20/8/2024"], [null, null, null, "NGƯỜI LẬP BIỂU"], [null, null, null, "Nguyễn Văn An"]]);
  });

  await save("10-hidden-columns.xlsx", (wb) => {
    const ws = wb.addWorksheet("An cot");
    put(ws, 1, [["STT", "Đơn vị", "Chỉ tiêu cũ", "Chỉ tiêu", "Đã thực hiện"]]);
    put(ws, 2, [[1, "Xã Bảo Lý", 9999, 400, 100], [2, "Xã Xuân Phương", 8888, 600, 300], [null, "Tổng", 18887, 1000, 400]]);
    ws.getColumn(3).hidden = true;
  });

  await save("11-errors.xlsx", (wb) => {
    const ws = wb.addWorksheet("Loi");
    put(ws, 1, [["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện", "Tỷ lệ (%)"]]);
    put(ws, 2, [
      [1, "Xã Đại Từ", 800, 400, { formula: "D2/C2*100", result: 50 }],
      [2, "Xã Hùng Sơn", { formula: "Sheet9!C3", result: { error: "#REF!" } }, 100, { formula: "D3/C3*100", result: { error: "#REF!" } }],
      [3, "Xã Tân Linh", 0, 0, { formula: "D4/C4*100", result: { error: "#DIV/0!" } }],
      [4, "Xã Phú Xuyên", 500, "chưa báo cáo", null],
    ]);
  });

  await save("12-unit-prefixes.xlsx", (wb) => {
    const ws = wb.addWorksheet("Don vi");
    put(ws, 1, [["STT", "Tên đơn vị", "Chỉ tiêu", "Đã thu nhận"]]);
    put(ws, 2, [[1, "Xã Kim Phượng", "1 246", 300], [2, "Phường Phan Thiết", "2 431", "1.000"], [3, "Thị trấn Chợ Chu", 512, 128], [4, "Đặc khu Phú Quốc", "3.903", "3.903"], [null, "Cộng", "8.092", "5.331"]]);
  });

  await save("13-duplicate-unit.xlsx", (wb) => {
    const ws = wb.addWorksheet("Trung");
    put(ws, 1, [["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"]]);
    put(ws, 2, [[1, "Xã Minh Tiến", 300, 100], [2, "Xã Minh Lập", 400, 200], [3, "Xã Minh Tiến", 300, 120], [null, "Tổng", 1000, 420]]);
  });

  await save("14-total-mismatch.xlsx", (wb) => {
    const ws = wb.addWorksheet("Lech tong");
    put(ws, 1, [["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện", "Chưa thực hiện"]]);
    put(ws, 2, [[1, "Xã Yên Ninh", 1000, 600, 400], [2, "Xã Yên Trạch", 2000, 900, 1000], [null, "Tổng cộng", 3100, 1500, 1400]]);
  });

  await save("15-three-row-header-formulas.xlsx", (wb) => {
    const ws = wb.addWorksheet("Tong hop");
    titled(ws, ["KẾT QUẢ THỰC HIỆN CAO ĐIỂM 22 NGÀY ĐÊM"], 8);
    put(ws, 2, [
      ["STT", { richText: [{ text: "Đơn " }, { text: "vị", font: { bold: true } }] }, "Thu nhận hồ sơ cấp Căn cước", null, null, null, null, null],
      [null, null, "Dưới 14 tuổi", null, null, "Từ đủ 14 tuổi trở lên", null, null],
      [null, null, "Chỉ tiêu", "Đã thu nhận", "Tỷ lệ (%)", "Chỉ tiêu", "Đã thu nhận", "Tỷ lệ (%)"],
    ]);
    ws.mergeCells("A2:A4");
    ws.mergeCells("B2:B4");
    ws.mergeCells("C2:H2");
    ws.mergeCells("C3:E3");
    ws.mergeCells("F3:H3");
    const rows: [string, number, number, number, number][] = [["Xã Lam Vỹ", 200, 150, 900, 450], ["Xã Tân Thịnh", 300, 60, 1100, 880]];
    rows.forEach(([name, t1, d1, t2, d2], i) => {
      const r = 5 + i;
      put(ws, r, [[i + 1, name, t1, d1, { formula: `D${r}/C${r}*100`, result: (d1 / t1) * 100 }, t2, d2, { formula: `G${r}/F${r}*100`, result: (d2 / t2) * 100 }]]);
    });
    put(ws, 7, [["Tổng cộng", null, { formula: "SUM(C5:C6)", result: 500 }, { formula: "SUM(D5:D6)", result: 210 }, null, { formula: "SUM(F5:F6)", result: 2000 }, { formula: "SUM(G5:G6)", result: 1330 }, null]]);
    ws.mergeCells("A7:B7");
  });

  await save("16-cover-sheet-first.xlsx", (wb) => {
    const cover = wb.addWorksheet("Bia");
    put(cover, 1, [["HƯỚNG DẪN"], ["Số liệu ở trang Chi tieu."]]);
    const ws = wb.addWorksheet("Chi tieu");
    put(ws, 1, [["STT", "Đơn vị", "Chỉ tiêu"], [1, "Xã Cẩm Sơn", 100], [2, "Xã Cẩm Lý", 200]]);
  });

  await save("17-no-table.xlsx", (wb) => {
    const ws = wb.addWorksheet("Ghi chu");
    put(ws, 1, [["Biên bản họp giao ban"], ["Nội dung: triển khai kế hoạch"], [1, 2, 3]]);
  });

  await save("18-hidden-row.xlsx", (wb) => {
    const ws = wb.addWorksheet("Loc");
    put(ws, 1, [["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"], [1, "Xã Vĩnh Lộc", 100, 40], [2, "Xã Vĩnh Thịnh (đã sáp nhập)", 50, 10], [3, "Xã Vĩnh Hùng", 150, 60]]);
    ws.getRow(3).hidden = true;
  });
  await writeLayoutFixtures({ save, put, titled });
  await writeConsolidationFixtures(path.join(OUT, "consolidation"));
  await writeOfficeFixtures({ save, put, titled, outDir: OUT });
  await writeHistoryFixtures({ save, put, titled });
}

main().then(
  () => console.log(`fixtures written to ${OUT}`),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
