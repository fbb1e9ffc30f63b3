// Excel's failure modes found by reading the adapter against Office.js's documentation and known issues, each on
// the stand-in Excel that fails as Excel does (mock-refusals.test.ts): what the clerk gets must be the whole
// report, or one sentence.
import { analyseAndWrite, detectTable } from "../../src/excel/actions";
import { consolidateInExcel } from "../../src/excel/consolidate";
import { capabilities } from "../../src/excel/requirements";
import { makeCampaign } from "../../src/core/campaign";
import { serialFromYMD } from "../../src/core/dates";
import { t } from "../../src/core/messages";
import { mockExcel, type MockExcel } from "./mock/workbook";
import type { SourceSheet } from "./mock/source";
import { PAYLOAD_LIMIT_BYTES } from "./mock/refusals";

const all = capabilities(() => true);
const from = serialFromYMD(2024, 8, 1)!;
const to = serialFromYMD(2024, 10, 30)!;
const asOf = serialFromYMD(2024, 9, 15)!;

type Row = (string | number | null)[];

/** A quota table: units named `${prefix} 1…n`, targets 1000, done from `done(i)`. */
function quotaSheet(name: string, units: number, prefix = "Xã", done = (i: number) => 100 + ((i * 37) % 900)): SourceSheet {
  const values: Row[] = [["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"], ...Array.from({ length: units }, (_, i) => [i + 1, `${prefix} ${i + 1}`, 1000, done(i)])];
  return { name, origin: { row: 1, col: 1 }, values };
}

/** The history sheet as the add-in writes it: header, then one row per unit and day. */
function historySheet(name: string, rows: number, extra: Partial<SourceSheet> = {}): SourceSheet {
  const values: Row[] = [["Ngày", "Đơn vị", "Nội dung", "Chỉ tiêu", "Lũy kế đã thực hiện"]];
  for (let k = 0; k < rows; k++) values.push([from + (k % 40), `Xã ${1 + Math.floor(k / 40)}`, "Tổng chỉ tiêu", 1000, 10 + k % 40]);
  // The add-in's own sheet: it rewrites these cells by design (the lint's clerk-cell-written is for the clerk's).
  return { name, origin: { row: 1, col: 1 }, values, addins: true, ...extra };
}

function use(m: MockExcel): MockExcel {
  (global as any).Excel = m.excel;
  return m;
}

const reportRequest = (save = true) => ({
  source: "used" as const,
  campaign: makeCampaign({ from, to, nominalDays: 90 }),
  asOf,
  lang: "vi" as const,
  colour: false,
  report: true,
  now: new Date(2024, 8, 15, 7, 30),
  history: save ? { save: true } : undefined,
});

/** The report is whole: cells, frozen header, print setup; and Excel shows it. */
function expectWholeReport(m: MockExcel, reportSheet: string | null): void {
  const report = m.added.find((s) => s.name === reportSheet)!;
  expect(report).toBeDefined();
  expect(report.ranges.some((r) => r.formulas)).toBe(true);
  expect(report.freeze.length).toBeGreaterThan(0);
  expect(report.page).toMatchObject({ paperSize: "A4" });
  expect(m.activeSheet()).toBe(reportSheet);
}

