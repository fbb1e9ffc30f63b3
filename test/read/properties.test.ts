// Generated quota sheets, written in the many ways offices write them, read back to the same units and numbers.
import fc from "fast-check";
import { readQuotaTable } from "../../src/core/read";
import type { CellValue, Grid } from "../../src/core/types";

const UNIT_HEADERS = ["Đơn vị", "Don vi", "ĐƠN VỊ", "Pon vi", "Tên đơn vị", "Ten don vi", "Địa bàn", "  Đơn  vị "];
const TARGET_HEADERS = ["Chỉ tiêu", "Chi tieu", "Chi tiéu", "CHỈ TIÊU", "Chỉ tiêu giao", "Kế hoạch"];
const DONE_HEADERS = ["Đã thực hiện", "Da thuc hien", "Kết quả", "Ket qua", "Đã thu nhận", "Lũy kế đã thực hiện"];
const TOTAL_LABELS = ["Tổng", "Tổng cộng", "Cộng", "Toàn huyện", "Tong cong", "TỔNG CỘNG", "Toàn tỉnh", "Toàn thành phố"];
const PREFIXES = ["Xã ", "Phường ", "Thị trấn ", "Đặc khu ", ""];
const PLACES = ["An Bình", "Tân Phong", "Quyết Thắng", "Đoàn Kết", "Hồng Thái", "Kim Phượng", "Tông Lạnh", "Cộng Hòa", "Lê Lợi", "Bắc Sơn", "Nam Sơn", "Đồng Thái"];

type Style = "number" | "dots" | "spaces" | "padded";
function styled(n: number, style: Style): CellValue {
  const grouped = (sep: string) => String(n).replace(/\B(?=(\d{3})+$)/g, sep);
  if (style === "number") return n;
  if (style === "dots") return grouped(".");
  if (style === "spaces") return grouped(" ");
  return ` ${grouped(".")} `;
}

const sheetArb = fc.record({
  units: fc.uniqueArray(fc.record({ prefix: fc.constantFrom(...PREFIXES), place: fc.constantFrom(...PLACES) }), {
    minLength: 1, maxLength: 10, selector: (u) => u.place,
  }),
  figures: fc.array(fc.record({ target: fc.integer({ min: 0, max: 2_000_000 }), done: fc.integer({ min: 0, max: 2_000_000 }) }), { minLength: 10, maxLength: 10 }),
  unitHeader: fc.constantFrom(...UNIT_HEADERS),
  targetHeader: fc.constantFrom(...TARGET_HEADERS),
  doneHeader: fc.constantFrom(...DONE_HEADERS),
  totalLabel: fc.constantFrom(...TOTAL_LABELS),
  totalAtTop: fc.boolean(),
  withTotal: fc.boolean(),
  titleRows: fc.integer({ min: 0, max: 4 }),
  blankAfter: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
  styles: fc.array(fc.constantFrom<Style>("number", "dots", "spaces", "padded"), { minLength: 20, maxLength: 20 }),
  notesBelow: fc.boolean(),
  origin: fc.record({ row: fc.integer({ min: 1, max: 5 }), col: fc.integer({ min: 1, max: 4 }) }),
});

type Sheet = typeof sheetArb extends fc.Arbitrary<infer T> ? T : never;

function build(s: Sheet): { grid: Grid; expected: { name: string; row: number; target: number; done: number }[] } {
  const rows: CellValue[][] = [];
  for (let i = 0; i < s.titleRows; i++) rows.push([i === 0 ? "KẾ HOẠCH cao điểm 90 ngày đêm" : `Số: ${i}/KH`, null, null, null]);
  rows.push(["STT", s.unitHeader, s.targetHeader, s.doneHeader]);
  const absRow = () => s.origin.row + rows.length;
  const sums = s.units.reduce((acc, _u, i) => ({ t: acc.t + s.figures[i].target, d: acc.d + s.figures[i].done }), { t: 0, d: 0 });
  const totalRow: CellValue[] = [null, s.totalLabel, styled(sums.t, s.styles[18]), styled(sums.d, s.styles[19])];
  if (s.withTotal && s.totalAtTop) rows.push(totalRow);
  const expected: { name: string; row: number; target: number; done: number }[] = [];
  s.units.forEach((u, i) => {
    const name = u.prefix + u.place;
    expected.push({ name, row: absRow(), target: s.figures[i].target, done: s.figures[i].done });
    rows.push([i + 1, name, styled(s.figures[i].target, s.styles[2 * i]), styled(s.figures[i].done, s.styles[2 * i + 1])]);
    if (s.blankAfter[i]) rows.push([null, null, null, null]);
  });
  if (s.withTotal && !s.totalAtTop) rows.push(totalRow);
  if (s.notesBelow) rows.push([null, null, null, null], ["Ghi chú: số liệu đến 20/8/2024", null, null, null], [null, null, "NGƯỜI LẬP BIỂU", null], [null, null, "Trần Thị Bình", null]);
  return { grid: { sheet: "S", origin: s.origin, values: rows, merges: [], hiddenRows: [], hiddenCols: [] }, expected };
}

describe("reader properties", () => {
  it("reads back the same units, rows and numbers however the sheet is written", () => {
    fc.assert(
      fc.property(sheetArb, (s) => {
        const { grid, expected } = build(s);
        const r = readQuotaTable(grid);
        if (!r.ok) throw new Error(`no table: ${r.msg.key}`);
        const t = r.table;
        expect(t.measures).toHaveLength(1);
        const id = t.measures[0].id;
        expect(t.units.map((u) => ({ name: u.name, row: u.row, target: u.values[id].target, done: u.values[id].done }))).toEqual(expected);
        expect(t.totals).toHaveLength(s.withTotal ? 1 : 0);
        expect(t.warnings).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("a total row that differs from the units' sum is always flagged at its cell", () => {
    fc.assert(
      fc.property(sheetArb, fc.integer({ min: 1, max: 999 }), (s, delta) => {
        const { grid } = build({ ...s, withTotal: true });
        const totalIndex = grid.values.findIndex((line) => line[1] === s.totalLabel);
        const line = grid.values[totalIndex];
        const typed = typeof line[2] === "number" ? line[2] : Number(String(line[2]).replace(/[ .]/g, ""));
        line[2] = typed + delta;
        const r = readQuotaTable(grid);
        if (!r.ok) throw new Error(r.msg.key);
        const cell = `${String.fromCharCode(64 + s.origin.col + 2)}${s.origin.row + totalIndex}`;
        expect(r.table.warnings.map((w) => `${w.code}@${w.cell}`)).toEqual([`total-mismatch@${cell}`]);
      }),
      { numRuns: 150 },
    );
  });
});
