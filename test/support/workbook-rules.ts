// Excel's workbook-level rules, one function each, shared by the package linter (package-lint.ts, on the files the
// command line writes) and the mock's linter (test/excel/mock/lint.ts, on the workbook the add-in builds in the
// stand-in Excel): a rule changed here changes for both. Sources:
// - sheet names: "Rename a worksheet" (support.microsoft.com): 1–31 characters, none of : \ / ? * [ ], not blank,
//   not starting or ending with an apostrophe, and "History" is reserved (Excel uses it internally; the same rule in
//   exceljs#2674 and XlsxWriter#688); compared without case;
// - table and defined names: MS-XLSB 2.5.166 (XLNameWideString) and office-js-docs-reference#555 (Table.name):
//   start with a letter, "_" or "\", no spaces, not an A1 reference and not starting with an R1C1 one, not
//   TRUE/FALSE, at most 255 characters, unique in the workbook without case, a table's not a defined name's;
// - the grid: 1,048,576 rows × 16,384 columns.
import { MAX_COL, MAX_ROW } from "../../src/core/address";

export interface RuleProblem {
  rule: string;
  detail: string;
  /** Which item of the list given broke it (the package linter names that item's part). */
  at: number;
}

/** Sheet names Excel keeps for itself (compared without case). */
const RESERVED_SHEET_NAMES = new Set(["history"]);
const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/;
const key = (name: string) => name.normalize("NFC").toLowerCase();

/** What is wrong with one sheet name, or null. */
export function sheetNameFault(name: string): string | null {
  if (name.trim() === "") return "blank";
  if (name.length > 31) return `${name.length} characters, over 31`;
  if (FORBIDDEN_IN_SHEET_NAME.test(name)) return "holds one of : \\ / ? * [ ]";
  if (name.startsWith("'") || name.endsWith("'")) return "starts or ends with an apostrophe";
  if (RESERVED_SHEET_NAMES.has(key(name))) return "reserved by Excel";
  return null;
}

/** sheet-name-valid and sheet-name-unique over a workbook's sheets, in tab order. */
export function sheetNameProblems(names: readonly string[]): RuleProblem[] {
  const out: RuleProblem[] = [];
  const seen = new Set<string>();
  names.forEach((name, at) => {
    const fault = sheetNameFault(name);
    if (fault) out.push({ rule: "sheet-name-valid", detail: `"${name}": ${fault}`, at });
    if (seen.has(key(name))) out.push({ rule: "sheet-name-unique", detail: `"${name}" twice`, at });
    seen.add(key(name));
  });
  return out;
}

/** Column letters (up to 3) to a number, without Excel's limit (the limit is the rule being checked). */
function columnOf(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * True when the name reads as a cell reference: A1 style ("AB12", "$C$7"), or starting with an R1C1 one ("R2",
 * "C3x", "R1C1"), or R, C or RC alone (the relative R1C1 references).
 */
function looksLikeReference(name: string): boolean {
  const a1 = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(name);
  if (a1 && columnOf(a1[1]) <= MAX_COL && Number(a1[2]) >= 1 && Number(a1[2]) <= MAX_ROW) return true;
  if (/^(r|c|rc)$/i.test(name)) return true;
  const r = /^[Rr](\d+)/.exec(name);
  if (r && Number(r[1]) >= 1 && Number(r[1]) <= MAX_ROW) return true;
  const c = /^[Cc](\d+)/.exec(name);
  return c !== null && Number(c[1]) >= 1 && Number(c[1]) <= MAX_COL;
}

/** What is wrong with one table or defined name by Excel's naming rules, or null. */
export function nameFault(name: string): string | null {
  if (name === "") return "empty";
  if (name.length > 255) return `${name.length} characters, over 255`;
  if (!/^[\p{L}_\\]/u.test(name)) return "does not start with a letter, _ or \\";
  if (/\s/u.test(name)) return "holds a space";
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u.test(name)) return "holds a character other than letters, digits, _ . \\ ?";
  if (/^(true|false)$/i.test(name)) return "TRUE or FALSE";
  if (looksLikeReference(name)) return "reads as a cell reference";
  return null;
}

/**
 * table-name-valid, table-name-unique (across the workbook, without case) and table-name-defined-name (a table may
 * not take a workbook-level defined name's name), over the workbook's tables in the order given.
 */
