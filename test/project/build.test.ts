// The production build as an office would deploy it: built with the office's own address, dist/ holds the
// manifest pointing there, both functions metadata files, the shared-runtime page and its bundles.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";

const root = path.resolve(__dirname, "../..");
const out = fs.mkdtempSync(path.join(os.tmpdir(), "ct-dist-"));
const OFFICE_URL = "https://intranet.congan.example/tien-do/";

beforeAll(() => {
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", `outputPath=${out}`, "--no-stats"], {
    cwd: root,
    env: { ...process.env, ADDIN_BASE_URL: OFFICE_URL },
    stdio: "pipe",
  });
}, 180000);

afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

test("the manifest in dist points at the office's address, never at localhost", () => {
  const manifest = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
  expect(manifest).not.toContain("localhost");
  expect(manifest).toContain(`${OFFICE_URL}taskpane.html`);
  expect(manifest).toContain(`${OFFICE_URL}functions.vi.json`);
});

test("dist holds the shared-runtime page loading functions, commands and pane bundles", () => {
  const html = fs.readFileSync(path.join(out, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);
  for (const bundle of ["functions.js", "commands.js", "taskpane.js"]) {
    expect(scripts.some((s) => s.endsWith(bundle))).toBe(true);
    expect(fs.statSync(path.join(out, bundle)).size).toBeGreaterThan(100);
  }
  expect(scripts.some((s) => s.includes("office.js"))).toBe(true);
  for (const icon of ["icon-16.png", "icon-32.png", "icon-80.png"]) expect(fs.existsSync(path.join(out, "assets", icon))).toBe(true);
});

test("the page's own scripts load src/core once and weigh at most 200 KB gzipped", () => {
  const html = fs.readFileSync(path.join(out, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]).filter((s) => !/^https?:/.test(s));
  let gzipped = 0;
  const coreCopies = new Map<string, number>();
  for (const script of scripts) {
    gzipped += zlib.gzipSync(fs.readFileSync(path.join(out, script))).length;
    const sources = (JSON.parse(fs.readFileSync(path.join(out, `${script}.map`), "utf8")) as { sources: string[] }).sources;
    for (const s of sources.filter((x) => x.includes("/src/core/"))) coreCopies.set(s, (coreCopies.get(s) ?? 0) + 1);
  }
  expect(gzipped).toBeLessThanOrEqual(200 * 1024);
  expect(coreCopies.size).toBeGreaterThan(20);
  expect([...coreCopies].filter(([, n]) => n > 1)).toEqual([]);
});

test("functions.json and functions.vi.json describe the same functions, the second in Vietnamese", () => {
  const en = JSON.parse(fs.readFileSync(path.join(out, "functions.json"), "utf8"));
  const vi = JSON.parse(fs.readFileSync(path.join(out, "functions.vi.json"), "utf8"));
  const ids = (m: { functions: { id: string }[] }) => m.functions.map((f) => f.id).sort();
  expect(ids(vi)).toEqual(ids(en));
  expect(ids(en)).toEqual(expect.arrayContaining(["DAILY_TARGET", "COMPLETION", "STATUS", "NUMBER"]));
  const daily = vi.functions.find((f: { id: string }) => f.id === "DAILY_TARGET");
  const dailyEn = en.functions.find((f: { id: string }) => f.id === "DAILY_TARGET");
  expect(daily.name).not.toBe(dailyEn.name);
  expect(daily.description).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
});
