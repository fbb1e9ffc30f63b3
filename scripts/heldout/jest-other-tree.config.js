// Runs test/read/heldout.test.ts of this worktree against another worktree's src, read only:
//   HELDOUT_REPO=/work/wt/trial npx jest -c scripts/heldout/jest-other-tree.config.js test/read/heldout.test.ts
const path = require("node:path");
const base = require("../../jest.config.js");
const repo = path.resolve(process.env.HELDOUT_REPO ?? path.join(__dirname, "../.."));
module.exports = {
  ...base,
  rootDir: path.join(__dirname, "../.."),
  moduleNameMapper: { ...base.moduleNameMapper, "^\\.\\./\\.\\./src/(.*)$": `${repo}/src/$1` },
};
