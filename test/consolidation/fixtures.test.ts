// Sixteen commune workbooks in five layouts (scripts/fixtures/consolidation.ts) gathered into the An Dương table:
// every figure as the fixture script made it, every conflict named with its source and cell.
import * as path from "path";
import { consolidate, readUnitMapping, Consolidation } from "../../src/core/consolidation";
import { readQuotaTable } from "../../src/core/read";
import { measureKey } from "../../src/core/consolidation";
import { t } from "../../src/core/messages";
import { consolidationCase } from "../../scripts/fixtures/consolidation";
import { AN_DUONG, DIR, firstGrid, readSource } from "./sources";

const plan = consolidationCase();
let result: Consolidation;

beforeAll(async () => {
  const sources = [];
  for (const f of plan.files) sources.push(await readSource(path.join(DIR, f.file)));
  const district = readQuotaTable(await firstGrid(AN_DUONG));
  if (!district.ok) throw new Error("An Dương table unreadable");
  const mapping = readUnitMapping(await firstGrid(path.join(DIR, "sap-nhap.xlsx")));
  expect(mapping.problems).toEqual([]);
  result = consolidate(sources, { units: district.table.units.map((u) => u.name), mapping: mapping.mapping });
});

function figure(unit: string, key: string, role: "target" = "target"): number | null {
  const m = result.measures.find((x) => x.key === key)!;
  return result.units.find((u) => u.name === unit)!.values[m.id][role];
}

test("the sixteen files are in five layouts, one of them .xls", () => {
  expect(plan.files).toHaveLength(16);
  expect(new Set(plan.files.map((f) => f.layout)).size).toBe(5);
  expect(plan.files.filter((f) => f.file.endsWith(".xls"))).toHaveLength(1);
});

test("the units are the An Dương table's, in its order, with the figures the fixture script computed", () => {
  expect(result.units.map((u) => u.name)).toEqual(plan.expected.map((e) => e.unit));
  const young = measureKey("Từ 0 đến dưới 6 tuổi");
  const older = measureKey("Từ 6 đến dưới 14 tuổi");
  const got = result.units.map((u) => [u.name, figure(u.name, young), figure(u.name, older), figure(u.name, "tong")]);
  const want = plan.expected.map((e) => [e.unit, e.figures?.young ?? null, e.figures?.older ?? null, e.figures ? e.figures.young + e.figures.older : null]);
  expect(got).toEqual(want);
});

test("the column totals are the An Dương plan's own, less the commune that sent nothing", () => {
  const young = measureKey("Từ 0 đến dưới 6 tuổi");
  const sum = result.units.reduce((s, u) => s + (figure(u.name, young) ?? 0), 0);
  const missing = plan.expected.filter((e) => e.figures === null).map((e) => e.unit);
  expect(missing).toEqual(plan.missing);
  expect(sum).toBe(16460 - 737); // Bắc Sơn's 737 is the gap
});

test("every conflict is named, with its source and cell", () => {
  const codes = (code: string) => result.findings.filter((f) => f.code === code);
  expect(codes("unit-missing").map((f) => f.msg.params?.unit)).toEqual(plan.missing);
  const conflicts = codes("unit-conflict");
  expect(conflicts.map((f) => [f.msg.params?.unit, f.msg.params?.keptSource, f.msg.params?.otherSource, f.msg.params?.other])).toEqual([
    [plan.conflict.unit, plan.conflict.kept, plan.conflict.other, plan.conflict.otherYoung + (plan.files[6].units[0].figures.older)],
    [plan.conflict.unit, plan.conflict.kept, plan.conflict.other, plan.conflict.otherYoung],
  ]);
  expect(conflicts.every((f) => f.source === plan.conflict.other && /^[A-Z]+\d+$/.test(f.cell ?? ""))).toBe(true);
  const loose = result.findings.filter((f) => f.code.startsWith("unit-") && f.msg.key === "merge.unit.loose");
  expect(loose.map((f) => [f.msg.params?.unit, f.msg.params?.matched])).toEqual(plan.loose.map((l) => [l.typed, l.unit]));
  const partial = codes("measure-partial");
  expect(partial.map((f) => [f.msg.params?.measure, f.msg.params?.count])).toEqual([["Từ 14 tuổi trở lên", 15]]);
  // Nothing else: no finding the case did not plan.
  expect(result.findings.filter((f) => f.severity === "warning")).toHaveLength(1 + 2 + 2 + 1);
});

test("the three old communes fold into An Đông with a note naming each", () => {
  const note = result.notes.find((n) => n.params?.unit === plan.folded.unit)!;
  expect(note.params?.count).toBe(plan.folded.olds.length);
  const text = t("vi", note);
  for (const old of plan.folded.olds) expect(text).toContain(old);
  // The renamed commune is a fold of one.
  expect(result.notes.find((n) => n.params?.unit === "Hồng Thái")?.params?.count).toBe(1);
});
