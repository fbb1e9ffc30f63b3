// The hostile-sheet corpus: each workbook a clerk might hand the add-in, how it is built, and what the clerk
// should see. scripts/make-hostile.ts writes the files (and a manifest); test/hostile/*.test.ts read them.
import ExcelJS from "exceljs";

type V = ExcelJS.CellValue;

/** The campaign every case uses unless it says otherwise: 01/08/2024 to 30/10/2024, figures of 15/09/2024. */
export const DEFAULT_DATES = { from: "01/08/2024", to: "30/10/2024", asOf: "15/09/2024" };

export type Expected =
  /** A table is read: its unit count, and the total of one measure's target and done when they are known. */
  | { ok: true; units: number; measures?: number; target?: number; done?: number; names?: string[]; warnings?: { code: string; cell?: string }[]; statuses?: string[] }
  /** No table: the message key the clerk reads (engine), and what the CLI says. */
  | { ok: false; key: string; cliKey?: string; adapterKey?: string };

export interface HostileCase {
  file: string;
  what: string;
  build?: (wb: ExcelJS.Workbook) => void | Promise<void>;
  /** Files that are not a workbook at all (a CSV renamed, a broken zip). */
  bytes?: () => Promise<Buffer>;
  dates?: { from: string; to: string; asOf: string };
  expect: Expected;
  /** Generated at test time (too big to commit). */
  generatedAtTestTime?: boolean;
}

const HEADER: V[] = ["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"];
const UNITS: [string, number, number][] = [
  ["Xã An Bình", 1000, 600], ["Xã An Phú", 800, 300], ["Phường Bắc Hà", 1200, 1200], ["Thị trấn Chợ Chu", 500, 120],
];

function put(ws: ExcelJS.Worksheet, top: number, left: number, rows: V[][]): void {
  rows.forEach((line, i) => line.forEach((v, j) => {
    if (v !== null && v !== undefined) ws.getCell(top + i, left + j).value = v;
  }));
}

/** Title in row 1, header in row 3, units from row 4, total after them. */
function standard(ws: ExcelJS.Worksheet, units: V[][] = UNITS.map(([n, t, d], i) => [i + 1, n, t, d]), total = true): void {
  ws.getCell("A1").value = "TIẾN ĐỘ THU NHẬN HỒ SƠ CẤP CĂN CƯỚC";
  put(ws, 3, 1, [HEADER, ...units]);
  if (total) put(ws, 4 + units.length, 1, [[null, "Tổng cộng", null, null]]);
}

function sheet(name = "Tiến độ") {
  return (build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void | Promise<void>) => async (wb: ExcelJS.Workbook) => {
    await build(wb.addWorksheet(name), wb);
  };
}

const tiendo = sheet();

/** A 300-character name (Vietnamese words repeated, no space at either end). */
export const LONG_UNIT_NAME = ("Xã " + "Thượng Phùng Mèo Vạc Hà Giang ".repeat(12)).slice(0, 299) + "X";
const sumTarget = UNITS.reduce((s, u) => s + u[1], 0);
const sumDone = UNITS.reduce((s, u) => s + u[2], 0);

