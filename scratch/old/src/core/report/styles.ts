// The report's look, as named styles both writers apply. Number formats are Excel codes; for Vietnamese the
// "[$-42A]" locale tag makes LibreOffice show 46.743 and 96,28% whatever its own locale, while Excel keeps
// taking the separators from Windows' regional settings (vi-VN gives the same 46.743).
import type { Lang, Status } from "../types";
import type { CellStyle, RuleStyle } from "./model";

export interface NumberFormats {
  count: string;
  percent: string;
  date: string;
  /** Ahead or behind: +46 / -345, so the sign says which without a colour. */
  signed: string;
}

export function numberFormats(lang: Lang): NumberFormats {
  const tag = lang === "vi" ? "[$-42A]" : "";
  return { count: `${tag}#,##0`, percent: `${tag}0.00%`, date: `${tag}dd/mm/yyyy`, signed: `${tag}+#,##0;-#,##0;0` };
}

/** Status colours, the Excel "good / neutral / bad" palette a clerk already knows. */
export const STATUS_LOOK: Record<Status, RuleStyle> = {
  complete: { fill: "#A9D08E", fontColor: "#1E4620", bold: true },
  "on-track": { fill: "#C6EFCE", fontColor: "#006100" },
  "at-risk": { fill: "#FFEB9C", fontColor: "#7F4F00" },
  behind: { fill: "#FFC7CE", fontColor: "#9C0006", bold: true },
  "not-started": { fill: "#D9D9D9", fontColor: "#404040" },
  unknown: {},
};

/** The statuses shown in legends, in the order a reader meets them. */
export const LEGEND_STATUSES: Status[] = ["complete", "on-track", "at-risk", "behind", "not-started"];

export const DATA_BAR_COLOR = "#9DC3E6";

const HEADER_FILL = "#DDEBF7";
const TOTAL_FILL = "#F2F2F2";
const DIFFERS_FILL = "#FFEB9C";
const DIFFERS_FONT = "#7F4F00";

/** Style keys used by the report cells. */
export function reportStyles(lang: Lang): Record<string, CellStyle> {
  const f = numberFormats(lang);
  const cell: CellStyle = { border: true, vAlign: "middle" };
  const total: CellStyle = { ...cell, bold: true, fill: TOTAL_FILL };
  const styles: Record<string, CellStyle> = {
    title: { bold: true, fontSize: 14, hAlign: "center", vAlign: "middle" },
    subtitle: { italic: true, hAlign: "center", vAlign: "middle" },
    section: { bold: true, fontSize: 12 },
    summaryHead: { ...cell, bold: true, fill: HEADER_FILL, hAlign: "center", wrap: true },
    summaryLabel: { ...cell, bold: true, fill: HEADER_FILL, hAlign: "center", wrap: true },
    summaryCount: { ...cell, bold: true, hAlign: "center", numFmt: f.count },
    summaryPercent: { ...cell, bold: true, hAlign: "center", numFmt: f.percent },
    summaryDate: { ...cell, bold: true, hAlign: "center", numFmt: f.date },
    summaryText: { ...cell, bold: true, hAlign: "center" },
    header: { ...cell, bold: true, fill: HEADER_FILL, hAlign: "center", wrap: true },
    rank: { ...cell, hAlign: "center", numFmt: "0" },
    unit: { ...cell, hAlign: "left", wrap: true },
    count: { ...cell, numFmt: f.count },
    signed: { ...cell, numFmt: f.signed },
    percent: { ...cell, numFmt: f.percent },
    text: { ...cell, hAlign: "center" },
    totalLabel: { ...total, hAlign: "left" },
    totalCount: { ...total, numFmt: f.count },
    totalSigned: { ...total, numFmt: f.signed },
    totalPercent: { ...total, numFmt: f.percent },
    totalText: { ...total, hAlign: "center" },
    // A figure typed on the clerk's sheet that differs from the computed one (allocation tables).
    differs: { ...cell, numFmt: f.count, fill: DIFFERS_FILL, fontColor: DIFFERS_FONT },
    totalDiffers: { ...total, numFmt: f.count, fill: DIFFERS_FILL, fontColor: DIFFERS_FONT },
    legendTitle: { bold: true, italic: true },
    legendText: { vAlign: "middle" },
    signTitle: { bold: true, hAlign: "center" },
    signNote: { italic: true, hAlign: "center" },
  };
  for (const status of LEGEND_STATUSES) styles[legendSwatchStyle(status)] = legendSwatch(status);
  return styles;
}

/** A painted legend swatch (legends are static, so a plain fill is right there). */
export function legendSwatch(status: Status): CellStyle {
  const look = STATUS_LOOK[status];
  return { fill: look.fill, fontColor: look.fontColor, bold: look.bold, border: true, hAlign: "center" };
}

export function legendSwatchStyle(status: Status): string {
  return `legend-${status}`;
}

/** A text literal inside a formula: quotes doubled. */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
