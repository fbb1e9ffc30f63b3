// `--unit-col B --role C=target,D=done`: the clerk's own reading of the columns, as the options give it and as
// the reader applies it to a sheet whose words it does not know.
import { mappingFromOptions, parseCliArgs } from "../../src/cli/options";
import { readQuotaTable } from "../../src/core/read";
import type { CellValue, Grid } from "../../src/core/types";

const parse = (...argv: string[]) => parseCliArgs(["analyze", "f.xlsx", ...argv]);
const grid = (values: CellValue[][]): Grid => ({ sheet: "S", origin: { row: 1, col: 1 }, values, merges: [], hiddenRows: [], hiddenCols: [] });

describe("--unit-col and --role", () => {
  it("read into a Mapping: letters or numbers, repeated or comma lists, ignore drops a column", () => {
    const r = parse("--unit-col", "b", "--role", "C=target,D=done", "--role=5=ignore", "--role", "F:rate");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(mappingFromOptions(r.args.options)).toEqual({
      unitCol: 2,
      columnRoles: { 3: { measureId: "", role: "target" }, 4: { measureId: "", role: "done" }, 5: null, 6: { measureId: "", role: "rate" } },
    });
    expect(r.args.positional).toEqual(["f.xlsx"]);
  });

  it.each([
    [["--unit-col", "B2"], "reader.cli.bad-unit-col"],
    [["--unit-col", "0"], "reader.cli.bad-unit-col"],
    [["--role", "C"], "reader.cli.bad-role"],
    [["--role", "C=targte"], "reader.cli.bad-role"],
    [["--role", "C=target,=done"], "reader.cli.bad-role"],
  ])("%j is refused with %s", (argv, key) => {
    const r = parse(...argv);
    expect(r.ok ? null : r.msg.key).toBe(key);
  });

  it("read a sheet whose unit title and figure titles no list knows", () => {
    const sheet = grid([
      ["Báo cáo tiến độ", null, null, null],
      ["Số", "Tên cơ sở", "Số A", "Số B"],
      [1, "Cơ sở Một", 120, 80],
      [2, "Cơ sở Hai", 300, 310],
    ]);
    expect(readQuotaTable(sheet).ok).toBe(false);
    const r = parse("--unit-col", "B", "--role", "C=target", "--role", "D=done");
    if (!r.ok) throw new Error("options refused");
    const read = readQuotaTable(sheet, mappingFromOptions(r.args.options));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.table.units.map((u) => u.name)).toEqual(["Cơ sở Một", "Cơ sở Hai"]);
    expect(read.table.measures).toHaveLength(1);
    const [m] = read.table.measures;
    expect(m.columns).toEqual({ target: 3, done: 4 });
    expect(read.table.units.map((u) => [u.values[m.id].target, u.values[m.id].done])).toEqual([[120, 80], [300, 310]]);
  });

  it("a role swapped on top of detection stays in its block", () => {
    const sheet = grid([["STT", "Đơn vị", "Đã thực hiện", "Chỉ tiêu"], [1, "Xã A", 100, 50], [2, "Xã B", 200, 150]]);
    const r = parse("--role", "C=target,D=done");
    if (!r.ok) throw new Error("options refused");
    const read = readQuotaTable(sheet, mappingFromOptions(r.args.options));
    expect(read.ok && read.table.measures.map((m) => m.columns)).toEqual([{ target: 3, done: 4 }]);
  });
});
