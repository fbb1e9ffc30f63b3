// A seeded corpus of quota tables as offices write them: generateCase(seed, i) builds the i-th sheet and what a
// clerk reads from it. Same seed, same corpus. Run `npx tsx scripts/corpus/score.ts` to see how the reader does.
import type { CorpusCase, ExpectedFigures, ExpectedMeasure } from "./case-types";
import { makeRng, Rng } from "./prng";
import { ALLOCATION_LAYOUTS, PROGRESS_LAYOUTS } from "./layouts";
import { countCell, NUMBER_STYLES, RATE_STYLES, rateCell, halfUp } from "./figures";
import { drawFigures, TableFigures } from "./figures-plan";
import type { ColumnKind } from "./plan";
import { titleBlock } from "./titles";
import { fittingTotals, unitNames, UNIT_HEADINGS } from "./units";
import { INDEX_HEADERS, MEASURE_UNIT_LINES, TOTAL_LABELS } from "./wordings";
import { SheetDraft } from "./sheet";
import { SPOILS, Spoil, spoilName, stripDiacritics } from "./spoil";
import { writeHeader } from "./write-header";
import { notesUnder } from "./notes";

const SHEET_NAMES: readonly string[] = ["Sheet1", "Tien do", "Giao chỉ tiêu", "Tổng hợp", "Bao cao", "CCCD"];
const SCALE = { commune: 1500, district: 20000, police: 1500, quarter: 200, hamlet: 200, team: 300 } as const;

function pickSpoil(rng: Rng): Spoil {
  return rng.weighted(SPOILS.map((s) => [s, s === "clean" ? 4 : 1] as const));
}

