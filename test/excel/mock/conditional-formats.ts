// A sheet's conditional formats in the stand-in Excel: those the clerk already has (readable, deletable) and
// those the add-in adds, recorded with their formula and colours. The colour rules belong on the table's own
// range: one reaching past the clerk's cells is listed as an intrusion.
import type { Area } from "../../../src/excel/a1";
import { excelError, loadable } from "./host";
import type { RecordedRule } from "./record";
import { usedArea } from "./source";
import type { SheetState, World } from "./world";

/**
 * The clerk's own rules on the sheet, each deletable: made once per sheet, listed afresh by every
 * getRange().conditionalFormats (whose items are readable after load + sync, as Excel's).
 */
export function existingRules(world: World, state: SheetState): () => any {
  const items = (state.data?.rules ?? []).map((r) => ({
    type: r.type,
    custom: { rule: loadable(world.host, { formula: () => r.formula }, {}) },
    delete: () => world.deletedRules.push(r.formula ?? r.type),
  }));
  return () => ({ conditionalFormats: loadable(world.host, { items: () => items }, {}) });
}

/** ConditionalFormatCollection.add on `address` (parsed as `area`) of the sheet. */
export function addConditionalFormat(world: World, state: SheetState, area: Area, address: string, type: string): any {
  const { host } = world;
  const { name, data, rec } = state;
  host.requireSet("ConditionalFormatCollection.add");
  if (data?.protected) host.fail(excelError("AccessDenied", `${name} is protected: conditional format`));
  if (data && !data.addins) {
    const used = usedArea(data);
    if (!(area.top >= used.top && area.bottom <= used.bottom && area.left >= used.left && area.right <= used.right)) {
      world.intrusions.push({ sheet: name, address, what: "conditional format outside the table" });
    }
  }
  const rule: RecordedRule = { type, address };
  rec.rules.push(rule);
  host.wrote(() => { rec.rules.splice(rec.rules.indexOf(rule), 1); });
  const fmt = { fill: {} as any, font: {} as any };
  return {
    custom: {
      rule: { set formula(f: string) { rule.formula = f; } },
      format: {
        fill: { set color(c: string) { rule.fill = c; } },
        font: { set color(c: string) { rule.fontColor = c; }, bold: false },
      },
    },
    dataBar: {
      set lowerBoundRule(v: unknown) { rule.lower = v; },
      set upperBoundRule(v: unknown) { rule.upper = v; },
      positiveFormat: fmt,
    },
  };
}
