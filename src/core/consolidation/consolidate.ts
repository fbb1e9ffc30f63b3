// Many quota tables into one: the plan (the unit list and the targets) and the units' reports (results), each in
// its own layout, read by the reader. Rows are placed on units by rows.ts, measures matched by meaning by
// measures.ts, one figure chosen per unit, measure and role by figures.ts. Every doubt is a finding with its
// source and cell, and the ones the clerk must decide (conflicts, loose matches, unknown or unclear names,
// measures the plan lacks, mergers not complete) are review lines: one short table on the sheet.
import type { Finding, MeasureValues, Msg, QuotaTable, Role } from "../types";
import { cellAddress } from "../address";
import { mappingFor, type UnitMapping } from "./mapping";
import { matchMeasures, SUMMED, type ConsolidatedMeasure } from "./measures";
import { placeRows, planUnits, useMapping, type PlacedRow, type RowInput, type SourceRole } from "./rows";
import { unitFigure, type Contribution, type FigureConflict, type FigureOrigin } from "./figures";
import { LOOSE_MATCHES } from "../units/unit-index";

export { SUMMED };
export type { ConsolidatedMeasure, FigureOrigin, SourceRole };

export interface ConsolidationSource {
  /** How the clerk knows it: "xa-an-hoa.xlsx", "Tổng hợp.xlsx › Xã An Hòa". */
  label: string;
  table: QuotaTable;
}
export interface ConsolidateOptions {
  /** The plan: its units (in its order) and its targets, which have the say over the reports' targets. */
  plan?: ConsolidationSource;
  /** The unit list alone, when there is no plan table (its order is kept; a unit nobody sent is named). */
  units?: string[];
  /** The clerk's old → new names. */
  mapping?: UnitMapping;
  /** The province whose shipped merger lines apply (vocabulary/mergers.ts). */
  province?: string;
}
export interface SourceRef {
  source: string;
  name: string;
  row: number;
}
export interface ConsolidatedUnit {
  name: string;
  values: Record<string, MeasureValues>;
  /** Per measure and role, where its figure was read (several cells for a merger's sum). */
  origins: Record<string, Partial<Record<Role, FigureOrigin[]>>>;
  /** The report rows placed on this unit (the plan's row is not a report). */
  from: SourceRef[];
  /** A unit of the plan no report was placed on: its results stay empty, never 0. */
  sent: boolean;
  /** Old units folded into this one by a merger (with their source), when there were any. */
  folded: string[];
}
export type ReviewKind = "conflict" | "loose" | "unknown" | "ambiguous" | "measure" | "merger";
export interface ConsolidationFinding extends Finding {
  /** The source the cell is in, or null for a finding about the whole. */
  source: string | null;
  /** Set when the clerk must look at it: a line of the review table. */
  review?: ReviewKind;
  unit?: string;
}
export interface Consolidation {
  measures: ConsolidatedMeasure[];
  units: ConsolidatedUnit[];
  findings: ConsolidationFinding[];
  /** How old units were folded into new ones, for the notes under the table. */
  notes: Msg[];
}

const emptyValues = (): MeasureValues => ({ target: null, done: null, remaining: null, rate: null, daily: null });

function finding(code: string, key: string, params: Msg["params"], source: string | null, cell: string | null, extra: Partial<ConsolidationFinding> = {}): ConsolidationFinding {
  return { code, severity: "warning", msg: { key, params }, cell, source, ...extra };
}

/** "an-hoa.xlsx (Sheet1!D5)", several joined with " + " for a merger's parts. */
export function originText(origins: FigureOrigin[]): string {
  return origins.map((o) => `${o.source} (${o.sheet}!${o.cell})`).join(" + ");
}

