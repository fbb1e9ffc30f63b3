// writeReportCopy on its own: the parts a model with charts and a table adds, valid and unique even when the
// copy is made again from a copy (a second report on the same workbook).
import * as fs from "fs";
import { writeReportCopy } from "../../../src/cli/xlsx/write-copy";
import { chartModel } from "../../support/chart-model";
import { changedParts, partsOf } from "../../hostile/package-checks";
import { expectValidPackage } from "../../support/package-lint";
import { SAMPLE } from "../../support/run-cli";

test("a bar chart, a line chart and a table are added as their own parts; the second copy gets new names", async () => {
  const input = fs.readFileSync(SAMPLE);
  const first = await writeReportCopy(input, { sheets: [chartModel()] });
  const second = await writeReportCopy(first.bytes, { sheets: [chartModel()] });
  expect(first.sheetNames).toEqual(["Biểu đồ"]);
  expect(second.sheetNames).toEqual(["Biểu đồ (2)"]);
  const a = await partsOf(input);
  const b = await partsOf(first.bytes);
  const c = await partsOf(second.bytes);
  for (const bytes of [first.bytes, second.bytes]) await expectValidPackage(bytes);
  const allowed = (n: string) => ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"].includes(n);
  expect(changedParts(a, b, allowed)).toEqual([]);
  expect(changedParts(b, c, allowed)).toEqual([]);
  const charts = [...c.keys()].filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).map((n) => c.get(n)!.toString());
  expect(charts).toHaveLength(4);
  expect(charts.filter((x) => x.includes("<c:barChart>"))).toHaveLength(2);
  expect(charts.filter((x) => x.includes("<c:lineChart>") && (x.match(/<c:ser>/g) ?? []).length === 3)).toHaveLength(2);
  // The second sheet's charts point at the second sheet.
  expect(charts.filter((x) => x.includes("'Biểu đồ (2)'!$B$4:$B$7"))).toHaveLength(1);
  const tables = [...c.keys()].filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n)).map((n) => c.get(n)!.toString());
  const ids = tables.map((x) => /\sid="(\d+)"/.exec(x)?.[1]);
  const names = tables.map((x) => /\sname="([^"]+)"/.exec(x)?.[1]);
  expect(new Set(ids).size).toBe(2);
  expect(names).toEqual(["Lịch_sử_tiến_độ", "Lịch_sử_tiến_độ_2"]);
  // Each print area names its own sheet.
  const wb = c.get("xl/workbook.xml")!.toString();
  expect(wb).toMatch(/<definedName name="_xlnm.Print_Area" localSheetId="\d+">'Biểu đồ'!\$A\$1:\$L\$60<\/definedName>/);
  expect(wb).toMatch(/<definedName name="_xlnm.Print_Area" localSheetId="\d+">'Biểu đồ \(2\)'!\$A\$1:\$L\$60<\/definedName>/);
});
