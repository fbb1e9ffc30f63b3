import { XlsxWorkbook } from "/work/wt-stream/src/cli/formats/xlsx-workbook";
import * as fs from "fs";
import JSZip from "jszip";
(async () => {
  const src = fs.readFileSync("/work/wt-stream/test/fixtures/01-table1-90-days.xlsx");
  const zip = await JSZip.loadAsync(src);
  const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  const rows: string[] = [];
  for (let r = 30; r <= 1048576; r++) rows.push(`<row r="${r}" s="1" customFormat="1"><c r="A${r}" s="1"/></row>`);
  zip.file("xl/worksheets/sheet1.xml", xml.replace("</sheetData>", `${rows.join("")}</sheetData>`));
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  fs.writeFileSync("/tmp/i05.xlsx", bytes);
  let t = Date.now();
  const wb = new XlsxWorkbook(bytes);
  const s = wb.worksheets[0].sparse();
  console.log("read ms", Date.now() - t, s.size, process.memoryUsage().rss / 2 ** 20);
})();
