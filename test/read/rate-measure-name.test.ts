// A rate measure is named as the clerk's heading says, not after its base column: a table written by openpyxl
// and XlsxWriter (scripts/writers, the programs web systems use) with "Tổng số hồ sơ | Hồ sơ trực tuyến | Tỷ lệ
// (%) | Chỉ tiêu (%)" was read as a measure "Tổng số hồ sơ", and the period report said "Chỉ tiêu "Tổng số hồ
// sơ" là tỷ lệ…". Each case states the name its headings give it.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { XlsxWorkbook } from "../../src/cli/formats/xlsx-workbook";
import { findQuotaSheet } from "../../src/cli/read-xlsx";
import { tempDir } from "../support/run-cli";
import { analyzeTable } from "../../src/core/analyze";
import { makeCampaign } from "../../src/core/campaign";
import { periodRateNote } from "../../src/core/report/period-report";

const WRITERS = ["openpyxl_table1.py", "xlsxwriter_table1.py"];
const UNITS: [string, number, number][] = [["Xã An Bình", 40, 9], ["Phường Cái Khế", 10, 3], ["Xã Mỹ Khánh", 100, 28]];
type Row = (string | number | null)[];

interface NameCase {
  id: string;
  header: Row[];
  /** One unit's cells after STT and name: base, done, the share reached, the share asked (or not). */
  cells: (base: number, done: number) => (string | number | null)[];
  /** The measure's name, from the heading the case was made with. */
  name: string;
}

const reached = (base: number, done: number) => Math.round((done / base) * 1000) / 10;
const CASES: NameCase[] = [
  {
    id: "bare rate and share headings: the column counting what is achieved",
    header: [["STT", "Đơn vị", "Tổng số hồ sơ", "Hồ sơ trực tuyến", "Tỷ lệ (%)", "Chỉ tiêu (%)"]],
    cells: (b, d) => [b, d, reached(b, d), 30],
    name: "Hồ sơ trực tuyến",
  },
  {
    id: "a rate heading that says what of",
    header: [["STT", "Đơn vị", "Tổng số hồ sơ", "Số hồ sơ nộp qua mạng", "Tỷ lệ trực tuyến (%)", "Chỉ tiêu (%)"]],
    cells: (b, d) => [b, d, reached(b, d), "30%"],
    name: "Tỷ lệ trực tuyến",
  },
  {
    id: "the share in the rate column's heading, no share column",
    header: [["STT", "Đơn vị", "Tổng số hồ sơ", "Trong đó trực tuyến", "Tỷ lệ trực tuyến (chỉ tiêu ≥ 30%)"]],
    cells: (b, d) => [b, d, reached(b, d)],
    name: "Tỷ lệ trực tuyến",
  },
  {
    id: "a group heading above the base and done only",
    header: [
      ["STT", "Đơn vị", "Đăng ký tạm trú", null, "Tỷ lệ (%)", "Chỉ tiêu (%)"],
      [null, null, "Tổng số hồ sơ", "Hồ sơ trực tuyến", null, null],
    ],
    cells: (b, d) => [b, d, reached(b, d), 30],
    name: "Đăng ký tạm trú",
  },
];

const dir = tempDir("rate-name-");

function write(writer: string, c: NameCase): string {
  const rows: Row[] = [["KẾT QUẢ TIẾP NHẬN HỒ SƠ TRỰC TUYẾN"], [], ...c.header, ...UNITS.map(([n, b, d], i) => [i + 1, n, ...c.cells(b, d)])];
  const file = path.join(dir, `${CASES.indexOf(c)}-${writer}.xlsx`);
  execFileSync("/usr/bin/python3", [path.join(__dirname, "..", "..", "scripts", "writers", writer), file], { input: JSON.stringify([{ name: "Truc tuyen", rows }]), stdio: ["pipe", "pipe", "pipe"] });
  return file;
}

describe.each(WRITERS)("a rate table written by %s", (writer) => {
  test.each(CASES.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const found = findQuotaSheet(new XlsxWorkbook(fs.readFileSync(write(writer, c))), undefined, undefined, 2024);
    if (!found.ok) throw new Error(found.msg.key);
    const measures = found.table.measures.map((m) => [m.kind, m.label]);
    expect(measures).toEqual([["rate", c.name]]);
    // The names the reader's notes give the clerk are the same.
    const notes = found.table.diagnostics.filter((w) => w.code === "rate-measure").map((w) => w.msg.params?.measure);
    expect(notes).toEqual([c.name]);
    // The weekly report's sentence about the share names it so.
    const analysis = analyzeTable(found.table, makeCampaign(), 45550);
    expect(periodRateNote(analysis, found.table.measures[0], true, "vi")).toContain(`Chỉ tiêu "${c.name}" là tỷ lệ (30%`);
  });
});
