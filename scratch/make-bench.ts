import ExcelJS from "exceljs";
import { quotaRows } from "../scripts/bench/quota-grid";
(async () => {
  for (const n of [5000, 50000]) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Tiến độ");
    for (const row of quotaRows(n)) ws.addRow(row);
    await wb.xlsx.writeFile(`/tmp/bench-${n}.xlsx`);
  }
})();
