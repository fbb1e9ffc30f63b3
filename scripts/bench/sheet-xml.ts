// The command line's workbook reader alone, on the bench's 50,000-unit workbook as exceljs writes it: the whole
// load (zip, workbook, shared strings, styles, sheet → cells), the sheet part read into cells, and the XML scan
// with a handler that keeps nothing; the last two as MB/s of sheet XML, the figure a hand-written scanner is
// judged by (150+ MB/s on one core).
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/cli/formats/xlsx-workbook";
import { PackageParts } from "../../src/cli/formats/package-parts";
import { readWorkbookIndex } from "../../src/cli/formats/workbook-index";
import { readSharedStrings } from "../../src/cli/formats/shared-strings";
import { readSheetXml } from "../../src/cli/formats/sheet-stream";
import { scanXml } from "../../src/cli/formats/xml-scan";
import { collectGarbage, command, median, round, type Family, type Figure } from "./figure";
import { quotaRows } from "./quota-grid";

const RUNS = 7;

async function workbookBytes(units: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tiến độ");
  for (const row of quotaRows(units)) ws.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Median wall and CPU ms of `runs` runs (after one untimed), garbage collected before each. */
function medianMs(fn: () => void, runs: number): { wall: number; cpu: number } {
  fn();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const start = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    fn();
    const used = process.cpuUsage(cpu);
    walls.push(Number(process.hrtime.bigint() - start) / 1e6);
    cpus.push((used.user + used.system) / 1000);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

/** The floor under any scan: one pass finding every "<" and reading the character after it. */
function floorPass(xml: string): number {
  let sum = 0;
  for (let i = xml.indexOf("<"); i >= 0; i = xml.indexOf("<", i + 1)) sum += xml.charCodeAt(i + 1);
  return sum;
}

export const sheetXmlFamily: Family = {
  name: "sheetxml",
  method: [
    "sheetxml: the command line's reader on a 50,000-unit workbook written by exceljs; median of 7 runs after one",
    "  untimed, gc() between: load = XlsxWorkbook + checkAll (zip, workbook, strings, styles, sheet → cells);",
    "  sheet = readSheetXml on the unpacked sheet text; scan = scanXml with a handler that keeps nothing;",
    "  floor = one indexOf pass over the same text's \"<\"s (the scan's ratio to it holds on a busy machine).",
  ],
  async run(scale) {
    const units = scale.units(50000);
    const bytes = await workbookBytes(units);
    const parts = new PackageParts(bytes);
    const index = readWorkbookIndex(parts)!;
    const xml = parts.text(index.sheets[0].part!)!;
    const strings = readSharedStrings(parts.text(index.sharedStrings!)!);
    const mb = Buffer.byteLength(xml) / 1e6;
    const load = medianMs(() => new XlsxWorkbook(bytes).checkAll(), RUNS);
    const sheet = medianMs(() => void readSheetXml("Tiến độ", xml, { sharedStrings: strings, formats: [], date1904: false }), RUNS);
    const scan = medianMs(() => scanXml(xml, { open() {}, close() {}, wantsText: false }), RUNS);
    const floor = medianMs(() => void floorPass(xml), RUNS);
    const label = `${units.toLocaleString("en")} units, ${round(mb)} MB of sheet XML`;
    const figure = (key: string, what: string, value: number, unit: Figure["unit"], note: string): Figure => ({ key, label: `${what}, ${label}`, value, unit, note, command: command("sheetxml") });
    // A shared machine stretches wall time; CPU time and the ratio to the floor (same run) hold better.
    const rate = (t: { wall: number; cpu: number }) => `median ${round(t.wall)} ms wall, ${round(t.cpu)} ms CPU = ${round(mb / (t.cpu / 1000))} MB/s by CPU`;
    return [
      figure("sheetxml_load_ms_50000", "reader load (zip → cells)", round(load.wall), "ms", `median of ${RUNS}, ${round(load.cpu)} ms CPU; load budget ≤ 350 ms`),
      figure("sheetxml_sheet_mb_per_s", "sheet XML → cells", round(mb / (sheet.wall / 1000)), "MB/s", rate(sheet)),
      figure("sheetxml_scan_mb_per_s", "XML scan alone", round(mb / (scan.wall / 1000)), "MB/s", rate(scan)),
      figure("sheetxml_scan_vs_floor", "XML scan ÷ a bare pass over its \"<\"s", round(scan.cpu / floor.cpu, 1), "ratio", `floor ${round(floor.cpu)} ms CPU, same run`),
    ];
  },
};