/** One line of Vietnamese for the clerk: no Excel error code words, no stack, no English sentence. */
function expectOneClerkLine(text: string): void {
  expect(text.split("\n")).toHaveLength(1);
  expect(text).not.toMatch(/Error|exception|at \w+ \(|undefined|The requested/i);
}

describe("the day's figures saved in a batch of their own, so a failed history save cannot spoil the report", () => {
  test("a protected history sheet: the report is whole and shown, the clerk reads one Vietnamese line on how to unprotect", async () => {
    const m = use(mockExcel(quotaSheet("Tiến độ", 10), { sheets: [historySheet("Lịch sử tiến độ", 20, { protected: true, tables: [{ name: "LichSuTienDo", ref: "A1:E21" }] })] }));
    const result = await analyseAndWrite(reportRequest(), all);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expectWholeReport(m, result.reportSheet);
    expect(result.historySheet).toBeNull();
    const said = result.notes.map((n) => t("vi", n)).find((x) => x.includes("Lịch sử tiến độ"))!;
    expect(said).toContain("Bỏ bảo vệ trang");
    expectOneClerkLine(said);
  });

  test("'Lưu số liệu ngày' alone on a protected history sheet: refused in one line that does not speak of a report", async () => {
    use(mockExcel(quotaSheet("Tiến độ", 10), { sheets: [historySheet("Lịch sử tiến độ", 20, { protected: true, tables: [{ name: "LichSuTienDo", ref: "A1:E21" }] })] }));
    const result = await analyseAndWrite({ ...reportRequest(), report: false }, all);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const said = t("vi", result.msg);
    expect(said).toContain("Bỏ bảo vệ trang");
    expect(said).not.toContain("Báo cáo");
    expectOneClerkLine(said);
  });

  test("an old history sheet renamed by the clerk keeps its table name: the new history table takes a free name, the report is whole", async () => {
    const m = use(mockExcel(quotaSheet("Tiến độ", 10), { sheets: [historySheet("Lịch sử cũ", 20, { tables: [{ name: "LichSuTienDo", ref: "A1:E21" }] })] }));
    const result = await analyseAndWrite(reportRequest(), all);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expectWholeReport(m, result.reportSheet);
    expect(result.historySheet).toBe("Lịch sử tiến độ");
    expect(m.tables().map((x) => [x.name, x.sheet])).toEqual([["LichSuTienDo", "Lịch sử cũ"], ["LichSuTienDo_2", "Lịch sử tiến độ"]]);
  });

  test("a history table the clerk moved (C3): nothing written over it, the report whole, one line saying what to do", async () => {
    const moved = historySheet("Lịch sử tiến độ", 20, { origin: { row: 3, col: 3 }, tables: [{ name: "LichSuTienDo", ref: "C3:G23" }] });
    const m = use(mockExcel(quotaSheet("Tiến độ", 10), { sheets: [moved] }));
    const result = await analyseAndWrite(reportRequest(), all);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expectWholeReport(m, result.reportSheet);
    expect(m.sources.find((s) => s.name === "Lịch sử tiến độ")!.ranges.filter((r) => r.formulas)).toEqual([]);
    const said = result.notes.map((n) => t("vi", n)).find((x) => x.includes("Lịch sử tiến độ"))!;
    expect(said).toContain("ô A1");
    expectOneClerkLine(said);
  });

  test("the history table is created on the history sheet though the clerk's sheet is active (a sheet-qualified address)", async () => {
    const m = use(mockExcel(quotaSheet("Tiến độ", 10)));
    const result = await analyseAndWrite({ ...reportRequest(), report: false }, all);
    expect(result.ok).toBe(true);
    expect(m.activeSheet()).toBe("Tiến độ");
    expect(m.tables().map((x) => [x.name, x.sheet])).toEqual([["LichSuTienDo", "Lịch sử tiến độ"]]);
  });
});

test("a history past 4 MiB and a large report: no request passes the web's 5 MB limit, and both are written whole", async () => {
  // 45,000 unit-days already kept (a first slice of ~4 MiB), a report of 3,500 units (~1.4 MB): each alone fits, together not.
  const m = use(mockExcel(quotaSheet("Tiến độ", 3500, "Tổ dân phố Khu tái định cư số"), { sheets: [historySheet("Lịch sử tiến độ", 45000, { tables: [{ name: "LichSuTienDo", ref: "A1:E45001" }] })] }));
  const result = await analyseAndWrite(reportRequest(), all);
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.historySheet).toBe("Lịch sử tiến độ");
  const history = m.sources.find((s) => s.name === "Lịch sử tiến độ")!;
  const rows = history.ranges.filter((r) => r.formulas).reduce((n, r) => n + r.formulas!.length, 0);
  expect(rows).toBeGreaterThan(45000);
  expectWholeReport(m, result.reportSheet);
  for (const bytes of m.requests()) expect(bytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
}, 60_000);

describe("whole columns and far cells: read where the data is, not to Excel's last row", () => {
  test("a whole-column selection (A:D) reads the table's 11 rows, in a few round trips", async () => {
    const m = use(mockExcel({ ...quotaSheet("Tiến độ", 10), selection: "'Tiến độ'!A:D" }));
    const found = await detectTable({ source: "selection" }, all);
    expect(found.read.ok && found.read.table.units.length).toBe(10);
    expect(found.readAt).toEqual({ sheet: "Tiến độ", address: "A1:D11" });
    expect(m.syncCount()).toBeLessThanOrEqual(4);
  });

  test("a stray value at XFD1048576: the table is read, under Excel's limits, and the clerk is told where the far cell is", async () => {
    const m = use(mockExcel({ ...quotaSheet("Tiến độ", 10), stray: [{ address: "XFD1048576", value: "x" }] }));
    const found = await detectTable({ source: "used" }, all);
    expect(found.read.ok && found.read.table.units.length).toBe(10);
    const note = found.notes.map((n) => t("vi", n)).join(" ");
    expect(note).toContain("XFD1048576");
    for (const bytes of m.responses()) expect(bytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  }, 60_000);
});

describe("Tổng hợp: the add-in's own sheets never read back, one bad file spoils nothing else", () => {
  const communes = () => [quotaSheet("Xã Đông", 3, "Thôn Đông"), quotaSheet("Xã Tây", 3, "Thôn Tây")];

  test("an earlier Tổng hợp sheet and the history sheet are never read back as sources, and the clerk is told", async () => {
    // The earlier Tổng hợp holds the same units with other figures: read, it would beat today's sheets.
    const earlier: SourceSheet = { ...quotaSheet("Tổng hợp", 6, "Thôn", () => 999), name: "Tổng hợp" };
    earlier.values = [earlier.values[0], ...["Thôn Đông", "Thôn Tây"].flatMap((p) => [1, 2, 3].map((k) => [k, `${p} ${k}`, 1000, 999]))];
    const [first, ...rest] = communes();
    const m = use(mockExcel(first, { sheets: [...rest, earlier, historySheet("Lịch sử tiến độ", 12)] }));
    const r = await consolidateInExcel({ lang: "vi" }, all);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([...new Set(r.result.units.flatMap((u) => u.from.map((f) => f.source)))].sort()).toEqual(["Xã Tây", "Xã Đông"]);
    expect(r.result.findings.filter((f) => f.code === "unit-conflict")).toEqual([]);
    expect(r.sheetName).toBe("Tổng hợp (2)");
    expect(r.skipped.map((x) => t("vi", x)).join(" ")).toContain("Tổng hợp, Lịch sử tiến độ");
    // …and they are left as they were.
    for (const name of ["Tổng hợp", "Lịch sử tiến độ"]) expect(m.sources.find((s) => s.name === name)!.ranges.filter((x) => x.formulas)).toEqual([]);
  });

  test("picked files: one damaged file is left out by name, the others gathered, no copy left, no ID in any label", async () => {
    const [first] = communes();
    const files = { GOOD: [{ ...quotaSheet("Báo cáo", 3, "Thôn Nam"), name: "Báo cáo (2)" }, { ...quotaSheet("Phụ lục", 3, "Thôn Bắc"), name: "Phụ lục" }] };
    const m = use(mockExcel(first, { files }));
    const r = await consolidateInExcel({ lang: "vi", files: [{ name: "hong.xlsx", base64: "BAD" }, { name: "xa-nam.xlsx", base64: "GOOD" }] }, all);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const sources = [...new Set(r.result.units.flatMap((u) => u.from.map((f) => f.source)))].sort();
    expect(sources).toEqual(["xa-nam.xlsx › Báo cáo (2)", "xa-nam.xlsx › Phụ lục", "Xã Đông"].sort());
    expect(sources.join()).not.toContain("{");
    expect(r.skipped.map((x) => t("vi", x)).join(" ")).toContain("hong.xlsx");
    expect(m.sheetNames()).toEqual(["Xã Đông", r.sheetName]);
  });

  test("files together past 5 MB go one per request, so none is refused for the others' size", async () => {
    const [first] = communes();
    const big = (k: string) => "A".repeat(3_000_000) + k;
    const files = { [big("1")]: [quotaSheet("Nam", 3, "Thôn Nam")], [big("2")]: [quotaSheet("Bắc", 3, "Thôn Bắc")] };
    const m = use(mockExcel(first, { files }));
    const r = await consolidateInExcel({ lang: "vi", files: [{ name: "nam.xlsx", base64: big("1") }, { name: "bac.xlsx", base64: big("2") }] }, all);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.skipped).toEqual([]);
    expect(m.sheetNames()).toEqual(["Xã Đông", r.sheetName]);
  });

  test("a failure after the files went in (a mapping sheet that is gone): every inserted copy is removed", async () => {
    const [first] = communes();
    const m = use(mockExcel(first, { files: { GOOD: [quotaSheet("Số liệu", 3, "Thôn Nam")] } }));
    await expect(consolidateInExcel({ lang: "vi", files: [{ name: "nam.xlsx", base64: "GOOD" }], mappingSheet: "Sáp nhập" }, all)).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(m.sheetNames()).toEqual(["Xã Đông"]);
    expect(m.deletedSheets).toEqual(["Số liệu"]);
  });
});

test("Excel on the web: the report is shown after it is written (the web may not activate a sheet added in the same batch)", async () => {
  const m = use(mockExcel(quotaSheet("Tiến độ", 10), { web: true }));
  const result = await analyseAndWrite(reportRequest(false), all);
  expect(result.ok).toBe(true);
  if (result.ok) expect(m.activeSheet()).toBe(result.reportSheet);
});
