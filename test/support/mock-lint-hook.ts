// Run after every test of every file (jest's setupFilesAfterEnv): each stand-in Excel the test made
// (test/excel/mock/workbook.ts) is held to Excel's workbook-level rules, so no test that uses the mock can skip it.
import { runAfterTestChecks } from "../excel/mock/lint";

afterEach(() => {
  const failures = runAfterTestChecks();
  if (failures.length > 0) throw new Error(failures.join("\n"));
});
