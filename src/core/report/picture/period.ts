// The weekly or phase report as pictures, drawn by the same layout as the day's: for each measure the period's
// title and dates, then each unit's results within the period against its whole-people share of the target,
// best first, and the total as the sum of the figures shown (as on the period sheet). The period sheet has no
// status colours, so neither has its picture. A target share has no part of a period: its picture says so and
// shows the day's share table, as the period sheet does.
import type { PeriodAnalysis } from "../../history/period";
import { t } from "../../messages";
import { formatNumber, formatPercent } from "../../numbers";
import type { Lang, TableAnalysis } from "../../types";
import { isAllocation, pickMeasures } from "../measures";
import { periodHeading, periodLines, periodRateNote, type UnitLine } from "../period-report";
import { rankAndUnit, type PictureColumn } from "./columns";
import { dailyTable, headline, picturesOf, type PictureOptions, type PicturePart, type PictureTable } from "./index";
import type { HeadingLine, TableRow } from "./layout";
import { LOOK } from "./look";
import { forDisplay } from "../display";

const isNum = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v);

/** A unit's line in the period (or the total's: the sums shown, perDay over the days elapsed). */
interface Line {
  target: number | null;
  done: number | null;
  perDay: number | null;
}

function periodColumns(lang: Lang): PictureColumn<Line>[] {
  const n = (v: number | null) => (isNum(v) ? formatNumber(v, lang) : "");
  return [
    ...rankAndUnit<Line>(),
    { header: "picture.col.periodDoneOfTarget", align: "end", cell: (l) => ({ text: isNum(l.done) || isNum(l.target) ? `${n(l.done)}/${n(l.target)}` : "" }) },
    {
      header: "picture.col.periodCompletion", align: "end",
      cell: (l) => ({ text: isNum(l.done) && isNum(l.target) && l.target > 0 ? formatPercent(l.done / l.target, lang, 1) : "" }),
    },
    { header: "history.period.col.perDay", align: "end", optional: true, cell: (l) => ({ text: isNum(l.perDay) ? formatNumber(l.perDay, lang) : "" }) },
  ];
}

const lineOf = (l: UnitLine): Line => ({ target: l.target, done: l.f?.done ?? null, perDay: l.f?.perDay ?? null });

/** The tables of the period's pictures, one per measure the report covers. */
export function periodTables(input: TableAnalysis, pa: PeriodAnalysis, measureId: string | undefined, lang: Lang): PictureTable[] {
  // Names and labels bounded as on the period sheet.
  const analysis = forDisplay(input);
  const picked = pickMeasures(analysis, measureId);
  const measures = picked.length > 0 ? picked : analysis.table.measures.slice(0, 1);
  const isWeek = pa.period.kind === "week";
  return measures.map((measure) => {
    const { title, periodLine } = periodHeading(analysis, pa, [measure], lang);
    const heading: HeadingLine[] = [
      { text: title, px: LOOK.titlePx, bold: true, center: true },
      { text: periodLine, px: LOOK.textPx, italic: true, center: true },
    ];
    // No earlier figures, a late first day: the picture says why cells are blank, as the command line does.
    const notes: HeadingLine[] = pa.findings.map((f) => ({ text: t(lang, f.msg), px: LOOK.textPx, italic: true }));
    if (measure.kind === "rate") {
      const [, , ...whole] = headline(analysis, measure, lang, false);
      return dailyTable(analysis, measure, lang, isAllocation(analysis, [measure]), [...heading, { text: periodRateNote(analysis, measure, isWeek, lang), px: LOOK.textPx }, ...whole]);
    }
    const columns = periodColumns(lang);
    const ranked = periodLines(analysis, pa, measure);
    const row = (line: Line, rank: number | null, name: string): TableRow => ({ cells: columns.map((c) => c.cell(line, rank, name)) });
    const sum = (pick: (l: UnitLine) => number | null | undefined) => ranked.reduce((s, l) => s + (isNum(pick(l)) ? (pick(l) as number) : 0), 0);
    // Without any unit's figure for the period the total's is blank too, not a made-up 0.
    const totalDone = ranked.some((l) => isNum(l.f?.done)) ? sum((l) => l.f?.done) : null;
    const total: Line = { target: sum((l) => l.target), done: totalDone, perDay: totalDone !== null && pa.elapsed > 0 ? totalDone / pa.elapsed : null };
    return {
      measureId: measure.id, heading: [...heading, ...notes], columns,
      units: ranked.map((l, i) => ({ row: row(lineOf(l), i + 1, l.name), name: l.name })),
      total: { ...row(total, null, t(lang, "report.totalRow")), total: true }, legend: null,
    };
  });
}

/** Every picture of the week's or the phase's report, in order. */
export function periodPictures(analysis: TableAnalysis, pa: PeriodAnalysis, opts: PictureOptions): PicturePart[] {
  return picturesOf(periodTables(analysis, pa, opts.measureId, opts.lang), opts.lang, opts.fonts);
}
