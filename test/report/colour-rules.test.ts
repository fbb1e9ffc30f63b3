import { buildColourRules, isAddinRule } from "../../src/core/colour";
import type { Grid, Status } from "../../src/core/types";
import { STATUS_LOOK } from "../../src/core/report/styles";
import { engineFor, evaluateShifted, type Sheet } from "./formula-engine";
import { FIRST_UNIT_ROW, UNITS, sampleAnalysis } from "./sample-analysis";

/** The clerk's sheet the sample table was read from: header on row 6, units below, total, a note. */
function clerkGrid(units = UNITS, extra: Record<string, string> = {}): Grid {
  const values: Sheet = Array.from({ length: FIRST_UNIT_ROW + units.length + 3 }, () => Array.from({ length: 4 }, () => null));
  values[0][0] = "BÁO CÁO TIẾN ĐỘ";
  values[5] = ["STT", "Đơn vị", "Chỉ tiêu", "Đã thu nhận"];
  units.forEach(([name, target, done], i) => (values[FIRST_UNIT_ROW - 1 + i] = [i + 1, name, target, done]));
  values[FIRST_UNIT_ROW - 1 + units.length] = [null, "Toàn huyện", 13176, 7020];
  for (const [addr, text] of Object.entries(extra)) {
    const [, col, row] = /^([A-Z])(\d+)$/.exec(addr) as RegExpExecArray;
    const r = Number(row) - 1;
    const c = col.charCodeAt(0) - 65;
    while (values.length <= r) values.push([]);
    values[r][c] = text;
  }
  return { sheet: "Tiến độ", origin: { row: 1, col: 1 }, values, merges: [], hiddenRows: [], hiddenCols: [] };
}

const fillToStatus = new Map(Object.entries(STATUS_LOOK).filter(([, s]) => s.fill).map(([k, s]) => [s.fill, k as Status]));

/** What colour each unit row gets, by evaluating every rule at that row with a formula engine. */
function coloursByRow(grid: Grid, plan: ReturnType<typeof buildColourRules>): Map<number, Status[]> {
  const hf = engineFor(grid.values as Sheet);
  const out = new Map<number, Status[]>();
  for (const rule of plan.rules) {
    if (rule.kind !== "expression") continue;
    for (let row = rule.range.top; row <= rule.range.bottom; row++) {
      if (evaluateShifted(hf, rule.formula, row - rule.range.top) === true) {
        const status = fillToStatus.get(rule.style.fill) as Status;
        const list = out.get(row) ?? [];
        if (!list.includes(status)) list.push(status);
        out.set(row, list);
      }
    }
  }
  hf.destroy();
  return out;
}

test("rules recompute each unit's status from its own cells, exactly as the engine does", () => {
  const analysis = sampleAnalysis();
  const grid = clerkGrid();
  const plan = buildColourRules(analysis, { lang: "vi", grid });
  const colours = coloursByRow(grid, plan);
  for (const unit of analysis.units) {
    expect({ unit: unit.name, colours: colours.get(unit.row as number) }).toEqual({ unit: unit.name, colours: [unit.values.m1.status] });
  }
  const statuses = new Set(analysis.units.map((u) => u.values.m1.status));
  expect([...statuses].sort()).toEqual(["at-risk", "behind", "complete", "on-track"]);
  // The total row and the header are never coloured.
  expect(colours.has(FIRST_UNIT_ROW + UNITS.length)).toBe(false);
  expect(colours.has(6)).toBe(false);
});

test("colours follow tomorrow's numbers: a lagging unit typing more turns green", () => {
  const analysis = sampleAnalysis();
  const grid = clerkGrid();
  const plan = buildColourRules(analysis, { lang: "vi", grid });
  const tanPhong = FIRST_UNIT_ROW + 1;
  expect(coloursByRow(grid, plan).get(tanPhong)).toEqual(["behind"]);
  grid.values[tanPhong - 1][3] = 2500;
  expect(coloursByRow(grid, plan).get(tanPhong)).toEqual(["on-track"]);
  grid.values[tanPhong - 1][3] = 3903;
  expect(coloursByRow(grid, plan).get(tanPhong)).toEqual(["complete"]);
});

test("every rule carries the marker, so a re-run finds and replaces the add-in's own rules only", () => {
  const plan = buildColourRules(sampleAnalysis(), { lang: "vi", grid: clerkGrid() });
  expect(plan.rules.length).toBeGreaterThan(0);
  for (const r of plan.rules) expect(r.kind === "expression" && isAddinRule(r.formula)).toBe(true);
  expect(isAddinRule("=AND(N(\"quota-report\") = 0, $D7>1)")).toBe(true);
  expect(isAddinRule("$D7<$C7*0.5")).toBe(false);
});

test("with data of today or yesterday, elapsed days move with TODAY(); old data keep their date", () => {
  const analysis = sampleAnalysis();
  const fresh = buildColourRules(analysis, { lang: "vi", grid: clerkGrid(), today: analysis.asOf + 1 });
  expect((fresh.rules.find((r) => r.kind === "expression" && r.formula.includes("TODAY()")))).toBeDefined();
  const old = buildColourRules(analysis, { lang: "vi", grid: clerkGrid(), today: analysis.asOf + 400 });
  expect(old.rules.some((r) => r.kind === "expression" && r.formula.includes("TODAY()"))).toBe(false);
});

test("without dates only completed units are coloured, and the clerk is told why", () => {
  const analysis = sampleAnalysis(undefined, false);
  const grid = clerkGrid();
  const plan = buildColourRules(analysis, { lang: "vi", grid });
  expect(plan.messages).toContainEqual({ key: "report.colour.noDates" });
  const colours = coloursByRow(grid, plan);
  expect([...colours.values()]).toEqual([["complete"]]);
});

test("a table without done figures cannot be coloured: a message, no rules", () => {
  const analysis = sampleAnalysis();
  analysis.table.measures[0].columns = { target: 3 };
  const plan = buildColourRules(analysis, { lang: "vi", grid: clerkGrid() });
  expect(plan.rules).toEqual([]);
  expect(plan.messages[0].key).toBe("report.colour.noDone");
});

test("figures typed as text are named, since a rule cannot colour their rows", () => {
  const grid = clerkGrid(UNITS, { D8: "1.650", C9: "1.294" });
  const plan = buildColourRules(sampleAnalysis(), { lang: "vi", grid });
  const m = plan.messages.find((x) => x.key === "report.colour.textFigures");
  expect(m?.params).toEqual({ count: "2", cells: "D8, C9" });
  expect(buildColourRules(sampleAnalysis(), { lang: "vi", grid: clerkGrid() }).messages.some((x) => x.key === "report.colour.textFigures")).toBe(false);
});
