#!/usr/bin/env bash
# Debian packages the tests need (LibreOffice to recalculate and render, poppler for PNGs, chromium for the
# task pane tests, fonts with Vietnamese glyphs, openpyxl/XlsxWriter/lxml as other writers and readers, tesseract). Installs what is missing when root; otherwise prints the command.
set -euo pipefail
missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
fc-list 2>/dev/null | grep -qi "Liberation Serif" || missing+=(fonts-liberation2)
# Second readers of what the product writes, and other programs' writers for the input corpus (Debian's python3,
# not a pyenv one: tests call /usr/bin/python3).
/usr/bin/python3 -c "import openpyxl" >/dev/null 2>&1 || missing+=(python3-openpyxl)
/usr/bin/python3 -c "import xlsxwriter" >/dev/null 2>&1 || missing+=(python3-xlsxwriter)
/usr/bin/python3 -c "import lxml" >/dev/null 2>&1 || missing+=(python3-lxml)
# OCR reads the report picture back.
command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr)
ls /usr/share/tesseract-ocr/*/tessdata/vie.traineddata >/dev/null 2>&1 || missing+=(tesseract-ocr-vie)
if [ ${#missing[@]} -eq 0 ]; then
  echo "ci-deps: everything is installed"
  exit 0
fi
cmd="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  echo "ci-deps: installing ${missing[*]}"
  sh -c "$cmd"
else
  echo "ci-deps: missing ${missing[*]}; run as root:" >&2
  echo "  $cmd" >&2
  exit 1
fi
