// The workbook's names in the stand-in Excel: tables and workbook-level defined names share one namespace.
// A table name already taken (case aside) by a table or a defined name, or one Excel's naming rules refuse, is
// refused with InvalidArgument ("The argument is invalid or missing or has an incorrect format", the code Excel
// gives a duplicate table name: OfficeDev/office-js#551; the rules: office-js-docs-reference#555, held in
// nameFault, shared with the package linter).
import { nameFault } from "../../support/workbook-rules";
import { loadable } from "./host";
import type { TableState, World } from "./world";

/** Excel's next default table name: the first "TableN" no table of the workbook has. */
export function freeTableName(world: World): string {
  for (let i = 1; ; i++) if (!world.tables.some((t) => t.name.toLowerCase() === `table${i}`)) return `Table${i}`;
}

/** Why Excel refuses `n` as the name of `table`, or null when it takes it. */
export function tableNameRefusal(world: World, table: TableState, n: string): string | null {
  const key = n.toLowerCase();
  const taken = world.tables.some((t) => t !== table && t.name.toLowerCase() === key)
    || world.names.some((d) => d.localSheetId == null && d.name.toLowerCase() === key);
  if (taken) return `the name ${n} is already taken`;
  const fault = nameFault(n);
  return fault ? `not a table name: ${n} (${fault})` : null;
}

/** Workbook.names: the defined names (Formulas → Name Manager), readable after load + sync. */
export function namesCollection(world: World): any {
  return loadable(world.host, { items: () => world.names.map((d) => ({ name: d.name, formula: d.formula })) }, {});
}
