// Message keys are a typed union derived from the catalogue files: a mistyped key fails to compile (ts-jest
// type-checks this file, so each @ts-expect-error below must meet an error), and every catalogue file keeps
// its keys literal (`satisfies Catalogue`) so a new file registered in index.ts joins the union.
import * as fs from "fs";
import * as path from "path";
import { msg, t, type MessageKey } from "../../src/core/messages";

test("a known key compiles; a mistyped one does not", () => {
  const known: MessageKey = "pane.title";
  expect(t("vi", known)).toBe("Báo cáo tiến độ chỉ tiêu");
  // @ts-expect-error "pane.titel" is not a message key
  expect(msg("pane.titel").key).toBe("pane.titel");
  // @ts-expect-error a key must be one of the catalogue's
  expect(t("en", "excel.no.such.key")).toBe("excel.no.such.key");
});

test("every catalogue file declares its messages with `satisfies Catalogue`, so their keys stay literal", () => {
  const dir = path.resolve(__dirname, "../../src/core/messages");
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".ts") && !["index.ts", "catalogue.ts"].includes(f));
  expect(files.length).toBeGreaterThanOrEqual(5);
  for (const file of files) {
    const text = fs.readFileSync(path.join(dir, file), "utf8");
    expect([file, /:\s*Catalogue\s*=/.test(text)]).toEqual([file, false]);
    expect([file, /satisfies Catalogue/.test(text)]).toEqual([file, true]);
  }
});
