// Temporary folders for tests, removed when the test file ends (test/support/temp-cleanup.ts runs that after
// every file), so a run leaves nothing behind in the system's temp folder.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const made: string[] = [];

/** A new empty folder under the system's temp folder, removed after this test file. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes every folder tempDir made (called after each test file). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}
