import { XlsxWorkbook } from "../src/cli/formats/xlsx-workbook";
import * as fs from "fs";
const bytes = fs.readFileSync(process.argv[2]);
const t = Date.now();
const wb = new XlsxWorkbook(bytes);
const s = wb.worksheets[0].sparse();
console.log("read ms", Date.now() - t, "cells", s.size, "rss MB", Math.round(process.memoryUsage().rss / 2 ** 20), "maxrss", Math.round(process.resourceUsage().maxRSS / 1024));
