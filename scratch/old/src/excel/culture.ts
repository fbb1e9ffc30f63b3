// The workbook's decimal separator: the culture's, unless the clerk set Excel's own separators.
import type { Capabilities } from "./requirements";

export interface PendingCulture {
  finish(): { decimalSeparator?: "," | "." };
}

/** Queue the culture loads (no sync); finish() after the caller's sync. Empty before ExcelApi 1.11. */
export function queueCultureRead(context: Excel.RequestContext, caps: Capabilities): PendingCulture {
  if (!caps.culture) return { finish: () => ({}) };
  const app = context.application;
  app.load("decimalSeparator,useSystemSeparators");
  const numberFormat = app.cultureInfo.numberFormat;
  numberFormat.load("numberDecimalSeparator");
  return {
    finish() {
      const decimal = app.useSystemSeparators ? numberFormat.numberDecimalSeparator : app.decimalSeparator;
      return { decimalSeparator: decimal === "," || decimal === "." ? decimal : undefined };
    },
  };
}
