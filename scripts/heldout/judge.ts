// Judging one held-out case against an engine: read right, refused, wrong with a warning, or wrong silently.
// The engine is taken as loose objects so a branch that adds fields (or a hints reader) is judged as well.
import type { HeldoutCase } from "./build";
import { dayMonth, serial } from "./campaigns";

const day = (s: number | null | undefined) => {
  if (typeof s !== "number") return "nothing";
  const { d, m, y } = dayMonth(s);
  return `${d}/${m}/${y}`;
};

export interface Engine {
  readQuotaTable: (grid: any, mapping?: any) => any;
  detectCampaignHints: (grid: any, today?: number) => any;
  analyzeTable: (table: any, campaign: any, asOf: number) => any;
  makeCampaign: (partial: any) => any;
  /** Present on branches that read the data date from the sheet. */
  readCampaignHints?: (grid: any, today: number) => any;
}

export type Verdict = "right" | "refused" | "warned" | "silent";
export interface Problem {
  /** A short kind for counting ("role target→done", "units", "campaign days"…). */
  kind: string;
  text: string;
}
export interface Judgement {
  id: string;
  family: string;
  tags: string[];
  verdict: Verdict;
  /** The table alone (units and figures), leaving the campaign aside. */
  tableVerdict: Verdict;
  refusal?: string;
  /** The campaign facts the title states, read right or not, whether the table was read or not. */
  campaignProblems: Problem[];
  problems: Problem[];
  warnings: string[];
}

/** "Today" for every run, so a missing data date behaves the same on every machine. */
export const FIXED_TODAY = serial(20, 11, 2024);
/** Warnings about the plan itself, not about the reading: a "90 ngày đêm" plan over 91 calendar days. */
const NOT_ABOUT_READING = new Set(["campaign-nominalDiffers"]);

const clean = (s: unknown) => String(s ?? "").normalize("NFC").replace(/\s+/g, " ").trim();
const ROLES = ["target", "done", "remaining", "rate", "daily"] as const;

function sameFigure(role: string, read: unknown, want: number): boolean {
  if (typeof read !== "number" || !Number.isFinite(read)) return false;
  if (role !== "rate") return read === want;
  return [read, read * 100].some((r) => Math.abs(r - want) <= 0.51);
}

function tableProblems(c: HeldoutCase, table: any): Problem[] {
  const out: Problem[] = [];
  const e = c.expect;
  const label = (col: number | undefined) => (col === undefined ? "none" : `${colLetter(col)} "${clean(e.labels[col] ?? "?")}"`);
  const units: any[] = Array.isArray(table.units) ? table.units : [];
  const readNames = units.map((u) => clean(u.name));
  const wantNames = e.units.map(clean);
  const missing = wantNames.filter((n) => !readNames.includes(n));
  const extra = readNames.filter((n) => !wantNames.includes(n));
  if (missing.length || extra.length) {
    out.push({ kind: extra.length ? "units: extra rows read as units" : "units: units missing", text: `units: missing [${missing.slice(0, 3).join("; ")}] extra [${extra.slice(0, 3).join("; ")}]` });
  }
  const measures: any[] = Array.isArray(table.measures) ? table.measures : [];
  const wanted = new Set<string>();
  for (const m of e.measures) for (const r of ROLES) if (m.columns[r] !== undefined) wanted.add(`${m.columns[r]}:${r}`);
  for (const m of e.measures) {
    // The read measure is the one holding this measure's own defining column (done, or the target of an allocation).
    const key: "done" | "target" = m.columns.done !== undefined ? "done" : "target";
    const got = measures.find((x) => x.columns?.[key] === m.columns[key]);
    if (!got) {
      const as = measures.flatMap((x) => ROLES.filter((r) => x.columns?.[r] === m.columns[key]).map((r) => r));
      out.push({ kind: `role ${key}→${as[0] ?? "unread"}`, text: `${label(m.columns[key])}: wanted ${key}, read as ${as.join("/") || "nothing"}` });
      continue;
    }
    for (const r of ROLES) {
      const want = m.columns[r];
      if (want === undefined || got.columns?.[r] === want) continue;
      const elsewhere = measures.flatMap((x) => ROLES.filter((rr) => x.columns?.[rr] === want));
      const kind = elsewhere[0] === r ? `grouping: ${r} joined to another measure` : `role ${r}→${elsewhere[0] ?? "unread"}`;
      out.push({ kind, text: `${label(want)}: wanted ${r} of the measure of ${label(m.columns[key])}, read as ${elsewhere.join("/") || "nothing"} (that measure's ${r}: ${label(got.columns?.[r])})` });
    }
    for (const r of ROLES) {
      const want = m.figures[r];
      if (!want || got.columns?.[r] !== m.columns[r]) continue;
      const bad = e.units.map((name, i) => ({ name, i, u: units.find((u) => clean(u.name) === clean(name)) })).filter(({ i, u }) => u && !Number.isNaN(want[i]) && !sameFigure(r, u.values?.[got.id]?.[r], want[i]));
      if (bad.length) {
        const b = bad[0];
        out.push({ kind: `figures ${r}`, text: `${label(m.columns[r])}: ${bad.length} figure(s) wrong, e.g. ${b.name}: read ${JSON.stringify(b.u.values?.[got.id]?.[r])}, typed ${Math.round(want[b.i] * 100) / 100}` });
      }
    }
  }
  for (const x of measures) {
    const cols = ROLES.filter((r) => x.columns?.[r] !== undefined);
    for (const r of cols) {
      const col = x.columns[r];
      if (wanted.has(`${col}:${r}`)) continue;
      // A day's-result column read as a measure of its own with no target computes nothing wrong.
      if (e.ignoredCols.includes(col) && cols.length === 1 && r === "done") continue;
      out.push({ kind: `spurious ${r}`, text: `${label(col)} read as ${r} of "${clean(x.label)}"` });
    }
  }
  return out;
}

