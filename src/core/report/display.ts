// What a report shows of an analysis: the same figures, with unit names and measure labels bounded for display
// (cells, chart titles and labels, chat text). Rows and ids are unchanged, so every lookup by row still holds.
import { displayText } from "../text";
import type { TableAnalysis } from "../types";

export function forDisplay(analysis: TableAnalysis): TableAnalysis {
  const long = (s: string) => displayText(s) !== s;
  if (!analysis.units.some((u) => long(u.name)) && !analysis.table.measures.some((m) => long(m.label))) return analysis;
  return {
    ...analysis,
    units: analysis.units.map((u) => ({ ...u, name: displayText(u.name) })),
    table: { ...analysis.table, measures: analysis.table.measures.map((m) => ({ ...m, label: displayText(m.label) })) },
  };
}
