// Nothing from a dependency reaches the clerk's terminal. An .ods saved by LibreOffice from a workbook whose
// figures have a three-part number format (positive; negative; zero) makes SheetJS print "ODS number format may
// be incorrect…" lines; the command line prints none of them, and says it once, in the clerk's words.
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { convert, describeWithSoffice } from "./soffice";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "quota-report.js");

const MAKE = `
import openpyxl, sys
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Tiến độ"
for r in [["TIẾN ĐỘ THU NHẬN HỒ SƠ CẤP CĂN CƯỚC"], [], ["STT", "Đơn vị", "Chỉ tiêu", "Đã thu nhận"],
          [1, "Quyết Thắng", 497, 300], [2, "Tân Phong", 3903, 2000], [3, "Quyết Tiến", 1294, 1000]]:
    ws.append(r)
for row in ws.iter_rows(min_row=4, min_col=3, max_col=4):
    for c in row:
        c.number_format = '#,##0;[Red]-#,##0;"-"'
wb.save(sys.argv[1])
`;

describeWithSoffice()("an .ods whose number formats SheetJS only approximates", () => {
  let ods: string;
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "quiet-"));
    const xlsx = path.join(dir, "tien-do.xlsx");
    execFileSync("/usr/bin/python3", ["-c", MAKE, xlsx]);
    convert(xlsx, "ods", dir);
    ods = path.join(dir, "tien-do.ods");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("SheetJS itself prints its warnings for this file (the case is one that chatters)", () => {
    const r = spawnSync(process.execPath, ["-e", `require("@e965/xlsx").read(require("fs").readFileSync(${JSON.stringify(ods)}))`], { cwd: ROOT, encoding: "utf8" });
    expect(r.stderr).toMatch(/ODS number format may be incorrect/);
  });

  test("quota-report prints nothing of it: the figures as built, and one note in Vietnamese", () => {
    const r = spawnSync(process.execPath, [BIN, "analyze", ods, "--json"], { cwd: ROOT, encoding: "utf8", timeout: 60000 });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { units: { name: string; values: Record<string, { target: number | null; done: number | null }> }[]; warnings: { code: string; message: string }[] };
    expect(out.units.map((u) => [u.name, Object.values(u.values)[0].target, Object.values(u.values)[0].done])).toEqual([
      ["Quyết Thắng", 497, 300], ["Tân Phong", 3903, 2000], ["Quyết Tiến", 1294, 1000],
    ]);
    const notes = out.warnings.filter((w) => w.code === "number-formats-approximate");
    expect(notes).toHaveLength(1);
    expect(notes[0].message).toMatch(/định dạng số/);
  });
});