function colLetter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function campaignProblems(c: HeldoutCase, hints: any, dataDate: number | null): Problem[] {
  const out: Problem[] = [];
  const said = c.expect.campaign;
  const truth = c.expect.truth;
  const from = typeof hints.from === "number" ? hints.from : null;
  const to = typeof hints.to === "number" ? hints.to : null;
  const calendar = from !== null && to !== null ? to - from + 1 : null;
  const days = typeof hints.nominalDays === "number" ? hints.nominalDays : calendar;
  if (said.days !== undefined && days !== said.days) out.push({ kind: "campaign days", text: `days: title says ${said.days}, read ${days ?? "nothing"}` });
  else if (said.days === undefined && days !== null && days !== truth.days && days !== calendar) out.push({ kind: "campaign days", text: `days: read ${days}, plan has ${truth.days}` });
  if (said.from !== undefined && (from !== said.from || to !== said.to)) out.push({ kind: "campaign period", text: `period: title says ${day(said.from)}–${day(said.to)}, read ${day(from)}–${day(to)}` });
  // A period the title does not state may come from a header ("theo ngày từ 3/6 đến 25/6"): with no year on the
  // sheet, only its days and months can be asked for.
  else if (from !== null && !sameDayMonth(from, truth.from, to, truth.to)) out.push({ kind: "campaign period", text: `period: read ${day(from)}–${day(to)}, plan ${day(truth.from)}–${day(truth.to)}` });
  if (said.asOf !== undefined && dataDate !== said.asOf) out.push({ kind: "campaign as-of", text: `as-of: title says ${day(said.asOf)}, read ${dataDate === null ? "nothing (today used)" : day(dataDate)}` });
  // An allocation table has no data date; whatever is read as one does not change its figures.
  else if (said.asOf === undefined && dataDate !== null && dataDate !== c.expect.trueAsOf && !c.family.startsWith("allocation")) out.push({ kind: "campaign as-of", text: `as-of: read ${day(dataDate)}, data are of ${day(c.expect.trueAsOf)}` });
  return out;
}

function sameDayMonth(a: number, b: number, c: number | null, d: number): boolean {
  const [x, y, z, w] = [dayMonth(a), dayMonth(b), c === null ? null : dayMonth(c), dayMonth(d)];
  return x.d === y.d && x.m === y.m && z !== null && z.d === w.d && z.m === w.m;
}

function isWarning(f: any): boolean {
  return f && f.severity === "warning" && !NOT_ABOUT_READING.has(f.code);
}

export function judge(c: HeldoutCase, engine: Engine): Judgement {
  const hints = engine.detectCampaignHints(c.grid, FIXED_TODAY) ?? {};
  const full = engine.readCampaignHints ? engine.readCampaignHints(c.grid, FIXED_TODAY) : null;
  const dataDate: number | null = typeof full?.dataDate === "number" ? full.dataDate : typeof hints.asOf === "number" ? hints.asOf : null;
  const cp = campaignProblems(c, hints, dataDate);
  const base = { id: c.id, family: c.family, tags: c.tags, campaignProblems: cp, problems: [] as Problem[], warnings: [] as string[] };
  let res: any;
  try {
    res = engine.readQuotaTable(c.grid);
  } catch (err) {
    return { ...base, verdict: "silent", tableVerdict: "silent", problems: [{ kind: "crash", text: `reader threw: ${String(err).slice(0, 120)}` }] };
  }
  if (!res?.ok) return { ...base, verdict: "refused", tableVerdict: "refused", refusal: res?.msg?.key ?? "?" };
  const table = res.table;
  let analysis: any = null;
  try {
    analysis = engine.analyzeTable(table, engine.makeCampaign(hints), dataDate ?? FIXED_TODAY);
  } catch (err) {
    base.problems.push({ kind: "crash", text: `analyze threw: ${String(err).slice(0, 120)}` });
  }
  const findings = [...(table.warnings ?? []), ...(analysis?.warnings ?? []), ...(full?.notes ?? [])];
  const warnings = findings.filter(isWarning).map((f: any) => String(f.code));
  const tp = tableProblems(c, table);
  // A table read wrong is only "warned" by a warning about the table: "no dates found" tells nothing about a column.
  const aboutTable = warnings.filter((w) => !/^(campaign-|hint-|as-of)/.test(w));
  const verdictOf = (ps: Problem[], ws: string[]): Verdict => (ps.length === 0 ? "right" : ws.length ? "warned" : "silent");
  return { ...base, verdict: verdictOf([...base.problems, ...tp, ...cp], warnings), tableVerdict: verdictOf([...base.problems, ...tp], aboutTable), problems: [...base.problems, ...tp, ...cp], warnings: [...new Set(warnings)] };
}
