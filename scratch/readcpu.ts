import * as fs from "fs";
import { XlsxWorkbook } from "../src/cli/formats/xlsx-workbook";
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const bytes = fs.readFileSync(process.argv[2]);
const wb = new XlsxWorkbook(bytes);
const out: number[] = [];
for (let i = 0; i < 4; i++) { const c = cpu(); wb.worksheets[0].sparse(); out.push(Math.round(cpu() - c)); }
console.log("read cpu ms", out.join(" "), "maxrss MB", Math.round(process.resourceUsage().maxRSS / 1024));
