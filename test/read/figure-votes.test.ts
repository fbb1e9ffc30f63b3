// The figures vote: tables whose headers say little or mislead ("Số liệu (1)", "Tổng số chưa cấp" after a result)
// are built from known targets, results and days (seeded), and read back. What each column is comes from how
// the table was made; the reader must find it from the figures and say so in an info line naming the column.
import { readQuotaTable } from "../../src/core/read";
import { t } from "../../src/core/messages";
import type { CellValue, Grid, MergeArea, QuotaTable, Role } from "../../src/core/types";
import { columnLetters } from "../../src/core/address";
import { makeRng } from "../../scripts/corpus/prng";

const grid = (values: CellValue[][], merges: MergeArea[] = []): Grid => ({ sheet: "S", origin: { row: 1, col: 1 }, values, merges, hiddenRows: [], hiddenCols: [] });

interface Unit { name: string; target: number; done: number }

function makeUnits(random: () => number, count: number): Unit[] {
  return Array.from({ length: count }, (_, i) => {
    const target = 200 + Math.floor(random() * 5000);
    // Most units behind, one in five over target.
    const share = random() < 0.2 ? 1 + random() * 0.2 : 0.1 + random() * 0.85;
    return { name: `Xã Số ${i + 1}`, target, done: Math.round(target * share) };
  });
}

type Kind = Role;
const figure = (u: Unit, kind: Kind, days: number, rateStyle: number): CellValue => {
  switch (kind) {
    case "target": return u.target;
    case "done": return u.done;
    case "remaining": return Math.max(0, u.target - u.done);
    case "rate": {
      const share = u.done / u.target;
      // Percent with 0, 1 or 2 decimals, or a fraction (a % formatted cell).
      return rateStyle === 3 ? share : Math.round(share * 100 * 10 ** rateStyle) / 10 ** rateStyle;
    }
    case "daily": return Math.floor(u.target / days + 0.5);
  }
};

function table(headers: string[], kinds: Kind[], units: Unit[], days: number, rateStyle: number): Grid {
  const rows: CellValue[][] = [["STT", "Đơn vị", ...headers]];
  units.forEach((u, i) => rows.push([i + 1, u.name, ...kinds.map((k) => figure(u, k, days, rateStyle))]));
  return grid(rows);
}

function rolesRead(tbl: QuotaTable): Map<number, Role> {
  const out = new Map<number, Role>();
  for (const m of tbl.measures) for (const [role, col] of Object.entries(m.columns)) out.set(col as number, role as Role);
  return out;
}

const UNNAMED = ["Số liệu (1)", "Số liệu (2)", "Số liệu (3)", "Số liệu (4)", "Số liệu (5)"];
const LAYOUTS: Kind[][] = [
  ["target", "done", "remaining", "rate"],
  ["target", "done", "rate", "remaining"],
  ["target", "done", "rate"],
  ["target", "daily", "done", "remaining", "rate"],
];

describe("columns the words leave unnamed get their role from the figures", () => {
  const cases: [number, number][] = [];
  for (let seed = 1; seed <= 40; seed++) cases.push([seed, seed % LAYOUTS.length]);
  it.each(cases)("seed %i, layout %i", (seed, layout) => {
    const random = makeRng(seed).next;
    const kinds = LAYOUTS[layout];
    const units = makeUnits(random, 4 + Math.floor(random() * 20));
    const days = 5 + Math.floor(random() * 100);
    const rateStyle = Math.floor(random() * 4);
    // The target keeps its word (a clerk nearly always titles it); the others are unnamed.
    const headers = kinds.map((k, i) => (k === "target" ? "Chỉ tiêu" : UNNAMED[i]));
    const read = readQuotaTable(table(headers, kinds, units, days, rateStyle));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const roles = rolesRead(read.table);
    const expected = kinds.map((k, i) => [columnLetters(i + 3), k]);
    // A daily column needs a day count the figures can show (5 to 120 days, targets large enough).
    expect(kinds.map((_, i) => [columnLetters(i + 3), roles.get(i + 3)])).toEqual(expected);
    expect(read.table.measures).toHaveLength(1);
    const explained = read.table.diagnostics.filter((d) => d.code === "role-from-figures").map((d) => d.cell?.replace(/\d+$/, ""));
    const renamed = kinds.map((k, i) => (k === "target" ? null : columnLetters(i + 3))).filter((x) => x !== null && kinds[x.charCodeAt(0) - 67] !== "target");
    expect(explained.sort()).toEqual(renamed.sort());
  });
});

