// "Báo cáo đợt" in the pane, in Debian's chromium over a stand-in Excel: the phases the title states listed with
// their dates, the as-of day's phase offered first, its report written; another phase picked, its report too.
import * as path from "path";
import { ARTIFACTS, cutTexts, panePerFile, unfold, unnamedControls, workbookOf } from "./harness";

const openPane = panePerFile();

type Row = (string | number | null)[];
const PHASES_LINE = "Đợt 1: từ 01/9 đến 15/9/2024; Đợt 2: từ 16/9 đến 30/9/2024";
const UNITS = [
  { name: "Xã An Bình", target: 600, pace: 12 },
  { name: "Xã Tân Phú", target: 450, pace: 20 },
  { name: "Phường Hòa Lợi", target: 900, pace: 25 },
];

function dayValues(d: number): Row[] {
  return [
    [`BÁO CÁO KẾT QUẢ THU NHẬN HỒ SƠ CẤP CĂN CƯỚC NGÀY ${d}/9/2024`, null, null, null],
    [PHASES_LINE, null, null, null],
    ["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"],
    ...UNITS.map((u, i) => [i + 1, u.name, u.target, u.pace * d]),
  ];
}

/** The day's sheet (active, first) and one sheet per earlier day. */
function campaignBook(day: number) {
  const sheet = (d: number) => ({ name: `${d}-9`, origin: { row: 1, col: 1 }, values: dayValues(d), merges: [] });
  return { sheets: [sheet(day), ...Array.from({ length: day - 1 }, (_, i) => sheet(i + 1))] };
}

/** Every text written on a sheet (values and formulas). */
const textsOf = (sheet: { values: unknown[][] }) => JSON.stringify(sheet.values);

test("Báo cáo đợt: the title's phases listed with their dates, the as-of day's phase first, each phase's report written", async () => {
  const page = await openPane(320, campaignBook(20));
  await page.getByRole("button", { name: "Nhận dạng bảng trên trang tính" }).click();
  await page.getByText(/^Bảng: trang/).waitFor();
  await page.locator('input[name="from"]').fill("01/09/2024");
  await page.locator('input[name="to"]').fill("30/09/2024");
  await page.locator('input[name="asOf"]').fill("20/9/2024");

  await unfold(page, "Báo cáo khác: lưu số liệu ngày, tuần, đợt");
  const picker = page.getByLabel("Đợt cần báo cáo");
  await picker.waitFor();
  expect(await picker.locator("option").allTextContents()).toEqual([
    "Đợt 1: từ 01/09/2024 đến 15/09/2024",
    "Đợt 2: từ 16/09/2024 đến 30/09/2024",
  ]);
  // 20/9 is in Đợt 2.
  expect(await picker.evaluate((el: HTMLSelectElement) => el.selectedOptions[0].textContent)).toBe("Đợt 2: từ 16/09/2024 đến 30/09/2024");
  await page.screenshot({ path: path.join(ARTIFACTS, "pane-320-phase.png"), fullPage: true });
  expect(await unnamedControls(page)).toEqual([]);
  expect(await cutTexts(page)).toEqual([]);

  await page.getByRole("button", { name: "Báo cáo đợt" }).click();
  await page.getByText(/Đã tạo trang báo cáo/).waitFor();
  let book = await workbookOf(page);
  const first = book.sheets.find((s: { name: string }) => s.name === "Báo cáo đợt 20-09-2024");
  expect(first).toBeDefined();
  expect(textsOf(first)).toContain("Đợt 2: từ 16/09/2024 đến 30/09/2024 (15 ngày)");
  // Each commune's results within Đợt 2 (16/9 to 20/9: 5 days at its pace).
  for (const u of UNITS) expect(first.values.some((row: unknown[]) => row.includes(u.name) && row.includes(u.pace * 5))).toBe(true);

  await picker.selectOption({ label: "Đợt 1: từ 01/09/2024 đến 15/09/2024" });
  await page.getByRole("button", { name: "Báo cáo đợt" }).click();
  await page.getByText(/Đã tạo trang báo cáo/).waitFor();
  book = await workbookOf(page);
  const reports = book.sheets.filter((s: { name: string }) => s.name.startsWith("Báo cáo đợt"));
  expect(reports).toHaveLength(2);
  const second = reports.find((s: { name: string }) => s !== reports.find((x: { name: string }) => x.name === "Báo cáo đợt 20-09-2024"));
  expect(textsOf(second)).toContain("Đợt 1: từ 01/09/2024 đến 15/09/2024 (15 ngày)");
  for (const u of UNITS) expect(second.values.some((row: unknown[]) => row.includes(u.name) && row.includes(u.pace * 15))).toBe(true);
  // The clerk's day sheet is as it was.
  expect(book.sheets[0].values.slice(0, 6)).toEqual(dayValues(20));
  await page.context().close();
});
