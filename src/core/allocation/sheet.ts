// The allocation table in the offices' own layout, as a ReportModel both writers render: a title, STT, Đơn vị,
// the base, the target given, the daily target, and a total row of native SUM formulas that add up.
import type { Lang } from "../types";
import { t } from "../messages";
import type { ReportModel } from "../report/model";
import { tableSheet, type TableSheetColumn } from "../report/table-sheet";
import type { AllocationPlan } from "./plan";

/** The allocation sheet: STT, Đơn vị, base, target given, daily target (when days are known), total row. */
export function allocationSheet(plan: AllocationPlan, lang: Lang, existingSheetNames: string[]): ReportModel {
  const columns: TableSheetColumn[] = [
    { header: plan.baseLabel, values: plan.rows.map((r) => r.base), sum: true },
    { header: t(lang, "alloc.sheet.target"), values: plan.rows.map((r) => r.target), sum: true },
  ];
  if (plan.days !== null) columns.push({ header: t(lang, "alloc.sheet.daily", { days: plan.days }), values: plan.rows.map((r) => r.daily), sum: true });
  const subtitles = [t(lang, "alloc.sheet.subtitle", { total: plan.total, base: plan.baseLabel, sheet: plan.sheet })];
  if (plan.days !== null && plan.totalDaily !== null) subtitles.push(t(lang, "alloc.sheet.days", { days: plan.days, totalDaily: plan.totalDaily }));
  return tableSheet({ lang, name: "alloc.sheet.name", title: "alloc.sheet.title", existingSheetNames, subtitles, names: plan.rows.map((r) => r.name), columns, notes: plan.notes });
}
