// The engine functions the Excel face calls, gathered in one place so the adapter can be tested with any engine.
import type { Campaign, DaySerial, Grid, Lang, Mapping, QuotaTable, ReadResult, TableAnalysis } from "../core/types";
import type { ColourPlan, ReportModel } from "../core/report/model";

export interface Engine {
  readQuotaTable(grid: Grid, mapping?: Mapping): ReadResult;
  analyzeTable(table: QuotaTable, campaign: Campaign, asOf: DaySerial): TableAnalysis;
  buildReport(
    analysis: TableAnalysis,
    options: { lang: Lang; measureId?: string; now: Date; existingSheetNames: string[]; chartUnitRow?: number | null },
  ): ReportModel;
  /** grid: the source as read, so the legend goes into empty cells only; today: lets the rules roll forward. */
  buildColourPlan(analysis: TableAnalysis, options: { lang: Lang; measureId?: string; grid?: Grid; today?: DaySerial }): ColourPlan;
  chatSummary(analysis: TableAnalysis, lang: Lang, measureId?: string): string;
}
