// The pane's "Phân bổ chỉ tiêu" and "Tổng hợp" in Debian's chromium over the stand-in Excel of pane.test.ts
// (the harness of test/browser/harness.ts): the allocation sheet adds up, the gathered sheet has the fixtures' figures.
import * as path from "path";
import { firstGrid } from "../consolidation/sources";
import { consolidationCase } from "../../scripts/fixtures/consolidation";
import { TABLE2 } from "../../scripts/fixtures/domain-tables";
import type { Grid } from "../../src/core/types";
import { ARTIFACTS, cutTexts, panePerFile, ROOT, unfold, workbookOf } from "./harness";

const openPaneAt = panePerFile();

const openPane = (book: unknown) => openPaneAt(320, book);

const FIXTURES = path.join(ROOT, "test/fixtures");
const sheet = (grid: Grid, name = grid.sheet) => ({ name, origin: grid.origin, values: grid.values, merges: grid.merges });

test("Phân bổ chỉ tiêu: An Dương's 0–6 column, 16,460 over 9 days; the daily column adds up to 1,829", async () => {
  const page = await openPane({ sheets: [sheet(await firstGrid(path.join(FIXTURES, "02-table2-two-row-header.xlsx")))] });
  await page.getByRole("button", { name: "Nhận dạng bảng trên trang tính" }).click();
  await page.getByText(/^Bảng: trang/).waitFor();
  await unfold(page, /Phân bổ chỉ tiêu/);
  // The plan's own daily column adds up to 1,830: said, with the figures that would add up to 1,829.
  await page.getByText(/cộng lại 1\.830, lệch 1 so với 1\.829.*Hồng Thái 93 → 92/).waitFor();
  await page.getByLabel("Cột làm căn cứ phân bổ").selectOption("D");
  await page.getByLabel("Tổng chỉ tiêu cần phân bổ").fill("16.460");
  await page.getByLabel("Số ngày (bỏ trống: theo thời gian ghi trên trang)").fill("9");
  await page.getByRole("button", { name: "Lập bảng phân bổ trên trang mới" }).click();
  await page.getByText(/Đã lập bảng phân bổ trên trang "Phân bổ chỉ tiêu"/).waitFor();
  await page.getByText(/khác với cách làm tròn riêng: Hồng Thái 93 → 92/).waitFor();
  const book = await workbookOf(page);
  const written = book.sheets.find((s: { name: string }) => s.name === "Phân bổ chỉ tiêu");
  const units = (written.values as unknown[][]).filter((row) => typeof row?.[0] === "number");
  expect(units).toHaveLength(16);
  expect(units.reduce((s, row) => s + (row[4] as number), 0)).toBe(1829);
  expect(Object.values(written.formulas)).toContain("=SUM(E5:E20)");
  await page.context().close();
});

