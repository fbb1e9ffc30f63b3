// The campaigns the held-out sheets belong to, and the ways a title states them.
import type { Rng } from "./prng";

/** Excel's day serial (days since 1899-12-30), computed here, not by the engine. */
export function serial(day: number, month: number, year: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000);
}
export function dayMonth(s: number): { d: number; m: number; y: number } {
  const date = new Date(Date.UTC(1899, 11, 30) + s * 86400000);
  return { d: date.getUTCDate(), m: date.getUTCMonth() + 1, y: date.getUTCFullYear() };
}

export interface CampaignPlan {
  from: number;
  to: number;
  /** The plan's own number of days, when it names one. */
  nominal: number | null;
}

export const PLANS: readonly CampaignPlan[] = [
  { from: serial(1, 8, 2024), to: serial(30, 10, 2024), nominal: 90 },
  { from: serial(3, 6, 2023), to: serial(25, 6, 2023), nominal: 22 },
  { from: serial(21, 8, 2024), to: serial(29, 8, 2024), nominal: null },
  { from: serial(15, 4, 2024), to: serial(14, 5, 2024), nominal: null },
  { from: serial(1, 9, 2024), to: serial(30, 10, 2024), nominal: 60 },
];

export function planDays(p: CampaignPlan): number {
  return p.nominal ?? p.to - p.from + 1;
}

const pad = (n: number) => String(n).padStart(2, "0");
const short = (s: number, padded: boolean) => {
  const { d, m, y } = dayMonth(s);
  return padded ? `${pad(d)}/${pad(m)}/${y}` : `${d}/${m}/${y}`;
};

/** The words for "N ngày đêm" as titles write it. */
export function daysPhrase(n: number, rng: Rng): string {
  return rng.pick([`${n} ngày đêm`, `“${n} ngày, đêm”`, `"${n} ngày đêm"`, `${n} ngày, đêm`, `“${n} NGÀY ĐÊM”`]);
}

/** The words for the period; `yearless` drops the start's year. */
export function periodPhrase(p: CampaignPlan, rng: Rng): string {
  const padded = rng.chance(0.4);
  const a = dayMonth(p.from);
  const b = dayMonth(p.to);
  const forms = [
    () => `(Từ ngày ${short(p.from, padded)} đến ngày ${short(p.to, padded)})`,
    () => `từ ${a.d}/${a.m} đến ${b.d}/${b.m}/${b.y}`,
    () => `(từ ${short(p.from, padded)} đến ${short(p.to, padded)})`,
    () => `Từ ngày ${short(p.from, padded)} đến hết ngày ${short(p.to, padded)}`,
    () => `từ ngày ${pad(a.d)} tháng ${pad(a.m)} năm ${a.y} đến ngày ${b.d} tháng ${b.m} năm ${b.y}`,
  ];
  return rng.pick(forms)();
}

/** The words for the data date; a report's own document date is the morning after the data. */
export function asOfPhrase(s: number, rng: Rng): string {
  const { d, m, y } = dayMonth(s);
  const next = dayMonth(s + 1);
  return rng.pick([
    `(Kèm theo Báo cáo số ${(s % 300) + 1}/BC-CAH ngày ${next.d}/${next.m}/${next.y})`,
    `(Số liệu tính đến ngày ${d}/${m}/${y})`,
    `Số liệu đến 17h00 ngày ${pad(d)}/${pad(m)}/${y}`,
    `tính đến ngày ${d}/${m}/${y}`,
    `NGÀY ${d}/${m}/${y}`,
  ]);
}
