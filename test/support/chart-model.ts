// A small report model with a bar chart, a burn-up line chart and a table over a history list, built by hand so
// tests know what every cell and chart holds.
import type { ReportCell, ReportModel } from "../../src/core/report/model";

const UNITS: [string, number][] = [["Xã An Bình", 0.92], ["Xã An Phú", 0.41], ["Phường Bắc Hà", 0.75], ["Thị trấn Chợ Chu", 0.18]];
/** A burn-up over five days: cumulative done, the expected straight line to the target, the target. */
export const TARGET = 1000;
export const DONE = [120, 260, 330, 480, 610];
const DAY0 = 45536; // 01/09/2024

export function chartModel(): ReportModel {
  const cells: ReportCell[] = [
    { row: 1, col: 1, kind: "text", value: "BIỂU ĐỒ TIẾN ĐỘ", style: "title" },
    { row: 3, col: 1, kind: "text", value: "Đơn vị", style: "head" },
    { row: 3, col: 2, kind: "text", value: "Tỷ lệ đạt", style: "head" },
  ];
  UNITS.forEach(([name, rate], i) => {
    cells.push({ row: 4 + i, col: 1, kind: "text", value: name });
    cells.push({ row: 4 + i, col: 2, kind: "number", value: rate, style: "percent" });
  });
  const top = 10;
  ["Ngày", "Lũy kế", "Dự kiến", "Chỉ tiêu"].forEach((h, j) => cells.push({ row: top, col: 1 + j, kind: "text", value: h, style: "head" }));
  DONE.forEach((done, i) => {
    const r = top + 1 + i;
    cells.push({ row: r, col: 1, kind: "date", value: DAY0 + i, style: "date" });
    cells.push({ row: r, col: 2, kind: "number", value: done });
    cells.push({ row: r, col: 3, kind: "formula", formula: `ROUND(D${r}*${i + 1}/10,0)`, value: Math.round((TARGET * (i + 1)) / 10) });
    cells.push({ row: r, col: 4, kind: "number", value: TARGET });
  });
  const last = top + DONE.length;
  return {
    sheetName: "Biểu đồ",
    cells,
    styles: { title: { bold: true, fontSize: 14 }, head: { bold: true, border: true, fill: "#DDEBF7" }, percent: { numFmt: "0%" }, date: { numFmt: "dd/mm/yyyy" } },
    merges: [],
    columnWidths: [{ col: 1, width: 18 }, { col: 2, width: 12 }, { col: 3, width: 12 }, { col: 4, width: 12 }],
    rowHeights: [],
    rules: [],
    freeze: { rows: 0, cols: 0 },
    print: { paperSize: "A4", orientation: "portrait", fitToWidth: 1, repeatRows: null, printArea: { top: 1, left: 1, bottom: 60, right: 12 },
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5 }, centerHorizontally: false },
    charts: [
      { kind: "bar", title: "Tỷ lệ đạt theo đơn vị", categories: { top: 4, left: 1, bottom: 7, right: 1 }, values: { top: 4, left: 2, bottom: 7, right: 2 },
        anchor: { top: 18, left: 1, bottom: 36, right: 6 } },
      { kind: "line", title: "Lũy kế so với dự kiến", categories: { top: top + 1, left: 1, bottom: last, right: 1 }, values: { top: top + 1, left: 2, bottom: last, right: 2 },
        series: [
          { name: "Lũy kế", values: { top: top + 1, left: 2, bottom: last, right: 2 } },
          { name: "Dự kiến", values: { top: top + 1, left: 3, bottom: last, right: 3 }, dashed: true },
          { name: "Chỉ tiêu", values: { top: top + 1, left: 4, bottom: last, right: 4 }, color: "#C00000" },
        ],
        valueFormat: "#,##0", categoryFormat: "dd/mm", anchor: { top: 38, left: 1, bottom: 58, right: 6 } },
    ],
    table: { name: "Lịch sử tiến độ", ref: `A${top}:D${last}`, columns: ["Ngày", "Lũy kế", "Dự kiến", "Chỉ tiêu"] },
    font: { name: "Times New Roman", size: 12 },
    chatText: "",
  };
}