test("Tổng hợp: commune sheets of the workbook gathered with the mapping and the district table picked", async () => {
  const plan = consolidationCase();
  const dir = path.join(FIXTURES, "consolidation");
  const communes = plan.files.filter((f) => f.file.endsWith(".xlsx"));
  const sheets = [];
  for (const f of communes) sheets.push(sheet(await firstGrid(path.join(dir, f.file)), f.file.replace(/\.xlsx$/, "")));
  sheets.push(sheet(await firstGrid(path.join(FIXTURES, "02-table2-two-row-header.xlsx")), "Dot 2"));
  sheets.push(sheet(await firstGrid(path.join(dir, "sap-nhap.xlsx")), "Sáp nhập"));
  const page = await openPane({ sheets });
  await unfold(page, "Tổng hợp");
  const pick = async (label: string, option: string) => {
    const select = page.getByLabel(label);
    await select.focus();
    await select.locator(`option[value="${option}"]`).waitFor({ state: "attached" });
    await select.selectOption(option);
  };
  await pick("Trang tên cũ → tên mới (nếu có)", "Sáp nhập");
  await pick("Bảng kế hoạch (đơn vị, thứ tự và chỉ tiêu)", "Dot 2");
  await page.getByRole("button", { name: "Tổng hợp vào trang mới" }).click();
  await page.getByText(/Đã tổng hợp 16 đơn vị vào trang "Tổng hợp"/).waitFor();
  await page.getByText(/Đơn vị Bắc Sơn chưa gửi báo cáo/).waitFor();
  await page.getByText(/Đơn vị Nam Sơn chưa gửi báo cáo/).waitFor();
  // What to review, one short table (unit · kind · what) as on the written sheet: the conflict the fixtures were
  // made with, and the names typed loosely, each under the plan's unit.
  const reviewRows = await page.getByTestId("merge-review").locator("tbody tr").evaluateAll((trs) =>
    trs.map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => (td.textContent ?? "").normalize("NFC"))));
  expect(reviewRows.map((r) => r.slice(0, 2))).toEqual(expect.arrayContaining([
    [plan.conflict.unit, "Số liệu khác nhau"],
    ...plan.loose.map((l) => [l.unit, "Tên gần giống"]),
  ]));
  const conflictText = reviewRows.find((r) => r[0] === plan.conflict.unit)?.[2];
  expect(conflictText).toContain(plan.conflict.other.replace(/\.xlsx$/, ""));
  expect(conflictText).toContain(`ghi ${plan.conflict.otherYoung}`);
  expect(await cutTexts(page)).toEqual([]);
  await page.getByTestId("merge-review").screenshot({ path: path.join(ARTIFACTS, "pane-320-merge-review.png") });
  expect(await page.getByRole("status").getByText(/khác nhau|gần giống/).count()).toBe(0);
  const book = await workbookOf(page);
  const written = book.sheets.find((s: { name: string }) => s.name === "Tổng hợp");
  // The units' rows (the review table under the notes numbers its lines too).
  const rows = (written.values as unknown[][]).filter((row) => typeof row?.[0] === "number").slice(0, TABLE2.length).map((row) => row.slice(1, 5).map((v) => v ?? null));
  // The district table is the plan: its targets (Tổng, 0–6 and its daily column) for every unit, Bắc Sơn and Nam
  // Sơn (whose .xls is not a sheet of this workbook) included: they are marked "Chưa gửi", not zeroed.
  const want = TABLE2.map(([unit, young, older, daily]) => [unit, young + older, young, daily]);
  expect(rows).toEqual(want);
  // The clerk's sheets are as they were.
  expect(book.sheets.slice(0, sheets.length).map((s: { values: unknown }) => JSON.stringify(s.values))).toEqual(sheets.map((s) => JSON.stringify(s.values)));
  await page.context().close();
});

test("Tổng hợp on an Excel older than ExcelApi 1.13: no file picker, the clerk told why; the workbook's sheets still gathered", async () => {
  const plan = consolidationCase();
  const dir = path.join(FIXTURES, "consolidation");
  const communes = plan.files.filter((f) => f.file.endsWith(".xlsx")).slice(0, 3);
  const sheets = [];
  for (const f of communes) sheets.push(sheet(await firstGrid(path.join(dir, f.file)), f.file.replace(/\.xlsx$/, "")));
  const page = await openPane({ sheets, excelApiMinor: 12 });
  await unfold(page, "Tổng hợp");
  await page.getByText(/Excel này chưa mở được tệp từ ngăn bổ trợ \(cần Excel 2021 hoặc Microsoft 365\)/).waitFor();
  expect(await page.locator('input[type="file"]').count()).toBe(0);
  await page.getByRole("button", { name: "Tổng hợp vào trang mới" }).click();
  await page.getByText(/Đã tổng hợp \d+ đơn vị vào trang "Tổng hợp"/).waitFor();
  const book = await workbookOf(page);
  expect(book.sheets.map((s: { name: string }) => s.name)).toEqual([...sheets.map((s) => s.name), "Tổng hợp"]);
  await page.context().close();
});

test("the ribbon's Phân bổ chỉ tiêu opens the pane at that section: its heading in view and focused", async () => {
  const page = await openPane({ sheets: [sheet(await firstGrid(path.join(FIXTURES, "02-table2-two-row-header.xlsx")))] });
  const heading = page.getByRole("heading", { name: /Phân bổ chỉ tiêu/ });
  await heading.waitFor();
  await page.evaluate(async () => { await (window as any).__associated.OpenAllocation({ completed: () => undefined }); });
  await expect(heading.evaluate((h) => document.activeElement === h)).resolves.toBe(true);
  const box = await heading.boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeLessThan(900);
  await page.context().close();
});
