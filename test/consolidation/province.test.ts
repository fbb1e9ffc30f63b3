// The province case, as a new user tried it: a plan of 160 communes with an empty result column and
// 160 one-row reports with the plan's own headings. Every commune stays itself (look-alike names included),
// every result lands on its commune, and an empty plan cell never wins over a report's figure.
import { consolidate } from "../../src/core/consolidation";
import { readQuotaTable } from "../../src/core/read";
import type { CellValue, QuotaTable } from "../../src/core/types";
import { LOOK_ALIKE_PAIRS, rng } from "../../scripts/corpus/consolidation-corpus";

const FIRST = ["An", "Tân", "Bình", "Minh", "Quang", "Hòa", "Phú", "Đại", "Kim", "Thanh", "Hưng", "Quốc", "Nam", "Đông", "Yên", "Lê", "Vĩnh", "Hồng"];
const SECOND = ["Phong", "Tiến", "Lợi", "Sơn", "Tuấn", "Cương", "Thịnh", "Lộc", "Hải", "Xuân", "Trung", "Nghĩa", "Thủy", "Khoa", "Lâm", "Khánh", "Thành", "Thái"];
const HEAD: CellValue[] = ["STT", "Tên đơn vị", "Chỉ tiêu", "Đã thực hiện"];

function table(sheet: string, rows: CellValue[][]): QuotaTable {
  const r = readQuotaTable({ sheet, origin: { row: 1, col: 1 }, values: [["BẢNG THEO DÕI TIẾN ĐỘ"], [], HEAD, ...rows], merges: [], hiddenRows: [], hiddenCols: [] });
  if (!r.ok) throw new Error(`${sheet}: ${r.msg.key}`);
  return r.table;
}

test("160 communes, 160 one-row reports: 160 units, each with its own result, nothing to review", () => {
  const random = rng(160);
  const names = LOOK_ALIKE_PAIRS.flat();
  for (const a of FIRST) for (const b of SECOND) if (names.length < 160 && !names.includes(`${a} ${b}`)) names.push(`${a} ${b}`);
  const units = names.map((name) => ({ name, target: 100 + Math.floor(random() * 900), done: Math.floor(random() * 100) }));
  expect(names).toEqual(expect.arrayContaining(["Bình Lâm", "Vĩnh Lâm", "Minh Phong", "Bình Phong", "Thanh Khánh", "Thanh Thành"]));
  const plan = table("Kế hoạch", units.map((u, i) => [i + 1, `Xã ${u.name}`, u.target, null]));
  const reports = units.map((u, i) => ({ label: `xa-${i + 1}.xlsx`, table: table("Báo cáo", [[1, `Xã ${u.name}`, u.target, u.done]]) }));
  const c = consolidate(reports, { plan: { label: "ke-hoach.xlsx", table: plan } });
  const id = c.measures[0].id;
  expect(c.units.map((u) => [u.name, u.values[id].target, u.values[id].done, u.sent])).toEqual(units.map((u) => [`Xã ${u.name}`, u.target, u.done, true]));
  expect(c.findings.filter((f) => f.review)).toEqual([]);
});
