// Sixteen commune workbooks in five layouts (scripts/fixtures/consolidation.ts) gathered against the An Dương
// table as the plan: every figure as the fixture script made it, every conflict named with its source and cell.
import * as path from "path";
import { consolidate, readUnitMapping, Consolidation } from "../../src/core/consolidation";
import { readQuotaTable } from "../../src/core/read";
import { measureIdentityKey as measureKey } from "../../src/core/vocabulary/measure-identity";
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
  result = consolidate(sources, { plan: { label: "an-duong.xlsx", table: district.table }, mapping: mapping.mapping });
});

function figure(unit: string, label: string): number | null {
  const m = result.measures.find((x) => x.key === measureKey(label))!;
  return result.units.find((u) => u.name === unit)!.values[m.id].target;
}

test("the sixteen files are in five layouts, one of them .xls", () => {
  expect(plan.files).toHaveLength(16);
  expect(new Set(plan.files.map((f) => f.layout)).size).toBe(5);
  expect(plan.files.filter((f) => f.file.endsWith(".xls"))).toHaveLength(1);
});

test("the units are the An Dương table's, in its order, with its figures; reports agreeing add nothing", () => {
  expect(result.units.map((u) => u.name)).toEqual(plan.expected.map((e) => e.unit));
  const got = result.units.map((u) => [u.name, figure(u.name, "Từ 0 đến dưới 6 tuổi"), figure(u.name, "Từ 6 đến dưới 14 tuổi"), figure(u.name, "Tổng")]);
  const fromPlan = (e: (typeof plan.expected)[number]) => plan.files.flatMap((f) => f.units).find((u) => u.unit === e.unit)?.figures;
  const want = plan.expected.map((e) => {
    const f = e.figures ?? null;
    // Bắc Sơn sent nothing: its targets are the plan's all the same.
    return [e.unit, f?.young ?? expect.any(Number), f?.older ?? expect.any(Number), f ? f.young + f.older : expect.any(Number)];
  });
  expect(got).toEqual(want);
  expect(plan.expected.filter((e) => !fromPlan(e)).map((e) => e.unit)).toEqual(plan.missing);
});

test("the column totals are the An Dương plan's own; the commune that sent nothing is said, not zeroed", () => {
  const sum = result.units.reduce((s, u) => s + (figure(u.name, "Từ 0 đến dưới 6 tuổi") ?? 0), 0);
  expect(sum).toBe(16460);
  expect(result.units.filter((u) => !u.sent).map((u) => u.name)).toEqual(plan.missing);
});

test("every figure says where it was read: the plan's cell for targets", () => {
  const anHoa = result.units.find((u) => u.name === "An Hòa")!;
  const young = result.measures.find((m) => m.key === measureKey("Từ 0 đến dưới 6 tuổi"))!;
  expect(anHoa.origins[young.id]?.target).toEqual([expect.objectContaining({ source: "an-duong.xlsx", value: 1365 })]);
  expect(anHoa.from.map((f) => f.source)).toEqual(["04-an-hoa.xlsx"]);
});

test("every conflict, loose match and extra measure is a review line with its source and cell", () => {
  const codes = (code: string) => result.findings.filter((f) => f.code === code);
  expect(codes("unit-missing").map((f) => f.msg.params?.unit)).toEqual(plan.missing);
  const conflicts = codes("unit-conflict");
  const older = plan.files[9].units.find((u) => u.unit === plan.conflict.unit)!.figures.older;
  expect(conflicts.map((f) => [f.unit, String(f.msg.params?.keptAt).split(" ")[0], String(f.msg.params?.otherAt).split(" ")[0], f.msg.params?.other]).sort()).toEqual([
    [plan.conflict.unit, plan.conflict.kept, plan.conflict.other, plan.conflict.otherYoung + older],
    [plan.conflict.unit, plan.conflict.kept, plan.conflict.other, plan.conflict.otherYoung],
  ].sort());
  expect(conflicts.every((f) => f.source === plan.conflict.other && /^[A-Z]+\d+$/.test(f.cell ?? "") && f.review === "conflict")).toBe(true);
  const loose = result.findings.filter((f) => f.review === "loose");
  expect(loose.map((f) => [f.msg.params?.unit, f.msg.params?.matched])).toEqual(plan.loose.map((l) => [l.typed, l.unit]));
  expect(codes("measure-extra").map((f) => f.msg.params?.measure)).toEqual(["Từ 14 tuổi trở lên"]);
  // Nothing else: no finding the case did not plan.
  expect(result.findings.filter((f) => f.severity === "warning")).toHaveLength(1 + 2 + 2 + 1);
});

test("the three old communes fold into An Đông with a note naming each; the renamed one is the unit itself", () => {
  const note = result.notes.find((n) => n.key === "merge.note.folded" && n.params?.unit === plan.folded.unit)!;
  expect(note.params?.count).toBe(plan.folded.olds.length);
  const text = t("vi", note);
  for (const old of plan.folded.olds) expect(text).toContain(old);
  expect(result.notes.filter((n) => n.params?.unit === "Hồng Thái").map((n) => n.key)).toEqual(["merge.note.renamed"]);
});
