// Limits of what the report sheet draws, as data a reviewer can read and change in one place.

export const REPORT_LIMITS = {
  /**
   * The most units the per-unit bar chart (completion by unit, one bar per unit) is drawn for. Above it the
   * report draws no such chart and says so on the line above the table; the completion column's data bars
   * still show every unit, and the burn-up charts (days, not units) are drawn as always.
   *
   * Why 200: the chart stands beside the table, outside the print area, as tall as the table (one bar per unit
   * row), so each name is written beside its own row whatever the count. A province holds about 100 communes
   * since the 2025 reorganisation (3,321 in 34 provinces; the largest about 170): every one of them keeps its
   * chart. Past a few hundred units the chart is many screens tall, no longer shows the whole at a glance, adds
   * about 100 bytes a unit per measure to the file (5 MB per measure at 50,000 units) and slows Excel's drawing.
   */
  unitChartMaxUnits: 200,
} as const;
