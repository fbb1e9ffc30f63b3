// The colour legend, the same on the report sheet and beside the clerk's table: one swatch per status, with
// what it means in the campaign's own thresholds.
import { t, type MessageKey } from "../messages";
import { formatPercent } from "../numbers";
import { statusLabel } from "../progress";
import type { Lang, Status, Thresholds } from "../types";
import type { ReportCell } from "./model";
import { LEGEND_STATUSES, legendSwatchStyle } from "./styles";

const DESCRIPTION_KEY: Record<Status, MessageKey> = {
  complete: "report.legend.complete",
  "on-track": "report.legend.onTrack",
  "at-risk": "report.legend.atRisk",
  behind: "report.legend.behind",
  "not-started": "report.legend.notStarted",
  unknown: "report.none",
};

/** A target share has three statuses only, each said against the share rather than against the expected figure. */
export const SHARE_LEGEND: [Status, MessageKey][] = [["complete", "report.legend.share.complete"], ["at-risk", "report.legend.share.atRisk"], ["behind", "report.legend.share.behind"]];

/** Rows the legend takes (title + one per status); it takes two columns, the second overflowing right. */
export const LEGEND_ROWS = 1 + LEGEND_STATUSES.length;

export function legendCells(
  lang: Lang,
  thresholds: Thresholds,
  top: number,
  left: number,
  shares = false,
): ReportCell[] {
  const params = {
    onTrack: formatPercent(thresholds.onTrack, lang, 0),
    atRisk: formatPercent(thresholds.atRisk, lang, 0),
  };
  const title: MessageKey = shares ? "report.legend.share.title" : "report.legend.title";
  const cells: ReportCell[] = [{ row: top, col: left, kind: "text", value: t(lang, title), style: "legendTitle" }];
  const lines: [Status, MessageKey][] = shares ? SHARE_LEGEND : LEGEND_STATUSES.map((status) => [status, DESCRIPTION_KEY[status]]);
  lines.forEach(([status, key], i) => {
    const row = top + 1 + i;
    cells.push({ row, col: left, kind: "text", value: statusLabel(status, lang), style: legendSwatchStyle(status) });
    cells.push({ row, col: left + 1, kind: "text", value: t(lang, key, params), style: "legendText" });
  });
  return cells;
}
