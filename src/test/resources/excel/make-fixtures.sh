#!/bin/sh
# Regenerates the LibreOffice-made fixtures from their sources in src/ (HTML and flat OpenDocument
# .fods), so the importer is tested on files another program wrote. Needs LibreOffice Calc:
#   apt-get install -y --no-install-recommends libreoffice-calc-nogui
# Run from anywhere: sh src/test/resources/excel/make-fixtures.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$here/src"
# Sources written as Python lists (several sheets, merges, hidden columns) become .fods first.
for py in *.fods.py; do
    [ -e "$py" ] && python3 "$py"
done
# One soffice run per format and kind of source: starting LibreOffice is the slow part.
for fmt in xlsx xls; do
    soffice --headless --infilter="HTML (StarCalc)" --convert-to $fmt --outdir "$out" *.html >/dev/null 2>&1
    if ls *.fods >/dev/null 2>&1; then
        soffice --headless --convert-to $fmt --outdir "$out" *.fods >/dev/null 2>&1
    fi
done
cp "$out"/* "$here/"
ls "$out"
