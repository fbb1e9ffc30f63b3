// readQuotaTable: a Grid in, a QuotaTable (or the reason there is none) out. Each step lives in its own file:
// header.ts, column-roles.ts, row-kinds.ts, measures.ts, values.ts, checks.ts, mapping.ts.
import type { Finding, Grid, Mapping, Measure, QuotaTable, ReadResult, UnitRow } from "../types";
import { parseNumberDetailed, readPlainDigits, type ParseNumberOptions } from "../numbers";
import { cellAddress, columnLetters } from "../address";
import { normalizeText } from "../vocabulary";
import { findHeader, headerParts, isColumnNumberRow, LABEL_JOINER, parentArea } from "./header";
import { columnMeaning, isUnitHeader } from "./column-roles";
import { classifyRow, RowContext, RowInfo } from "./row-kinds";
import { groupMeasures, ValueColumn } from "./measures";
import { readRowValues } from "./values";
import { sectionHeads } from "./section-heads";
import { chainBases } from "./chained-bases";
import { duplicateUnitWarnings, mergedDataWarnings, sectionTotals, totalMismatchWarnings } from "./checks";
import { applyColumnRoles, measuresFromMapping } from "./mapping";
import { info, warning } from "./findings";
import { isBlank, makeSheetView, SheetView } from "./sheet-view";
import { decodeLegacyText } from "./legacy";
import { unnamedColumnFindings, voteOnRoles } from "./figure-votes";
import { totalsByFigures } from "./area-totals";
import { completenessFindings } from "./completeness";

export { isTotalLabel } from "./row-kinds";

/** Options for "is there a number in this cell", built once. */
const ANY_NUMBER: ParseNumberOptions = { kind: "any" };

function fail(key: string, diagnostics: Finding[], params?: Record<string, string | number>): ReadResult {
  return { ok: false, msg: params ? { key, params } : { key }, diagnostics };
}

function unitColumnIn(view: SheetView, rows: number[]): number | null {
  for (const r of rows) {
    for (let c = view.firstCol; c <= view.lastCol; c++) {
      const v = view.seen(r, c);
      if (typeof v === "string" && isUnitHeader(normalizeText(v))) return c;
    }
  }
  return null;
}

/**
 * The header over a unit column the clerk named: the rows just above the first row with a name in that column and
 * a number right of it (up to three, while they hold two labels or more; a lone title line is not part of it).
 */
function headerAboveFirstUnit(view: SheetView, unitCol: number): number[] {
  const isName = (v: unknown) => typeof v === "string" && /[a-zA-ZÀ-ỹĐđ]{2,}/.test(v);
  let first = view.firstRow;
  for (let r = view.firstRow; r <= view.lastRow; r++) {
    let numberRight = false;
    for (let c = unitCol + 1; c <= view.lastCol && !numberRight; c++) numberRight = typeof view.raw(r, c) === "number";
    if (isName(view.seen(r, unitCol)) && numberRight) {
      first = r;
      break;
    }
  }
  let bottom = Math.max(view.firstRow, first - 1);
  if (bottom > view.firstRow && isColumnNumberRow(view, bottom)) bottom--;
  const labels = (r: number) => {
    let n = 0;
    for (let c = view.firstCol; c <= view.lastCol; c++) if (!isBlank(view.seen(r, c))) n++;
    return n;
  };
  let top = bottom;
  while (top - 1 >= view.firstRow && bottom - top < 2 && labels(top - 1) >= 2) top--;
  const rows: number[] = [];
  for (let r = top; r <= bottom; r++) rows.push(r);
  return rows;
}