export function consolidate(reports: ConsolidationSource[], options: ConsolidateOptions = {}): Consolidation {
  const findings: ConsolidationFinding[] = [];
  const notes: Msg[] = [];
  const all: { source: ConsolidationSource; role: SourceRole }[] = [
    ...(options.plan ? [{ source: options.plan, role: "plan" as const }] : []),
    ...reports.map((source) => ({ source, role: "report" as const })),
  ];
  const { measures, local, extra } = matchMeasures(all.map((a) => ({ label: a.source.label, measures: a.source.table.measures })), options.plan ? 1 : 0);
  const ids = measures.map((m) => m.id);
  const mapping = useMapping(mappingFor(options.province, options.mapping));
  for (const { entry, first } of mapping.twice) {
    findings.push(finding("mapping-twice", "merge.mapping.twice", { old: entry.old, first: first.new, second: entry.new, cell: entry.cell }, null, entry.cell));
  }
  const plan = planUnits(options.plan ? options.plan.table.units.map((u) => u.name) : options.units ?? [], mapping);

  const rows: { input: RowInput; at: number; unitRow: QuotaTable["units"][number] }[] = [];
  all.forEach((a, s) => {
    for (const w of a.source.table.warnings) findings.push({ ...w, source: a.source.label });
    for (const unitRow of a.source.table.units) rows.push({ input: { source: s, role: a.role, name: unitRow.name }, at: s, unitRow });
  });
  const { placed, order } = placeRows(rows.map((r) => r.input), plan, mapping);

  const contributions = new Map<string, Contribution[]>();
  // Each unit's rows, and each row's sheet row, found once (a country's 3,321 communes stay linear).
  const rowsByUnit = new Map<string, PlacedRow[]>();
  for (const p of placed) rowsByUnit.set(p.unit, [...(rowsByUnit.get(p.unit) ?? []), p]);
  const rowNumber = new Map(rows.map((r) => [r.input, r.unitRow.row]));
  placed.forEach((p, i) => {
    const { source } = all[rows[i].at];
    const row = rows[i].unitRow;
    const cell = cellAddress(row.row, source.table.unitCol);
    noteRow(p, source.label, cell, plan.length > 0, findings);
    const c: Contribution = { role: p.input.role, origin: p.origin, name: row.name, source: source.label, values: {}, cells: {} };
    for (const m of source.table.measures) {
      const id = local[rows[i].at].get(m.id);
      if (!id || !ids.includes(id)) continue;
      for (const role of SUMMED) {
        const x = row.values[m.id]?.[role];
        const col = m.columns[role];
        if (typeof x !== "number" || !Number.isFinite(x) || col === undefined) continue;
        (c.cells[id] ??= {})[role] = { source: source.label, sheet: source.table.sheet, cell: cellAddress(row.row, col), value: x };
      }
    }
    const list = contributions.get(p.unit) ?? [];
    list.push(c);
    contributions.set(p.unit, list);
  });

  for (const e of extra) findings.push(finding("measure-extra", "merge.measure.extra", { measure: e.label, source: e.source }, e.source, null, { review: "measure" }));
  const withRate = all.filter((a) => a.source.table.measures.some((m) => m.columns.rate !== undefined)).length;
  if (withRate > 0) findings.push({ ...finding("rate-recomputed", "merge.rate.recomputed", { count: withRate }, null, null), severity: "info" });

  const label = new Map(measures.map((m) => [m.id, m.label]));
  const units: ConsolidatedUnit[] = order.map((name) => {
    const list = contributions.get(name) ?? [];
    const unitRows = rowsByUnit.get(name) ?? [];
    const reportRows = unitRows.filter((p) => p.input.role === "report");
    const sent = reportRows.length > 0;
    if (!sent && reports.length > 0) findings.push(finding("unit-missing", "merge.unit.missing", { unit: name }, null, null, { unit: name }));
    // A merger not every old commune has reported: said once, and its partial sums are not conflicts with the plan.
    const mergedInto = unitRows.find((p) => p.mapped && mapping.mergers.has(p.mapped.new))?.mapped?.new;
    const merger = mergedInto !== undefined ? ([mergedInto, mapping.mergers.get(mergedInto) ?? []] as const) : undefined;
    const sentOld = new Set(reportRows.filter((p) => p.origin !== "").map((p) => p.origin));
    const partial = merger !== undefined && !reportRows.some((p) => p.origin === "") && sentOld.size > 0 && sentOld.size < merger[1].length;
    if (partial) findings.push(finding("merger-partial", "merge.merger.partial", { unit: name, sent: sentOld.size, count: merger[1].length }, null, null, { review: "merger", unit: name }));
    const values: Record<string, MeasureValues> = {};
    const origins: ConsolidatedUnit["origins"] = {};
    const conflicts: FigureConflict[] = [];
    for (const m of measures) {
      const v = emptyValues();
      for (const role of m.roles) {
        const f = unitFigure(list, m.id, role, conflicts, partial);
        v[role] = f.value;
        if (f.origins.length > 0) (origins[m.id] ??= {})[role] = f.origins;
      }
      values[m.id] = v;
    }
    for (const c of conflicts) {
      const at = c.other[0];
      findings.push(finding("unit-conflict", `merge.unit.conflict.${c.role}`, {
        unit: name, measure: label.get(c.measureId) ?? "", kept: sum(c.kept), keptAt: originText(c.kept), other: sum(c.other), otherAt: originText(c.other),
      }, at.source, at.cell, { review: "conflict", unit: name }));
    }
    const parts = list.filter((c) => c.origin !== "");
    const folded = [...new Set(parts.map((c) => `${c.name} (${c.source})`))];
    if (folded.length > 0) notes.push({ key: "merge.note.folded", params: { unit: name, count: folded.length, olds: folded.join("; ") } });
    for (const p of reportRows) if (p.mapped && p.origin === "") notes.push({ key: "merge.note.renamed", params: { old: p.input.name, unit: name } });
    return { name, values, origins, from: reportRows.map((p) => ({ source: all[p.input.source].source.label, name: p.input.name, row: rowNumber.get(p.input) ?? 0 })), sent, folded };
  });
  return { measures, units, findings, notes: dedupe(notes) };
}

const sum = (o: FigureOrigin[]) => o.reduce((s, x) => s + x.value, 0);

function dedupe(notes: Msg[]): Msg[] {
  const seen = new Set<string>();
  return notes.filter((n) => {
    const k = JSON.stringify(n);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** What placing a row tells the clerk: a loose match to confirm, an unclear or unknown name. */
function noteRow(p: PlacedRow, source: string, cell: string, hasPlan: boolean, findings: ConsolidationFinding[]): void {
  const name = p.mapped ? p.mapped.new : p.input.name;
  if (LOOSE_MATCHES.includes(p.how as never)) {
    findings.push(finding(`unit-${p.how}`, "merge.unit.loose", { unit: name, matched: p.unit, source, cell }, source, cell, { review: "loose", unit: p.unit }));
  } else if (p.ambiguous) {
    findings.push(finding("unit-ambiguous", "merge.unit.ambiguous", { unit: name, candidates: p.ambiguous.join(", "), source, cell }, source, cell, { review: "ambiguous", unit: name }));
  } else if (p.how === "own-line" && hasPlan && p.input.role === "report") {
    findings.push(finding("unit-unknown", "merge.unit.unknown", { unit: name, source, cell }, source, cell, { review: "unknown", unit: name }));
  }
}
