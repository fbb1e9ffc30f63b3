// The same metrics as native formulas in a real formula engine (HyperFormula, GPLv3, devDependency only):
// completion, expected, pace, lag, remaining, required daily and status (IF) per unit and measure, on the
// same 10,000-unit grid; timed against readQuotaTable + analyzeTable, and a sample checked value for value.
import { HyperFormula } from "hyperformula";
import { readQuotaTable } from "../../src/core/read";
import { analyzeTable } from "../../src/core/analyze";
import { campaignDays, daysElapsed, daysLeft } from "../../src/core/campaign";
import { columnLetters } from "../../src/core/address";
import type { Measure, Progress, QuotaTable, TableAnalysis } from "../../src/core/types";
import { command, median, msSince, round, timeRuns, collectGarbage, type Family, type Figure } from "./figure";
import { benchCampaign, quotaGrid } from "./quota-grid";

const METRICS = ["completion", "expected", "pace", "lag", "remaining", "requiredDaily", "status"] as const;
type Metric = (typeof METRICS)[number];
/** N, n and days left sit in P1:P3; the formulas start at column Q. */
const PARAM_COL = 16;
const FIRST_FORMULA_COL = 17;

/** Native formulas for one unit row (1-based sheet row) and one measure, in METRICS order. */
function formulasFor(m: Measure, row: number, firstCol: number): string[] {
  const cell = (c: number) => `${columnLetters(c)}${row}`;
  const done = cell(m.columns.done as number);
  // Without a target column the reader takes done + remaining as the base; the formula does the same.
  const target = m.columns.target !== undefined ? cell(m.columns.target) : `(${done}+${cell(m.columns.remaining as number)})`;
  const own = (metric: Metric) => cell(firstCol + METRICS.indexOf(metric));
  const [N, n, left] = ["$P$1", "$P$2", "$P$3"];
  return [
    `=IF(${target}>0,${done}/${target},"")`,
    `=${target}*${n}/${N}`,
    `=IF(${own("expected")}>0,${done}/${own("expected")},"")`,
    `=${done}-${own("expected")}`,
    `=MAX(${target}-${done},0)`,
    `=IF(${own("remaining")}=0,0,IF(${left}>0,ROUNDUP(${own("remaining")}/${left},0),""))`,
    `=IF(${done}>=${target},"complete",IF(${own("pace")}>=1,"on-track",IF(${own("pace")}>=0.9,"at-risk","behind")))`,
  ];
}

/** The sheet as Excel would hold it once typed in: numbers (the text counts parsed), plus the formula columns. */
function formulaSheet(table: QuotaTable, analysis: TableAnalysis): (number | string | null)[][] {
  const { campaign, asOf } = analysis;
  const rows: (number | string | null)[][] = [];
  const lastRow = table.units[table.units.length - 1].row;
  for (let r = 1; r <= lastRow; r++) rows.push([]);
  rows[0][PARAM_COL - 1] = campaignDays(campaign);
  rows[1][PARAM_COL - 1] = daysElapsed(campaign, asOf);
  rows[2][PARAM_COL - 1] = daysLeft(campaign, asOf);
  for (const unit of table.units) {
    const out = rows[unit.row - 1];
    out[1] = unit.name;
    table.measures.forEach((m, k) => {
      const v = unit.values[m.id];
      for (const role of ["target", "done", "remaining"] as const) {
        const col = m.columns[role];
        if (col !== undefined) out[col - 1] = v[role];
      }
      const first = FIRST_FORMULA_COL + k * METRICS.length;
      formulasFor(m, unit.row, first).forEach((f, i) => (out[first - 1 + i] = f));
    });
  }
  return rows.map((r) => Array.from({ length: FIRST_FORMULA_COL - 1 + table.measures.length * METRICS.length }, (_, i) => r[i] ?? null));
}

function ours(p: Progress, metric: Metric): number | string | null {
  return metric === "status" ? p.status : (p[metric] as number | null);
}

