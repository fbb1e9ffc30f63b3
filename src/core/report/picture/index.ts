// The report as pictures for a chat group ("Ảnh báo cáo"): for each measure, the title, the data date, the
// headline figures, the ranked table in its colours with the total, and the colour legend; a table too long
// for one phone screen is split into parts (each with its heading and legend), never shrunk. The same SVG is
// rasterised by the command line (resvg) and by the pane (a canvas).
import { formatDate } from "../../dates";
import { t } from "../../messages";
import { formatNumber, formatPercent } from "../../numbers";
import { statusLabel } from "../../progress";
import type { Lang, Measure, Progress, TableAnalysis } from "../../types";
import { LEGEND_STATUSES, STATUS_LOOK } from "../styles";
import { isAllocation, pickMeasures, scopeName } from "../measures";
import { rankUnits } from "../rank";
import { SHARE_LEGEND } from "../legend";
import { wholeRateLine } from "../rate-words";
import { allocationColumns, headerText, progressColumns, rateColumns, statusColour, type PictureColumn } from "./columns";
import { drawPart, fitColumns, headerRowHeight, headingHeight, keptCells, legendHeight, tableRowHeight, type HeadingLine, type Legend, type TableRow, type TableShape } from "./layout";
import { LOOK } from "./look";
import { toSvg, type EmbeddedFont } from "./svg";
import { forDisplay } from "../display";

export type { EmbeddedFont } from "./svg";

export interface PictureOptions {
  lang: Lang;
  /** One measure, or every reportable one. */
  measureId?: string;
  /** Font files embedded in the SVG for a browser; the command line gives resvg the files instead. */
  fonts?: EmbeddedFont[];
}

export interface PicturePart {
  svg: string;
  width: number;
  height: number;
  measureId: string;
  /** 1-based, within the whole set of pictures. */
  index: number;
  /** The unit names drawn, in order (for the face's alt text and for checks). */
  units: string[];
}

const num = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v);

export function headline(analysis: TableAnalysis, measure: Measure, lang: Lang, allocation: boolean): HeadingLine[] {
  const total = analysis.total?.values[measure.id];
  const title = t(lang, allocation ? "report.allocation.title" : "report.title", { measure: measure.label.toLocaleUpperCase("vi") });
  const lines: HeadingLine[] = [{ text: title, px: LOOK.titlePx, bold: true, center: true }];
  lines.push({ text: t(lang, allocation ? "picture.allocation" : "picture.asOf", { date: formatDate(analysis.asOf, lang) }), px: LOOK.textPx, italic: true, center: true });
  if (!total) return lines;
  const scope = scopeName(analysis, lang);
  if (measure.kind === "rate") {
    // A share needs no campaign days: the whole's share against the target share, and what it still misses.
    const whole = wholeRateLine(total, lang, scope);
    if (whole) lines.push({ text: whole, px: LOOK.textPx, bold: true });
    return lines;
  }
  if (allocation && num(total.target)) {
    lines.push({ text: t(lang, "picture.allocationTotal", { scope, target: formatNumber(total.target, lang) }), px: LOOK.textPx, bold: true });
    return lines;
  }
  if (num(total.done) && num(total.target)) {
    lines.push({ text: t(lang, "report.chat.total", { scope, rate: formatPercent(total.completion ?? 0, lang, 1), done: formatNumber(total.done, lang), target: formatNumber(total.target, lang) }), px: LOOK.textPx, bold: true });
  }
  if (num(total.pace)) lines.push({ text: t(lang, "report.chat.pace", { pace: formatPercent(total.pace, lang, 1), status: statusLabel(total.status, lang) }), px: LOOK.textPx });
  if (num(total.requiredDaily) && num(total.daysLeft) && total.daysLeft > 0) {
    lines.push({ text: t(lang, "report.chat.required", { n: formatNumber(total.requiredDaily, lang), left: total.daysLeft }), px: LOOK.textPx });
  }
  return lines;
}

/** The colour legend: against the expected figure to date, or, for a target share, against the share (as the sheet's). */
function legendOf(analysis: TableAnalysis, lang: Lang, shares: boolean): Legend {
  const th = analysis.campaign.thresholds;
  const params = { onTrack: formatPercent(th.onTrack, lang, 0), atRisk: formatPercent(th.atRisk, lang, 0) };
  const keys = { complete: "report.legend.complete", "on-track": "report.legend.onTrack", "at-risk": "report.legend.atRisk", behind: "report.legend.behind", "not-started": "report.legend.notStarted" } as const;
  const lines = shares ? SHARE_LEGEND : LEGEND_STATUSES.map((s) => [s, keys[s as keyof typeof keys]] as const);
  return {
    title: t(lang, shares ? "report.legend.share.title" : "picture.legendTitle"),
    entries: lines.map(([s, key]) => ({
      label: statusLabel(s, lang), description: t(lang, key, params),
      fill: STATUS_LOOK[s].fill as string, color: STATUS_LOOK[s].fontColor as string, bold: STATUS_LOOK[s].bold,
    })),
  };
}

/** The table rows of a measure: ranked units, then the total. */
function measureRows(analysis: TableAnalysis, measure: Measure, columns: PictureColumn[], allocation: boolean, lang: Lang) {
  const ranked = allocation ? analysis.units : rankUnits(analysis, measure.id);
  const units = ranked.map((u, i) => ({ cells: columns.map((c) => c.cell(u.values[measure.id], i + 1, u.name)) }));
  const totalName = t(lang, "report.totalRow");
  const total = { cells: columns.map((c) => c.cell(analysis.total?.values[measure.id], null, totalName)), total: true };
  return { units, names: ranked.map((u) => u.name), progress: ranked.map((u) => u.values[measure.id]), total };
}