describe("the figures choose between the roles the words propose", () => {
  it("'Tổng số chưa cấp' after a target and a result is what remains (target − done), said in an info line", () => {
    const units = makeUnits(makeRng(7).next, 9);
    const read = readQuotaTable(table(["Chỉ tiêu", "Đã cấp", "Tổng số chưa cấp"], ["target", "done", "remaining"], units, 30, 0));
    expect(read.ok && rolesRead(read.table).get(5)).toBe("remaining");
    const line = read.ok ? read.table.diagnostics.find((d) => d.code === "role-from-figures") : undefined;
    expect(line?.cell).toBe("E1");
    expect(t("vi", line!.msg)).toContain("Cột E (Tổng số chưa cấp) được hiểu là số còn lại");
    expect(read.ok && read.table.warnings.filter((w) => w.code === "done-remaining-mismatch")).toEqual([]);
  });

  it("'Tổng số công dân chưa cấp' over age groups of an allocation table stays the target (nothing is done yet)", () => {
    const random = makeRng(11).next;
    const rows: CellValue[][] = [
      ["STT", "Đơn vị", "Tổng số công dân chưa cấp Căn cước", null, null, "Chỉ tiêu vận động theo ngày từ 21/8 đến 29/8"],
      [null, null, "Tổng", "Từ 0 đến dưới 6 tuổi", "Từ 6 đến dưới 14 tuổi", "Từ 0 đến dưới 6 tuổi"],
    ];
    for (let i = 0; i < 12; i++) {
      const young = 300 + Math.floor(random() * 2000);
      const old = 500 + Math.floor(random() * 3000);
      rows.push([i + 1, `Xã ${i + 1}`, young + old, young, old, Math.floor(young / 9 + 0.5)]);
    }
    const merges = [{ top: 1, left: 3, bottom: 1, right: 5 }, { top: 1, left: 1, bottom: 2, right: 1 }, { top: 1, left: 2, bottom: 2, right: 2 }];
    const read = readQuotaTable(grid(rows, merges));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const roles = rolesRead(read.table);
    expect([3, 4, 5, 6].map((c) => roles.get(c))).toEqual(["target", "target", "target", "daily"]);
    const young = read.table.measures.find((m) => m.columns.daily === 6);
    expect(young?.columns.target).toBe(4);
    expect(read.table.diagnostics.some((d) => d.code === "allocation-table")).toBe(true);
    expect(read.table.warnings).toEqual([]);
  });

  it("groups that add up to a total are never taken for target, done and remaining", () => {
    const random = makeRng(5).next;
    const rows: CellValue[][] = [["STT", "Đơn vị", "Trên 14 tuổi", "Dưới 14 tuổi", "Tổng", "Chỉ tiêu TB 01 ngày"]];
    for (let i = 0; i < 10; i++) {
      const a = 10 + Math.floor(random() * 200);
      const b = 300 + Math.floor(random() * 3000);
      rows.push([i + 1, `Xã ${i + 1}`, a, b, a + b, Math.floor((a + b) / 90 + 0.5)]);
    }
    const read = readQuotaTable(grid(rows));
    expect(read.ok && [3, 4, 5, 6].map((c) => rolesRead(read.table).get(c))).toEqual(["target", "target", "target", "daily"]);
    expect(read.ok && read.table.measures.find((m) => m.columns.daily === 6)?.columns.target).toBe(5);
  });
});

describe("every order of the columns, every set of unnamed headers", () => {
  const WORDS: Record<Role, string> = { target: "Chỉ tiêu giao", done: "Đã thực hiện", remaining: "Còn lại", rate: "Tỷ lệ (%)", daily: "CT/ngày" };
  const orders = <T,>(a: T[]): T[][] => (a.length <= 1 ? [a] : a.flatMap((x, i) => orders([...a.slice(0, i), ...a.slice(i + 1)]).map((p) => [x, ...p])));
  const units = makeUnits(makeRng(21).next, 8);

  function readBack(kinds: Role[], unnamed: number) {
    const headers = kinds.map((k, i) => ((unnamed >> i) & 1 ? `Số liệu (${i + 1})` : WORDS[k]));
    const read = readQuotaTable(table(headers, kinds, units, 30, 2));
    if (!read.ok) return { right: false, warned: false };
    const want = Object.fromEntries(kinds.map((k, i) => [k, i + 3]));
    const right = read.table.measures.length === 1 && JSON.stringify(Object.entries(read.table.measures[0].columns).sort()) === JSON.stringify(Object.entries(want).sort());
    return { right, warned: read.table.warnings.some((w) => w.code === "unnamed-column" || w.code === "no-target-and-result") };
  }

  it("target, done, remaining, rate: 24 orders × 16 sets of unnamed headers all read back as built", () => {
    const wrong: string[] = [];
    for (const kinds of orders<Role>(["target", "done", "remaining", "rate"])) {
      for (let unnamed = 0; unnamed < 16; unnamed++) if (!readBack(kinds, unnamed).right) wrong.push(`${kinds.join(",")} unnamed ${unnamed}`);
    }
    expect(wrong).toEqual([]);
  });

  it("with a daily column (every 4th of the 120 orders): never wrong in silence; right whenever the daily column is named or follows its target", () => {
    const silent: string[] = [];
    const wrong: string[] = [];
    for (const kinds of orders<Role>(["target", "done", "remaining", "rate", "daily"]).filter((_, i) => i % 4 === 0)) {
      for (let unnamed = 0; unnamed < 32; unnamed++) {
        const { right, warned } = readBack(kinds, unnamed);
        if (!right && !warned) silent.push(`${kinds.join(",")} unnamed ${unnamed}`);
        const dailyUnnamed = (unnamed >> kinds.indexOf("daily")) & 1;
        if (!right && (!dailyUnnamed || kinds.indexOf("daily") > kinds.indexOf("target"))) wrong.push(`${kinds.join(",")} unnamed ${unnamed}`);
      }
    }
    expect(silent).toEqual([]);
    expect(wrong).toEqual([]);
  });
});

