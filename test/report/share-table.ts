// One target share ("tối thiểu 30% hồ sơ đăng ký thường trú … trực tuyến", said in the title) over three units,
// for the picture and period-report tests; every expected figure is worked out by hand in those tests.
import { readQuotaTable } from "../../src/core/read";
import { analyzeTable } from "../../src/core/analyze";
import { makeCampaign } from "../../src/core/campaign";
import type { CellValue, Grid, TableAnalysis } from "../../src/core/types";

// [name, base, done] — the share asked is 30 % (the title).
export const SHARE_UNITS: [string, number, number][] = [["Xã Tân Phong", 40, 9], ["Xã Hòa Bình", 10, 3], ["Phường Đông Hưng", 100, 28]];

export function shareGrid(): Grid {
  const title = "Bảo đảm tối thiểu 30% hồ sơ đăng ký thường trú được tiếp nhận thông qua cổng dịch vụ công trực tuyến";
  const values: CellValue[][] = [
    [title], [],
    ["STT", "Đơn vị", "Đăng ký thường trú", null, null],
    [null, null, "Tổng số hồ sơ", "Hồ sơ trực tuyến", "Tỷ lệ (%)"],
    ...SHARE_UNITS.map(([name, base, done], i) => [i + 1, name, base, done, Math.round((done / base) * 1000) / 10]),
  ];
  const merges = [{ top: 3, left: 1, bottom: 4, right: 1 }, { top: 3, left: 2, bottom: 4, right: 2 }, { top: 3, left: 3, bottom: 3, right: 5 }];
  return { sheet: "Trực tuyến", origin: { row: 1, col: 1 }, values, merges, hiddenRows: [], hiddenCols: [] };
}

/** The table read and analysed on day 45550 (15/09/2024), no campaign dates (a share needs none). */
export function shareAnalysis(): TableAnalysis {
  const read = readQuotaTable(shareGrid());
  if (!read.ok) throw new Error(read.msg.key);
  return analyzeTable(read.table, makeCampaign(), 45550);
}
