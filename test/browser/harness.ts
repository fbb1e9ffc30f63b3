// The browser tests' stand-in for Excel on Windows: the add-in built as it ships (webpack.config.js, development
// mode), served on localhost, opened in Debian's chromium over test/browser/host/fake-office.js, which plays
// Office.js over an in-memory workbook (window.__WORKBOOK__). Every network request but the page's is refused.
import { tempDir } from "../support/temp-dirs";
import * as fs from "fs";
import * as http from "http";
import * as path from "path";
import webpack from "webpack";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";

export const ROOT = path.resolve(__dirname, "../..");
export const ARTIFACTS = path.join(ROOT, "test-artifacts");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export interface PaneHost {
  baseUrl: string;
  browser: Browser;
  /** Where the bundle was written (the tests read its chunks). */
  dist: string;
  close(): Promise<void>;
}

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

/** Builds the pane, serves it on localhost and starts chromium (a fresh temporary profile per launch). */
export async function startPaneHost(): Promise<PaneHost> {
  const dist = tempDir("pane-dist-");
  await bundlePane(dist);
  const server = http.createServer((req, res) => {
    const file = path.join(dist, path.basename(req.url ?? "/"));
    if (!fs.existsSync(file)) { res.writeHead(404).end(); return; }
    res.writeHead(200, { "content-type": file.endsWith(".html") ? "text/html; charset=utf-8" : "text/javascript" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: FLAGS });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return {
    baseUrl,
    browser,
    dist,
    close: async () => {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/** The pane at this width over this workbook; clipboard writes record which event, if any, was being handled. */
export async function openPane(host: PaneHost, width: number, book: unknown): Promise<Page> {
  const context = await host.browser.newContext({ viewport: { width, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: host.baseUrl });
  const page = await context.newPage();
  // A copy needs the click itself: the event being handled when the pane wrote to the clipboard.
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
  const office = fs.readFileSync(path.join(__dirname, "host/fake-office.js"), "utf8");
  await page.route(OFFICE_CDN, (route) => route.fulfill({ contentType: "text/javascript", body: office }));
  await page.route((url) => !url.href.startsWith(host.baseUrl) && url.href !== OFFICE_CDN, (route) => route.abort());
  await page.goto(`${host.baseUrl}/taskpane.html`);
  return page;
}

/** The stand-in workbook as the pane left it. */
export const workbookOf = (page: Page) => page.evaluate(() => (window as any).__WORKBOOK__);

/** Texts the pane cuts at this width: the page scrolls sideways, or a box clips or ellipsises its content. */
export function cutTexts(page: Page): Promise<string[]> {
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
export function unnamedControls(page: Page): Promise<string[]> {
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

/** Unfold a folded section of the pane by its heading (a no-op when it is open already). */
export async function unfold(page: Page, title: string | RegExp): Promise<void> {
  const button = page.getByRole("heading", { name: title }).getByRole("button");
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
}

/** One build and one browser for the test file: started before its tests, closed after them; opens panes on it. */
export function panePerFile(): (width: number, book: unknown) => Promise<Page> {
  let host: PaneHost | undefined;
  beforeAll(async () => {
    host = await startPaneHost();
  }, 180000);
  afterAll(async () => {
    await host?.close();
  });
  return (width, book) => {
    if (!host) throw new Error("the pane host did not start (see the beforeAll error above)");
    return openPane(host, width, book);
  };
}

/** The PNG an <img> of the pane shows (a blob: URL the pane made), as the clerk would save it. */
export async function pngOf(img: Locator): Promise<Buffer> {
  const base64 = await img.evaluate(async (el: HTMLImageElement) => {
    const bytes = new Uint8Array(await (await fetch(el.src)).arrayBuffer());
    let s = "";
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s);
  });
  return Buffer.from(base64, "base64");
}
