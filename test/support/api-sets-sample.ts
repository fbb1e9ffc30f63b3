// Not run: read by test/project/api-sets.test.ts to prove the requirement-set check catches what it must.
import type { Capabilities } from "../../src/excel/requirements";

export function unguarded(range: Excel.Range): void {
  range.getMergedAreasOrNullObject(); // ExcelApi 1.13 with no check: must be reported
}

export function guardedTooLow(range: Excel.Range, caps: Capabilities): void {
  if (caps.conditionalFormats) range.getMergedAreasOrNullObject(); // 1.6 checked, 1.13 needed: must be reported
}

export function guarded(range: Excel.Range, caps: Capabilities): void {
  if (caps.mergedAreas) range.getMergedAreasOrNullObject(); // fine
}
