// The Office.js adapter over the stand-in Excel (test/excel/mock/): context.sync() calls per
// analyse + colour + report, and the bytes each sync would send, at 10 / 1,000 / 10,000 units.
import { analyseAndWrite } from "../../src/excel/actions";
import { capabilities } from "../../src/excel/requirements";
import type { MockExcel } from "../../test/excel/mock/workbook";
import type { SourceSheet } from "../../test/excel/mock/source";
import type { RecordedRange } from "../../test/excel/mock/record";
import { command, type Family, type Figure } from "./figure";
import { benchCampaign, quotaRows } from "./quota-grid";

const SIZES = [10, 1000, 10000];
const LIMIT_BYTES = 5 * 1024 * 1024;

/** The stand-in Excel lives with the tests; loaded when the family runs. */
function loadMock(): (src: SourceSheet) => MockExcel {
  return (require("../../test/excel/mock/workbook") as typeof import("../../test/excel/mock/workbook")).mockExcel;
}

const bytes = (x: unknown) => (x === undefined ? 0 : Buffer.byteLength(JSON.stringify(x), "utf8"));

function sourceSheet(units: number): SourceSheet {
  const values = quotaRows(units).map((r) => Array.from({ length: 12 }, (_, i) => (r[i] ?? null) as string | number | null));
  return { name: "Tiến độ", origin: { row: 1, col: 1 }, values };
}

/** The read's response: what Excel sends back for values, valueTypes and numberFormat of the used range. */
function responseBytes(src: SourceSheet): number {
  const values = src.values.map((r) => r.map((v) => (v === null ? "" : v)));
  const types = src.values.map((r) => r.map((v) => (v === null ? "Empty" : typeof v === "number" ? "Double" : "String")));
  return bytes(values) + bytes(types) + bytes(src.values.map((r) => r.map(() => "General")));
}

async function measure(mockExcel: (src: SourceSheet) => MockExcel, units: number) {
  const src = sourceSheet(units);
  const m = mockExcel(src);
  (globalThis as { Excel?: unknown }).Excel = m.excel;
  const counted = new Set<RecordedRange>();
  const perSync: number[] = [];
  const realSync = m.context.sync;
  // Before each sync: the 2-D arrays queued since the previous one (new ranges on any sheet).
  m.context.sync = async () => {
    let sent = 0;
    for (const range of [...m.source.ranges, ...m.added.flatMap((s) => s.ranges)]) {
      if (counted.has(range)) continue;
      counted.add(range);
      sent += bytes(range.formulas) + bytes(range.numberFormat) + bytes((range as { values?: unknown }).values);
    }
    perSync.push(sent);
    return realSync();
  };
  const { campaign, asOf } = benchCampaign();
  const result = await analyseAndWrite(
    { source: "used", campaign, asOf, lang: "vi", colour: true, report: true, now: new Date(2024, 7, 20, 7, 30) },
    capabilities(() => true),
  );
  if (!result.ok) throw new Error(`analyse at ${units} units failed: ${result.msg.key}`);
  if (result.analysis.units.length !== units) throw new Error(`analyse read ${result.analysis.units.length} of ${units} units`);
  return { syncs: m.syncCount(), perSync, response: responseBytes(src), responses: m.responses() };
}

export const officeFamily: Family = {
  name: "office",
  method: [
    "office: analyseAndWrite (read, analyse, colour the lagging units, write the report sheet) against the stand-in Excel",
    "  (test/excel/mock/, which fails a sync over Excel's limits) with every capability on; syncs = context.sync()",
    "  calls. Request bytes: before each sync, the UTF-8 JSON size of the formulas/numberFormat/values 2-D arrays queued",
    "  on ranges since the previous sync (format properties, rules and the chart are a few hundred bytes more, not",
    "  counted). Responses: the JSON of what each sync loads (the read comes in row slices under a 4 MiB budget); the",
    "  used range's values + value types + number formats in one response is shown for comparison. Excel on the web",
    "  refuses a request or response over 5 MB.",
  ],
  async run(scale) {
    const mockExcel = loadMock();
    const figures: Figure[] = [];
    const syncs: number[] = [];
    for (const size of SIZES) {
      const units = scale.units(size);
      const r = await measure(mockExcel, units);
      syncs.push(r.syncs);
      const largest = Math.max(...r.perSync);
      figures.push({
        key: `syncs_${size}`,
        label: `Office.js syncs, analyse + colour + report, ${units.toLocaleString("en")} units`,
        value: r.syncs,
        unit: "count",
        note: `request bytes per sync: ${r.perSync.map((b) => b.toLocaleString("en")).join(" / ")}`,
        command: command("office"),
      });
      figures.push({
        key: `max_request_bytes_${size}`,
        label: `  largest request, ${units.toLocaleString("en")} units`,
        value: largest,
        unit: "bytes",
        note: size === 10000 ? `goal ≤ 5 MB: ${largest <= LIMIT_BYTES ? "met" : "NOT met"}` : "",
        command: command("office"),
      });
      const largestResponse = Math.max(...r.responses);
      figures.push({
        key: `max_response_bytes_${size}`,
        label: `  largest response, ${units.toLocaleString("en")} units`,
        value: largestResponse,
        unit: "bytes",
        note: `${largestResponse > LIMIT_BYTES ? "over 5 MB: Excel on the web would refuse it" : "under 5 MB"}; the used range in one response would be ${r.response.toLocaleString("en")} bytes`,
        command: command("office"),
      });
    }
    figures.push({
      key: "syncs_constant",
      label: "  syncs the same at every size",
      value: syncs.every((s) => s === syncs[0]) ? 1 : 0,
      unit: "count",
      note: `1 = yes (goal); ${syncs.join(" / ")}`,
      command: command("office"),
    });
    return figures;
  },
};
