// Lint rules: the recommended JavaScript and TypeScript sets, React hooks for the pane, and the layer rule of
// shared/architecture.md (src/core imports nothing from Office, React, exceljs or Node).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist/", "dist-cli/", "out/", "build/", "node_modules/", "test-artifacts/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      // Excel hands custom functions untyped cells; `any` is where Excel's data enters, kept to the edges.
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/taskpane/**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["exceljs", "react*", "@fluentui/*", "office-*", "fs", "path", "node:*", "child_process"] },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "window", "document", "process"],
    },
  },
  {
    files: ["scripts/**/*.{js,cjs,ts}", "bin/**/*.js", "webpack.config.js", "jest.config.js", "test/**/*.{js,ts}"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["test/browser/host/**/*.js"],
    languageOptions: { globals: { ...globals.browser } },
  },
);
