// The package linter's workbook-level rules, held to the workbook the add-in builds in the stand-in Excel
// (mock/workbook.ts): sheet, table and defined names, the ranges of conditional formats, charts and tables, and no
// value or formula written over a clerk's filled cell, ever (allowWrites covers formats, never values). Every mock
// is linted after the test that used it (test/support/mock-lint-hook.ts, run for every test file), so a new
// test cannot forget it; only what the test brought in counts: the clerk's workbook as the test made it is the
// baseline, as the package linter takes an input's own problems as inherited.
import { cellAddress, parseRangeAddress } from "../../../src/core/address";
import {
  definedNameProblems, rangeProblems, sheetNameProblems, tableNameProblems, type DefinedName,
} from "../../support/workbook-rules";

export interface MockWorkbookView {
  sheets: {
    name: string;
    /** A clerk's sheet (given to the mock with its values), not one the add-in added nor its history sheet. */
    clerks: boolean;
    filled: { row: number; col: number }[];
    /** Addresses given values or formulas (as written: "A1:D3", or with a sheet). */
    written: string[];
    /** Addresses of the conditional formats added. */
    rules: string[];
    /** Each chart's data, as "Sheet!A1:B9". */
    charts: string[];
  }[];
  tables: { name: string; sheet: string; ref: string | null }[];
  names: DefinedName[];
}

export interface MockLintProblem {
  rule: string;
  /** The sheet, or "(workbook)". */
  where: string;
  detail: string;
}

const WORKBOOK = "(workbook)";

/** Every broken rule of the mock's workbook as it is now. */
export function lintMock(mock: { view(): MockWorkbookView }): MockLintProblem[] {
  const wb = mock.view();
  const out: MockLintProblem[] = [];
  const sheetNames = wb.sheets.map((s) => s.name);
  for (const p of sheetNameProblems(sheetNames)) out.push({ rule: p.rule, where: WORKBOOK, detail: p.detail });
  for (const p of definedNameProblems(wb.names, sheetNames)) out.push({ rule: p.rule, where: WORKBOOK, detail: p.detail });
  const workbookLevel = wb.names.filter((d) => d.localSheetId == null).map((d) => d.name);
  for (const p of tableNameProblems(wb.tables.map((t) => t.name), workbookLevel)) out.push({ rule: p.rule, where: wb.tables[p.at].sheet, detail: p.detail });
  for (const t of wb.tables) {
    if (!sheetNames.includes(t.sheet)) out.push({ rule: "range-in-sheet", where: t.sheet, detail: `table ${t.name} on a sheet that is gone` });
    if (t.ref !== null) for (const p of rangeProblems(`table ${t.name}`, t.ref)) out.push({ rule: p.rule, where: t.sheet, detail: p.detail });
  }
  for (const s of wb.sheets) {
    for (const address of s.rules) for (const p of rangeProblems("conditional format", address, { own: s.name })) out.push({ rule: p.rule, where: s.name, detail: p.detail });
    for (const source of s.charts) {
      if (!source) out.push({ rule: "range-in-sheet", where: s.name, detail: "a chart with no data range" });
      for (const p of rangeProblems("chart data", source, { sheets: sheetNames })) out.push({ rule: p.rule, where: s.name, detail: p.detail });
    }
    if (!s.clerks) continue;
    for (const address of s.written) {
      const area = parseRangeAddress(address);
      const hit = area && s.filled.find((c) => c.row >= area.top && c.row <= area.bottom && c.col >= area.left && c.col <= area.right);
      if (hit) out.push({ rule: "clerk-cell-written", where: s.name, detail: `${address} writes over ${cellAddress(hit.row, hit.col)}, the clerk's` });
    }
  }
  return out;
}

const text = (p: MockLintProblem) => `[${p.rule}] ${p.where}: ${p.detail}`;

/** A check run after each test: the problems the test brought in, as text, or null. */
export type AfterTestCheck = () => string | null;

const REGISTRY = Symbol.for("quota-report.mock-lint.registry");
type Registry = { check: AfterTestCheck; inTest: boolean }[];

/** Lint `mock` after the test that made it (or after each test, when made in a beforeAll). */
export function watchAfterTest(mock: { view(): MockWorkbookView }): void {
  const inherited = new Set(lintMock(mock).map(text));
  const registry = ((globalThis as Record<symbol, Registry>)[REGISTRY] ??= []);
  const inTest = typeof expect === "function" && expect.getState().currentTestName !== undefined;
  registry.push({
    inTest,
    check: () => {
      const found = lintMock(mock).map(text).filter((t) => !inherited.has(t));
      return found.length ? `the mock's workbook breaks Excel's rules:\n${found.slice(0, 20).map((t) => `  ${t}`).join("\n")}` : null;
    },
  });
}

/** The checks of every mock watched, run after each test; those made inside the test are then dropped. */
export function runAfterTestChecks(): string[] {
  const registry = ((globalThis as Record<symbol, Registry>)[REGISTRY] ??= []);
  const failures = registry.map((r) => r.check()).filter((f): f is string => f !== null);
  const kept = registry.filter((r) => !r.inTest);
  registry.splice(0, registry.length, ...kept);
  return failures;
}
