// Many quota tables (each in its own layout, read by the reader) into one district table. Units are matched
// by name (unit-names.ts), measures by their words and roles (measure-keys.ts), old names folded into new ones
// by the clerk's mapping (mapping.ts). Every doubt is a finding with its source and cell, never a silent choice:
// a unit in two sources with different figures keeps the first source's and says so; a unit no source sent
// stays empty and is named; a measure only some sources have is named with the sources that lack it.
import type { Finding, MeasureValues, Msg, QuotaTable, Role } from "../types";
import { cellAddress } from "../address";
import { slug } from "../text";
import { measureKey } from "./measure-keys";
import { unitIndex, unitSkeleton } from "./unit-names";
import { unitKey } from "../units/unit-key";
import type { MappingEntry, UnitMapping } from "./mapping";

/** The roles added up across sources; rates are worked out again from the sums by the report. */
export const SUMMED: Role[] = ["target", "done", "remaining", "daily"];

export interface ConsolidationSource {
  /** How the clerk knows it: "xa-an-hoa.xlsx", "Tổng hợp.xlsx › Xã An Hòa". */
  label: string;
  table: QuotaTable;
}
export interface ConsolidateOptions {
  /** The district table's units, in its order: a unit none of the sources sent is then named. */
  units?: string[];
  mapping?: UnitMapping;
}
export interface ConsolidatedMeasure {
  id: string;
  label: string;
  key: string;
  roles: Role[];
}
export interface SourceRef {
  source: string;
  name: string;
  row: number;
}
export interface ConsolidatedUnit {
  name: string;
  values: Record<string, MeasureValues>;
  from: SourceRef[];
  /** Old units folded into this one by the mapping (with their source), when there were any. */
  folded: string[];
}
export interface ConsolidationFinding extends Finding {
  /** The source the cell is in, or null for a finding about the whole. */
  source: string | null;
}
export interface Consolidation {
  measures: ConsolidatedMeasure[];
  units: ConsolidatedUnit[];
  findings: ConsolidationFinding[];
  /** How old units were folded into new ones, for the notes under the table. */
  notes: Msg[];
}

interface Contribution {
  ref: SourceRef;
  /** Same origin = the same unit sent twice; different origins = old units folded into one. */
  origin: string;
  values: Record<string, MeasureValues>;
  cells: Record<string, Partial<Record<Role, string>>>;
}

const emptyValues = (): MeasureValues => ({ target: null, done: null, remaining: null, rate: null, daily: null });

function finding(code: string, key: string, params: Msg["params"], source: string | null, cell: string | null, severity: Finding["severity"] = "warning"): ConsolidationFinding {
  return { code, severity, msg: { key, params }, cell, source };
}

/** Global measures, and for each source its measure id → the global id. */
function matchMeasures(sources: ConsolidationSource[]): { measures: ConsolidatedMeasure[]; local: Map<string, string>[] } {
  const measures: ConsolidatedMeasure[] = [];
  const byKey = new Map<string, ConsolidatedMeasure>();
  const local = sources.map((s) => {
    const ids = new Map<string, string>();
    const usedHere = new Set<string>();
    for (const m of s.table.measures) {
      let key = measureKey(m.label);
      // Two measures of one source with the same words (CCCD and ĐDĐT both "dưới 14"): keep them apart.
      if (usedHere.has(key)) key = `${key} ${slug(m.label)}`;
      usedHere.add(key);
      let g = byKey.get(key);
      if (!g) {
        const taken = new Set(measures.map((x) => x.id));
        let id = m.id;
        for (let i = 2; taken.has(id); i++) id = `${m.id}-${i}`;
        g = { id, label: m.label, key, roles: [] };
        byKey.set(key, g);
        measures.push(g);
      }
      for (const role of SUMMED) if (m.columns[role] !== undefined && !g.roles.includes(role)) g.roles.push(role);
      ids.set(m.id, g.id);
    }
    return ids;
  });
  for (const g of measures) g.roles.sort((a, b) => SUMMED.indexOf(a) - SUMMED.indexOf(b));
  return { measures: measures.filter((g) => g.roles.length > 0), local };
}

function mappingLookup(mapping: UnitMapping | undefined, findings: ConsolidationFinding[]): (name: string) => MappingEntry | null {
  const byKey = new Map<string, MappingEntry>();
  for (const e of mapping?.entries ?? []) {
    for (const k of [unitKey(e.old), unitSkeleton(e.old)]) {
      const before = byKey.get(k);
      if (before && unitKey(before.new) !== unitKey(e.new)) {
        findings.push(finding("mapping-twice", "merge.mapping.twice", { old: e.old, first: before.new, second: e.new, cell: e.cell }, null, e.cell));
      } else if (!before) byKey.set(k, e);
    }
  }
  return (name) => byKey.get(unitKey(name)) ?? byKey.get(unitSkeleton(name)) ?? null;
}

const sameFigures = (a: Contribution, b: Contribution, ids: string[]) =>
  ids.every((id) => SUMMED.every((r) => (a.values[id]?.[r] ?? null) === (b.values[id]?.[r] ?? null)));

