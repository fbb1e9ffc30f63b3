// A lighter copy of an .xlsx package for reading only (the report writer is to get the original bytes):
// the cells that hold nothing (styled empty rows down to row 1,048,576, styled empty cells) are taken out of
// large sheets, so that the workbook library's cost is the table's, not the sheet's extent's; and, when the
// library cannot read a drawing (pictures, charts written by other tools; no figure of the table lives there),
// the drawings too.
import JSZip from "jszip";
import { readZipDirectory, unpackPart } from "./zip-directory";

/** A sheet part above this size is looked at for empty rows (small sheets cost nothing either way). */
const LARGE_SHEET_BYTES = 1024 * 1024;
const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;
const DRAWING_PART = /^xl\/(drawings|charts)\//i;

/** A row that holds no value: self-closing, or holding only empty (styled) cells. One pass over the XML. */
const EMPTY_ROW = /<row [^>]*\/>|<row [^>]*>(?:<c [^>]*\/>)*<\/row>/g;
const DRAWING_REF = /<(?:drawing|legacyDrawing|legacyDrawingHF|picture)\b[^>]*\/>/g;

function leaner(xml: string, large: boolean, dropDrawings: boolean): string {
  let out = dropDrawings ? xml.replace(DRAWING_REF, "") : xml;
  if (large) out = out.replace(EMPTY_ROW, "");
  return out;
}

/** The package to give the workbook library: `bytes` itself when nothing needed taking out. */
export async function leanPackage(bytes: Buffer, dropDrawings = false): Promise<Buffer> {
  const parts = readZipDirectory(bytes);
  if (!parts) return bytes;
  const drawings = dropDrawings ? parts.filter((p) => DRAWING_PART.test(p.name)) : [];
  const sheets = parts.filter((p) => SHEET_PART.test(p.name) && (p.size > LARGE_SHEET_BYTES || drawings.length > 0));
  if (sheets.length === 0 && drawings.length === 0) return bytes;
  const changed = new Map<string, string>();
  for (const s of sheets) {
    const data = unpackPart(bytes, s);
    if (!data) continue;
    const xml = data.toString("utf8");
    const lean = leaner(xml, s.size > LARGE_SHEET_BYTES, dropDrawings);
    if (lean.length !== xml.length) changed.set(s.name, lean);
  }
  // A large sheet with nothing to take out (50,000 units) is read from the original bytes, not re-packed.
  if (changed.size === 0 && drawings.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  for (const d of drawings) zip.remove(d.name);
  for (const [name, xml] of changed) zip.file(name, xml);
  return zip.generateAsync({ type: "nodebuffer", compression: "STORE" });
}
