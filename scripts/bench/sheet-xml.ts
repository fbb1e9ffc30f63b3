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

/** Median ms of `runs` runs (after one untimed), garbage collected before each. */
function medianMs(fn: () => void, runs: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

export const sheetXmlFamily: Family = {
  name: "sheetxml",
  method: [
    "sheetxml: the command line's reader on a 50,000-unit workbook written by exceljs; median of 7 runs after one",
    "  untimed, gc() between: load = XlsxWorkbook + checkAll (zip, workbook, strings, styles, sheet → cells);",
    "  sheet = readSheetXml on the unpacked sheet text; scan = scanXml with a handler that keeps nothing.",
  ],
  async run(scale) {
    const units = scale.units(50000);
    const bytes = await workbookBytes(units);
    const parts = new PackageParts(bytes);
    const index = readWorkbookIndex(parts)!;
    const xml = parts.text(index.sheets[0].part!)!;
    const strings = readSharedStrings(parts.text(index.sharedStrings!)!);
    const mb = Buffer.byteLength(xml) / 1e6;
    const loadMs = medianMs(() => new XlsxWorkbook(bytes).checkAll(), RUNS);
    const sheetMs = medianMs(() => void readSheetXml("Tiến độ", xml, { sharedStrings: strings, formats: [], date1904: false }), RUNS);
    const scanMs = medianMs(() => scanXml(xml, { open() {}, close() {}, wantsText: false }), RUNS);
    const label = `${units.toLocaleString("en")} units, ${round(mb)} MB of sheet XML`;
    const figure = (key: string, what: string, value: number, unit: Figure["unit"], note: string): Figure => ({ key, label: `${what}, ${label}`, value, unit, note, command: command("sheetxml") });
    return [
      figure("sheetxml_load_ms_50000", "reader load (zip → cells)", round(loadMs), "ms", `median of ${RUNS}; load budget ≤ 350 ms`),
      figure("sheetxml_sheet_mb_per_s", "sheet XML → cells", round(mb / (sheetMs / 1000)), "MB/s", `median ${round(sheetMs)} ms`),
      figure("sheetxml_scan_mb_per_s", "XML scan alone", round(mb / (scanMs / 1000)), "MB/s", `median ${round(scanMs)} ms`),
    ];
  },
};
