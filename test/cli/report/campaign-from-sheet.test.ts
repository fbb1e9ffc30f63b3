// The campaign and the as-of date as the sheet's own words state them, through the command line on real .xlsx
// files: "“22 ngày, đêm”" gives 22 days (so the office's own daily column agrees), "BÁO CÁO … NGÀY 15/6/2023"
// is the as-of date, options win, and what could not be found is a warning that says how to fix it.
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli, tempDir } from "../../support/run-cli";

const dir = tempDir("quota-report-hints-");
const UNITS: [string, number, number][] = [["Xã Kim Phượng", 1485, 700], ["Thị trấn Chợ Chu", 2107, 1100], ["Xã Bảo Linh", 497, 120], ["Xã Định Biên", 3903, 2000]];
/** The office's own daily column: round half up of target ÷ the plan's days. */
const dailyOf = (target: number, days: number) => Math.floor(target / days + 0.5);

async function workbook(file: string, titles: string[], days = 22): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tiến độ");
  titles.forEach((title, i) => (ws.getCell(i + 1, 1).value = title));
  const header = titles.length + 2;
  ws.getRow(header).values = ["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện", "Chỉ tiêu TB 01 ngày"];
  UNITS.forEach(([name, target, done], i) => (ws.getRow(header + 1 + i).values = [i + 1, name, target, done, dailyOf(target, days)]));
  const full = path.join(dir, file);
  await wb.xlsx.writeFile(full);
  return full;
}

interface Json {
  period: { from: string | null; to: string | null; days: number | null; asOf: string };
  asOfSource: string;
  units: { name: string; values: Record<string, { dailyTarget: number | null }> }[];
  warnings: { code: string; message: string; cell: string | null }[];
  notes: { code: string; message: string; cell: string | null }[];
}

async function analyze(file: string, ...options: string[]): Promise<Json> {
  const r = await runCli(["analyze", file, "--json", ...options]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Json;
}

describe("the campaign from the sheet's own words, on real workbooks", () => {
  let file: string;
  beforeAll(async () => {
    file = await workbook("22-ngay-dem.xlsx", [
      "KẾ HOẠCH đợt cao điểm “22 ngày, đêm” cấp tài khoản định danh điện tử (từ 03/6/2023 đến 25/6/2023)",
      "BÁO CÁO KẾT QUẢ THỰC HIỆN NGÀY 15/6/2023",
    ]);
  });

  test("“22 ngày, đêm” gives 22 days over a 23-day calendar: the typed daily targets agree, no false warning", async () => {
    const out = await analyze(file);
    expect(out.period).toMatchObject({ from: "2023-06-03", to: "2023-06-25", days: 22 });
    expect(out.units.map((u) => Object.values(u.values)[0].dailyTarget)).toEqual(UNITS.map(([, target]) => dailyOf(target, 22)));
    expect(out.warnings.filter((w) => w.code === "daily-mismatch")).toEqual([]);
    expect(out.notes.find((n) => n.code === "hint-days")).toMatchObject({ cell: "A1", message: expect.stringContaining("22 ngày") });
  });

  test("the report's title date is the as-of date, said with its cell; no 'today' warning", async () => {
    const out = await analyze(file);
    expect([out.period.asOf, out.asOfSource]).toEqual(["2023-06-15", "sheet"]);
    expect(out.notes.find((n) => n.code.startsWith("hint-data-date"))).toMatchObject({ cell: "A2", message: expect.stringContaining("15/06/2023") });
    expect(out.warnings.map((w) => w.code)).not.toContain("as-of-default");
  });

  test("options win over the sheet, and the sheet's overridden facts are not claimed", async () => {
    const out = await analyze(file, "--as-of", "20/06/2023", "--days", "23");
    expect([out.period.asOf, out.period.days, out.asOfSource]).toEqual(["2023-06-20", 23, "given"]);
    expect(out.notes.map((n) => n.code).filter((c) => c.startsWith("hint-data-date") || c === "hint-days")).toEqual([]);
  });

  test("an as-of date after the campaign is a warning naming how to fix it", async () => {
    const out = await analyze(file, "--as-of", "01/07/2023");
    const w = out.warnings.find((x) => x.code === "as-of-after-campaign");
    expect(w?.message).toMatch(/01\/07\/2023.*25\/06\/2023.*--as-of/);
  });

  test("a referred report's date is the document's: the data date is the day before, and the clerk is told", async () => {
    const doc = await workbook("kem-theo.xlsx", ["Cao điểm 22 ngày đêm từ ngày 03/6/2023 đến ngày 25/6/2023", "(Kèm theo Báo cáo số 12/BC-CAH ngày 16/6/2023)"]);
    const out = await analyze(doc);
    expect([out.period.asOf, out.asOfSource]).toEqual(["2023-06-15", "sheet"]);
    // A guess, so a warning the clerk sees among the others.
    expect(out.warnings.find((n) => n.code === "hint-data-date-document")?.message).toMatch(/16\/06\/2023.*15\/06\/2023.*--as-of/);
  });

  test("a sheet without dates: warnings say the period and the as-of date were not found, and how to give them", async () => {
    const bare = await workbook("khong-ngay.xlsx", ["BẢNG TỔNG HỢP KẾT QUẢ THU NHẬN HỒ SƠ"]);
    const out = await analyze(bare);
    const codes = out.warnings.map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(["campaign-noDates", "as-of-default"]));
    expect(out.asOfSource).toBe("default");
    const text = out.warnings.filter((w) => ["campaign-noDates", "as-of-default"].includes(w.code)).map((w) => w.message).join("\n");
    for (const fix of ["--from", "--to", "--days", "--as-of", "ngăn tác vụ"]) expect(text).toContain(fix);
    const en = JSON.parse((await runCli(["analyze", bare, "--json", "--lang", "en"])).stdout) as Json;
    expect(en.warnings.find((w) => w.code === "as-of-default")?.message).toMatch(/--as-of DATE.*pane/);
  });

  test("the readable output lists what was taken from which cell", async () => {
    const r = await runCli(["analyze", file]);
    expect(r.stdout).toMatch(/Lấy số ngày của kế hoạch \(22 ngày\) từ ô A1/);
    expect(r.stdout).toMatch(/Lấy thời gian của đợt, từ 03\/06\/2023 đến 25\/06\/2023, từ ô A1/);
  });
});