function agrees(mine: number | string | null, engine: unknown): boolean {
  if (mine === null) return engine === "" || engine === null;
  if (typeof mine === "string") return mine === engine;
  return typeof engine === "number" && Math.abs(engine - mine) <= 1e-9 * Math.max(1, Math.abs(mine));
}

export const hyperformulaFamily: Family = {
  name: "hyperformula",
  method: [
    "hyperformula: HyperFormula 3.5 (licenseKey gpl-v3) builds a sheet of the same 10,000 units with 7 native formulas",
    "  per unit and measure (completion, expected, pace, lag, remaining, required daily with ROUNDUP, status with nested IF);",
    "  timed: buildFromArray (parse + evaluate every formula), median of 3; the text counts are given as numbers (Excel",
    "  would need NUMBERVALUE/SUBSTITUTE for \"3.903\"). Every 50th unit's 7 × measures values are compared with analyzeTable.",
  ],
  async run(scale) {
    const units = scale.units(10000);
    const grid = quotaGrid(units);
    const { campaign, asOf } = benchCampaign();
    const read = readQuotaTable(grid);
    if (!read.ok) throw new Error("bench sheet not read");
    const analysis = analyzeTable(read.table, campaign, asOf);
    const sheet = formulaSheet(read.table, analysis);
    const formulas = read.table.units.length * read.table.measures.length * METRICS.length;

    // Ours first, before the engine's large heap is about.
    const oursRuns = timeRuns(() => {
      const r = readQuotaTable(grid);
      if (r.ok) analyzeTable(r.table, campaign, asOf);
    }, 5, 2);
    const engineRuns: number[] = [];
    let hf: HyperFormula | null = null;
    for (let i = 0; i < 3; i++) {
      hf?.destroy();
      collectGarbage();
      const start = process.hrtime.bigint();
      hf = HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3" });
      engineRuns.push(msSince(start));
    }

    let checked = 0;
    let mismatches = 0;
    const firstMismatch: string[] = [];
    for (let u = 0; u < analysis.units.length; u += 50) {
      const unit = analysis.units[u];
      read.table.measures.forEach((m, k) => {
        METRICS.forEach((metric, i) => {
          const col = FIRST_FORMULA_COL - 1 + k * METRICS.length + i;
          const value = hf!.getCellValue({ sheet: 0, row: (unit.row as number) - 1, col });
          checked++;
          if (!agrees(ours(unit.values[m.id], metric), value)) {
            mismatches++;
            if (firstMismatch.length < 3) firstMismatch.push(`${unit.name} ${m.id} ${metric}: ours ${ours(unit.values[m.id], metric)}, engine ${JSON.stringify(value)}`);
          }
        });
      });
    }
    hf?.destroy();

    const engineMs = median(engineRuns);
    const oursMs = median(oursRuns);
    const figures: Figure[] = [
      {
        key: "hyperformula_ms_10000",
        label: `HyperFormula, ${units.toLocaleString("en")} units, ${formulas.toLocaleString("en")} formulas`,
        value: round(engineMs),
        unit: "ms",
        note: `median of 3 builds (parse + evaluate); runs ${engineRuns.map((x) => round(x, 0)).join(", ")} ms`,
        command: command("hyperformula"),
      },
      { key: "hyperformula_ours_ms_10000", label: "  readQuotaTable + analyzeTable, same grid", value: round(oursMs), unit: "ms", note: "median of 5 (includes reading the messy text)", command: command("hyperformula") },
      { key: "hyperformula_ratio_10000", label: "  HyperFormula ÷ ours", value: round(engineMs / oursMs, 1), unit: "ratio", note: "> 1: the engine in src/core is faster", command: command("hyperformula") },
      {
        key: "hyperformula_sample_mismatches",
        label: `  sample values that disagree (of ${checked})`,
        value: mismatches,
        unit: "count",
        note: mismatches ? firstMismatch.join("; ") : "every sampled value agrees (1e-9 relative)",
        command: command("hyperformula"),
      },
    ];
    return figures;
  },
};