export function consolidate(sources: ConsolidationSource[], options: ConsolidateOptions = {}): Consolidation {
  const findings: ConsolidationFinding[] = [];
  const notes: Msg[] = [];
  const { measures, local } = matchMeasures(sources);
  const ids = measures.map((m) => m.id);
  const expected = options.units ?? [];
  const index = unitIndex(expected);
  const order: string[] = [...expected];
  const mapped = mappingLookup(options.mapping, findings);
  const contributions = new Map<string, Contribution[]>();

  sources.forEach((source, s) => {
    for (const w of source.table.warnings) findings.push({ ...w, source: source.label });
    for (const unit of source.table.units) {
      const cell = cellAddress(unit.row, source.table.unitCol);
      const ref: SourceRef = { source: source.label, name: unit.name, row: unit.row };
      const entry = mapped(unit.name);
      const wanted = entry ? entry.new : unit.name;
      const found = index.find(wanted);
      let target: { name: string } | null = found && "name" in found ? found : null;
      if (found && "how" in found && found.how !== "same") {
        findings.push(finding(`unit-${found.how}`, "merge.unit.loose", { unit: wanted, matched: found.name, source: source.label, cell }, source.label, cell));
      }
      if (found && "ambiguous" in found) {
        // Never a guess between two units: this row stays apart, under its own name, and is said.
        findings.push(finding("unit-ambiguous", "merge.unit.ambiguous", { unit: wanted, candidates: found.ambiguous.join(", "), source: source.label, cell }, source.label, cell));
      } else if (!target && expected.length > 0) {
        findings.push(finding("unit-unknown", "merge.unit.unknown", { unit: wanted, source: source.label, cell }, source.label, cell));
      }
      if (!target) {
        if (!order.includes(wanted)) {
          index.add(wanted);
          order.push(wanted);
        }
        target = { name: wanted };
      }
      const values: Record<string, MeasureValues> = {};
      const cells: Contribution["cells"] = {};
      for (const m of source.table.measures) {
        const id = local[s].get(m.id);
        if (!id || !ids.includes(id)) continue;
        const v = values[id] ?? emptyValues();
        const c = cells[id] ?? {};
        for (const role of SUMMED) {
          const x = unit.values[m.id]?.[role];
          if (typeof x === "number" && m.columns[role] !== undefined) {
            v[role] = x;
            c[role] = cellAddress(unit.row, m.columns[role] as number);
          }
        }
        values[id] = v;
        cells[id] = c;
      }
      const list = contributions.get(target.name) ?? [];
      list.push({ ref, origin: entry ? unitKey(entry.old) : "", values, cells });
      contributions.set(target.name, list);
    }
  });

  // A measure only some sources have.
  for (const g of measures) {
    const lacking = sources.filter((s, i) => s.table.units.length > 0 && ![...local[i].values()].includes(g.id)).map((s) => s.label);
    if (lacking.length > 0) findings.push(finding("measure-partial", "merge.measure.partial", { measure: g.label, count: lacking.length, sources: lacking.join(", ") }, null, null));
  }

  // Rates are not added: the report works them out again from the sums.
  const withRate = sources.filter((src) => src.table.measures.some((m) => m.columns.rate !== undefined)).map((src) => src.label);
  if (withRate.length > 0) findings.push(finding("rate-recomputed", "merge.rate.recomputed", { count: withRate.length }, null, null, "info"));

  // A role only some of the sources with the measure have ("Đã thực hiện" missing from one commune's sheet).
  for (const g of measures) {
    for (const role of g.roles) {
      const lacking = sources.filter((s, i) => s.table.measures.some((m) => local[i].get(m.id) === g.id) &&
        !s.table.measures.some((m) => local[i].get(m.id) === g.id && m.columns[role] !== undefined)).map((s) => s.label);
      if (lacking.length > 0) findings.push(finding("role-partial", `merge.role.partial.${role}`, { measure: g.label, count: lacking.length, sources: lacking.join(", ") }, null, null));
    }
  }

  const units: ConsolidatedUnit[] = order.map((name) => {
    const list = contributions.get(name) ?? [];
    if (list.length === 0) {
      findings.push(finding("unit-missing", "merge.unit.missing", { unit: name }, null, null));
      return { name, values: Object.fromEntries(ids.map((id) => [id, emptyValues()])), from: [], folded: [] };
    }
    // One figure per origin: the first source's, and every other source that differs is named.
    const kept = new Map<string, Contribution>();
    for (const c of list) {
      const first = kept.get(c.origin);
      if (!first) {
        kept.set(c.origin, c);
        continue;
      }
      if (sameFigures(first, c, ids)) {
        findings.push(finding("unit-twice-same", "merge.unit.twiceSame", { unit: name, first: first.ref.source, second: c.ref.source }, c.ref.source, null, "info"));
        continue;
      }
      for (const g of measures) {
        for (const role of g.roles) {
          const a = first.values[g.id]?.[role] ?? null;
          const b = c.values[g.id]?.[role] ?? null;
          if (a === b) continue;
          const cellB = c.cells[g.id]?.[role] ?? cellAddress(c.ref.row, 1);
          findings.push(finding("unit-conflict", "merge.unit.conflict", {
            unit: name, measure: g.label, kept: a ?? "", keptSource: first.ref.source, keptCell: first.cells[g.id]?.[role] ?? "",
            other: b ?? "", otherSource: c.ref.source, otherCell: cellB,
          }, c.ref.source, cellB));
        }
      }
    }
    const groups = [...kept.values()];
    const values: Record<string, MeasureValues> = {};
    for (const id of ids) {
      const v = emptyValues();
      for (const role of SUMMED) {
        for (const c of groups) {
          const x = c.values[id]?.[role];
          if (typeof x === "number") v[role] = (v[role] ?? 0) + x;
        }
      }
      values[id] = v;
    }
    const folded = groups.filter((c) => c.origin !== "").map((c) => `${c.ref.name} (${c.ref.source})`);
    if (folded.length > 0) notes.push({ key: "merge.note.folded", params: { unit: name, count: folded.length, olds: folded.join("; ") } });
    return { name, values, from: list.map((c) => c.ref), folded };
  });
  return { measures, units, findings, notes };
}
