// functions.json as the build generates it from the JSDoc tags, and its Vietnamese twin's table: every
// function and parameter must have its Vietnamese text, and every name must be a valid, unique Excel name.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const root = path.resolve(__dirname, "../..");
const cli = path.join(root, "node_modules/custom-functions-metadata/lib/cli.js");
const source = path.join(root, "src/functions/functions.ts");
const table: Record<string, VietnameseEntry> = JSON.parse(
  fs.readFileSync(path.join(root, "src/functions/translations.vi.json"), "utf8"),
);

interface VietnameseEntry {
  name?: string;
  description?: string;
  parameters?: Record<string, { description?: string }>;
  result?: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: { name: string; description?: string; optional?: boolean; dimensionality?: string }[];
  result: { dimensionality?: string };
  options?: { volatile?: boolean };
}

let functions: FunctionMetadata[] = [];

beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ct-functions-"));
  const out = path.join(dir, "functions.json");
  // The CLI prints its errors and still exits 0: the missing file is what tells.
  const log = execFileSync(process.execPath, [cli, "generate", source, out], { encoding: "utf8" });
  expect({ written: fs.existsSync(out), log }).toEqual({ written: true, log: expect.any(String) });
  functions = JSON.parse(fs.readFileSync(out, "utf8")).functions;
  fs.rmSync(dir, { recursive: true, force: true });
});

// An Excel function name: starts with a letter, then letters, digits, "_" or "."; never a cell address.
const EXCEL_NAME = /^[A-Z][A-Z0-9_.]*$/;
const LOOKS_LIKE_CELL = /^([A-Z]{1,3}\d+|R\d*C\d*)$/;
const VIETNAMESE_LETTER = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;

describe("functions.json generated from src/functions/functions.ts", () => {
  it("has the eleven campaign-maths functions, ALLOCATE, the history functions and the target-share functions", () => {
    expect(functions.map((f) => f.id).sort()).toEqual(
      ["ALLOCATE", "COMPLETION", "DAILY_TARGET", "DAYS_ELAPSED", "DAYS_LEFT", "EXPECTED", "FORECAST_DATE", "LAG", "NUMBER", "PACE",
        "REQUIRED_DAILY", "STATUS", "TODAY", "RECENT_RATE", "RATE_GAP", "RATE_STATUS"].sort(),
    );
  });

  it("makes as_of optional and the function volatile wherever as_of exists", () => {
    for (const f of functions) {
      const asOf = f.parameters.find((p) => p.name === "as_of");
      expect([f.id, asOf ? asOf.optional === true && f.options?.volatile === true : !f.options?.volatile]).toEqual([f.id, true]);
    }
  });

  it("takes ranges and spills: every parameter and result is a matrix", () => {
    for (const f of functions) {
      expect([f.id, f.result.dimensionality, ...f.parameters.map((p) => p.dimensionality)]).toEqual([
        f.id, "matrix", ...f.parameters.map(() => "matrix"),
      ]);
    }
  });
});

describe("the Vietnamese table (translations.vi.json)", () => {
  it("gives every function a Vietnamese name and description, and every parameter a description", () => {
    const missing: string[] = [];
    for (const f of functions) {
      const vi = table[f.id];
      if (!vi?.name) missing.push(`${f.id}: name`);
      if (!vi?.description || !VIETNAMESE_LETTER.test(vi.description)) missing.push(`${f.id}: description`);
      if (!vi?.result) missing.push(`${f.id}: result`);
      for (const p of f.parameters) {
        const d = vi?.parameters?.[p.name]?.description;
        if (!d || !VIETNAMESE_LETTER.test(d)) missing.push(`${f.id}(${p.name})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("describes no function or parameter that does not exist", () => {
    const stray: string[] = [];
    for (const [id, vi] of Object.entries(table)) {
      const f = functions.find((g) => g.id === id);
      if (!f) stray.push(id);
      for (const name of Object.keys(vi.parameters ?? {})) if (!f?.parameters.some((p) => p.name === name)) stray.push(`${id}(${name})`);
    }
    expect(stray).toEqual([]);
  });

  it("uses valid, unique Excel names, in both languages", () => {
    const names = [...functions.map((f) => f.name), ...functions.map((f) => table[f.id]?.name ?? "")];
    for (const name of names) {
      expect([name, EXCEL_NAME.test(name) && !LOOKS_LIKE_CELL.test(name) && name.length <= 64]).toEqual([name, true]);
    }
    const vietnamese = functions.map((f) => table[f.id]?.name);
    expect(new Set(vietnamese).size).toBe(vietnamese.length);
    expect(new Set(names).size).toBe(names.length);
  });
});
