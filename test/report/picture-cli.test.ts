// `quota-report report FILE --image PIC.png`: the pictures are written beside the copy (or alone), 1080 px
// wide, one file per part when the table is split, and no existing file is ever written over.
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { runCli, SAMPLE, tempDir } from "../support/run-cli";
import { generatedUnits } from "./picture-units";

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  expect(b.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

async function provinceWorkbook(file: string, count: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tiến độ");
  ws.getCell("A1").value = "BÁO CÁO TIẾN ĐỘ THU NHẬN HỒ SƠ CCCD, số liệu đến ngày 15/9/2024";
  ws.getCell("A2").value = "(Đợt cao điểm 90 ngày đêm, từ ngày 01/8/2024 đến ngày 30/10/2024)";
  ws.getRow(4).values = ["STT", "Đơn vị", "Chỉ tiêu", "Đã thực hiện"];
  generatedUnits(count, 7).forEach(([name, target, done], i) => (ws.getRow(5 + i).values = [i + 1, name, target, done]));
  await wb.xlsx.writeFile(file);
}

describe("report --image", () => {
  const dir = tempDir("quota-report-picture-");

  test("one picture for the 7-unit sample, 1080 px wide, with the copy; an existing picture is kept", async () => {
    const pic = path.join(dir, "anh.png");
    const out = path.join(dir, "bao-cao.xlsx");
    const first = await runCli(["report", SAMPLE, "-o", out, "--image", pic]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
    expect(pngSize(pic).width).toBe(1080);
    const before = fs.readFileSync(pic);
    const again = await runCli(["report", SAMPLE, "--image", pic]);
    expect(again.code).toBe(0);
    expect(fs.readFileSync(pic).equals(before)).toBe(true);
    expect(fs.existsSync(path.join(dir, "anh (2).png"))).toBe(true);
    expect(again.stdout).toContain("anh (2).png");
  }, 60000);

  test("a 160-unit table: PIC-1.png … PIC-N.png, each 1080 px wide and no taller than a phone screen", async () => {
    const book = path.join(dir, "tinh.xlsx");
    await provinceWorkbook(book, 160);
    const r = await runCli(["report", book, "--image", path.join(dir, "tinh.png")]);
    expect(r.stderr).toBe("");
    const files = fs.readdirSync(dir).filter((f) => /^tinh-\d+\.png$/.test(f));
    expect(files.length).toBeGreaterThan(1);
    expect(fs.existsSync(path.join(dir, "tinh.png"))).toBe(false);
    for (const f of files) {
      const size = pngSize(path.join(dir, f));
      expect(size.width).toBe(1080);
      expect(size.height).toBeLessThanOrEqual(2340);
    }
  }, 60000);

  test("a picture name that is not .png: one line saying what to write, nothing written", async () => {
    const r = await runCli(["report", SAMPLE, "--image", path.join(dir, "anh.jpg")]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(".png");
    expect(fs.existsSync(path.join(dir, "anh.jpg"))).toBe(false);
  });
});
