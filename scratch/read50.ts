import * as fs from "fs";
import { XlsxWorkbook } from "../src/cli/formats/xlsx-workbook";
const bytes = fs.readFileSync(process.argv[2]);
const wb = new XlsxWorkbook(bytes);
for (let i = 0; i < 2; i++) wb.worksheets[0].sparse();
