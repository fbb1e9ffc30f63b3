// A copy of a package for READING values only, without its drawings: exceljs fails on some drawings other
// tools write (a default namespace: "reading 'anchors'"), and the engine needs none of them. The report copy
// is still made from the original package, drawings and all.
import { readZip, writeZip, newEntry, entryBytes } from "./zip";

export function withoutDrawings(bytes: Buffer | Uint8Array): Buffer {
  const entries = readZip(bytes).filter((e) => !/^xl\/drawings\/[^/]*\.xml$|^xl\/drawings\/_rels\//i.test(e.name));
  return writeZip(entries.map((e) => {
    if (!/^xl\/worksheets\/[^/]+\.xml$/i.test(e.name)) return e;
    const xml = entryBytes(e).toString("utf8");
    const stripped = xml.replace(/<(\w+:)?drawing\s[^>]*\/>/g, "");
    return stripped === xml ? e : newEntry(e.name, stripped, e);
  }));
}
