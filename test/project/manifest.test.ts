// The manifest checked offline, the way Office reads it: well-formed, every resid defined, every URL on the
// add-in's own origin and served by the build, icons present, the shared runtime and requirement sets declared.
import { langFromLocale } from "../../src/core/messages";
import * as fs from "fs";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";

const root = path.resolve(__dirname, "../..");
const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const fail = (m: string) => {
  throw new Error(`manifest.xml is not well-formed: ${m}`);
};
const doc = new DOMParser({ errorHandler: { error: fail, fatalError: fail } }).parseFromString(xml, "text/xml");

const all = (tag: string) => Array.from(doc.getElementsByTagName(tag));
const localName = (tag: string) => Array.from(doc.getElementsByTagNameNS("*", tag));

describe("manifest.xml", () => {
  test("is a task pane add-in for Excel with ReadWriteDocument permission", () => {
    expect(doc.documentElement.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(all("Host").some((h) => h.getAttribute("Name") === "Workbook")).toBe(true);
    expect(all("Permissions")[0].textContent).toBe("ReadWriteDocument");
    expect(all("Id")[0].textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  // CustomFunctionsRuntime 1.2 brings CustomFunctions.Error, which a spilled range needs for a #VALUE! per row.
  test("declares the shared runtime (long lifetime) and the requirement sets", () => {
    const sets = all("Set").map((s) => `${s.getAttribute("Name")} ${s.getAttribute("MinVersion")}`);
    expect(sets).toEqual(expect.arrayContaining(["SharedRuntime 1.1", "CustomFunctionsRuntime 1.2"]));
    const runtimes = all("Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].getAttribute("lifetime")).toBe("long");
    // Pane, commands and functions must all point at the runtime's page, or Office starts separate runtimes.
    const page = runtimes[0].getAttribute("resid");
    expect(all("FunctionFile")[0].getAttribute("resid")).toBe(page);
    const cfPage = all("Page")[0].getElementsByTagName("SourceLocation")[0];
    expect(cfPage.getAttribute("resid")).toBe(page);
  });

  test("every resid is defined once, and every defined resource is used", () => {
    const defined = localName("Image").concat(localName("Url"), localName("String"))
      .map((e) => e.getAttribute("id")).filter((id): id is string => !!id);
    expect(new Set(defined).size).toBe(defined.length);
    const used = Array.from(doc.getElementsByTagName("*")).map((e) => e.getAttribute("resid")).filter((r): r is string => !!r);
    for (const r of used) expect(defined).toContain(r);
    for (const d of defined) expect(used).toContain(d);
    for (const r of used) expect(r.length).toBeLessThanOrEqual(32);
  });

  test("the custom functions use namespace CT with a Vietnamese metadata override", () => {
    const ns = localName("String").find((s) => s.getAttribute("id") === "Functions.Namespace");
    expect(ns?.getAttribute("DefaultValue")).toBe("CT");
    const meta = localName("Url").find((u) => u.getAttribute("id") === "Functions.Metadata.Url")!;
    expect(meta.getAttribute("DefaultValue")).toMatch(/\/functions\.json$/);
    const vi = Array.from(meta.getElementsByTagNameNS("*", "Override"))[0];
    expect(vi.getAttribute("Locale")).toBe("vi-VN");
    expect(vi.getAttribute("Value")).toMatch(/\/functions\.vi\.json$/);
  });

  test("the ribbon has the pane, colour, report, day figures, weekly report, phase report and allocation buttons, wired to the commands' action ids", () => {
    const buttons = all("Control").map((c) => c.getAttribute("id"));
    expect(buttons).toEqual(["CT.ShowTaskpane", "CT.ColourLagging", "CT.WriteReport", "CT.SaveDayFigures", "CT.WeeklyReport", "CT.PhaseReport", "CT.OpenAllocation"]);
    const functions = all("FunctionName").map((f) => f.textContent);
    expect(functions).toEqual(["ColourLagging", "WriteReport", "SaveDayFigures", "WeeklyReport", "PhaseReport", "OpenAllocation"]);
    const commands = fs.readFileSync(path.join(root, "src/commands/commands.ts"), "utf8");
    for (const f of functions) expect(commands).toContain(`"${f}"`);
  });

  test("display texts are English by default with a Vietnamese override", () => {
    expect(all("DefaultLocale")[0].textContent).toBe("en-US");
    const label = localName("String").find((s) => s.getAttribute("id") === "WriteReport.Label")!;
    expect(label.getAttribute("DefaultValue")).toBe("Write report");
    const strings = localName("String").filter((s) => s.getAttribute("id") !== "Functions.Namespace");
    for (const s of strings) {
      const vi = Array.from(s.getElementsByTagNameNS("*", "Override")).find((o) => o.getAttribute("Locale") === "vi-VN");
      expect(vi?.getAttribute("Value")).toBeTruthy();
    }
  });

  // Office picks an Override whose Locale is the UI's, else the DefaultValue.
  const resolve = (el: Element, locale: string) =>
    Array.from(el.getElementsByTagNameNS("*", "Override")).find((o) => o.getAttribute("Locale") === locale)?.getAttribute("Value") ??
    el.getAttribute("DefaultValue")!;
  const looksVietnamese = (text: string) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(text);

  test.each(["vi-VN", "en-US", "en-GB", "fr-FR", "de-DE", "ja-JP"])(
    "Excel in %s: the ribbon, the function names and the pane speak one language",
    (locale) => {
      const pane = langFromLocale(locale);
      const ribbon = resolve(localName("String").find((s) => s.getAttribute("id") === "WriteReport.Label")!, locale);
      const metadata = resolve(localName("Url").find((u) => u.getAttribute("id") === "Functions.Metadata.Url")!, locale);
      expect(looksVietnamese(ribbon) ? "vi" : "en").toBe(pane);
      expect(metadata.endsWith("functions.vi.json") ? "vi" : "en").toBe(pane);
      expect(pane).toBe(locale.startsWith("vi") ? "vi" : "en");
    },
  );

  test("every URL is on the one development origin and names a file the build produces", () => {
    const urls = Array.from(doc.getElementsByTagName("*")).flatMap((e) =>
      ["DefaultValue", "Value"].map((a) => e.getAttribute(a)).filter((v): v is string => !!v && v.startsWith("http")));
    expect(urls.length).toBeGreaterThan(5);
    const produced = new Set(["taskpane.html", "functions.js", "functions.json", "functions.vi.json", "help.html"]);
    for (const u of urls) {
      expect(u.startsWith("https://localhost:3000/")).toBe(true);
      const file = u.slice("https://localhost:3000/".length);
      if (file.startsWith("assets/")) expect(fs.existsSync(path.join(root, file))).toBe(true);
      else expect(produced.has(file)).toBe(true);
    }
  });
});
