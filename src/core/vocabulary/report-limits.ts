// Limits of what the report sheet draws, as data a reviewer can read and change in one place.

export const REPORT_LIMITS = {
  /**
   * The most units the per-unit bar chart (completion by unit, one bar per unit) is drawn for. Above it the
   * report draws no such chart and says so on the line above the table; the completion column's data bars
   * still show every unit, and the burn-up charts (days, not units) are drawn as always.
   *
   * Why 40: the report prints on A4 landscape with half-inch margins, 8.27 − 1 = 7.27 inches = 523 points of
   * height; a chart printed on that page keeps about 450 points for its bars once its title and value axis
   * (about 70 points) are drawn. Excel's category labels are 9-point text and need about 11 points each to
   * be written every one (with less room it skips every other name, and a bar without its name says nothing):
   * 450 ÷ 11 ≈ 40 bars. A district's 10–40 communes are drawn; a province's hundreds (the bench's 50,000, a
   * cached chart part of 5 MB drawn as one-pixel bars) are not.
   */
  unitChartMaxUnits: 40,
} as const;
