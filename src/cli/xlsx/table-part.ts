// An Excel table (ListObject) over an added sheet's list: its part, with a name and id no other table or
// defined name of the workbook uses.
import type { TableRequest } from "../../core/report/model";
import { SPELLING, type Dialect } from "./namespaces";
import { attrs, escapeXml } from "./xml";

/** A table name Excel accepts: letters, digits, "_" and ".", starting with a letter or "_", not like "A1" or "R1C1". */
export function tableName(wanted: string, taken: Set<string>): string {
  let base = wanted.normalize("NFC").replace(/[^\p{L}\p{N}_.]/gu, "_").replace(/^[^\p{L}_]/u, "_$&").slice(0, 200) || "Table";
  if (/^[A-Za-z]{1,3}\d+$|^[RrCc]\d*([Cc]\d*)?$/.test(base)) base = `_${base}`;
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  taken.add(name.toLowerCase());
  return name;
}

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
