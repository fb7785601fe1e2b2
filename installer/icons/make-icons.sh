#!/usr/bin/env bash
# Draws the application icon with ImageMagick (apt-get install imagemagick) and writes
# target-monitor.png (256 px, Linux) and target-monitor.ico (16-256 px, Windows) next to this script.
# The picture is the app's idea: three progress bars held against the time-progress line (时序进度).
# The outputs are committed; run this only to change the icon.
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# 1024 px master: blue rounded square, three white tracks with fills, an amber time-progress line.
convert -size 1024x1024 xc:none \
  -fill '#1d4f91' -draw 'roundrectangle 32,32 992,992 200,200' \
  -fill '#ffffff40' \
  -draw 'roundrectangle 176,236 848,356 60,60' \
  -draw 'roundrectangle 176,452 848,572 60,60' \
  -draw 'roundrectangle 176,668 848,788 60,60' \
  -fill '#ffffff' -draw 'roundrectangle 176,236 800,356 60,60' \
  -fill '#7fd18b' -draw 'roundrectangle 176,452 700,572 60,60' \
  -fill '#ffd166' -draw 'roundrectangle 176,668 420,788 60,60' \
  -fill '#ff8a3d' -draw 'roundrectangle 590,160 626,864 18,18' \
  "$tmp/master.png"

convert "$tmp/master.png" -resize 256x256 -strip -depth 8 target-monitor.png
for s in 16 24 32 48 64 128 256; do
  convert "$tmp/master.png" -resize ${s}x${s} -strip -depth 8 "$tmp/icon-$s.png"
done
convert "$tmp"/icon-{16,24,32,48,64,128,256}.png target-monitor.ico
identify target-monitor.png target-monitor.ico
