// "Báo cáo đợt" in the pane, in Debian's chromium over a stand-in Excel: the phases the title states listed with
// their dates, the as-of day's phase offered first, its report written; another phase picked, its report too.
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";
import { chromium, type Browser, type Page } from "playwright-core";

const ROOT = path.resolve(__dirname, "../..");
const ARTIFACTS = path.join(ROOT, "test-artifacts");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

let dist: string;
let server: http.Server;
let baseUrl: string;
let browser: Browser;

/** The add-in as it ships (webpack.config.js: one runtime, shared chunks, lazy chunks), in development mode. */
async function bundlePane(outDir: string): Promise<void> {
  const makeConfig = require(path.join(ROOT, "webpack.config.js")) as (env: object, argv: object) => Promise<webpack.Configuration>;
  const config = await makeConfig({ outputPath: outDir }, { mode: "development" });
  const compiler = webpack({ ...config, devtool: false, context: ROOT });
  return new Promise((resolve, reject) =>
    compiler.run((err, stats) => {
      if (err || stats?.hasErrors()) reject(err ?? new Error(stats!.toString("errors-only")));
      else compiler.close(() => resolve());
    }),
  );
}

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), "pane-dist-"));
  await bundlePane(dist);
  server = http.createServer((req, res) => {
    const file = path.join(dist, path.basename(req.url ?? "/"));
    if (!fs.existsSync(file)) { res.writeHead(404).end(); return; }
    res.writeHead(200, { "content-type": file.endsWith(".html") ? "text/html; charset=utf-8" : "text/javascript" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    // playwright gives every launch a fresh temporary profile (it refuses --user-data-dir here).
    args: FLAGS,
  });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
}, 180000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

async function openPane(width: number, book: unknown): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
  const page = await context.newPage();
  // Which event, if any, was being handled when the pane wrote to the clipboard (a copy needs the click itself).
  await page.addInitScript(() => {
    const clipboard = navigator.clipboard;
    const write = clipboard.writeText.bind(clipboard);
    (window as any).__clipboardCalls = [];
    clipboard.writeText = (text: string) => {
      (window as any).__clipboardCalls.push(window.event?.type ?? "no event");
      return write(text);
    };
  });
  await page.addInitScript((json) => { (window as any).__WORKBOOK__ = JSON.parse(json); }, JSON.stringify(book));
  const host = fs.readFileSync(path.join(__dirname, "host/fake-office.js"), "utf8");
  await page.route(OFFICE_CDN, (route) => route.fulfill({ contentType: "text/javascript", body: host }));
  await page.route((url) => !url.href.startsWith(baseUrl) && url.href !== OFFICE_CDN, (route) => route.abort());
  await page.goto(`${baseUrl}/taskpane.html`);
  return page;
}

/** Texts the pane cuts at this width: the page scrolls sideways, or a box clips or ellipsises its content. */
function cutTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cut: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) cut.push(`page ${document.documentElement.scrollWidth}px wide`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("#root *"))) {
      const style = getComputedStyle(el);
      const clips = style.overflowX !== "visible" || style.textOverflow === "ellipsis";
      if (clips && el.scrollWidth > el.clientWidth + 1 && el.textContent?.trim()) cut.push(el.textContent.trim());
    }
    return cut;
  });
}

/** Controls a screen reader would announce without a name (every input, dropdown and button needs one). */
function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>("#root input, #root textarea, #root button, #root [role=combobox]"))
      .filter((el) => {
        const byIds = (el.getAttribute("aria-labelledby") ?? "").split(/\s+/).filter(Boolean)
          .map((id) => document.getElementById(id)?.textContent ?? "").join("");
        const byLabel = Array.from((el as HTMLInputElement).labels ?? []).map((l) => l.textContent).join("");
        return !(el.getAttribute("aria-label") || byIds.trim() || byLabel.trim() || el.textContent?.trim());
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}

const workbookOf = (page: Page) => page.evaluate(() => (window as any).__WORKBOOK__);


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
  await page.getByText(/đơn vị \(cột/).waitFor();
  await page.locator('input[name="from"]').fill("01/09/2024");
  await page.locator('input[name="to"]').fill("30/09/2024");
  await page.locator('input[name="asOf"]').fill("20/9/2024");

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
