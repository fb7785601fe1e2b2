#!/usr/bin/env bash
# Checks the Linux package the way an office's IT would meet it, on a Debian-family machine as root:
# builds the app-image and the .deb, installs the .deb with apt-get, checks the class-data archive its
# postinst made, runs the installed launcher's selftest (headless, then under Xvfb with the JavaFX
# check), opens a workspace file the way a double-click does (xdg-open) and screenshots the window to
# target/installer/deb-window.png, and removes the package again. The user's own data folder is not
# touched (a temporary one is used).
# Usage: installer/check-deb.sh        (about 5 minutes; needs Debian's package mirrors)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" != 0 ]; then
  echo "run as root: it installs and removes the package" >&2
  exit 2
fi

# jpackage's .deb needs fakeroot and objdump; the window check needs Xvfb and ImageMagick's import.
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  fakeroot binutils xvfb xauth imagemagick fonts-wqy-microhei >/dev/null

mvn -B -ntp -q -Pinstaller -DskipTests package
deb=$(ls target/installer/target-monitor_*.deb)
echo "== $deb"
dpkg-deb -f "$deb" Package Version Depends

DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null
launcher=/opt/target-monitor/bin/target-monitor
trap 'DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq target-monitor >/dev/null' EXIT

data=$(mktemp -d)
export XDG_DATA_HOME="$data"
"$launcher" --version
echo "== the class-data archive postinst made (ADR 0021)"
ls -l /opt/target-monitor/lib/app/target-monitor.jsa
env -u DISPLAY -u WAYLAND_DISPLAY "$launcher" selftest | head -1 | grep -q 'class-data sharing on' \
  || { echo "the launcher does not map the class-data archive" >&2; exit 1; }
echo "== selftest, no display"
env -u DISPLAY -u WAYLAND_DISPLAY "$launcher" selftest
echo "== selftest under Xvfb"
xvfb-run -a -s "-screen 0 1400x900x24" "$launcher" selftest

echo "== a workspace file opened as a double-click opens it"
"$launcher" demo --db "$data/办公室 2022.tmdb" >/dev/null
shot="$PWD/target/installer/deb-window.png"
xvfb-run -a -s "-screen 0 1400x900x24" bash -c '
  xdg-open "$1" &
  sleep 25
  import -window root "$2"' _ "$data/办公室 2022.tmdb" "$shot"
sleep 3 # the window closes when Xvfb stops
echo "window: $shot (its status bar should name 办公室 2022.tmdb)"
rm -rf "$data"
echo "== removing"
