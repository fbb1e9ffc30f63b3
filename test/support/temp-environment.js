// The test environment: jest's node environment, with the system's temp folder (os.tmpdir(), TMPDIR) made a
// fresh folder for each test file. Whatever the file (or a program it starts) leaves there after its own hooks
// ran is a leak: the folder is removed anyway, and the file fails naming what it left, so a leaking test is
// found here rather than by a full /tmp weeks later. Each file has a folder of its own, so files running in
// parallel (or another engineer's run) never see each other's folders.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { TestEnvironment } = require("jest-environment-node");

/** Left behind by programs the tests start, not by the tests: removed with the folder, not reported. */
const NOT_OURS = [
  /^lu[0-9a-z]+\.tmp$/i, // LibreOffice's own scratch files
];

class TempCheckedEnvironment extends TestEnvironment {
  constructor(config, context) {
    const outer = process.env.TMPDIR;
    const own = fs.mkdtempSync(path.join(os.tmpdir(), "quota-jest-file-"));
    // Set before the base class copies process.env into the test's global, so both see the same folder.
    process.env.TMPDIR = own;
    super(config, context);
    this.outer = outer;
    this.own = own;
    this.testPath = context.testPath;
  }

  async teardown() {
    const left = fs.existsSync(this.own) ? fs.readdirSync(this.own).filter((n) => !NOT_OURS.some((re) => re.test(n))) : [];
    if (this.outer === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = this.outer;
    fs.rmSync(this.own, { recursive: true, force: true });
    await super.teardown();
    if (left.length > 0) {
      throw new Error(`${path.basename(this.testPath)} left ${left.join(", ")} in the temp folder: make it with tempDir() (test/support/temp-dirs.ts) or remove it in afterAll/finally`);
    }
  }
}

module.exports = TempCheckedEnvironment;
