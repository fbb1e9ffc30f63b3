// The number format of each cell style (the styles part's cellXfs, by the index a cell's s="" gives): the
// workbook's own formats (<numFmts>) first, else the built-in format of that id. The Grid carries the format
// text; whether a number is a date or a percent is read from it (isDateFormat here, the engine for percents).
import { MAIN_NS } from "./ooxml-names";
import { scanXml } from "./xml-scan";

/**
 * The built-in formats every spreadsheet program knows by id (ECMA-376 Part 1, 18.8.30), in the spelling the
 * previous reader (exceljs) gave them, so that a Grid is the same whichever reader made it. Ids 27–36 and
 * 50–81 are locale-dependent (East Asian and Thai calendars) and have no one text: they stay unknown.
 */
const BUILT_IN_FORMATS: Record<number, string> = {
  1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
  14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm",
  21: "h:mm:ss", 22: 'm/d/yy "h":mm', 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
};

/** Whether a format shows a number as a date or time: a date letter outside quoted text and [..] sections. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** The number format text of each cell style index (undefined for General or an unknown id). */
export function readCellFormats(xml: string): (string | undefined)[] {
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  scanXml(xml, {
    open(ns, local, attrs) {
      if (!MAIN_NS.has(ns)) return;
      if (local === "numFmt" && attrs.get("numFmtId") !== undefined) custom.set(Number(attrs.get("numFmtId")), attrs.get("formatCode") ?? "");
      else if (local === "cellXfs") inCellXfs = true;
      else if (local === "xf" && inCellXfs) ids.push(Number(attrs.get("numFmtId") ?? 0));
    },
    close(ns, local) {
      if (local === "cellXfs" && MAIN_NS.has(ns)) inCellXfs = false;
    },
  });
  return ids.map((id) => (id ? custom.get(id) || BUILT_IN_FORMATS[id] : undefined));
}
