// The close every Vietnamese administrative report ends with: who prepared it on the left, the head of the unit
// on the right under the date, and room to sign. The clerk prints the sheet and signs it before sending it up.
import { t } from "../messages";
import type { Lang } from "../types";
import { COL, LAST_COL } from "./measure-table";
import type { CellRange, ReportCell } from "./model";

/** Rows the block takes, signature space included (it is inside the print area). */
export const SIGNATURE_ROWS = 7;

/** `lastCol`: the report's width; the preparer signs on its left part, the head on its last three columns. */
export function signatureBlock(lang: Lang, top: number, now: Date, lastCol: number = LAST_COL): { cells: ReportCell[]; merges: CellRange[] } {
  const left = { left: COL.rank, right: Math.max(COL.rank, Math.round(lastCol * 0.4)) };
  const right = { left: Math.max(left.right + 1, lastCol - 2), right: lastCol };
  // Strings, not numbers: t() would write the year 2024 as "2.024".
  const date = { day: String(now.getDate()), month: String(now.getMonth() + 1), year: String(now.getFullYear()) };
  const cells: ReportCell[] = [
    { row: top, col: right.left, kind: "text", value: t(lang, "report.sign.date", date), style: "signNote" },
    { row: top + 1, col: left.left, kind: "text", value: t(lang, "report.sign.preparedBy"), style: "signTitle" },
    { row: top + 1, col: right.left, kind: "text", value: t(lang, "report.sign.head"), style: "signTitle" },
    { row: top + 2, col: left.left, kind: "text", value: t(lang, "report.sign.hint"), style: "signNote" },
    { row: top + 2, col: right.left, kind: "text", value: t(lang, "report.sign.hint"), style: "signNote" },
  ];
  const merges = [top, top + 1, top + 2].flatMap((row) => [
    { top: row, bottom: row, ...left },
    { top: row, bottom: row, ...right },
  ]).filter((m) => cells.some((c) => c.row === m.top && c.col === m.left));
  return { cells, merges };
}
