// The task pane in Debian's chromium over a stand-in Excel: detect, correct a column, colour, report, copy.
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import webpack from "webpack";
import ExcelJS from "exceljs";
import { chromium, type Browser, type Page } from "playwright-core";
import { findQuotaSheet } from "../../src/cli/read-xlsx";

const ROOT = path.resolve(__dirname, "../..");
const FIXTURE = path.join(ROOT, "assets/sample/tien-do-cao-diem.xlsx");
const ARTIFACTS = path.join(ROOT, "test-artifacts");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

let dist: string;
let server: http.Server;
let baseUrl: string;
let browser: Browser;

function bundlePane(outDir: string): Promise<void> {
  const compiler = webpack({
    mode: "development",
    devtool: false,
    entry: path.join(ROOT, "src/taskpane/index.tsx"),
    output: { path: outDir, filename: "taskpane.js" },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [{ test: /\.tsx?$/, loader: "ts-loader", options: { transpileOnly: true, configFile: path.join(ROOT, "tsconfig.json") } }],
    },
  });
  return new Promise((resolve, reject) =>
    compiler.run((err, stats) => {
      if (err || stats?.hasErrors()) reject(err ?? new Error(stats!.toString("errors-only")));
      else compiler.close(() => resolve());
    }),
  );
}

async function fixtureWorkbook() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(FIXTURE);
  const found = findQuotaSheet(wb) as { grid?: { sheet: string; origin: unknown; values: unknown[][]; merges: unknown[] } };
  const grid = found.grid!;
  return { sheets: [{ name: grid.sheet, origin: grid.origin, values: grid.values, merges: grid.merges }] };
}

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), "pane-dist-"));
  await bundlePane(dist);
  const html = fs.readFileSync(path.join(ROOT, "src/taskpane/taskpane.html"), "utf8")
    .replace("</body>", '<script src="taskpane.js"></script></body>');
  fs.writeFileSync(path.join(dist, "taskpane.html"), html);
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
  await page.addInitScript((json) => { (window as any).__WORKBOOK__ = JSON.parse(json); }, JSON.stringify(book));
  const host = fs.readFileSync(path.join(__dirname, "host/fake-office.js"), "utf8");
  await page.route(OFFICE_CDN, (route) => route.fulfill({ contentType: "text/javascript", body: host }));
  await page.route((url) => !url.href.startsWith(baseUrl) && url.href !== OFFICE_CDN, (route) => route.abort());
  await page.goto(`${baseUrl}/taskpane.html`);
  return page;
}

test("a clerk detects, corrects a column, colours, reports and copies the summary at 320 px", async () => {
  const book = await fixtureWorkbook();
  const sourceBefore = JSON.stringify(book.sheets[0].values);
  const page = await openPane(320, book);
  await page.getByRole("button", { name: "Nhận dạng bảng trên trang tính" }).click();
  await page.getByText(/đơn vị \(cột/).waitFor();
  await page.screenshot({ path: path.join(ARTIFACTS, "pane-320-detected.png"), fullPage: true });

  // Correct a column: the first column's role is changed to "Chỉ tiêu 01 ngày" and back to what it was,
  // through the keyboard, the way a clerk without a mouse would.
  const firstRole = page.locator("[data-column]").first();
  const before = await firstRole.textContent();
  await firstRole.focus();
  await page.keyboard.press("Enter");
  await page.getByRole("option", { name: "Chỉ tiêu 01 ngày" }).click();
  await page.getByText(/đơn vị \(cột/).waitFor();
  expect(await page.locator("[data-column]").first().textContent()).toBe("Chỉ tiêu 01 ngày");

  // Keep it: the pane must still work with a corrected mapping. Campaign dates:
  await page.locator('input[name="from"]').fill("01/8/2024");
  await page.locator('input[name="to"]').fill("30/10/2024");
  await page.locator('input[name="nominalDays"]').fill("90");
  await page.locator('input[name="asOf"]').fill("15/9/2024");
  await page.getByRole("button", { name: "Tô màu đơn vị chậm" }).click();
  await page.getByText(/Đã tô màu/).waitFor();
  await page.getByRole("button", { name: "Tạo báo cáo" }).click();
  await page.getByText(/Đã tạo trang báo cáo/).waitFor();
  await page.getByRole("button", { name: "Sao chép tóm tắt" }).click();
  await page.getByText(/Đã sao chép tóm tắt/).waitFor();
  await page.screenshot({ path: path.join(ARTIFACTS, "pane-320-done.png"), fullPage: true });

  const after = await page.evaluate(() => (window as any).__WORKBOOK__);
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(before).toBeTruthy();
  const source = after.sheets[0];
  // every cell of the clerk's table is as it was (the colour legend may only add cells beside it)
  const original = JSON.parse(sourceBefore) as unknown[][];
  original.forEach((row, r) => row.forEach((v, c) => expect(source.values[r][c] ?? null).toEqual(v ?? null)));
  expect(after.sheets).toHaveLength(2);
  const report = after.sheets[1];
  expect(report.name).toBe("Báo cáo 15-09-2024");
  expect(report.charts).toHaveLength(1);
  expect(source.rules.length).toBeGreaterThan(0);
  expect(clipboard.length).toBeGreaterThan(20);
  expect(after.settings["quotaReport.settings"]).toContain("\"nominalDays\":90");
});
