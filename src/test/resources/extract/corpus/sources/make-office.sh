#!/bin/sh
# Makes the .docx and .pdf documents of the corpus from the sources here with LibreOffice.
# Run from this folder: sh make-office.sh
set -e
out=$(mktemp -d)
soffice --headless --convert-to "docx:MS Word 2007 XML" --outdir "$out" conference-2025.html
soffice --headless --infilter="Text (encoded):UTF8" --convert-to pdf --outdir "$out" report-2027.txt
cp "$out/conference-2025.docx" ../conference-2025.docx
cp "$out/report-2027.pdf" ../report-2027.pdf
rm -rf "$out"
