// The corpus through the pane's "Tổng hợp" (Office.js mocked): the plan, the reports and the mapping as sheets of
// one workbook; the same figures as the case made them, as through the engine and the command line.
import { consolidateInExcel } from "../../src/excel/consolidate";
import { capabilities } from "../../src/excel/requirements";
import { mockExcel } from "../excel/mock/workbook";
import type { SourceSheet } from "../excel/mock/source";
import { sourceSheetFromGrid } from "../excel/mock/from-grid";
import { corpusCase, corpusGrid, type CorpusSheet } from "../../scripts/corpus/consolidation-corpus";

const caps = capabilities(() => true);
const sheet = (s: CorpusSheet, name: string): SourceSheet => sourceSheetFromGrid({ ...corpusGrid(s), sheet: name })!;

test.each([20261207, 20261250, 20261333])("case %i gathered in the pane", async (seed) => {
  const c = corpusCase(seed);
  const reports = c.reports.map((r, i) => sheet(r, `BC ${i + 1}`));
  const mapping: CorpusSheet = { label: "map", sheet: "Sáp nhập", format: "xlsx", merges: [], rows: [["Tên đơn vị cũ", "Tên đơn vị mới"], ...c.mapping] };
  const m = mockExcel(sheet(c.plan, "Kế hoạch"), { sheets: [...reports, ...(c.mapping.length > 0 ? [sheet(mapping, "Sáp nhập")] : [])] });
  (global as unknown as { Excel: unknown }).Excel = m.excel;
  const r = await consolidateInExcel({ lang: "vi", unitsSheet: "Kế hoạch", ...(c.mapping.length > 0 ? { mappingSheet: "Sáp nhập" } : {}) }, caps);
  if (!r.ok) throw new Error(r.msg.key);
  const id = (group: string) => r.result.measures.find((x) => x.key.includes(`|${group}|`))!.id;
  const [young, older] = [id("0-6"), id("6-14")];
  expect(r.result.units.map((u) => [u.name, u.values[young].target, u.values[older].target, u.values[young].done, u.values[older].done, u.sent])).toEqual([
    ...c.expected.map((e) => [e.unit, e.target[0], e.target[1], e.done?.[0] ?? null, e.done?.[1] ?? null, e.done !== null]),
    ...c.unknown.map((n) => [`Xã ${n}`, 10, 10, 5, 5, true]),
  ]);
  expect([...new Set(r.result.findings.filter((f) => f.review === "conflict").map((f) => f.unit))].sort()).toEqual([...c.conflicts].sort());
});
