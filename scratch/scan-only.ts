import { scanXml } from "../src/cli/formats/xml-scan";
import { PackageParts } from "../src/cli/formats/package-parts";
import * as fs from "fs";
const parts = new PackageParts(fs.readFileSync(process.argv[2]));
let t = Date.now(); let c0 = process.cpuUsage().user;
const xml = parts.text(process.argv[3] ?? "xl/worksheets/sheet1.xml")!;
console.log("unpack+decode ms", Date.now() - t, "cpu", (process.cpuUsage().user - c0) / 1000, xml.length);
for (let k = 0; k < 3; k++) {
  t = Date.now(); c0 = process.cpuUsage().user;
  let count = 0;
  scanXml(xml, { open() { count++; }, close() {} });
  console.log("scan ms", Date.now() - t, "cpu", (process.cpuUsage().user - c0) / 1000, count);
}
