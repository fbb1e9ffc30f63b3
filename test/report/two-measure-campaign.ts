// A 30-day campaign with two measures (ID-card applications and level-2 e-identity activations), kept as one
// sheet per day ("1-9" … "30-9"), built by this script with seeded figures. The figures a clerk checks in the
// weekly and phase reports are computed here from how the campaign was made, independently of the product.
import ExcelJS from "exceljs";
import { makeRng } from "../../scripts/corpus/prng";

export const DAYS = 30;

export interface PlannedUnit {
  name: string;
  /** Targets of the two measures for the whole campaign. */
  targets: [number, number];
  /** cumulative[m][d]: cumulative results of measure m at the end of day d (index 0 = 0). */
  cumulative: [number[], number[]];
}

const NAMES = ["Xã An Bình", "Xã Tân Phong", "Xã Sùng Phài", "Thị trấn Tam Đường", "Phường Đoàn Kết", "Xã Bản Bo", "Xã Nà Tăm"];

export function planTwoMeasures(seed = 2109): PlannedUnit[] {
  const rnd = makeRng(seed).next;
  return NAMES.map((name) => {
    // Targets that do not divide by 30, so the period's share has a fraction to round (e.g. 149,33).
    const targets: [number, number] = [400 + Math.floor(rnd() * 1700), 300 + Math.floor(rnd() * 1200)];
    const cumulative = targets.map((target) => {
      const pace = 0.6 + rnd() * 0.7;
      const c = [0];
      for (let d = 1; d <= DAYS; d++) c.push(c[d - 1] + Math.round(((target * pace) / DAYS) * (0.4 + 1.2 * rnd())));
      return c;
    }) as [number[], number[]];
    return { name, targets, cumulative };
  });
}

/** The period's share of a target as the plan gives it: target × period days ÷ 30, in whole people (half up). */
export function periodTarget(target: number, from: number, to: number): number {
  return Math.floor((target * (to - from + 1)) / DAYS + 0.5);
}

export async function writeTwoMeasureWorkbook(file: string, units: PlannedUnit[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (let d = 1; d <= DAYS; d++) {
    const ws = wb.addWorksheet(`${d}-9`);
    ws.getCell("A1").value = "CÔNG AN HUYỆN TAM ĐƯỜNG";
    ws.getCell("A2").value = `BÁO CÁO KẾT QUẢ CẤP CĂN CƯỚC VÀ ĐỊNH DANH ĐIỆN TỬ NGÀY ${d}/9/2024`;
    ws.getCell("A3").value = "(Đợt cao điểm 30 ngày đêm, từ ngày 01/9/2024 đến ngày 30/9/2024)";
    ws.getRow(5).values = ["STT", "Đơn vị", "Thu nhận hồ sơ CCCD", null, "Kích hoạt ĐDĐT mức 2", null];
    ws.getRow(6).values = [null, null, "Chỉ tiêu", "Đã thực hiện", "Chỉ tiêu", "Đã kích hoạt"];
    ws.mergeCells("A5:A6");
    ws.mergeCells("B5:B6");
    ws.mergeCells("C5:D5");
    ws.mergeCells("E5:F5");
    units.forEach((u, i) => {
      ws.getRow(7 + i).values = [i + 1, u.name, u.targets[0], u.cumulative[0][d], u.targets[1], u.cumulative[1][d]];
    });
    const sum = (f: (u: PlannedUnit) => number) => units.reduce((s, u) => s + f(u), 0);
    ws.getRow(7 + units.length).values = [null, "Tổng cộng", sum((u) => u.targets[0]), sum((u) => u.cumulative[0][d]), sum((u) => u.targets[1]), sum((u) => u.cumulative[1][d])];
  }
  await wb.xlsx.writeFile(file);
}
