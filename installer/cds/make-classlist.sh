#!/usr/bin/env bash
# Makes installer/cds/classes.lst: the classes the app loads, recorded by the JVM
# (-XX:DumpLoadedClassList) on training runs that do what officers do: the window on the demo
# workspace as the launcher starts it, the window on a plan of 10,000 indicators with as-of switches
# and edits (as WindowBenchmark measures it), and the commands --version, plans, status, import of a
# statistics workbook (.xlsx and .xls), export and report. The build dumps the archive from this list
# (ClassDataArchive, ADR 0021); a name in it that no longer exists is skipped by the JVM, harmless, and
# a class missing from it is only loaded the slow way.
#
# Rerun it after a change of dependencies or of what the window or a command loads at start, and
# commit the list:   installer/cds/make-classlist.sh        (Linux, Xvfb; about 5 minutes)
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v Xvfb >/dev/null || { echo "needs Xvfb (apt-get install xvfb)" >&2; exit 2; }

mvn -B -ntp -q -DskipTests package
mvn -B -ntp -q test-compile
work=$(mktemp -d)
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT
# Jars only: the JVM records no class loaded from a directory.
jar --create --file "$work/test-classes.jar" -C target/test-classes .
jar=target/target-monitor.jar
bench_cp="$jar:$work/test-classes.jar"
jvm=(-Xmx512m -XX:TieredStopAtLevel=1 -XX:C1MaxInlineSize=15 -Dfile.encoding=UTF-8 "-Dtargetmonitor.home=$work/home")
n=0
record() { # record JAVA-ARGS...: one training run, its class list kept
  n=$((n + 1))
  java "${jvm[@]}" "-XX:DumpLoadedClassList=$work/run-$n.lst" "$@" >"$work/run-$n.out" 2>&1 \
    || { echo "training run failed: $*" >&2; cat "$work/run-$n.out" >&2; exit 1; }
}

display=${TRAINING_DISPLAY:-:$((90 + RANDOM % 9))} # a free X display number
Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
sleep 2
export DISPLAY=$display

db="$work/demo.tmdb"
record -jar "$jar" --version
record -jar "$jar" demo --db "$db"
record -jar "$jar" plans --db "$db"
record -jar "$jar" status --db "$db" --plan 金昌市2022 --as-of 2022-06
record -jar "$jar" import --db "$db" --plan 金昌市2022 src/test/resources/excel/statistics-monthly.xlsx
record -jar "$jar" import --db "$db" --plan 金昌市2022 src/test/resources/excel/statistics-monthly.xls
record -jar "$jar" export --db "$db" --plan 金昌市2022 --as-of 2022-06 --out "$work/progress.xlsx"
record -jar "$jar" report --db "$db" --plan 金昌市2022 --as-of 2022-06 --out "$work/report.pdf"
# The window as the launcher starts it (the demo workspace, logging to its file), ended after it is up.
n=$((n + 1))
java "${jvm[@]}" "-XX:DumpLoadedClassList=$work/run-$n.lst" -jar "$jar" >"$work/run-$n.out" 2>&1 &
app=$!
sleep 40
kill "$app"
wait "$app" || true
# The window on 10,000 indicators: start-up, as-of switches, edits in the table and the grid.
record -cp "$bench_cp" com.targetmonitor.app.WindowBenchmark --generate "$work/plan.tmdb" 10000
record -Dtargetmonitor.lang=zh -cp "$bench_cp" com.targetmonitor.app.WindowBenchmark --window "$work/plan.tmdb"

# One list: every class once (first seen first, classes before the lambda lines that refer to them),
# without the training's own classes. A lambda line stands for one call site: two call sites of the same
# shape (logback's PatternLayout registers one converter under several names) are two identical lines,
# and the JVM archives one proxy per line. So each lambda line is kept as many times as the run that had
# it most often did; made unique, the others were made again at every start.
{
  echo "# The classes of the app's class-data archive (ADR 0021). Made by installer/cds/make-classlist.sh"
  echo "# on $(date -u +%Y-%m-%d) with $(java -version 2>&1 | head -1); do not edit by hand."
  cat "$work"/run-*.lst | grep -v '^#' | grep -v '^@' | grep -v 'WindowBenchmark' | awk '!seen[$0]++'
  for list in "$work"/run-*.lst; do awk -v list="$list" '/^@/ && !/WindowBenchmark/ { print list "\t" $0 }' "$list"; done \
    | awk -F'\t' '{ n = ++count[$1 SUBSEP $2]; if (!($2 in most)) order[++lines] = $2; if (n > most[$2]) most[$2] = n }
                  END { for (i = 1; i <= lines; i++) for (k = 0; k < most[order[i]]; k++) print order[i] }'
} > installer/cds/classes.lst
echo "installer/cds/classes.lst: $(grep -vc '^[#@]' installer/cds/classes.lst) classes"
