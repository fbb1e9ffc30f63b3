#!/usr/bin/env bash
# `npm test`: everything a fresh machine needs, then every test. Safe to run again: each step skips what is done.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "npm packages"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
else
  echo "node_modules up to date"
fi

step "Debian packages the tests need (chromium, LibreOffice, poppler)"
bash scripts/ci-deps.sh

step "lint and type check"
npx eslint .
npx tsc --noEmit -p tsconfig.json

step "production build"
npx webpack --mode production --no-stats
ls dist
node scripts/build-cli.mjs --if-stale

step "tests"
mkdir -p test-artifacts
set +e
npx jest --ci --json --outputFile=test-artifacts/jest.json "$@"
status=$?
set -e
node -e '
  const r = require("./test-artifacts/jest.json");
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`\nTests: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""));
' || true
exit $status
