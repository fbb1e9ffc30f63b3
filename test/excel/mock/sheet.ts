// A worksheet of the stand-in Excel: reads as Excel gives them, every write recorded and checked. It gathers
// the sheet's parts (ranges, conditional formats, layout, charts, tables) and answers for the sheet itself:
// - with `web`, a sheet added and activated in the same batch is not activated (OfficeDev/office-js#930);
// - deleting a sheet of a protected workbook is refused (AccessDenied); otherwise it goes at the sync, its
//   tables with it.
import { areaA1 } from "./area";
import { chartsOf } from "./charts";
import { excelError, loadable } from "./host";
import { layoutOf } from "./page";
import { rangesOf } from "./range";
import { emptyRecord } from "./record";
import { usedArea, type SourceSheet } from "./source";
import { tablesOf } from "./tables";
import type { SheetState, World } from "./world";

/** A sheet named `name`. `data` null: a sheet the add-in added (at sync `addedAt`), or one that does not exist. */
export function makeSheet(world: World, name: string, data: SourceSheet | null, addedAt: number): SheetState {
  const host = world.host;
  const id = `{00000000-0001-0000-${String(world.nextId++).padStart(4, "0")}-000000000000}`;
  const state: SheetState = { name, id, rec: emptyRecord(name), api: null, data, addedAt };
  const getRange = rangesOf(world, state);
  const layout = layoutOf(world, state);
  state.api = loadable(host, { name: () => state.name, id: () => state.id }, {
    getRange,
    getUsedRange(_valuesOnly?: boolean) {
      host.requireSet("Worksheet.getUsedRange(valuesOnly)");
      return getRange(data ? areaA1(usedArea(data)) : "A1");
    },
    protection: loadable(host, { protected: () => data?.protected === true }, {}),
    activate() {
      // Excel on the web: a sheet added and activated in one batch may stay inactive (office-js#930).
      if (world.web && state.addedAt === host.syncs) return;
      const before = world.active;
      world.active = state.name;
      state.rec.activated = true;
      host.wrote(() => { world.active = before; });
    },
    delete() {
      host.requireSet("Worksheet.delete");
      if (world.workbookProtected) host.fail(excelError("AccessDenied", `the workbook is protected: delete ${state.name}`));
      host.atSync(() => {
        const at = world.sheets.indexOf(state);
        if (at >= 0) world.sheets.splice(at, 1);
        world.tables = world.tables.filter((t) => t.sheet !== state.name);
        world.deletedSheets.push(state.name);
        if (world.active === state.name) world.active = world.sheets[0]?.name ?? "";
        return 0;
      });
    },
    get freezePanes() { return layout.freezePanes(); },
    get pageLayout() { return layout.pageLayout(); },
    get horizontalPageBreaks() { return layout.horizontalPageBreaks(); },
    charts: chartsOf(world, state),
    tables: tablesOf(world, state),
  });
  return state;
}
