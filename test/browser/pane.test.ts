// The task pane in Debian's chromium over a stand-in Excel: detect, correct a column, colour, report, copy;
// the measure picker, the campaign taken from the title, and the pane in English. One build, one browser per file.
import * as path from "path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { findQuotaSheet } from "../support/exceljs-read";
import { ARTIFACTS, cutTexts, panePerFile, ROOT, unfold, unnamedControls, workbookOf } from "./harness";

const openPane = panePerFile();

const SAMPLE = path.join(ROOT, "assets/sample/tien-do-cao-diem.xlsx");
const BLOCKS = path.join(ROOT, "test/fixtures/03-progress-blocks.xlsx");
const MISMATCH = path.join(ROOT, "test/fixtures/14-total-mismatch.xlsx");
async function fixtureWorkbook(file = SAMPLE, displayLanguage?: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const found = findQuotaSheet(wb) as { grid?: { sheet: string; origin: unknown; values: unknown[][]; merges: unknown[] } };
  const grid = found.grid!;
  return { displayLanguage, sheets: [{ name: grid.sheet, origin: grid.origin, values: grid.values, merges: grid.merges }] };
}

/** Pick an option of a Fluent dropdown with the keyboard (focus, Enter, then the option). */
async function choose(page: Page, dropdown: ReturnType<Page["locator"]>, option: string) {
  await dropdown.focus();
  await page.keyboard.press("Enter");
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** Wait until a locator's text is exactly this (the pane re-reads the table after a correction). */
async function textBecomes(locator: ReturnType<Page["locator"]>, text: string): Promise<string | null> {
  for (let i = 0; i < 50 && (await locator.textContent()) !== text; i++) await new Promise((r) => setTimeout(r, 100));
  return locator.textContent();
}

/** A value read again until it is set (the selection happens after an Excel.run). */
async function textOf(read: () => Promise<string | undefined>): Promise<string | undefined> {
  let value = await read();
  for (let i = 0; i < 50 && !value; i++) { await new Promise((r) => setTimeout(r, 100)); value = await read(); }
  return value;
}

test("a clerk detects, corrects a column, colours, reports and copies the summary at 320 px", async () => {
  const book = await fixtureWorkbook();
  const sourceBefore = JSON.stringify(book.sheets[0].values);
  const page = await openPane(320, book);
  await page.getByRole("button", { name: "Nhận dạng bảng trên trang tính" }).click();
  await page.getByText(/^Bảng: trang/).waitFor();

  // Nothing saved yet: the title's "90 NGÀY ĐÊM (từ 01/8/2024 đến 30/10/2024)" fills the campaign.
  expect(await page.locator('input[name="from"]').inputValue()).toBe("01/08/2024");
  expect(await page.locator('input[name="to"]').inputValue()).toBe("30/10/2024");
  expect(await page.locator('input[name="nominalDays"]').inputValue()).toBe("90");
  await page.getByText(/lấy từ tiêu đề bảng/).waitFor();
  await page.screenshot({ path: path.join(ARTIFACTS, "pane-320-detected.png"), fullPage: true });

  // Correct a column through the keyboard: the first column becomes "Chỉ tiêu 01 ngày", then goes back.
  await unfold(page, "Bảng đã nhận dạng: cột, cảnh báo");
  const firstRole = () => page.locator("[data-column]").first();
  const before = (await firstRole().textContent())!;
  expect(before).not.toBe("Chỉ tiêu 01 ngày");
  await choose(page, firstRole(), "Chỉ tiêu 01 ngày");
  expect(await textBecomes(firstRole(), "Chỉ tiêu 01 ngày")).toBe("Chỉ tiêu 01 ngày");
  await choose(page, firstRole(), before);
  expect(await textBecomes(firstRole(), before)).toBe(before);

  await page.locator('input[name="asOf"]').fill("15/9/2024");
  await page.getByRole("button", { name: "Tô màu đơn vị chậm" }).click();
  await page.getByText(/Đã tô màu/).waitFor();
  await page.getByRole("button", { name: "Tạo báo cáo" }).click();
  await page.getByText(/Đã tạo trang báo cáo/).waitFor();
  await page.getByRole("button", { name: "Sao chép tóm tắt" }).click();
  await page.getByText(/Đã sao chép tóm tắt/).waitFor();
  // the copy was made while the click was being handled, not after an Excel round trip
  expect(await page.evaluate(() => (window as any).__clipboardCalls)).toEqual(["click"]);
  await page.screenshot({ path: path.join(ARTIFACTS, "pane-320-done.png"), fullPage: true });
  await page.getByTestId("ranked").screenshot({ path: path.join(ARTIFACTS, "pane-320-ranked.png") });
  expect(await cutTexts(page)).toEqual([]);

  const after = await workbookOf(page);
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  const source = after.sheets[0];
  // every cell of the clerk's table is as it was (the colour legend may only add cells beside it)
  const original = JSON.parse(sourceBefore) as unknown[][];
  original.forEach((row, r) => row.forEach((v, c) => expect(source.values[r][c] ?? null).toEqual(v ?? null)));
  // The report, and the day's figures kept in the history sheet: each report takes the day's snapshot.
  expect(after.sheets.map((x: { name: string }) => x.name).slice(1)).toEqual(["Báo cáo 15-09-2024", "Lịch sử tiến độ"]);
  const report = after.sheets[1];
  expect(report.name).toBe("Báo cáo 15-09-2024");
  expect(report.charts).toHaveLength(1);
  expect(source.rules.length).toBeGreaterThan(0);
  expect(clipboard.length).toBeGreaterThan(20);
  const saved = JSON.parse(after.settings["quotaReport.settings"]);
  expect(saved.campaign).toMatchObject({ nominalDays: 90 });
  expect(saved.campaign.from).not.toBeNull();
  // the ranked list shows every unit of the sheet with a status
  expect(await page.getByTestId("ranked").locator("li").count()).toBeGreaterThan(3);
  await page.context().close();
});

test("the measure picker: the second measure is the one coloured, reported and saved", async () => {
  const page = await openPane(320, await fixtureWorkbook(BLOCKS));
  await page.getByRole("button", { name: "Nhận dạng bảng trên trang tính" }).click();
  await page.getByText(/^Bảng: trang/).waitFor();
  // No dates in this title: nothing is invented.
  expect(await page.locator('input[name="from"]').inputValue()).toBe("");
  await page.locator('input[name="from"]').fill("01/8/2024");
  await page.locator('input[name="to"]').fill("30/10/2024");
  await page.locator('input[name="asOf"]').fill("15/9/2024");
  await unfold(page, "Báo cáo khác: lưu số liệu ngày, tuần, đợt");
  await choose(page, page.getByTestId("measure"), "Tài khoản ĐDDT mức 2");
  await page.getByRole("button", { name: "Tô màu đơn vị chậm" }).click();
  await page.getByText(/Đã tô màu/).waitFor();
  await page.getByRole("button", { name: "Tạo báo cáo" }).click();
  await page.getByText(/Đã tạo trang báo cáo/).waitFor();
  await page.getByText(/Xếp hạng đơn vị · Tài khoản ĐDDT mức 2/).waitFor();
  await page.screenshot({ path: path.join(ARTIFACTS, "pane-320-measure.png"), fullPage: true });
  expect(await cutTexts(page)).toEqual([]);

  const after = await workbookOf(page);
  // colours follow the chosen measure's figures (G done against its base D, the cards issued: domain.md's
  // chained blocks), never the first measure's target C or remaining E
  const rules: { range: string; formula: string }[] = after.sheets[0].rules;
  expect(rules.length).toBeGreaterThan(0);
  expect(rules.every((r) => /\$G\d/.test(r.formula) && /\$D\d/.test(r.formula))).toBe(true);
  for (const r of rules) expect(r.formula).not.toMatch(/\$[CE]\d/);
  const report = after.sheets[1];
  expect(String(report.values[0][0])).toBe("BÁO CÁO TIẾN ĐỘ TÀI KHOẢN ĐDDT MỨC 2");
  expect(JSON.stringify(report.values)).not.toContain("Kích hoạt ĐDDT");
  expect(JSON.parse(after.settings["quotaReport.settings"]).measureId).toBe("tai-khoan-dddt-muc-2");
  await page.context().close();
});

test("with Office in English the pane speaks English, and so do the custom functions", async () => {
  const page = await openPane(320, await fixtureWorkbook(SAMPLE, "en-US"));
  await page.getByRole("heading", { name: "Quota progress report" }).waitFor();
  await page.getByRole("heading", { name: "Campaign" }).waitFor();
  await page.getByLabel("From (day/month/year)").waitFor();
  await page.getByLabel("Figures as of").waitFor();
  await page.getByRole("button", { name: "Read the table on this sheet" }).click();
  await page.getByText(/^Table: sheet/).waitFor();
  await page.getByLabel("Figures as of").fill("15/9/2024");
  await page.getByRole("button", { name: "Create report" }).click();
  await page.getByText(/Report sheet ".*" created/).waitFor();
  await page.screenshot({ path: path.join(ARTIFACTS, "pane-320-en.png"), fullPage: true });
  expect(await cutTexts(page)).toEqual([]);
  expect(await page.locator("html").getAttribute("lang")).toBe("en");
  expect(await unnamedControls(page)).toEqual([]);
  // The functions take the language from Office themselves (src/functions/lang.ts).
  const status = await page.evaluate(() => (window as any).__customFunctions.STATUS([[1000]], [[900]], [["01/8/2024"]], [["30/10/2024"]], [["15/9/2024"]]));
  expect(status).toEqual([["Complete"]]);
  await page.context().close();
});

test("a warning's cell is selected from the keyboard; a wrong campaign gets a message saying what to fix", async () => {
  const page = await openPane(320, await fixtureWorkbook(MISMATCH));
  await page.getByRole("button", { name: "Tô màu đơn vị chậm" }).click();
  await page.getByRole("alert").getByText(/Nhận dạng bảng/).waitFor();

  await page.getByRole("button", { name: "Nhận dạng bảng trên trang tính" }).click();
  await page.getByText(/^Bảng: trang/).waitFor();
  await unfold(page, "Bảng đã nhận dạng: cột, cảnh báo");
  await page.getByText("Cần xem lại").waitFor();
  const sheet = (await workbookOf(page)).sheets[0].name;
  const warning = page.getByRole("button", { name: /^C4: / });
  await warning.focus();
  await page.keyboard.press("Enter");
  await expect(textOf(() => workbookOf(page).then((b) => b.selected))).resolves.toBe(`${sheet}!C4:C4`);

  await page.locator('input[name="from"]').fill("30/10/2024");
  await page.locator('input[name="to"]').fill("01/8/2024");
  await page.getByRole("button", { name: "Tạo báo cáo" }).click();
  await page.getByRole("alert").getByText(/sau ngày kết thúc.*hãy sửa lại/).waitFor();
  expect((await workbookOf(page)).sheets).toHaveLength(1);
  expect(await unnamedControls(page)).toEqual([]);
  await page.screenshot({ path: path.join(ARTIFACTS, "pane-320-warnings.png"), fullPage: true });
  expect(await cutTexts(page)).toEqual([]);
  await page.context().close();
});

test("a ribbon button pressed with the pane already loaded (shared runtime) shows its message in that pane", async () => {
  const page = await openPane(320, await fixtureWorkbook());
  await page.getByRole("heading", { name: "Báo cáo tiến độ chỉ tiêu" }).waitFor();
  // Nothing saved yet: the command opens the pane, which was mounted before the button was pressed.
  const completed = await page.evaluate(async () => {
    let calls = 0;
    await (window as any).__associated.WriteReport({ completed: () => { calls++; } });
    return calls;
  });
  expect(completed).toBe(1);
  await page.getByText(/Chưa có thiết lập đã lưu/).waitFor({ timeout: 5000 });
  await page.context().close();
});

test("on a French Excel the custom functions answer in English before any pane is shown", async () => {
  const page = await openPane(320, await fixtureWorkbook(SAMPLE, "fr-FR"));
  await page.waitForFunction(() => (window as any).__customFunctions?.STATUS);
  const status = await page.evaluate(() => (window as any).__customFunctions.STATUS([[1000]], [[900]], [["01/8/2024"]], [["30/10/2024"]], [["15/9/2024"]]));
  expect(status).toEqual([["Complete"]]);
  await page.getByRole("heading", { name: "Quota progress report" }).waitFor();
  await page.context().close();
});

test("the page loads one copy of the engine, and the lazy parts only when the clerk gets there", async () => {
  const requested: string[] = [];
  const page = await openPane(320, await fixtureWorkbook());
  page.on("request", (r) => requested.push(path.basename(new URL(r.url()).pathname)));
  await page.getByRole("heading", { name: "Báo cáo tiến độ chỉ tiêu" }).waitFor();
  const scripts = await page.evaluate(() => Array.from(document.scripts).map((s) => s.src.split("/").pop()));
  expect(scripts.filter((s) => s === "core.js")).toHaveLength(1);
  expect(requested.filter((r) => /pane-table/.test(r))).toEqual([]);
  await page.getByRole("button", { name: "Nhận dạng bảng trên trang tính" }).click();
  await page.getByText(/^Bảng: trang/).waitFor();
  // The found table's dropdowns load when their section is first unfolded.
  expect(requested.filter((r) => /pane-table/.test(r))).toEqual([]);
  await unfold(page, "Bảng đã nhận dạng: cột, cảnh báo");
  await page.getByText(/đơn vị \(cột/).waitFor();
  expect(requested.filter((r) => /pane-table/.test(r))).toHaveLength(1);
  await page.context().close();
});

test.each([320, 450])("the first screen at %i px: what was read and the one-click actions within 600 px; the rest folded, keeping its state", async (width) => {
  const page = await openPane(width, await fixtureWorkbook());
  await page.getByRole("button", { name: "Nhận dạng bảng trên trang tính" }).click();
  await page.getByText(/^Bảng: trang/).waitFor();
  // The sample's title gives the campaign: the detected lines say what the clerk should check.
  const detected = (await page.getByTestId("detected").innerText()).split("\n");
  expect(detected[0]).toMatch(/^Bảng: trang ".+", A\d+:[A-Z]+\d+, \d+ đơn vị$/);
  expect(detected[1]).toMatch(/^Chỉ tiêu: /);
  expect(detected[2]).toBe("Đợt: 01/08/2024 đến 30/10/2024 (90 ngày)");
  expect(detected[3]).toMatch(/^Số liệu đến ngày: \d\d\/\d\d\/\d{4}$/);
  // Fold the campaign (open at first, nothing was saved): the one click is then on the first screen.
  await unfold(page, "Đợt cao điểm");
  await page.getByRole("heading", { name: "Đợt cao điểm" }).getByRole("button").click();
  for (const name of ["Tô màu đơn vị chậm", "Tạo báo cáo", "Sao chép tóm tắt"]) {
    const box = (await page.getByRole("button", { name, exact: true }).boundingBox())!;
    expect([name, box.y + box.height <= 600]).toEqual([name, true]);
  }
  await page.screenshot({ path: path.join(ARTIFACTS, `pane-${width}-first-screen.png`), clip: { x: 0, y: 0, width, height: 600 } });
  // A folded section keeps what was typed in it.
  await unfold(page, "Đợt cao điểm");
  await page.locator('input[name="asOf"]').fill("15/9/2024");
  await page.getByRole("heading", { name: "Đợt cao điểm" }).getByRole("button").click();
  await page.locator('input[name="asOf"]').waitFor({ state: "hidden" });
  await unfold(page, "Đợt cao điểm");
  expect(await page.locator('input[name="asOf"]').inputValue()).toBe("15/9/2024");
  expect(await page.getByTestId("detected").innerText()).toContain("Số liệu đến ngày: 15/9/2024");
  expect(await cutTexts(page)).toEqual([]);
  expect(await unnamedControls(page)).toEqual([]);
  await page.context().close();
});
