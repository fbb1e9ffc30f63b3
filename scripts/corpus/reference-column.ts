// A reference column beside the figures of a progress table: the population, the households, or a per-day norm
// typed by the office. None is a measure: the expectation is the table without it.
// MAIN and HELD_OUT word it differently; the reader has no phrase for the held-out wordings' exact text.
import type { Rng } from "./prng";
import { SheetDraft } from "./sheet";

export type ReferenceKind = "population" | "households" | "norm";

export const REFERENCE_HEADINGS: Record<"main" | "held-out", readonly { kind: ReferenceKind; text: string }[]> = {
  main: [
    { kind: "population", text: "Dân số" }, { kind: "households", text: "Số hộ" }, { kind: "norm", text: "Định mức/ngày" },
  ],
  "held-out": [
    { kind: "population", text: "Quy mô dân số" }, { kind: "population", text: "Nhân khẩu thường trú" },
    { kind: "households", text: "Tổng số hộ gia đình" }, { kind: "norm", text: "Định mức mỗi ngày" }, { kind: "norm", text: "Mức giao bình quân/ngày (người)" },
  ],
};

/**
 * Adds the column after `lastCol`: a population or household count many times each unit's target, or one norm
 * for every unit (a typed per-day norm divides no target). The total row has the sum (a norm's total is blank).
 */
export function addReferenceColumn(sheet: SheetDraft, rng: Rng, words: "main" | "held-out",
  at: { lastCol: number; headerTop: number; depth: number; unitRows: number[]; totalRow: number | null; targets: number[] }): string {
  const heading = rng.pick(REFERENCE_HEADINGS[words]);
  const col = at.lastCol + 1;
  sheet.set(at.headerTop, col, heading.text);
  sheet.merge(at.headerTop, col, at.headerTop + at.depth - 1, col);
  const norm = rng.int(8, 40);
  let sum = 0;
  at.unitRows.forEach((row, u) => {
    const base = Math.max(at.targets[u] ?? 100, 10);
    const n = heading.kind === "norm" ? norm : heading.kind === "population" ? base * rng.int(4, 15) + rng.int(0, 999) : Math.round(base * rng.int(1, 4) + rng.int(0, 99));
    sum += n;
    sheet.set(row, col, n);
  });
  if (at.totalRow !== null && heading.kind !== "norm") sheet.set(at.totalRow, col, sum);
  return `reference:${heading.kind}`;
}
