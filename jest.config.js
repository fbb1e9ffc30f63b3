/** Unit, file and browser tests all run under jest; browser and LibreOffice tests live in their own folders. */
module.exports = {
  // node, with a temp folder of its own per test file that must be left empty (test/support/temp-environment.js).
  testEnvironment: "<rootDir>/test/support/temp-environment.js",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.test.json", diagnostics: { warnOnly: false } }],
  },
  testTimeout: 60000,
  // bin/quota-report.js runs the compiled command line.
  globalSetup: "<rootDir>/test/support/build-cli.js",
  // Every test file's temporary folders are removed when it ends (test/support/temp-dirs.ts); every stand-in
  // Excel a test made is linted after it (test/excel/mock/lint.ts).
  setupFilesAfterEnv: ["<rootDir>/test/support/temp-cleanup.ts", "<rootDir>/test/support/mock-lint-hook.ts"],
};
