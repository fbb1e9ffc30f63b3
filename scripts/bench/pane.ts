// The task pane: gzipped size of the scripts taskpane.html loads from the production build (each chunk, and the
// chunks loaded later with import()), how many src modules sit in more than one of them (from the source maps:
// 0 means one copy of src/core on the page), and the time from navigation start to the pane's first heading in
// headless Debian chromium with a minimal Office.js stub.
import * as fs from "fs";
import * as http from "http";
import * as path from "path";
import * as zlib from "zlib";
import { execFileSync } from "child_process";
import { command, median, round, type Family, type Figure } from "./figure";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
/** The entries' own files; the shared chunks are read from taskpane.html. */
const ENTRIES = ["taskpane.js", "functions.js", "commands.js"];
const GOAL_BYTES = 200 * 1024;
const CHROMIUM = "/usr/bin/chromium";
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const RENDERS = 5;

/** Just enough Office for the pane to start: onReady resolves at once (no Excel: the pane only has to draw). */
const OFFICE_STUB = `
  window.Office = {
    context: { displayLanguage: "vi-VN", requirements: { isSetSupported: function () { return true; } } },
    onReady: function (cb) {
      var info = { host: "Excel", platform: "PC" };
      return Promise.resolve(info).then(function (i) { if (cb) cb(i); return i; });
    },
    actions: { associate: function () {} },
    addin: { showAsTaskpane: function () { return Promise.resolve(); } },
    HostType: { Excel: "Excel" },
  };
  window.CustomFunctions = { associate: function () {}, Error: function (code, message) { this.code = code; this.message = message; }, ErrorCode: {} };
`;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Build when dist/ is missing or older than a source file, the webpack config or the manifest. */
function ensureBuild(): string {
  const built = ENTRIES.map((s) => path.join(DIST, s));
  const sources = Math.max(newestMtime(path.join(ROOT, "src")), ...["webpack.config.js", "manifest.xml", "package.json"].map((f) => fs.statSync(path.join(ROOT, f)).mtimeMs));
  const stale = built.some((f) => !fs.existsSync(f) || fs.statSync(f).mtimeMs < sources);
  if (!stale) return "dist/ up to date";
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--no-stats"], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
  return "dist/ rebuilt (it was missing or stale)";
}

/** The local scripts the page loads, in order (office.js from the CDN is not ours). */
function pageScripts(): string[] {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
}

