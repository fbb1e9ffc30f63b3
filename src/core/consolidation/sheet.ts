// The "Tổng hợp" sheet: STT, Đơn vị, one column per measure and role, whether the unit has reported, where each
// figure was read (file, sheet, cell), a total row of SUM formulas, the folding notes, then one short table of
// what the clerk must review (conflicts, loose matches, unknown names…), one line per unit and kind. Also the
// QuotaTable laid out on that sheet, so the usual report can follow.
import type { Lang, QuotaTable, Role, UnitRow } from "../types";
import { t } from "../messages";
import type { ReportCell, ReportModel } from "../report/model";
import { tableLayout, tableSheet, type TableSheetColumn } from "../report/table-sheet";
import type { Consolidation, ConsolidatedUnit, ConsolidationFinding, FigureOrigin, ReviewKind } from "./consolidate";

export interface ConsolidatedSheet {
  model: ReportModel;
  table: QuotaTable;
}

/** Review lines shown on the sheet; the rest are counted (the command line lists them all). */
const REVIEW_LINES_SHOWN = 60;
const REVIEW_ORDER: ReviewKind[] = ["conflict", "merger", "loose", "ambiguous", "unknown", "measure"];

/** "Kế hoạch: ke-hoach.xlsx (Dot 2!C7, D7); an-hoa.xlsx (Sheet1!E5)": each cell a figure was read from. */
function originsOf(u: ConsolidatedUnit, planLabel: string | null, lang: Lang): string {
  const bySource = new Map<string, string[]>();
  const all: FigureOrigin[] = Object.values(u.origins).flatMap((roles) => Object.values(roles).flatMap((o) => o ?? []));
  for (const o of all) {
    const head = `${o.source === planLabel ? `${t(lang, "merge.sheet.plan")}: ` : ""}${o.source} (${o.sheet}!`;
    const cells = bySource.get(head) ?? [];
    if (!cells.includes(o.cell)) cells.push(o.cell);
    bySource.set(head, cells);
  }
  const byColumn = (a: string, b: string) => a.length - b.length || a.localeCompare(b);
  for (const cells of bySource.values()) cells.sort(byColumn);
  return [...bySource.entries()].map(([head, cells]) => `${head}${cells.join(", ")})`).join("; ");
}

/** One line per kind and unit (a unit's conflicts together), conflicts first; the sheet's table and the pane's. */
export function reviewLines(findings: ConsolidationFinding[], lang: Lang): { kind: string; unit: string; text: string }[] {
  const lines = new Map<string, { kind: ReviewKind; unit: string; texts: string[] }>();
  for (const f of findings) {
    if (!f.review) continue;
    const key = `${f.review}\u0000${f.unit ?? ""}`;
    const line = lines.get(key) ?? { kind: f.review, unit: f.unit ?? "", texts: [] };
    line.texts.push(t(lang, f.msg));
    lines.set(key, line);
  }
  return [...lines.values()]
    .sort((a, b) => REVIEW_ORDER.indexOf(a.kind) - REVIEW_ORDER.indexOf(b.kind))
    .map((l) => ({ kind: t(lang, `merge.review.${l.kind}`), unit: l.unit, text: l.texts.join(" ") }));
}

