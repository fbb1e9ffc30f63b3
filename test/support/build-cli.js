// Tests that spawn bin/quota-report.js run the compiled bundle: build it first when missing or stale.
const { execFileSync } = require("child_process");
const path = require("path");

module.exports = async () => {
  execFileSync(process.execPath, [path.join(__dirname, "..", "..", "scripts", "build-cli.mjs"), "--if-stale"], { stdio: "inherit" });
};
