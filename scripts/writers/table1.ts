// The domain's table 1 (a 90-day campaign from 01/8/2024 to 30/10/2024) as a progress book of two day sheets
// ("14-9", "15-9"): what every writer of scripts/writers is given, and what a test expects back. Plain numbers,
// no formulas: some writers (openpyxl, XlsxWriter) store no cached results.
export interface Table1Sheet {
  name: string;
  rows: (string | number | null)[][];
}

export const TABLE1_UNITS = ["Quyết Thắng", "Tân Phong", "Quyết Tiến", "Đoàn Kết", "Sùng Phài", "Đông Phong", "San Thàng"];
export const TABLE1_OVER_14 = [16, 162, 48, 117, 101, 82, 83];
export const TABLE1_UNDER_14 = [481, 3741, 1246, 1990, 1384, 2431, 1294];
export const TABLE1_DAILY = [6, 43, 14, 23, 17, 28, 15];
/** Cumulative results on the two data days. */
export const TABLE1_DONE: Record<"14-9" | "15-9", number[]> = {
  "14-9": [290, 1610, 690, 1000, 555, 1370, 1350],
  "15-9": [300, 1650, 700, 1020, 560, 1400, 1390],
};

export const table1Target = (i: number) => TABLE1_OVER_14[i] + TABLE1_UNDER_14[i];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function daySheet(day: "14-9" | "15-9"): Table1Sheet {
  const done = TABLE1_DONE[day];
  const targets = TABLE1_UNITS.map((_, i) => table1Target(i));
  return {
    name: day,
    rows: [
      ["CÔNG AN HUYỆN TAM ĐƯỜNG"],
      ["TIẾN ĐỘ THU NHẬN HỒ SƠ CẤP CCCD - CAO ĐIỂM 90 NGÀY ĐÊM (từ 01/8/2024 đến 30/10/2024)"],
      [`Số liệu đến hết ngày ${day.replace("-", "/")}/2024`],
      [],
      ["STT", "Đơn vị", "Trên 14 tuổi", "Dưới 14 tuổi", "Tổng chỉ tiêu", "Chỉ tiêu TB 01 ngày", "Đã thu nhận"],
      ...TABLE1_UNITS.map((u, i) => [i + 1, u, TABLE1_OVER_14[i], TABLE1_UNDER_14[i], targets[i], TABLE1_DAILY[i], done[i]]),
      [null, "Tổng", sum(TABLE1_OVER_14), sum(TABLE1_UNDER_14), sum(targets), 146, sum(done)],
    ],
  };
}

export const TABLE1_SHEETS: Table1Sheet[] = [daySheet("14-9"), daySheet("15-9")];
