import * as fs from "fs";
import * as zlib from "zlib";
import { readZipEntries } from "../src/cli/formats/zip-reader";
const e = readZipEntries(fs.readFileSync(process.argv[2])).find((x) => x.name === "xl/worksheets/sheet1.xml")!;
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (let k = 0; k < 3; k++) {
  let c = cpu(); const a = zlib.inflateRawSync(e.data, { maxOutputLength: e.size + 1 }); const t1 = cpu() - c;
  c = cpu(); const b = zlib.inflateRawSync(e.data, { chunkSize: Math.max(64, e.size + 1) }); const t2 = cpu() - c;
  c = cpu(); const s1 = a.toString("utf8"); const t3 = cpu() - c;
  c = cpu(); const s2 = new TextDecoder().decode(b); const t4 = cpu() - c;
  c = cpu(); const s3 = a.toString("latin1"); const t5 = cpu() - c;
  console.log("inflate", Math.round(t1), "inflate1chunk", Math.round(t2), "toString", Math.round(t3), "TextDecoder", Math.round(t4), "latin1", Math.round(t5), s1.length === s2.length, s3.length);
}