/** Splits rows into parts no taller than a phone screen: as many parts as needed, the rows shared out evenly. */
export function splitRows(heights: number[], room: number, lastRoom: number): number[][] {
  const greedy = (cap: number): number[][] => {
    const parts: number[][] = [[]];
    let used = 0;
    heights.forEach((h, i) => {
      const current = parts[parts.length - 1];
      if (current.length > 0 && (used + h > room || current.length >= cap)) {
        parts.push([]);
        used = 0;
      }
      parts[parts.length - 1].push(i);
      used += h;
    });
    const last = parts[parts.length - 1];
    const lastUsed = last.reduce((s, i) => s + heights[i], 0);
    if (lastUsed > lastRoom && last.length > 1) parts.push([last.pop() as number]);
    return parts;
  };
  const first = greedy(Infinity);
  if (first.length <= 1) return first;
  // Even parts (40 + 40 + 40 + 40 rather than 45 + 45 + 45 + 25), when that needs no more pictures.
  const even = greedy(Math.ceil(heights.length / first.length));
  return even.length === first.length ? even : first;
}

/** One measure's table as the pictures draw it: heading lines, columns, ranked rows and the total. */
export interface PictureTable {
  measureId: string;
  heading: HeadingLine[];
  columns: PictureColumn<never>[];
  /** Ranked rows, each with its unit's name and, for the status colour, its progress. */
  units: { row: TableRow; name: string; progress?: Progress }[];
  total: TableRow;
  legend: Legend | null;
}

/** A table drawn as one picture, or as parts no taller than a phone screen, each with the heading and legend. */
export function tableParts(table: PictureTable, lang: Lang, fonts?: EmbeddedFont[]): Omit<PicturePart, "index">[] {
  const { columns: all, heading, legend } = table;
  const shape: TableShape = fitColumns(all, all.map((c) => headerText(c, lang)), [...table.units.map((u) => u.row), table.total]);
  const dropped = shape.columns.length < all.length;
  const keep = (row: TableRow, progress: Progress | undefined): TableRow => {
    const kept = keptCells(all, shape, row);
    // Without the status column the completion (or share) cell carries the status colour.
    const at = shape.columns.findIndex((c) => c.carriesStatus);
    if (dropped && progress && at >= 0) kept.cells[at] = { ...kept.cells[at], ...statusColour(progress) };
    return kept;
  };
  const unitRows = table.units.map((u) => keep(u.row, u.progress));
  const totalRow = keep(table.total, undefined);
  const partLine: HeadingLine = { text: t(lang, "picture.part", { part: 99, parts: 99, first: 999, last: 999, count: 999 }), px: LOOK.textPx, italic: true, center: true };
  const fixed = (withPartLine: boolean) => LOOK.margin * 2 + headingHeight(withPartLine ? [...heading, partLine] : heading) + headerRowHeight(shape) + legendHeight(legend);
  const heights = unitRows.map((r) => tableRowHeight(shape, r));
  const totalH = tableRowHeight(shape, totalRow);
  const fitsOne = heights.reduce((s, h) => s + h, 0) + totalH <= LOOK.maxHeight - fixed(false);
  const room = LOOK.maxHeight - fixed(true);
  const split = fitsOne ? [unitRows.map((_, i) => i)] : splitRows(heights, room, room - totalH);
  return split.map((indices, k) => {
    const last = k === split.length - 1;
    const lines = split.length > 1
      ? [...heading, { ...partLine, text: t(lang, "picture.part", { part: String(k + 1), parts: String(split.length), first: String(indices[0] + 1), last: String(indices[indices.length - 1] + 1), count: String(unitRows.length) }) }]
      : heading;
    const drawn = drawPart({ heading: lines, shape, rows: [...indices.map((i) => unitRows[i]), ...(last ? [totalRow] : [])], legend });
    return { svg: toSvg(drawn.shapes, LOOK.width, drawn.height, fonts), width: LOOK.width, height: drawn.height, measureId: table.measureId, units: indices.map((i) => table.units[i].name) };
  });
}

/** The day's table of one measure: progress, a target share's, or an allocation's. */
export function dailyTable(analysis: TableAnalysis, measure: Measure, lang: Lang, allocation: boolean, heading = headline(analysis, measure, lang, allocation)): PictureTable {
  const rate = measure.kind === "rate";
  const columns = allocation ? allocationColumns(lang) : rate ? rateColumns(lang) : progressColumns(lang);
  const rows = measureRows(analysis, measure, columns, allocation, lang);
  return {
    measureId: measure.id, heading, columns,
    units: rows.units.map((row, i) => ({ row, name: rows.names[i], progress: allocation ? undefined : rows.progress[i] })),
    total: rows.total, legend: allocation ? null : legendOf(analysis, lang, rate),
  };
}

/** The pictures of these tables, numbered in order. */
export function picturesOf(tables: PictureTable[], lang: Lang, fonts?: EmbeddedFont[]): PicturePart[] {
  return tables.flatMap((table) => tableParts(table, lang, fonts)).map((p, i) => ({ ...p, index: i + 1 }));
}

/** Every picture of the day's report, in order (the week's and the phase's: period.ts). */
export function reportPictures(input: TableAnalysis, opts: PictureOptions): PicturePart[] {
  // Names and labels bounded as on the report sheet (a 32,767-character name would make a picture of one row).
  const analysis = forDisplay(input);
  const measures = pickMeasures(analysis, opts.measureId);
  const allocation = isAllocation(analysis, measures);
  return picturesOf(measures.map((m) => dailyTable(analysis, m, opts.lang, allocation)), opts.lang, opts.fonts);
}
