// Every text a clerk reads exists in Vietnamese and English, with the same blanks to fill in both; every key the
// code names is in the catalogue, so no clerk ever sees a bare key like "reader.no-header".
import * as fs from "fs";
import * as path from "path";
import { catalogue, t, type MessageKey } from "../../src/core/messages";

const src = path.resolve(__dirname, "../../src");
function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.tsx?$/.test(e.name) && !p.includes(`${path.sep}messages${path.sep}`) ? [p] : [];
  });
}
const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test("each entry has both languages, non-empty, with the same parameters", () => {
  const keys = Object.keys(catalogue);
  expect(keys.length).toBeGreaterThan(100);
  for (const key of keys) {
    const { vi, en } = catalogue[key];
    expect({ key, vi: vi.trim().length > 0, en: en.trim().length > 0 }).toEqual({ key, vi: true, en: true });
    expect({ key, params: params(vi) }).toEqual({ key, params: params(en) });
  }
});

test("Vietnamese texts are written with their diacritics", () => {
  const sentences = Object.entries(catalogue).filter(([, e]) => e.vi.split(/\s+/).length >= 4);
  const withMarks = sentences.filter(([, e]) => /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i.test(e.vi));
  const without = sentences.filter((s) => !withMarks.includes(s)).map(([k, e]) => `${k}: ${e.vi}`);
  expect(without).toEqual([]);
});

test("every message key written in the code is in the catalogue", () => {
  const missing: string[] = [];
  for (const f of files(src)) {
    const code = fs.readFileSync(f, "utf8");
    for (const m of code.matchAll(/["'`]((?:maths|reader|report|pane|history|workbook)\.[A-Za-z0-9_.-]+)["'`]/g)) {
      if (!(m[1] in catalogue) && !m[1].endsWith(".")) missing.push(`${path.relative(src, f)}: ${m[1]}`);
    }
  }
  expect(missing).toEqual([]);
});

test("t fills the parameters in the chosen language", () => {
  const key = (Object.keys(catalogue) as MessageKey[]).find((k) => params(catalogue[k].vi).length > 0)!;
  const values = Object.fromEntries(params(catalogue[key].vi).map((p) => [p, "XYZ"]));
  expect(t("vi", key, values)).not.toMatch(/\{\w+\}/);
  expect(t("en", key, values)).toContain("XYZ");
});