export function consolidationSheet(c: Consolidation, lang: Lang, existingSheetNames: string[], sourceCount: number, planLabel: string | null = null): ConsolidatedSheet {
  const columns: TableSheetColumn[] = [];
  const placed: { id: string; role: Role; col: number }[] = [];
  for (const m of c.measures) {
    for (const role of m.roles) {
      const header = m.roles.length === 1 && role === "target" ? m.label : `${m.label} › ${t(lang, `pane.role.${role}`)}`;
      placed.push({ id: m.id, role, col: 3 + columns.length });
      columns.push({ header, values: c.units.map((u) => u.values[m.id]?.[role] ?? null), sum: true });
    }
  }
  const subtitles = [t(lang, "merge.sheet.subtitle", { sources: sourceCount, units: c.units.length })];
  const model = tableSheet({ lang, name: "merge.sheet.name", title: "merge.sheet.title", existingSheetNames, subtitles, names: c.units.map((u) => u.name), columns, notes: c.notes });
  const { headerRow, firstRow, totalRow } = tableLayout(subtitles.length, c.units.length);
  const statusCol = 3 + columns.length;
  const originCol = statusCol + 1;
  const cells: ReportCell[] = [
    { row: headerRow, col: statusCol, kind: "text", value: t(lang, "merge.sheet.status"), style: "header" },
    { row: headerRow, col: originCol, kind: "text", value: t(lang, "merge.sheet.origin"), style: "header" },
  ];
  c.units.forEach((u, i) => {
    cells.push({ row: firstRow + i, col: statusCol, kind: "text", value: t(lang, u.sent ? "merge.sheet.sent" : "merge.sheet.notSent"), style: "unit" });
    const origin = originsOf(u, planLabel, lang);
    cells.push(origin === "" ? { row: firstRow + i, col: originCol, kind: "empty", style: "plainText" } : { row: firstRow + i, col: originCol, kind: "text", value: origin, style: "plainText" });
  });
  const review = reviewLines(c.findings, lang);
  let row = totalRow + 2 + c.notes.length + 1;
  if (review.length > 0) {
    cells.push({ row, col: 1, kind: "text", value: t(lang, "merge.review.title", { count: review.length }), style: "section" });
    row++;
    const heads = ["STT", t(lang, "merge.review.unit"), t(lang, "merge.review.kind"), t(lang, "merge.review.what")];
    heads.forEach((h, j) => cells.push({ row, col: 1 + j, kind: "text", value: h, style: "header" }));
    for (const [i, line] of review.slice(0, REVIEW_LINES_SHOWN).entries()) {
      row++;
      cells.push({ row, col: 1, kind: "number", value: i + 1, style: "rank" });
      cells.push({ row, col: 2, kind: "text", value: line.unit, style: "unit" });
      cells.push({ row, col: 3, kind: "text", value: line.kind, style: "plainText" });
      cells.push({ row, col: 4, kind: "text", value: line.text, style: "plainText" });
      // The text runs over the figure columns, so the review stays one short table.
      if (originCol > 4) model.merges.push({ top: row, left: 4, bottom: row, right: originCol });
    }
    if (review.length > REVIEW_LINES_SHOWN) {
      row++;
      cells.push({ row, col: 2, kind: "text", value: t(lang, "merge.review.more", { count: review.length - REVIEW_LINES_SHOWN }), style: "legendText" });
    }
  }
  model.cells.push(...cells);
  // Bordered text on one line: a source list or a review line reads across, never wrapped over the next row.
  model.styles.plainText = { border: true, vAlign: "middle", hAlign: "left" };
  model.columnWidths.push({ col: statusCol, width: 12 }, { col: originCol, width: 60 });
  model.print.printArea = { ...model.print.printArea, bottom: Math.max(model.print.printArea.bottom, row), right: originCol };

  const measures = c.measures.map((m) => ({
    id: m.id,
    label: m.label,
    columns: Object.fromEntries(placed.filter((p) => p.id === m.id).map((p) => [p.role, p.col])) as Partial<Record<Role, number>>,
  }));
  const units: UnitRow[] = c.units.map((u, i) => ({ name: u.name, row: firstRow + i, values: u.values }));
  const total: UnitRow = {
    name: t(lang, "alloc.sheet.total"),
    row: totalRow,
    values: Object.fromEntries(c.measures.map((m) => {
      const sum = (role: Role) => units.reduce<number | null>((s, u) => (typeof u.values[m.id]?.[role] === "number" ? (s ?? 0) + (u.values[m.id][role] as number) : s), null);
      return [m.id, { target: sum("target"), done: sum("done"), remaining: sum("remaining"), rate: null, daily: sum("daily") }];
    })),
  };
  const table: QuotaTable = {
    sheet: model.sheetName,
    headerRows: [headerRow],
    unitCol: 2,
    indexCol: 1,
    measures,
    units,
    totals: units.length > 0 ? [total] : [],
    firstRow,
    lastRow: totalRow,
    diagnostics: [],
    warnings: c.findings.filter((f) => f.severity === "warning"),
  };
  return { model, table };
}