describe("the figures keep a block together", () => {
  it("'Đã thực hiện | Chỉ tiêu | Tỷ lệ' (the result first) is one measure: rate = done ÷ target ties them", () => {
    for (let seed = 1; seed <= 10; seed++) {
      const units = makeUnits(makeRng(seed).next, 5 + seed);
      const read = readQuotaTable(table(["Đã thực hiện", "Chỉ tiêu", "Tỷ lệ (%)"], ["done", "target", "rate"], units, 30, seed % 4));
      expect(read.ok && read.table.measures.map((m) => m.columns)).toEqual([{ done: 3, target: 4, rate: 5 }]);
    }
  });

  it("English headers read like Vietnamese ones", () => {
    const units = makeUnits(makeRng(2).next, 8);
    const g = table(["Target", "Done", "Remaining", "Rate (%)"], ["target", "done", "remaining", "rate"], units, 30, 1);
    g.values[0][0] = "No";
    g.values[0][1] = "Unit";
    const read = readQuotaTable(g);
    expect(read.ok && read.table.measures.map((m) => m.columns)).toEqual([{ target: 3, done: 4, remaining: 5, rate: 6 }]);
  });
});

describe("the total row is the sum of the units", () => {
  it.each(["top", "bottom"])("a row named after the district at the %s, adding up the units, is the total, not a unit", (where) => {
    const units = makeUnits(makeRng(where === "top" ? 3 : 4).next, 6);
    const sum = (k: "target" | "done") => units.reduce((a, u) => a + u[k], 0);
    const area: CellValue[] = [null, "Huyện Mường Tè", sum("target"), sum("done")];
    const body = units.map((u, i): CellValue[] => [i + 1, u.name, u.target, u.done]);
    const rows: CellValue[][] = [["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"], ...(where === "top" ? [area, ...body] : [...body, area])];
    const read = readQuotaTable(grid(rows));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.table.units.map((u) => u.name)).toEqual(units.map((u) => u.name));
    expect(read.table.totals.map((u) => u.name)).toEqual(["Huyện Mường Tè"]);
    expect(read.table.diagnostics.some((d) => d.code === "total-by-figures")).toBe(true);
  });

  it("a unit that merely has the largest figures stays a unit", () => {
    const rows: CellValue[][] = [["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"], [1, "Xã A", 100, 50], [2, "Xã B", 200, 60], [3, "Thị trấn", 301, 110]];
    const read = readQuotaTable(grid(rows));
    expect(read.ok && read.table.units).toHaveLength(3);
  });
});

describe("never silently wrong", () => {
  it("a column neither words nor figures name is said to be read as a target", () => {
    const read = readQuotaTable(grid([["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện", "Cột X"], [1, "Xã A", 100, 50, 7], [2, "Xã B", 200, 60, 3]]));
    const line = read.ok ? read.table.warnings.find((d) => d.code === "unnamed-column") : undefined;
    expect(line?.cell).toBe("E1");
    expect(t("vi", line!.msg)).toContain("--role E=");
  });

  it("results without any target: a warning that says what was read and names --unit-col and --role", () => {
    const read = readQuotaTable(grid([["STT", "Đơn vị", "Đã thực hiện"], [1, "Xã A", 100], [2, "Xã B", 200]]));
    const w = read.ok ? read.table.warnings.find((x) => x.code === "no-target-and-result") : undefined;
    expect(w).toBeDefined();
    expect(t("vi", w!.msg)).toContain("C=done");
    expect(t("en", w!.msg)).toContain("--unit-col B --role");
  });

  it("a result column with no figure at all is named, with how to change its role", () => {
    const read = readQuotaTable(grid([["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"], [1, "Xã A", 100, null], [2, "Xã B", 200, ""]]));
    const w = read.ok ? read.table.warnings.find((x) => x.code === "empty-column") : undefined;
    expect(w?.cell).toBe("D1");
    expect(t("en", w!.msg)).toContain("--role D=");
  });

  it("over target, 'Còn lại' 0 is accepted on the total row as on the units", () => {
    const rows: CellValue[][] = [["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện", "Còn lại"], [1, "Xã A", 100, 150, 0], [2, "Xã B", 200, 150, 50], [null, "Tổng", 300, 300, 50]];
    const read = readQuotaTable(grid(rows));
    expect(read.ok && read.table.warnings).toEqual([]);
  });
});
