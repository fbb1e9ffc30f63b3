// What the picture's table shows, column by column: a progress table (rank, unit, done / target, completion,
// status in its colour), a target share's table (as the report sheet's: achieved / base, share reached, target
// share, still needed, status) or an allocation (unit, target, daily target). Each column says how to
// fill a unit's cell and the total's; the widths are worked out from what the cells hold (see layout.ts).
import { t, type MessageKey } from "../../messages";
import { formatNumber, formatPercent } from "../../numbers";
import { statusLabel } from "../../progress";
import type { Lang, Progress } from "../../types";
import { STATUS_LOOK } from "../styles";
import { shareText } from "../rate-words";

export interface PictureCell {
  text: string;
  fill?: string;
  color?: string;
  bold?: boolean;
}

export interface PictureColumn<T = Progress | undefined> {
  header: MessageKey;
  align: "start" | "middle" | "end";
  /** The column that takes the room left over and wraps its text (the unit name). */
  flexible?: boolean;
  /** May be left out when the row is too narrow; its colour then goes to the `colourTo` column. */
  optional?: boolean;
  /** The column that takes the status colour when the status column is left out. */
  carriesStatus?: boolean;
  /** A method, so that a column of other figures (a period's) is laid out by the same code. */
  cell(p: T, rank: number | null, name: string): PictureCell;
}

const isNum = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v);

function statusCell(p: Progress | undefined, lang: Lang): PictureCell {
  const status = p?.status ?? "unknown";
  const look = STATUS_LOOK[status];
  return { text: statusLabel(status, lang), fill: look.fill, color: look.fontColor, bold: look.bold };
}

/** Every table of the picture opens with the unit's rank and its name (the column that wraps). */
export function rankAndUnit<T>(): PictureColumn<T>[] {
  return [
    { header: "picture.col.rank", align: "middle", cell: (_p, rank) => ({ text: rank === null ? "" : String(rank) }) },
    { header: "report.col.unit", align: "start", flexible: true, cell: (_p, _r, name) => ({ text: name }) },
  ];
}

export function progressColumns(lang: Lang): PictureColumn[] {
  const n = (v: number | null | undefined) => (isNum(v) ? formatNumber(v, lang) : "");
  return [
    ...rankAndUnit<Progress | undefined>(),
    { header: "picture.col.doneOfTarget", align: "end", cell: (p) => ({ text: isNum(p?.done) || isNum(p?.target) ? `${n(p?.done)}/${n(p?.target)}` : "" }) },
    {
      header: "picture.col.completion", align: "end", carriesStatus: true,
      cell: (p) => ({ text: isNum(p?.completion) ? formatPercent(p.completion, lang, 1) : "" }),
    },
    { header: "report.col.status", align: "middle", optional: true, cell: (p) => statusCell(p, lang) },
  ];
}

/** A target share: no daily figures, the share reached against the share asked and the files still missing. */
export function rateColumns(lang: Lang): PictureColumn[] {
  const n = (v: number | null | undefined) => (isNum(v) ? formatNumber(v, lang) : "");
  return [
    ...rankAndUnit<Progress | undefined>(),
    { header: "picture.col.doneOfBase", align: "end", cell: (p) => ({ text: isNum(p?.done) || isNum(p?.rate?.base) ? `${n(p?.done)}/${n(p?.rate?.base)}` : "" }) },
    { header: "report.rate.col.rate", align: "end", carriesStatus: true, cell: (p) => ({ text: isNum(p?.rate?.rate) ? formatPercent(p.rate.rate, lang, 1) : "" }) },
    { header: "report.rate.col.target", align: "end", cell: (p) => ({ text: isNum(p?.rate?.targetRate) ? shareText(p.rate.targetRate, lang) : "" }) },
    { header: "report.rate.col.gap", align: "end", cell: (p) => ({ text: n(p?.rate?.gap) }) },
    { header: "report.col.status", align: "middle", optional: true, cell: (p) => statusCell(p, lang) },
  ];
}

export function allocationColumns(lang: Lang): PictureColumn[] {
  const n = (v: number | null | undefined) => (isNum(v) ? formatNumber(v, lang) : "");
  return [
    ...rankAndUnit<Progress | undefined>(),
    { header: "report.col.target", align: "end", cell: (p) => ({ text: n(p?.target) }) },
    { header: "picture.col.daily", align: "end", cell: (p) => ({ text: n(p?.dailyTarget) }) },
  ];
}

/** The status column's colour, for the completion cell when the status column is left out. */
export function statusColour(p: Progress | undefined): Pick<PictureCell, "fill" | "color"> {
  const look = STATUS_LOOK[p?.status ?? "unknown"];
  return { fill: look.fill, color: look.fontColor };
}

export function headerText(column: PictureColumn, lang: Lang): string {
  return t(lang, column.header);
}
