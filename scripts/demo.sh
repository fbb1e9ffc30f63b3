#!/usr/bin/env bash
# `npm run demo`: the report of the sample workbook (assets/sample), written under out/ (the demo's own folder:
# its earlier copy is replaced, --force), and its summary text.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules/exceljs ] || [ ! -d node_modules/tsx ]; then
  echo "node_modules is missing: running npm ci first" >&2
  npm ci --no-audit --no-fund
fi
node scripts/build-cli.mjs --if-stale
mkdir -p out
node bin/quota-report.js report assets/sample/tien-do-cao-diem.xlsx -o out/bao-cao-mau.xlsx \
  --sheet "Tiến độ CCCD" --as-of 15/09/2024 --force "$@"