export function tableNameProblems(tables: readonly string[], definedNames: readonly string[]): RuleProblem[] {
  const out: RuleProblem[] = [];
  const defined = new Set(definedNames.map(key));
  const seen = new Set<string>();
  tables.forEach((name, at) => {
    const fault = nameFault(name);
    if (fault) out.push({ rule: "table-name-valid", detail: `"${name}": ${fault}`, at });
    if (seen.has(key(name))) out.push({ rule: "table-name-unique", detail: `name "${name}" twice in the workbook`, at });
    if (defined.has(key(name))) out.push({ rule: "table-name-defined-name", detail: `"${name}" is also a defined name`, at });
    seen.add(key(name));
  });
  return out;
}

export interface DefinedName {
  name: string;
  /** What it refers to, as Excel writes it ("'Tiến độ'!$A$1:$H$20"). */
  formula: string;
  /** The sheet (by position) it belongs to; null or absent for a workbook-level name. */
  localSheetId?: string | null;
}

/** defined-name-unique (per scope) and defined-name-sheet (its scope and every sheet it names exist). */
export function definedNameProblems(names: readonly DefinedName[], sheetNames: readonly string[]): RuleProblem[] {
  const out: RuleProblem[] = [];
  const sheets = new Set(sheetNames.map(key));
  const seen = new Set<string>();
  names.forEach((d, at) => {
    const local = d.localSheetId ?? null;
    const id = `${key(d.name)}|${local ?? ""}`;
    if (seen.has(id)) out.push({ rule: "defined-name-unique", detail: `${id} twice`, at });
    seen.add(id);
    if (local !== null && !(Number(local) >= 0 && Number(local) < sheetNames.length)) {
      out.push({ rule: "defined-name-sheet", detail: `${id}: no sheet ${local}`, at });
    }
    for (const m of d.formula.matchAll(/'((?:[^']|'')+)'!|(?<![\w.'\]#])([\p{L}_][\p{L}\p{N}_.]*)!/gu)) {
      const sheet = (m[1] ?? m[2]).replace(/''/g, "'");
      if (!sheets.has(key(sheet))) out.push({ rule: "defined-name-sheet", detail: `${id} refers to missing sheet "${sheet}"`, at });
    }
  });
  return out;
}

/** The areas of a reference: "A1:B2 D4" (sqref), "(Sheet1!$A$1,Sheet1!$A$3)" (a chart's), each with its sheet if named. */
function areasOf(ref: string): { sheet: string | null; text: string }[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of ref.replace(/^\(|\)$/g, "")) {
    if (ch === "'") quoted = !quoted;
    if (!quoted && (ch === "," || ch === " ")) {
      if (current) parts.push(current);
      current = "";
    } else current += ch;
  }
  if (current) parts.push(current);
  return parts.map((p) => {
    const bang = p.lastIndexOf("!");
    const sheet = bang >= 0 ? p.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'") : null;
    return { sheet, text: (bang >= 0 ? p.slice(bang + 1) : p).replace(/\$/g, "") };
  });
}

/** One end of an area within the grid: a cell, a whole row or a whole column. */
function endWithin(end: string): boolean {
  const m = /^([A-Za-z]{0,3})(\d{0,8})$/.exec(end);
  if (!m || (!m[1] && !m[2])) return false;
  const row = m[2] ? Number(m[2]) : 1;
  return (!m[1] || columnOf(m[1]) <= MAX_COL) && row >= 1 && row <= MAX_ROW;
}

/**
 * range-within-limits (every corner inside 1,048,576 × 16,384) and range-in-sheet (a sheet named in the reference is
 * `own`, the sheet holding the conditional format or table, or — for a chart's data — one of `sheets`).
 */
export function rangeProblems(what: string, ref: string, where: { own?: string; sheets?: readonly string[] } = {}): RuleProblem[] {
  const out: RuleProblem[] = [];
  const sheets = where.sheets ? new Set(where.sheets.map(key)) : null;
  for (const area of areasOf(ref)) {
    const ends = area.text.split(":");
    if (ends.length > 2 || !ends.every(endWithin)) out.push({ rule: "range-within-limits", detail: `${what} at ${ref}: outside ${MAX_ROW} × ${MAX_COL}`, at: 0 });
    if (area.sheet === null) continue;
    if (where.own !== undefined && key(area.sheet) !== key(where.own)) out.push({ rule: "range-in-sheet", detail: `${what} on "${where.own}" refers to "${area.sheet}"`, at: 0 });
    if (sheets && !sheets.has(key(area.sheet))) out.push({ rule: "range-in-sheet", detail: `${what} refers to missing sheet "${area.sheet}"`, at: 0 });
  }
  return out;
}
