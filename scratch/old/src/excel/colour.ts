// ColourPlan → native conditional formats on the clerk's own sheet. Only the add-in's previous rules (their
// formula holds the plan's marker) are removed; the clerk's rules and every value stay as they were.
import type { ColourPlan } from "../core/report/model";
import { writeCells, addRule, widthToPoints } from "./write";
import { columnLetters } from "../core/address";

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

/** Queue: delete the add-in's previous rules, add the plan's rules and its legend. No sync. */
export async function queueColourPlan(
  context: Excel.RequestContext,
  plan: ColourPlan,
  previous: Excel.ConditionalFormat[],
): Promise<{ removed: number; added: number }> {
  const sheet = context.workbook.worksheets.getItem(plan.sheet);
  for (const rule of previous) rule.delete();
  for (const rule of plan.rules) addRule(sheet, rule);
  if (plan.legend) {
    await writeCells(context, sheet, plan.legend.cells, plan.legend.styles);
    const widen = plan.legend.swatchColumnWidth;
    if (widen) sheet.getRange(`${columnLetters(widen.col)}:${columnLetters(widen.col)}`).format.columnWidth = widthToPoints(widen.width);
  }
  return { removed: previous.length, added: plan.rules.length };
}