export function readQuotaTable(sheetGrid: Grid, mapping: Mapping = {}): ReadResult {
  const diagnostics: Finding[] = [];
  // Legacy-font texts become Unicode first, so headers, units and totals are recognised as a clerk reads them.
  const { grid, finding: legacyFinding } = decodeLegacyText(sheetGrid);
  const view = makeSheetView(grid);
  if (grid.values.length === 0 || view.lastCol < view.firstCol) return fail("reader.empty", diagnostics, { sheet: grid.sheet });

  // 1. Header rows and unit column.
  let headerRows = mapping.headerRows;
  let unitCol = mapping.unitCol ?? null;
  if (!headerRows) {
    const found = findHeader(view);
    if (found) {
      headerRows = found.rows;
      unitCol ??= found.unitCol;
    } else if (unitCol !== null) {
      // The clerk named the unit column of a header the words did not find: it is the rows above the first unit.
      headerRows = headerAboveFirstUnit(view, unitCol);
    }
  } else if (unitCol === null) {
    unitCol = unitColumnIn(view, headerRows);
  }
  if (!headerRows || headerRows.length === 0 || unitCol === null) return fail("reader.no-header", diagnostics, { sheet: grid.sheet });
  const headerTop = headerRows[0];
  const headerBottom = headerRows[headerRows.length - 1];
  diagnostics.push(info("header", "reader.diag.header", { rows: headerRows.join(", "), unitCol: columnLetters(unitCol) }, cellAddress(headerTop, unitCol)));
  if (headerTop > view.firstRow) diagnostics.push(info("title-rows", "reader.diag.title-rows", { from: String(view.firstRow), to: String(headerTop - 1) }));

  // 2. What each column is.
  const labelOf = (col: number) => headerParts(view, headerRows as number[], col).join(LABEL_JOINER);
  let indexCol: number | null = mapping.indexCol !== undefined ? mapping.indexCol : null;
  const candidates: ValueColumn[] = [];
  for (let c = view.firstCol; c <= view.lastCol; c++) {
    if (c === unitCol || c === indexCol) continue;
    const parts = headerParts(view, headerRows, c);
    if (view.isHiddenCol(c)) {
      diagnostics.push(info("hidden-column", "reader.diag.hidden-column", { col: columnLetters(c), label: parts.join(LABEL_JOINER) }, cellAddress(headerBottom, c)));
      continue;
    }
    const meaning = columnMeaning(parts);
    if (meaning.kind === "index") {
      if (mapping.indexCol === undefined && indexCol === null) indexCol = c;
      continue;
    }
    if (meaning.kind === "period") {
      diagnostics.push(info("period-column", "reader.diag.period-column", { col: columnLetters(c), label: parts.join(LABEL_JOINER) }, cellAddress(headerBottom, c)));
      continue;
    }
    if (meaning.kind === "note" || meaning.kind === "unit") {
      diagnostics.push(info("ignored-column", "reader.diag.ignored-column", { col: columnLetters(c), label: parts.join(LABEL_JOINER) }, cellAddress(headerBottom, c)));
      continue;
    }
    // Left of the unit column stand the row numbers ("STT", "Số"): a figure column there must say its role.
    if (c < unitCol && !meaning.explicit) {
      if (parts.length > 0) diagnostics.push(info("ignored-column", "reader.diag.ignored-column", { col: columnLetters(c), label: parts.join(LABEL_JOINER) }, cellAddress(headerBottom, c)));
      continue;
    }
    candidates.push({ col: c, parts, role: meaning.role, explicit: meaning.explicit, parent: parentArea(view, headerRows, c), candidates: meaning.candidates });
  }

  // 3. What each row is; the table ends at the first note or signature.
  const ctx: RowContext = {
    unitCol,
    indexCol,
    valueCols: candidates.map((c) => c.col),
    hasNumber: (row, col) => {
      const v = view.raw(row, col);
      // Most cells are plain numbers: skip the text parser for them (10,000-unit sheets stay fast).
      if (typeof v === "number" || (v !== null && typeof v === "object")) return true;
      if (typeof v !== "string") return false;
      // Plain digits ("3.903") need no result object; parseNumberDetailed reads them the same way, with no problem.
      return readPlainDigits(v, ANY_NUMBER) !== undefined || parseNumberDetailed(v, ANY_NUMBER).problem === null;
    },
  };
  const rows: RowInfo[] = [];
  let nextTable: Finding | null = null;
  for (let r = headerBottom + 1; r <= view.lastRow; r++) {
    const first = rows.every((x) => x.kind === "blank" || x.kind === "hidden");
    if (first && isColumnNumberRow(view, r)) {
      diagnostics.push(info("numbering-row", "reader.diag.numbering-row", { row: String(r) }));
      continue;
    }
    // "Đơn vị" again in the unit column: a second table starts here (ĐDĐT under CCCD); read the first only.
    // Only looked for after a non-unit row (a total, a blank, a title), so unit rows cost nothing more.
    const unitCell = rows.length > 0 && rows[rows.length - 1].kind !== "unit" ? view.seen(r, unitCol) : null;
    if (typeof unitCell === "string" && isUnitHeader(normalizeText(unitCell))) {
      nextTable = warning("next-table", "reader.next-table", { row: String(r) }, r, unitCol);
      break;
    }
    const kind = classifyRow(view, r, ctx);
    if (kind.kind === "note") {
      diagnostics.push(info("notes-below", "reader.diag.notes-below", { from: String(r), to: String(view.lastRow) }, cellAddress(r, kind.nameCol)));
      break;
    }
    rows.push(kind);
  }
  let unitRows = rows.filter((x) => x.kind === "unit");
  let totalRows = rows.filter((x) => x.kind === "total");
  for (const x of rows) {
    if (x.kind === "blank" || x.kind === "hidden" || x.kind === "ignored") {
      diagnostics.push(info(`${x.kind}-row`, `reader.diag.${x.kind}-row`, { row: String(x.row), text: x.name }));
    }
  }
  if (unitRows.length === 0) return fail("reader.no-units", diagnostics, { sheet: grid.sheet, col: columnLetters(unitCol) });

  // 4. Value columns: a role named in the header, or numbers in the unit rows.
  const numberAt = (row: number, col: number): number | null => {
    const v = view.raw(row, col);
    if (typeof v === "number") return Number.isFinite(v) ? v : null;
    return typeof v === "string" ? parseNumberDetailed(v, { kind: "any", decimalSeparator: grid.decimalSeparator }).value : null;
  };
  const usedColumns = candidates.filter((c) => {
    if (c.explicit) return true;
    const used = [...unitRows, ...totalRows].some((x) => ctx.hasNumber(x.row, c.col));
    if (!used) diagnostics.push(info("ignored-column", "reader.diag.ignored-column", { col: columnLetters(c.col), label: c.parts.join(LABEL_JOINER) }, cellAddress(headerBottom, c.col)));
    return used;
  });
  // The figures vote on the roles the words proposed (and give one to columns the words left unnamed).
  const votes = mapping.measures ? { columns: usedColumns, findings: [] } : voteOnRoles(usedColumns, unitRows.map((x) => x.row), numberAt, headerBottom);
  diagnostics.push(...votes.findings);
  const valueColumns = votes.columns;
  let measures: Measure[] = mapping.measures ? measuresFromMapping(mapping.measures, labelOf) : groupMeasures(valueColumns.filter((c) => c.col > unitCol || c.parts.length > 0));
  if (mapping.columnRoles) measures = applyColumnRoles(measures, mapping.columnRoles, labelOf);
  if (!mapping.measures && !mapping.columnRoles) {
    // A block without a target of its own may count out of an earlier block's done (cards issued → accounts).
    const chained = chainBases(measures, unitRows.map((x) => x.row), numberAt, labelOf, headerBottom);
    measures = chained.measures;
    diagnostics.push(...chained.findings);
  }
  if (measures.length === 0) return fail("reader.no-measures", diagnostics, { sheet: grid.sheet });
  for (const m of measures) {
    const cols = Object.entries(m.columns).map(([role, col]) => `${role} ${columnLetters(col as number)}`).join(", ");
    diagnostics.push(info("measure", "reader.diag.measure", { id: m.id, label: m.label, columns: cols }));
    if (m.columns.target === undefined && m.columns.done !== undefined && m.columns.remaining !== undefined) {
      diagnostics.push(info("target-derived", "reader.diag.target-derived", { label: m.label }));
    }
  }

  // A section's head row whose figures are the sum of the units under it is a subtotal, not a unit.
  const stt = indexCol;
  const numbered = stt === null ? null : (row: number) => typeof view.seen(row, stt) === "number";
  const heads = sectionHeads(unitRows, totalRows, measures, numberAt, numbered);
  unitRows = heads.units;
  diagnostics.push(...heads.findings);
  // A row named after the area whose counts are the sum of the units is the total, not a unit.
  const byFigures = totalsByFigures(unitRows, totalRows, measures, numberAt);
  [unitRows, totalRows] = [byFigures.units, byFigures.totals];
  diagnostics.push(...byFigures.findings);

  // 5. Figures and checks.
  const warnings: Finding[] = [...(legacyFinding ? [legacyFinding] : []), ...(nextTable ? [nextTable] : [])];
  if (!mapping.measures && !mapping.columnRoles) warnings.push(...unnamedColumnFindings(valueColumns, headerBottom));
  const toUnitRow = (x: RowInfo): UnitRow => ({ name: x.name, row: x.row, values: readRowValues(view, x.row, x.name, measures, warnings, x.kind === "total") });
  const units = unitRows.map(toUnitRow);
  const { grand: totals, subtotals, sections } = sectionTotals(units, totalRows.map(toUnitRow));
  // Built only when there are section heads (most sheets have none): a map of every unit costs a 10,000-unit read.
  const unitOfRow = heads.heads.size > 0 ? new Map(units.map((u) => [u.row, u])) : new Map<number, UnitRow>();
  for (const [head, members] of heads.heads) {
    const subtotal = toUnitRow(head);
    subtotals.push(subtotal);
    sections.set(subtotal, members.map((m) => unitOfRow.get(m.row)).filter((u): u is UnitRow => u !== undefined));
  }
  subtotals.sort((a, b) => a.row - b.row);
  const dataRows = [...unitRows, ...totalRows, ...heads.heads.keys()].map((x) => x.row);
  const dataCols = [unitCol, ...measures.flatMap((m) => Object.values(m.columns) as number[])];
  const completeness = completenessFindings(measures, units, unitCol, headerBottom);
  for (const d of completeness.diagnostics) diagnostics.push(d);
  // A loop, not push(...list): one warning per unit of a 200,000-row sheet would overflow the call's arguments.
  for (const list of [completeness.warnings, duplicateUnitWarnings(units, unitCol), totalMismatchWarnings(sections, measures), mergedDataWarnings(grid.merges, dataRows, dataCols)]) for (const w of list) warnings.push(w);
  const table: QuotaTable = {
    sheet: grid.sheet,
    headerRows,
    unitCol,
    indexCol,
    measures,
    units,
    totals,
    subtotals,
    // reduce, not Math.min(...rows): huge sheets would overflow the call stack.
    firstRow: dataRows.reduce((a, b) => Math.min(a, b)),
    lastRow: dataRows.reduce((a, b) => Math.max(a, b)),
    diagnostics,
    warnings,
  };
  return { ok: true, table };
}
