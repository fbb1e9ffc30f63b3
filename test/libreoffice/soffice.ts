// LibreOffice, headless, with its own throw-away profile set to recalculate every formula on load (its
// default for .xlsx is to trust the cached results, which would prove nothing).
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { tempDir } from "../support/temp-dirs";

export function hasSoffice(): boolean {
  return spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
}

/** Skip only on a developer machine without LibreOffice; under CI the tests must run. */
export function describeWithSoffice(): jest.Describe {
  if (hasSoffice()) return describe;
  if (process.env.CI) throw new Error("CI is set but soffice is missing: run scripts/ci-deps.sh");
  console.warn("LibreOffice tests skipped: soffice is not installed (scripts/ci-deps.sh installs it)");
  return describe.skip;
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

let profileDir: string | null = null;

/** One profile per test file (made once: LibreOffice's first start in a profile is its slowest), removed after it. */
function profile(): string {
  if (!profileDir) {
    profileDir = tempDir("lo-profile-");
    fs.mkdirSync(path.join(profileDir, "user"), { recursive: true });
    fs.writeFileSync(path.join(profileDir, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  }
  return `file://${profileDir}`;
}

/** soffice --convert-to; returns the output directory. */
export function convert(file: string, to: string, outDir: string): void {
  execFileSync("soffice", ["--headless", "--norestore", `-env:UserInstallation=${profile()}`, "--convert-to", to, "--outdir", outDir, file],
    { stdio: "pipe", timeout: 120000 });
}

/** All sheets as raw values (not as shown), one csv file per sheet: NAME-SHEET.csv. */
export const CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/** A minimal CSV reader (quoted fields, doubled quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") endField();
    else if (ch === "\n") {
      endField();
      rows.push(row);
      row = [];
    } else if (ch !== "\r") field += ch;
  }
  if (field !== "" || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}
