// ColourPlan → native conditional formats on the clerk's own sheet. Only the add-in's previous rules (their
// formula holds the plan's marker) are removed; the clerk's rules and every value stay as they were.
import type { ColourPlan } from "../core/report/model";
import { addRule } from "./write";

/**
 * Finding the add-in's previous rules takes two round trips that do not depend on the table's size:
 * the list of rules (batched with the read), then the formulas of the custom ones.
 */
export interface PendingRuleScan {
  /** After the first sync: queue the formula loads of the custom rules. */
  queueFormulas(): void;
  /** After the second sync: the rules whose formula holds the marker. */
  addinRules(marker: string): Excel.ConditionalFormat[];
  /** After the first sync: the sheet is protected, so Excel would refuse new rules. */
  isProtected(): boolean;
}

export function queueRuleScan(context: Excel.RequestContext, sheetName: string | null): PendingRuleScan {
  const sheet = sheetName
    ? context.workbook.worksheets.getItem(sheetName)
    : context.workbook.worksheets.getActiveWorksheet();
  const formats = sheet.getRange().conditionalFormats;
  formats.load("items/type");
  const protection = sheet.protection;
  protection.load("protected");
  let customs: Excel.ConditionalFormat[] = [];
  return {
    queueFormulas() {
      customs = formats.items.filter((f) => f.type === "Custom");
      for (const f of customs) f.custom.rule.load("formula");
    },
    addinRules(marker: string) {
      return customs.filter((f) => typeof f.custom.rule.formula === "string" && f.custom.rule.formula.includes(marker));
    },
    isProtected() {
      return protection.protected === true;
    },
  };
}

/**
 * Queue: delete the add-in's previous rules and add the plan's, on the table's own range. No sync. Nothing else is
 * written on the clerk's sheet: no legend block, no column width, no print area (the legend lives on the report
 * sheet and in the pane), so no cell the clerk typed, sized or set to print can be touched.
 */
export function queueColourPlan(
  context: Excel.RequestContext,
  plan: ColourPlan,
  previous: Excel.ConditionalFormat[],
): { removed: number; added: number } {
  const sheet = context.workbook.worksheets.getItem(plan.sheet);
  for (const rule of previous) rule.delete();
  for (const rule of plan.rules) addRule(sheet, rule);
  return { removed: previous.length, added: plan.rules.length };
}
