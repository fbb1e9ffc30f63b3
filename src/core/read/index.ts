// readQuotaTable: a Grid in, a QuotaTable (or the reason there is none) out, in six steps, each in its own file:
// locate-header.ts, column-kinds.ts, row-scan.ts, find-measures.ts, subtotal-rows.ts, read-figures.ts.
import type { Finding, Grid, Mapping, QuotaTable, ReadResult } from "../types";
import { parseNumberDetailed } from "../numbers";
import { cellAddress, columnLetters } from "../address";
import { headerParts, LABEL_JOINER } from "./header";
import { info } from "./findings";
import { makeSheetView, SheetView } from "./sheet-view";
import { decodeLegacyText } from "./legacy";
import { unnamedColumnFindings } from "./figure-votes";
import { locateHeader } from "./locate-header";
import { classifyColumns } from "./column-kinds";
import { scanRows } from "./row-scan";
import type { RowInfo } from "./row-kinds";
import { findMeasures } from "./find-measures";
import { separateSumRows } from "./subtotal-rows";
import { readFigures } from "./read-figures";

export { isTotalLabel } from "./row-kinds";

function fail(key: string, diagnostics: Finding[], params?: Record<string, string | number>): ReadResult {
  return { ok: false, msg: params ? { key, params } : { key }, diagnostics };
}

/** The texts above the header (title, plan number, the plan's lines): where a target share may be stated once. */
function titleTexts(view: SheetView, headerTop: number): string[] {
  const out: string[] = [];
  for (let r = view.firstRow; r < headerTop; r++) {
    for (let c = view.firstCol; c <= view.lastCol; c++) {
      const v = view.raw(r, c);
      if (typeof v === "string" && v.includes("%")) out.push(v);
    }
  }
  return out;
}

export function readQuotaTable(sheetGrid: Grid, mapping: Mapping = {}): ReadResult {
  const diagnostics: Finding[] = [];
  // Legacy-font texts become Unicode first, so headers, units and totals are recognised as a clerk reads them.
  const { grid, finding: legacyFinding } = decodeLegacyText(sheetGrid);
  const view = makeSheetView(grid);
  if (grid.values.length === 0 || view.lastCol < view.firstCol) return fail("reader.empty", diagnostics, { sheet: grid.sheet });

  // 1. Header rows and unit column.
  const place = locateHeader(view, mapping);
  if (!place) return fail("reader.no-header", diagnostics, { sheet: grid.sheet });
  const { headerRows, unitCol } = place;
  const headerTop = headerRows[0];
  const headerBottom = headerRows[headerRows.length - 1];
  diagnostics.push(info("header", "reader.diag.header", { rows: headerRows.join(", "), unitCol: columnLetters(unitCol) }, cellAddress(headerTop, unitCol)));
  if (headerTop > view.firstRow) diagnostics.push(info("title-rows", "reader.diag.title-rows", { from: String(view.firstRow), to: String(headerTop - 1) }));

  // 2. What each column is.
  const { indexCol, candidates } = classifyColumns(view, headerRows, unitCol, mapping, diagnostics);

  // 3. What each row is; the table ends at the first note or signature.
  const scan = scanRows(view, headerBottom, unitCol, indexCol, candidates.map((c) => c.col), diagnostics);
  const unitRows: RowInfo[] = [];
  const totalRows: RowInfo[] = [];
  for (const x of scan.rows) {
    if (x.kind === "unit") unitRows.push(x);
    else if (x.kind === "total") totalRows.push(x);
  }
  if (unitRows.length === 0) return fail("reader.no-units", diagnostics, { sheet: grid.sheet, col: columnLetters(unitCol) });

  // 4. Measures: the figure columns, their roles, their blocks.
  const read = (row: number, col: number): number | null => {
    const v = view.raw(row, col);
    if (typeof v === "number") return Number.isFinite(v) ? v : null;
    return typeof v === "string" ? parseNumberDetailed(v, { kind: "any", decimalSeparator: grid.decimalSeparator }).value : null;
  };
  const partsOf = (col: number) => headerParts(view, headerRows, col);
  const { measures, valueColumns } = findMeasures({
    candidates, unitRows: unitRows.map((x) => x.row), dataRows: [...unitRows, ...totalRows].map((x) => x.row), hasNumber: scan.ctx.hasNumber, read,
    unitCol, headerBottom, labelOf: (col) => partsOf(col).join(LABEL_JOINER), partsOf, titleTexts: titleTexts(view, headerTop),
  }, mapping, diagnostics);
  if (measures.length === 0) return fail("reader.no-measures", diagnostics, { sheet: grid.sheet });

  // 5. Rows the figures show are sums: subtotals of sections (whatever their words), the total.
  const stt = indexCol;
  const numbered = stt === null ? null : (row: number) => typeof view.seen(row, stt) === "number";
  const sums = separateSumRows(unitRows, totalRows, measures, read, numbered, diagnostics);

  // 6. Figures and checks.
  const warnings: Finding[] = [...(legacyFinding ? [legacyFinding] : []), ...(scan.nextTable ? [scan.nextTable] : [])];
  if (!mapping.measures && !mapping.columnRoles) warnings.push(...unnamedColumnFindings(valueColumns, headerBottom));
  const figures = readFigures(view, sums, measures, unitCol, headerBottom, warnings, diagnostics);
  // A loop, not Math.min(...rows): huge sheets would overflow the call stack.
  let firstRow = Infinity;
  let lastRow = -Infinity;
  for (const row of figures.dataRows) {
    if (row < firstRow) firstRow = row;
    if (row > lastRow) lastRow = row;
  }
  const table: QuotaTable = {
    sheet: grid.sheet,
    headerRows,
    unitCol,
    indexCol,
    measures,
    units: figures.units,
    totals: figures.totals,
    subtotals: figures.subtotals,
    firstRow,
    lastRow,
    diagnostics,
    warnings,
  };
  return { ok: true, table };
}
