// The consolidated district table as a sheet (STT, Đơn vị, one column per measure and role, a total row of
// SUM formulas, the folding notes) and as a QuotaTable laid out on that sheet, so the usual report can follow.
import type { Lang, QuotaTable, Role, UnitRow } from "../types";
import { t } from "../messages";
import type { ReportModel } from "../report/model";
import { freeName, tableLayout, tableSheet, TableSheetColumn } from "../allocation/sheet";
import type { Consolidation } from "./consolidate";

export interface ConsolidatedSheet {
  model: ReportModel;
  table: QuotaTable;
}

export function consolidationSheet(c: Consolidation, lang: Lang, existingSheetNames: string[], sourceCount: number): ConsolidatedSheet {
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
  const model = tableSheet({
    sheetName: freeName(t(lang, "merge.sheet.name"), existingSheetNames),
    title: t(lang, "merge.sheet.title"),
    subtitles,
    names: c.units.map((u) => u.name),
    columns,
    totalLabel: t(lang, "alloc.sheet.total"),
    notes: c.notes.map((n) => t(lang, n)),
    lang,
  });
  const { headerRow, firstRow, totalRow } = tableLayout(subtitles.length, c.units.length);
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