/** src modules found in more than one script, from each script's source map. */
function repeatedModules(scripts: string[]): string[] {
  const seenIn = new Map<string, number>();
  for (const script of scripts) {
    const map = path.join(DIST, `${script}.map`);
    if (!fs.existsSync(map)) continue;
    const sources = (JSON.parse(fs.readFileSync(map, "utf8")) as { sources: string[] }).sources;
    for (const source of new Set(sources.filter((s) => /\/src\//.test(s)))) seenIn.set(source, (seenIn.get(source) ?? 0) + 1);
  }
  return [...seenIn].filter(([, n]) => n > 1).map(([s]) => s.replace(/^.*\/src\//, "src/"));
}

async function firstRenders(): Promise<number[]> {
   
  const { chromium } = require("playwright-core") as typeof import("playwright-core");
  const server = http.createServer((req, res) => {
    const file = path.join(DIST, path.basename((req.url ?? "/").split("?")[0]));
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": file.endsWith(".html") ? "text/html; charset=utf-8" : file.endsWith(".js") ? "text/javascript" : "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    const times: number[] = [];
    for (let i = 0; i < RENDERS; i++) {
      const context = await browser.newContext({ viewport: { width: 350, height: 900 } });
      const page = await context.newPage();
      // performance.now() counts from navigation start; note the first moment the pane's h1 has a layout box.
      await page.addInitScript(() => {
        const w = window as unknown as { __firstHeadingAt?: number };
        new MutationObserver((_, observer) => {
          const h = document.querySelector("h1");
          if (h && h.getBoundingClientRect().height > 0) {
            w.__firstHeadingAt = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.route(OFFICE_CDN, (route) => route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB }));
      await page.route((url) => !url.href.startsWith(base) && url.href !== OFFICE_CDN, (route) => route.abort());
      await page.goto(`${base}/taskpane.html`);
      await page.locator("h1").first().waitFor({ state: "visible", timeout: 20000 });
      times.push(await page.evaluate(() => (window as unknown as { __firstHeadingAt: number }).__firstHeadingAt));
      await context.close();
    }
    return times;
  } finally {
    await browser.close();
    await new Promise((r) => server.close(r));
  }
}

export const paneFamily: Family = {
  name: "pane",
  method: [
    "pane: gzip (zlib default level 6) of each local script dist/taskpane.html loads (runtime, shared chunks, the three entries),",
    "  and of the chunks loaded later with import() (not counted in the total); src modules repeated across the page's scripts",
    "  counted from their source maps",
    "  (source maps and office.js from Microsoft's CDN not counted); production build made first when dist/ is stale.",
    "  First render: dist/ served on 127.0.0.1, Debian chromium headless (playwright-core), the CDN office.js replaced by",
    "  a stub whose Office.onReady resolves at once; performance.now() when the pane's h1 first has a layout box",
    "  (MutationObserver), a fresh browser context (cold cache) each time, median of 5.",
  ],
  async run() {
    const figures: Figure[] = [];
    let buildNote: string;
    try {
      buildNote = ensureBuild();
    } catch (e) {
      const reason = `production build failed: ${String((e as { stderr?: Buffer }).stderr ?? e).trim().slice(0, 200)}`;
      return [
        { key: "pane_gzip_bytes", label: "task pane gzipped", value: null, unit: "bytes", reason, command: command("pane") },
        { key: "pane_first_render_ms", label: "task pane first render", value: null, unit: "ms", reason, command: command("pane") },
      ];
    }
    let total = 0;
    const scripts = pageScripts();
    for (const script of scripts) {
      const raw = fs.readFileSync(path.join(DIST, script));
      const gz = zlib.gzipSync(raw).length;
      total += gz;
      figures.push({ key: `pane_gzip_bytes_${script.replace(/\.js$/, "")}`, label: `  ${script} gzipped`, value: gz, unit: "bytes", note: `${raw.length.toLocaleString("en")} bytes raw`, command: command("pane") });
    }
    const later = fs.readdirSync(DIST).filter((f) => f.endsWith(".js") && !scripts.includes(f));
    for (const script of later) {
      const raw = fs.readFileSync(path.join(DIST, script));
      figures.push({ key: `pane_lazy_gzip_bytes_${script.replace(/\.[0-9a-f]{8}\.js$|\.js$/, "")}`, label: `  ${script} gzipped, loaded when first used`, value: zlib.gzipSync(raw).length, unit: "bytes", note: "not counted in the page's total", command: command("pane") });
    }
    const repeated = repeatedModules(scripts);
    figures.push({
      key: "pane_repeated_src_modules",
      label: "src modules in more than one script of the page",
      value: repeated.length,
      unit: "count",
      note: repeated.length ? repeated.slice(0, 6).join(", ") : "one copy of src/core (and of every src module) on the page",
      command: command("pane"),
    });
    figures.unshift({
      key: "pane_gzip_bytes",
      label: "task pane scripts gzipped (production)",
      value: total,
      unit: "bytes",
      note: `${scripts.length} scripts; goal ≤ 200 KB: ${total <= GOAL_BYTES ? "met" : "NOT met"} (${round(total / 1024, 1)} KB); ${buildNote}`,
      command: command("pane"),
    });
    if (!fs.existsSync(CHROMIUM)) {
      figures.push({ key: "pane_first_render_ms", label: "task pane first render", value: null, unit: "ms", reason: `${CHROMIUM} not installed (apt-get install -y chromium)`, command: command("pane") });
      return figures;
    }
    try {
      const times = await firstRenders();
      figures.push({ key: "pane_first_render_ms", label: "task pane first render, headless chromium", value: round(median(times)), unit: "ms", note: `median of ${RENDERS}: ${times.map((t) => round(t, 0)).join(", ")} ms`, command: command("pane") });
    } catch (e) {
      figures.push({ key: "pane_first_render_ms", label: "task pane first render", value: null, unit: "ms", reason: `chromium run failed: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`, command: command("pane") });
    }
    return figures;
  },
};
