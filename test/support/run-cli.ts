// Runs the command line in-process, as `quota-report …` would, and captures what it prints.
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { expectNoNewProblems } from "./package-lint";

/** The workbooks in the output's folder and when each was written: the copy may take a " (2)" name. */
function workbooksIn(dir: string | null): Map<string, number> {
  const out = new Map<string, number>();
  if (!dir || !fs.existsSync(dir)) return out;
  for (const name of fs.readdirSync(dir)) if (/\.xls[xm]$/i.test(name)) out.set(name, fs.statSync(path.join(dir, name)).mtimeMs);
  return out;
}

/** Opened only when a regular file: a named pipe given as an input would block the test for ever. */
function isZip(file: string): boolean {
  if (!fs.statSync(file).isFile()) return false;
  const fd = fs.openSync(file, "r");
  try {
    const head = Buffer.alloc(4);
    return fs.readSync(fd, head, 0, 4, 0) === 4 && head.readUInt32LE(0) === 0x04034b50;
  } finally {
    fs.closeSync(fd);
  }
}

function outputFolder(args: string[]): string | null {
  const i = args.findIndex((a) => a === "-o" || a === "--out");
  return i >= 0 && args[i + 1] ? path.dirname(path.resolve(args[i + 1])) : null;
}

/**
 * Runs the command; every workbook it wrote (new or rewritten in the output's folder) must pass the package
 * linter, so no test of the command line can pass on a copy Excel would refuse. A problem an .xlsx input already
 * has (a damaged sheet the copy keeps byte for byte) is the input's, not the copy's.
 */
export async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const folder = outputFolder(args);
  const before = workbooksIn(folder);
  const result = await runCliUnchecked(args);
  // The inputs' own problems (a damaged sheet the copy keeps as it was) are not the copy's.
  const inputs = args.filter((a) => /\.xls[xm]$/i.test(a) && fs.existsSync(a) && isZip(a));
  for (const [name, written] of workbooksIn(folder)) {
    const file = path.join(folder as string, name);
    if (before.get(name) !== written && !inputs.some((i) => path.resolve(i) === file)) await expectNoNewProblems(file, inputs);
  }
  return result;
}

/** The command alone, its printing captured. */
async function runCliUnchecked(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out = jest.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => ((stdout += String(s)), true));
  const err = jest.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => ((stderr += String(s)), true));
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

export const SAMPLE = path.resolve(__dirname, "../../assets/sample/tien-do-cao-diem.xlsx");

export { tempDir } from "./temp-dirs";

export async function openXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every cell of a sheet: address → value as exceljs reads it (formulas with their results). */
export function sheetValues(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      out[cell.address] = cell.value;
    }));
  return out;
}

/** A small quota workbook whose unit names look like formulas (the injection cases). */
export async function writeInjectionWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách");
  ws.getCell("A1").value = "TIẾN ĐỘ THU NHẬN HỒ SƠ, cao điểm từ 21/8/2024 đến 29/8/2024";
  ws.getRow(3).values = ["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"];
  const units: [string, number, number][] = [["=1+1", 900, 400], ["+84 912 345 678", 800, 100], ["@SUM(A1)", 700, 350], ["Xã An Hòa", 600, 600]];
  units.forEach(([name, target, done], i) => (ws.getRow(4 + i).values = [i + 1, name, target, done]));
  ws.getRow(8).values = [null, "Tổng", 3000, 1450];
  await wb.xlsx.writeFile(file);
}
