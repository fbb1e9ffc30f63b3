// Which measures a report shows, and how the whole area is called.
import { msg, t } from "../messages";
import type { Lang, Measure, Msg, QuotaTable, TableAnalysis } from "../types";

/** Measures with done figures (progress to report); when none has any, those with targets. */
export function reportableMeasures(analysis: TableAnalysis): Measure[] {
  const has = (m: Measure, field: "done" | "target") =>
    analysis.units.some((u) => typeof u.values[m.id]?.[field] === "number");
  const withDone = analysis.table.measures.filter((m) => has(m, "done"));
  return withDone.length > 0 ? withDone : analysis.table.measures.filter((m) => has(m, "target"));
}

/** An allocation table: targets given out and no result at all yet in the measures reported. */
export function isAllocation(analysis: TableAnalysis, measures: Measure[]): boolean {
  if (measures.length === 0) return false;
  const hasDone = (m: Measure) => analysis.units.some((u) => typeof u.values[m.id]?.done === "number");
  return !measures.some(hasDone);
}

/** The measures to report: the one asked for, or every reportable one. Throws on an unknown id. */
export function pickMeasures(analysis: TableAnalysis, measureId?: string): Measure[] {
  if (measureId === undefined) return reportableMeasures(analysis);
  const m = analysis.table.measures.find((x) => x.id === measureId);
  if (!m) throw new Error(`unknown measure ${measureId}`);
  return [m];
}

/** "Toàn huyện" (or the sheet's own "Toàn tỉnh"/"Toàn xã" total label when it has one). */
export function scopeName(analysis: TableAnalysis, lang: Lang): string {
  const own = analysis.table.totals.map((r) => r.name).find((n) => /^toàn\s/i.test(n.normalize("NFC")));
  return lang === "vi" && own ? own : t(lang, "report.chat.scope");
}

/**
 * A measure id saved in the workbook yesterday that today's table may no longer have (the clerk renamed a
 * column): the id when the table has it; otherwise every measure, and a notice saying so.
 */
export function measureStillThere(table: QuotaTable, measureId?: string): { measureId?: string; notice: Msg | null } {
  if (measureId === undefined || table.measures.some((m) => m.id === measureId)) return { measureId, notice: null };
  return { measureId: undefined, notice: msg("excel.measure.gone", { measure: measureId }) };
}