export const CASES: HostileCase[] = [
  { file: "01-empty-sheet.xlsx", what: "an empty sheet", build: tiendo(() => undefined), expect: { ok: false, key: "reader.empty", adapterKey: "pane.error.emptySheet" } },
  { file: "02-title-only.xlsx", what: "a title and nothing else", build: tiendo((ws) => { ws.getCell("A1").value = "BÁO CÁO TIẾN ĐỘ CAO ĐIỂM 90 NGÀY ĐÊM"; }), expect: { ok: false, key: "reader.no-header" } },
  { file: "03-header-no-rows.xlsx", what: "a header with no unit rows", build: tiendo((ws) => put(ws, 1, 1, [HEADER])), expect: { ok: false, key: "reader.no-units" } },
  {
    file: "04-every-cell-text.xlsx", what: "every cell is words, no figure anywhere",
    build: tiendo((ws) => put(ws, 1, 1, [HEADER, ["một", "Xã A", "chưa giao", "chưa có"], ["hai", "Xã B", "nhiều", "ít"]])),
    expect: { ok: false, key: "reader.no-units" },
  },
  {
    file: "05-numbers-with-letters.xlsx", what: "a figure typed “12a”",
    build: tiendo((ws) => standard(ws, [[1, "Xã An Bình", 1000, "12a"], [2, "Xã An Phú", 800, 300]])),
    expect: { ok: true, units: 2, target: 1800, done: 300, warnings: [{ code: "not-a-number", cell: "D4" }], statuses: ["unknown", "behind"] },
  },
  {
    file: "06-negative-target.xlsx", what: "a negative target",
    build: tiendo((ws) => standard(ws, [[1, "Xã An Bình", -500, 100], [2, "Xã An Phú", 800, 400]])),
    expect: { ok: true, units: 2, target: 800, done: 500, warnings: [{ code: "negative-value", cell: "C4" }], statuses: ["unknown", "at-risk"] },
  },
  {
    file: "07-target-zero.xlsx", what: "a unit whose target is 0",
    build: tiendo((ws) => standard(ws, [[1, "Xã An Bình", 0, 0], [2, "Xã An Phú", 800, 400]])),
    expect: { ok: true, units: 2, target: 800, done: 400, statuses: ["complete", "at-risk"] },
  },
  {
    file: "08-done-above-target.xlsx", what: "done above target (vượt chỉ tiêu)",
    build: tiendo((ws) => standard(ws, [[1, "Xã An Bình", 1000, 1350], [2, "Xã An Phú", 800, 400]])),
    expect: { ok: true, units: 2, target: 1800, done: 1750, statuses: ["complete", "at-risk"] },
  },
  {
    file: "09-dates-reversed.xlsx", what: "campaign dates typed the wrong way round", build: tiendo((ws) => standard(ws)),
    dates: { from: "30/10/2024", to: "01/08/2024", asOf: "15/09/2024" },
    expect: { ok: true, units: 4, target: sumTarget, done: sumDone, warnings: [{ code: "campaign-reversed" }], statuses: ["unknown", "unknown", "complete", "unknown"] },
  },
  {
    file: "10-as-of-before-start.xlsx", what: "an as-of date before the campaign starts", build: tiendo((ws) => standard(ws)),
    dates: { from: "01/08/2024", to: "30/10/2024", asOf: "20/07/2024" },
    expect: { ok: true, units: 4, target: sumTarget, done: sumDone, statuses: ["not-started", "not-started", "complete", "not-started"] },
  },
  {
    file: "11-as-of-after-end.xlsx", what: "an as-of date after the campaign ended", build: tiendo((ws) => standard(ws)),
    dates: { from: "01/08/2024", to: "30/10/2024", asOf: "15/11/2024" },
    expect: { ok: true, units: 4, target: sumTarget, done: sumDone, statuses: ["behind", "behind", "complete", "behind"] },
  },
  {
    file: "12-two-hundred-columns.xlsx", what: "200 columns: 99 measures of two columns each under merged parents",
    build: tiendo((ws) => {
      for (let k = 0; k < 99; k++) {
        const c = 3 + 2 * k;
        ws.getCell(1, c).value = `Nhóm ${k + 1}`;
        ws.mergeCells(1, c, 1, c + 1);
        ws.getCell(2, c).value = "Chỉ tiêu";
        ws.getCell(2, c + 1).value = "Đã thực hiện";
        for (let u = 0; u < 3; u++) {
          ws.getCell(3 + u, c).value = 100 + k;
          ws.getCell(3 + u, c + 1).value = 10 * u + k;
        }
      }
      put(ws, 1, 1, [["STT", "Đơn vị"]]);
      ws.mergeCells("A1:A2");
      ws.mergeCells("B1:B2");
      put(ws, 3, 1, [[1, "Xã Một"], [2, "Xã Hai"], [3, "Xã Ba"]]);
    }),
    expect: { ok: true, units: 3, measures: 99, target: 300, done: 30 },
  },
  {
    file: "13-merged-across-data-rows.xlsx", what: "a target merged over two unit rows",
    build: tiendo((ws) => { standard(ws); ws.mergeCells("C5:C6"); }),
    expect: { ok: true, units: 4, warnings: [{ code: "merged-data", cell: "C5" }] },
  },
  {
    file: "14-error-values.xlsx", what: "#REF!, #DIV/0! and #N/A where figures belong",
    build: tiendo((ws) => standard(ws, [
      [1, "Xã An Bình", 1000, { error: "#REF!" }], [2, "Xã An Phú", { error: "#DIV/0!" }, 300], [3, "Phường Bắc Hà", 1200, { error: "#N/A" }], [4, "Thị trấn Chợ Chu", 500, 120],
    ] as V[][])),
    expect: { ok: true, units: 4, warnings: [{ code: "cell-error", cell: "D4" }, { code: "cell-error", cell: "C5" }, { code: "cell-error", cell: "D6" }] },
  },
  {
    file: "15-formulas-cached.xlsx", what: "figures and the total row as formulas with their cached results",
    build: tiendo((ws) => {
      standard(ws, UNITS.map(([n, t, d], i) => [i + 1, n, { formula: `${t}/2*2`, result: t }, { formula: `${d}+0`, result: d }] as V[]), false);
      put(ws, 8, 1, [[null, "Tổng cộng", { formula: "SUM(C4:C7)", result: sumTarget }, { formula: "SUM(D4:D7)", result: sumDone }]] as V[][]);
    }),
    expect: { ok: true, units: 4, target: sumTarget, done: sumDone },
  },
  {
    file: "16-hidden-rows.xlsx", what: "a hidden unit row", build: tiendo((ws) => { standard(ws); ws.getRow(5).hidden = true; }),
    expect: { ok: true, units: 3, target: sumTarget - 800, done: sumDone - 300 },
  },
  {
    file: "17-autofilter-filtered.xlsx", what: "an autofilter with two rows filtered out",
    build: tiendo((ws) => { standard(ws); ws.autoFilter = "A3:D7"; ws.getRow(4).hidden = true; ws.getRow(6).hidden = true; }),
    expect: { ok: true, units: 2, target: 800 + 500, done: 300 + 120 },
  },
  {
    file: "18-unit-name-300-chars.xlsx", what: "a unit name of 300 characters",
    build: tiendo((ws) => standard(ws, [[1, LONG_UNIT_NAME, 1000, 500], [2, "Xã An Phú", 800, 300]])),
    expect: { ok: true, units: 2, target: 1800, done: 800, names: [LONG_UNIT_NAME, "Xã An Phú"] },
  },
  {
    file: "19-duplicate-units.xlsx", what: "the same unit on two rows",
    build: tiendo((ws) => standard(ws, [[1, "Xã An Bình", 1000, 500], [2, "Xã An Phú", 800, 300], [3, "xã an bình", 1000, 500]])),
    expect: { ok: true, units: 3, warnings: [{ code: "duplicate-unit", cell: "B6" }] },
  },
  {
    file: "20-emoji-mixed-scripts.xlsx", what: "emoji, Chinese, Cyrillic, Khmer and decomposed accents in names",
    build: tiendo((ws) => standard(ws, [[1, "Xã 🌾 Hòa Bình", 1000, 500], [2, "Phường 東京", 800, 300], [3, "Xã Ялта", 600, 600], [4, "Xã ស្រុក", 400, 100], [5, "Xã Ho\u0300a", 300, 30]])),
    expect: { ok: true, units: 5, names: ["Xã 🌾 Hòa Bình", "Phường 東京", "Xã Ялта", "Xã ស្រុក", "Xã Hòa"] },
  },
  {
    file: "21-legacy-tcvn3.xlsx", what: "a .VnTime sheet typed in TCVN3 (ABC)",
    build: tiendo((ws) => {
      ws.getCell("A1").value = "TiÕn ®é thu nhËn hå s¬";
      put(ws, 3, 1, [["STT", "§¬n vÞ", "ChØ tiªu", "§· thùc hiÖn"], [1, "X· Kim Ph\u00adîng", 1000, 500], [2, "ThÞ trÊn Chî Chu", 800, 200], [null, "Tæng céng", 1800, 700]]);
    }),
    expect: { ok: true, units: 2, target: 1800, done: 700, names: ["Xã Kim Phượng", "Thị trấn Chợ Chu"], warnings: [{ code: "legacy-encoding", cell: "A1" }] },
  },
  {
    file: "22-legacy-vni.xlsx", what: "a VNI-Times sheet",
    build: tiendo((ws) => {
      put(ws, 1, 1, [["STT", "Ñôn vò", "Chæ tieâu", "Ñaõ thöïc hieän"], [1, "Xaõ Kim Phöôïng", 1000, 500], [2, "Phöôøng Baéc Haø", 800, 200], [null, "Toång coäng", 1800, 700]]);
    }),
    expect: { ok: true, units: 2, target: 1800, done: 700, names: ["Xã Kim Phượng", "Phường Bắc Hà"], warnings: [{ code: "legacy-encoding", cell: "B1" }] },
  },
  {
    file: "23-formula-like-names.xlsx", what: "unit names beginning with =, +, -, @",
    build: tiendo((ws) => standard(ws, [[1, "=1+1", 1000, 500], [2, "+84 912 345 678", 800, 300], [3, "-Xã Âm", 600, 100], [4, "@SUM(A1)", 400, 400]])),
    expect: { ok: true, units: 4, names: ["=1+1", "+84 912 345 678", "-Xã Âm", "@SUM(A1)"] },
  },
  {
    file: "24-protected-sheet.xlsx", what: "a protected sheet",
    build: tiendo(async (ws) => { standard(ws); await ws.protect("matkhau", { selectLockedCells: true }); }),
    expect: { ok: true, units: 4, target: sumTarget, done: sumDone },
  },
  {
    file: "25-sheet-name-31-chars.xlsx", what: "a 31-character sheet name, and the report's name already taken",
    build: async (wb) => {
      standard(wb.addWorksheet("Tiến độ thu nhận hồ sơ đợt 2 xã"));
      wb.addWorksheet("Báo cáo 15-09-2024").getCell("A1").value = "báo cáo hôm qua";
    },
    expect: { ok: true, units: 4, target: sumTarget, done: sumDone },
  },
  {
    file: "26-one-unit.xlsx", what: "a table with a single unit",
    build: tiendo((ws) => standard(ws, [[1, "Xã Duy Nhất", 700, 350]])),
    expect: { ok: true, units: 1, target: 700, done: 350 },
  },
  {
    file: "27-far-origin-AA500.xlsx", what: "the table starts at AA500",
    build: tiendo((ws) => put(ws, 500, 27, [HEADER, ...UNITS.map(([n, t, d], i) => [i + 1, n, t, d])])),
    expect: { ok: true, units: 4, target: sumTarget, done: sumDone },
  },
  {
    file: "28-only-total-row.xlsx", what: "a header and a total row but no unit",
    build: tiendo((ws) => put(ws, 1, 1, [HEADER, [null, "Tổng cộng", 1000, 500]])),
    expect: { ok: false, key: "reader.no-units" },
  },
  {
    file: "29-booleans-in-figures.xlsx", what: "TRUE/FALSE typed where figures belong",
    build: tiendo((ws) => standard(ws, [[1, "Xã An Bình", 1000, true], [2, "Xã An Phú", 800, 300]])),
    expect: { ok: true, units: 2, warnings: [{ code: "not-a-number", cell: "D4" }] },
  },
  {
    file: "30-table-on-hidden-sheet.xlsx", what: "the only quota table is on a hidden sheet",
    build: async (wb) => {
      wb.addWorksheet("Bìa").getCell("A1").value = "KẾ HOẠCH CAO ĐIỂM";
      const ws = wb.addWorksheet("Số liệu", { state: "hidden" });
      standard(ws);
    },
    expect: { ok: false, key: "reader.no-header", cliKey: "reader.table-on-hidden-sheet" },
  },
  {
    file: "31-csv-named-xlsx.xlsx", what: "a CSV file saved with an .xlsx name",
    bytes: async () => Buffer.from("STT,Đơn vị,Chỉ tiêu,Đã thực hiện\n1,Xã An Bình,1000,600\n", "utf8"),
    // Read by its content, not its name: government software exports CSV and HTML under spreadsheet names.
    expect: { ok: true, units: 1, target: 1000, done: 600 },
  },
  {
    file: "32-corrupt-zip.xlsx", what: "a workbook cut off halfway (a broken download)",
    bytes: async () => {
      const wb = new ExcelJS.Workbook();
      standard(wb.addWorksheet("Tiến độ"));
      const full = Buffer.from(await wb.xlsx.writeBuffer());
      return full.subarray(0, Math.floor(full.length / 2));
    },
    expect: { ok: false, key: "reader.input.damaged" },
  },
  {
    file: "33-text-numbers-and-spaces.xlsx", what: "figures typed as text with dots and stray spaces",
    build: tiendo((ws) => standard(ws, [[1, "Xã An Bình", " 1.000 ", "600 "], [2, "Xã An Phú", "2.500", " 1.250"]])),
    expect: { ok: true, units: 2, target: 3500, done: 1850 },
  },
  {
    file: "34-total-row-wrong.xlsx", what: "a typed total that does not add up",
    build: tiendo((ws) => { standard(ws, UNITS.map(([n, t, d], i) => [i + 1, n, t, d]), false); put(ws, 8, 1, [[null, "Tổng cộng", 9999, sumDone]]); }),
    expect: { ok: true, units: 4, target: sumTarget, done: sumDone, warnings: [{ code: "total-mismatch", cell: "C8" }] },
  },
  {
    file: "35-big-50000-units.xlsx", what: "50,000 unit rows", generatedAtTestTime: true,
    build: tiendo((ws) => {
      ws.getRow(1).values = HEADER as V[];
      for (let i = 0; i < 50000; i++) ws.getRow(i + 2).values = [i + 1, `Tổ ${i + 1}`, 1000, (i * 37) % 1100];
    }),
    expect: { ok: true, units: 50000 },
  },
];
