// The campaign as the sheet's own title states it: "Cao điểm 90 ngày đêm", "từ 21/8 đến 29/8/2024",
// "từ ngày 01/8/2024 đến ngày 30/10/2024". Options a clerk gives explicitly always win over these hints.
import type { Campaign, Grid } from "./types";
import { nominalDaysFromText } from "./campaign";
import { parseDayText } from "./dates";
import { makeSheetView } from "./read/sheet-view";
import { findHeader } from "./read/header";

/** Rows searched when no header is found. */
const TITLE_ROWS = 15;

const PERIOD =
  /t(?:u|ư|ừ)\s+(?:ng[aà]y\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?\s*(?:đến|den|-|–)\s*(?:ng[aà]y\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})/i;

function fullYear(y: string): number {
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

/** "từ 21/8 đến 29/8/2024" → both days; a start without a year takes the end's (or the year before, across New Year). */
export function periodFromText(text: string): { from: number; to: number } | null {
  const m = PERIOD.exec(text.normalize("NFC").toLowerCase());
  if (!m) return null;
  const toYear = fullYear(m[6]);
  const to = parseDayText(`${m[4]}/${m[5]}/${toYear}`);
  if (to === null) return null;
  let from = parseDayText(`${m[1]}/${m[2]}/${m[3] ? fullYear(m[3]) : toYear}`);
  if (from !== null && !m[3] && from > to) from = parseDayText(`${m[1]}/${m[2]}/${toYear - 1}`);
  return from === null ? null : { from, to };
}

function isDayAndNight(text: string): boolean {
  const folded = text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
  return /\d\s*ngay\s*dem/.test(folded);
}

/** Campaign facts written in the title and header of a sheet; only the fields found are set. */
export function detectCampaignHints(grid: Grid): Partial<Campaign> {
  const view = makeSheetView(grid);
  const header = findHeader(view);
  const lastRow = header ? header.rows[header.rows.length - 1] : Math.min(view.lastRow, view.firstRow + TITLE_ROWS);
  const hints: Partial<Campaign> = {};
  for (let r = view.firstRow; r <= lastRow; r++) {
    for (let c = view.firstCol; c <= view.lastCol; c++) {
      const v = view.raw(r, c);
      if (typeof v !== "string" || v.trim() === "") continue;
      if (hints.nominalDays === undefined && isDayAndNight(v)) {
        const days = nominalDaysFromText(v);
        if (days !== null) hints.nominalDays = days;
      }
      if (hints.from === undefined) {
        const period = periodFromText(v);
        if (period) {
          hints.from = period.from;
          hints.to = period.to;
        }
      }
    }
  }
  return hints;
}
