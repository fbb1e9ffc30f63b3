// A sheet's Excel tables in the stand-in Excel (Worksheet.tables). Refusals, each as Excel's:
// - TableCollection.add with an address without a sheet name goes to the ACTIVE sheet ("If the address does not
//   contain a sheet name, the currently-active sheet is used", TableCollection.add); one past the grid fails the
//   batch at the sync; a table over another table is refused (InvalidArgument);
// - a name already taken or not allowed is refused (names.ts);
// - Table.resize to a range that does not overlap the table, or whose header row moves, is refused ("the new
//   range must overlap the original").
import { parseArea } from "../../../src/excel/a1";
import { parseRangeAddress } from "../../../src/core/address";
import { areaA1, overlap } from "./area";
import { excelError, loadable } from "./host";
import { freeTableName, tableNameRefusal } from "./names";
import { writing, type RecordedSheet } from "./record";
import type { SheetState, TableState, World } from "./world";

export function tablesOf(world: World, state: SheetState): any {
  const { host } = world;
  const { name, rec } = state;
  const tablesHere = () => world.tables.filter((t) => t.sheet === state.name);
  // The sheet's Excel tables: names readable after load + sync.
  return loadable(host, {
    items: () => tablesHere().map((t) => ({
      name: t.name,
      getRange: () => loadable(host, {
        address: () => (t.area ? `${name}!${areaA1(t.area)}` : `${name}!A1:A1`),
      }, {}),
    })),
  }, {
    add(ref: string, hasHeaders: boolean) {
      if (!hasHeaders) host.fail(excelError("InvalidArgument", "the history table has a header row"));
      // "If the address does not contain a sheet name, the currently-active sheet is used."
      const bang = ref.lastIndexOf("!");
      const target = bang >= 0 ? world.find(ref.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'")) : world.find(world.active);
      const parsed = parseRangeAddress(ref);
      if (!parsed) host.fail(excelError("InvalidArgument", `not a range of the grid: ${ref}`));
      const area = parsed ?? parseArea("A1");
      const table: TableState = { name: freeTableName(world), sheet: target?.name ?? "", area, ref: ref.replace(/^.*!/, "") };
      const entry: RecordedSheet["tables"][number] = { ref };
      if (!target) host.fail(excelError("ItemNotFound", ref));
      else {
        writing(world, target, area, "tables.add");
        if (world.tables.some((t) => t.sheet === target.name && t.area && overlap(t.area, area))) {
          host.fail(excelError("InvalidArgument", `a table at ${ref} would overlap another table`));
        }
        world.tables.push(table);
        target.rec.tables.push(entry);
        host.wrote(() => {
          world.tables.splice(world.tables.indexOf(table), 1);
          target.rec.tables.splice(target.rec.tables.indexOf(entry), 1);
        });
      }
      return {
        set name(n: string) {
          const refusal = tableNameRefusal(world, table, n);
          if (refusal) {
            host.fail(excelError("InvalidArgument", refusal));
            return;
          }
          table.name = n;
          entry.name = n;
        },
      };
    },
    getItem(tableName: string) {
      const table = tablesHere().find((t) => t.name.toLowerCase() === tableName.toLowerCase());
      if (!table) host.fail(excelError("ItemNotFound", tableName));
      return {
        resize(ref: string) {
          host.requireSet("Table.resize");
          const parsed = parseRangeAddress(ref);
          if (!parsed) host.fail(excelError("InvalidArgument", `not a range of the grid: ${ref}`));
          const area = parsed ?? parseArea("A1");
          // Table.resize: "The new range must overlap with the original table range and the headers … must be in the same row."
          if (table?.area && (!overlap(table.area, area) || table.area.top !== area.top)) {
            host.fail(excelError("InvalidArgument", `${ref} does not overlap the table ${tableName}`));
          }
          writing(world, state, area, "table.resize");
          const entry = { ref: "", name: tableName, resizedTo: ref };
          rec.tables.push(entry);
          const before = table?.area ?? null;
          const beforeRef = table?.ref ?? null;
          if (table) { table.area = area; table.ref = ref.replace(/^.*!/, ""); }
          host.wrote(() => {
            rec.tables.splice(rec.tables.indexOf(entry), 1);
            if (table) { table.area = before; table.ref = beforeRef; }
          });
        },
      };
    },
  });
}
