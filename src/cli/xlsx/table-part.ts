// An Excel table (ListObject) over an added sheet's list: its part (its name, fresh in the workbook, from
// core/address.ts freshTableName).
import type { TableRequest } from "../../core/report/model";
import { SPELLING, type Dialect } from "./namespaces";
import { attrs, escapeXml } from "./xml";

export function tablePartXml(table: TableRequest, id: number, name: string, dialect: Dialect = "transitional"): string {
  const seen = new Set<string>();
  const columns = table.columns.map((c, i) => {
    // Column names are unique in a table; a repeated header gets a number, as Excel does.
    let col = c.trim() || `Column${i + 1}`;
    for (let n = 2; seen.has(col.toLowerCase()); n++) col = `${c.trim() || "Column"}${n}`;
    seen.add(col.toLowerCase());
    return `<tableColumn${attrs({ id: i + 1, name: col })}/>`;
  });
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="${SPELLING[dialect].main}"${attrs({ id, name, displayName: name, ref: table.ref, totalsRowShown: 0 })}>` +
    `<autoFilter ref="${escapeXml(table.ref)}"/><tableColumns count="${columns.length}">${columns.join("")}</tableColumns>` +
    '<tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>';
}