export function generateCase(seed: number, index: number): CorpusCase {
  const rng = makeRng(seed).fork(`case-${index}`);
  const allocation = rng.chance(0.25);
  const features: string[] = [allocation ? "kind:allocation" : "kind:progress"];
  const plan = rng.pick<(r: Rng) => ReturnType<(typeof PROGRESS_LAYOUTS)[number]>>(allocation ? ALLOCATION_LAYOUTS : PROGRESS_LAYOUTS)(rng.fork("layout"));
  features.push(...plan.features, `header:${plan.depth} row${plan.depth > 1 ? "s" : ""}`);

  const spoil = pickSpoil(rng);
  features.push(`spoil:${spoil}`);
  const heading = rng.pick(UNIT_HEADINGS);
  features.push(heading.family);
  const prefixed = rng.chance(0.6);
  features.push(prefixed ? "names:with prefix" : "names:place only");
  const unitCount = rng.int(3, 20);
  const names = unitNames(rng.fork("names"), heading.names, unitCount, prefixed).map((n) => spoilName(n, spoil));

  const title = titleBlock(rng.fork("title"), allocation, plan.subject);
  features.push(...title.features);
  const figures = drawFigures(rng.fork("figures"), plan, allocation, unitCount, SCALE[heading.names], title.facts.planDays);

  // Columns: index (mostly), unit, then the planned ones.
  const sheet = new SheetDraft();
  const hasIndex = rng.chance(0.9);
  const unitCol = hasIndex ? 2 : 1;
  const firstValueCol = unitCol + 1;
  const width = unitCol + plan.columns.length;
  let row = 1;
  const mergeTitles = rng.chance(0.7);
  for (const line of title.lines) {
    sheet.set(row, 1, spoil === "no-diacritics" ? stripDiacritics(line) : line);
    if (mergeTitles) sheet.merge(row, 1, row, width);
    row++;
  }
  if (title.lines.length > 0 && rng.chance(0.6)) row++;
  if (rng.chance(0.3)) {
    sheet.set(row, rng.chance(0.6) ? width : 1, rng.pick(MEASURE_UNIT_LINES));
    features.push("layout:unit-of-measure line");
    row++;
  }
  const headerTop = row;
  const fixed = [...(hasIndex ? [{ col: 1, text: rng.pick(INDEX_HEADERS) }] : []), { col: unitCol, text: heading.text }];
  writeHeader(sheet, headerTop, plan.depth, fixed, plan.columns, firstValueCol, spoil, rng.fork("header"));
  row = headerTop + plan.depth;
  if (rng.chance(0.25)) {
    const parens = rng.chance(0.5);
    for (let c = 1; c <= width; c++) sheet.set(row, c, parens ? `(${c})` : c);
    features.push("layout:column numbers row");
    row++;
  }
  if (!hasIndex) features.push("layout:no index column");

  const numberStyle = rng.weighted(NUMBER_STYLES.map((s) => [s, s === "number" ? 3 : 1] as const));
  features.push(`numbers:${numberStyle}`);
  const rateStyle = rng.pick(RATE_STYLES);
  if (plan.columns.some((c) => c.role === "rate")) features.push(`rates:${rateStyle}`);
  const valueOf = (f: TableFigures, role: ColumnKind): { value: number | string | null; format?: string } => {
    if (role === "rate") return f.done === null ? { value: null } : rateCell(f.done, f.target as number, rateStyle) as { value: number | string; format: string };
    const n = f[role];
    return { value: n === null ? null : (countCell(n, numberStyle, rng) as number | string) };
  };
  const writeFigures = (r: number, perMeasure: TableFigures[]) => {
    plan.columns.forEach((c, j) => {
      const { value, format } = valueOf(perMeasure[c.measure], c.role);
      sheet.set(r, firstValueCol + j, value, format);
    });
  };

  // The total row: sums; its remaining sums the units' (0 over target), its daily is the total ÷ days.
  const totalFigures: TableFigures[] = figures.map((perUnit) => {
    const sum = (k: "target" | "done" | "remaining" | "today") => (perUnit[0][k] === null ? null : perUnit.reduce((s, f) => s + (f[k] as number), 0));
    const target = sum("target") as number;
    return { target, done: sum("done"), remaining: sum("remaining"), today: sum("today"), daily: perUnit[0].daily === null ? null : halfUp(target / title.facts.planDays) };
  });
  const totalPlace = rng.weighted([["bottom", 5], ["top", 2], ["none", 1]] as const);
  features.push(`total:${totalPlace}`);
  const totalWording = rng.pick(TOTAL_LABELS.filter((t) => fittingTotals(heading.names)(t.text)));
  const totalLabel = spoil === "no-diacritics" ? stripDiacritics(totalWording.text) : totalWording.text;
  if (totalPlace !== "none") features.push(totalWording.family);
  const totalAcross = hasIndex && rng.chance(0.3);
  const writeTotal = () => {
    sheet.set(row, totalAcross ? 1 : unitCol, totalLabel);
    if (totalAcross) sheet.merge(row, 1, row, unitCol);
    writeFigures(row, totalFigures);
    row++;
  };
  if (totalPlace === "top") writeTotal();
  const blankAfter = rng.chance(0.2) ? rng.int(0, unitCount - 2) : -1;
  if (blankAfter >= 0) features.push("rows:blank row among units");
  names.forEach((name, u) => {
    if (hasIndex) sheet.set(row, 1, u + 1);
    sheet.set(row, unitCol, name);
    writeFigures(row, figures.map((perUnit) => perUnit[u]));
    row++;
    if (u === blankAfter) row++;
  });
  if (totalPlace === "bottom") writeTotal();
  const { note, signer } = notesUnder(rng.fork("notes"));
  if (note || signer) {
    features.push("rows:notes or signature under");
    row++;
    if (note) sheet.set(row++, 1, note);
    signer?.forEach((line) => sheet.set(row++, Math.max(1, width - 2), line));
  }

  const expected = (f: TableFigures): ExpectedFigures => ({ target: f.target, done: f.done, remaining: f.remaining, daily: f.daily });
  const measures: ExpectedMeasure[] = plan.measures.map((m, i) => ({ name: m.name, roles: m.roles.filter((r) => r !== "rate"), figures: figures[i].map(expected) }));
  return {
    id: `s${seed}-${index}`,
    grid: sheet.toGrid(rng.pick(SHEET_NAMES)),
    features,
    expect: {
      units: names,
      measures,
      totalRow: totalPlace === "none" ? null : totalLabel,
      days: title.facts.nominalDays ?? (title.facts.from !== null && title.facts.to !== null ? title.facts.to - title.facts.from + 1 : null),
      from: title.facts.from,
      to: title.facts.to,
      reportDate: title.facts.reportDate,
      allocation,
    },
  };
}

export function generateCorpus(seed: number, count: number): CorpusCase[] {
  return Array.from({ length: count }, (_, i) => generateCase(seed, i));
}
