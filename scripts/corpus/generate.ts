// A seeded corpus of quota tables as offices write them: generateCase(seed, i) builds the i-th sheet and what a
// clerk reads from it. Same seed, same corpus. Run `npx tsx scripts/corpus/score.ts` to see how the reader does.
import type { CorpusCase, ExpectedMeasure } from "./case-types";
import { makeRng, Rng } from "./prng";
import { ALLOCATION_LAYOUTS, PROGRESS_LAYOUTS } from "./layouts";
import { breakOneResult, drawFigures, expectedOf } from "./figures-plan";
import type { TablePlan } from "./plan";
import { titleBlock } from "./titles";
import { unitNames } from "./units";
import { INDEX_HEADERS, MEASURE_UNIT_LINES } from "./wordings";
import { Lexicon, MAIN } from "./lexicon";
import { SheetDraft } from "./sheet";
import { SPOILS, Spoil, spoilName, stripDiacritics } from "./spoil";
import { writeHeader } from "./write-header";
import { writeBody } from "./write-body";
import { addHiddenColumn } from "./hidden-column";
import { addReferenceColumn } from "./reference-column";

type Layout = (rng: Rng, lex: Lexicon) => TablePlan;

const SHEET_NAMES: readonly string[] = ["Sheet1", "Tien do", "Giao chỉ tiêu", "Tổng hợp", "Bao cao", "CCCD"];
const SCALE = { commune: 1500, district: 20000, police: 1500, quarter: 200, hamlet: 200, team: 300 } as const;

function pickSpoil(rng: Rng): Spoil {
  return rng.weighted(SPOILS.map((s) => [s, s === "clean" ? 4 : 1] as const));
}

export function generateCase(seed: number, index: number, lex: Lexicon = MAIN): CorpusCase {
  const rng = makeRng(seed).fork(`case-${index}`);
  const allocation = rng.chance(0.25);
  const features: string[] = [allocation ? "kind:allocation" : "kind:progress"];
  const plan = rng.pick<Layout>(allocation ? ALLOCATION_LAYOUTS : PROGRESS_LAYOUTS)(rng.fork("layout"), lex);
  features.push(...plan.features, `header:${plan.depth} row${plan.depth > 1 ? "s" : ""}`);

  const spoil = pickSpoil(rng);
  features.push(`spoil:${spoil}`);
  const heading = rng.pick(lex.unitHeadings);
  features.push(heading.family);
  const prefixed = rng.chance(0.6);
  features.push(prefixed ? "names:with prefix" : "names:place only");
  const unitCount = rng.int(3, 20);
  const names = unitNames(rng.fork("names"), heading.names, unitCount, prefixed).map((n) => spoilName(n, spoil));

  const title = titleBlock(rng.fork("title"), allocation, plan.subject, lex.titles);
  features.push(...title.features);
  const figures = drawFigures(rng.fork("figures"), plan, allocation, unitCount, SCALE[heading.names], title.facts.planDays);
  const mustWarn = breakOneResult(rng.fork("slips"), plan, figures);
  if (mustWarn) features.push("cells:#REF! in a result");

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

  const written = writeBody(sheet, row, { plan, figures, names, nameKind: heading.names, totals: lex.totals, hasIndex, unitCol, width, planDays: title.facts.planDays, spoil }, rng);
  features.push(...written.features);
  // A reference column (population, households, a typed norm) beside a progress table's figures: no measure.
  let lastCol = width;
  if (!allocation && rng.fork("reference").chance(0.2)) {
    const firstTargets = figures[0].map((f) => f.target ?? f.done ?? 100);
    features.push(addReferenceColumn(sheet, rng.fork("reference column"), lex === MAIN ? "main" : "held-out", { lastCol, headerTop, depth: plan.depth, unitRows: written.unitRows, totalRow: written.totalRow, targets: firstTargets }));
    lastCol++;
  }
  if (rng.fork("hidden").chance(0.1)) {
    addHiddenColumn(sheet, rng.fork("hidden column"), { lastCol, headerTop, depth: plan.depth, unitRows: written.unitRows, totalRow: written.totalRow });
    features.push("layout:hidden column");
  }

  const measures: ExpectedMeasure[] = plan.measures.map((m, i) => ({ name: m.name, roles: m.roles.filter((r) => r !== "rate"), figures: figures[i].map(expectedOf) }));
  return {
    id: `${lex === MAIN ? "" : "h"}s${seed}-${index}`,
    grid: sheet.toGrid(rng.pick(SHEET_NAMES)),
    layout: {
      unitCol,
      unitRows: written.unitRows,
      totalRow: written.totalRow,
      columns: plan.measures.map((_, i) => Object.fromEntries(plan.columns.flatMap((c, j) => (c.measure === i && c.role !== "today" ? [[c.role, firstValueCol + j]] : [])))),
    },
    features,
    expect: {
      units: names,
      measures,
      totalRow: written.totalLabel,
      days: title.facts.nominalDays ?? (title.facts.from !== null && title.facts.to !== null ? title.facts.to - title.facts.from + 1 : null),
      from: title.facts.from,
      to: title.facts.to,
      reportDate: title.facts.reportDate,
      allocation,
      mustWarn,
    },
  };
}

export function generateCorpus(seed: number, count: number, lex: Lexicon = MAIN): CorpusCase[] {
  return Array.from({ length: count }, (_, i) => generateCase(seed, i, lex));
}
