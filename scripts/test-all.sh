#!/usr/bin/env bash
# `make test`: builds and runs every test suite, keeps going past a failing
# suite so one run shows everything, and ends with one summary line.
#   native  core doctest suite + CLI tests (g++, through ctest)
#   asan    the same under AddressSanitizer + UndefinedBehaviorSanitizer
#   wasm    the core doctest suite compiled with em++, run under node
#   schema  every book the unit tests exported, checked against web/mend-book.schema.json (ajv)
#   e2e     the app in headless Chromium (Playwright), real pointer/keyboard/touch events
# Logs: build/test-logs/<suite>.log. Screenshots: build/e2e-screenshots/.
set -uo pipefail
cd "$(dirname "$0")/.."
logs=build/test-logs
exports=build/exports
mkdir -p "$logs"
rm -rf "$exports" && mkdir -p "$exports"
# Debian's emcc runs its JS optimiser with node, which must find Debian's acorn.
export NODE_PATH=/usr/share/nodejs

total_pass=0 total_fail=0
declare -a lines=()
record() {  # suite passed failed status seconds
  total_pass=$((total_pass + $2)); total_fail=$((total_fail + $3))
  lines+=("$(printf '  %-7s %-6s %5s passed %4s failed  (%ss)' "$1" "$4" "$2" "$3" "$5")")
  printf '== %s: %s (%s passed, %s failed, %ss)\n' "$1" "$4" "$2" "$3" "$5"
}
# Counts doctest's "test cases: N | P passed | F failed" lines in a log.
doctest_counts() {
  awk -F'|' '/\[doctest\] test cases:/ { gsub(/[^0-9]/,"",$2); gsub(/[^0-9]/,"",$3); p+=$2; f+=$3 }
             END { printf "%d %d", p, f }' "$1"
}
run_suite() {  # name, build command, test command, counter
  local name=$1 build=$2 run=$3 counter=$4 start=$SECONDS log=$logs/$1.log
  printf '== %s: building and running (log: %s)\n' "$name" "$log"
  if ! bash -c "$build" >"$log" 2>&1; then
    tail -n 30 "$log"
    record "$name" 0 1 "BUILD FAILED" $((SECONDS - start))
    return
  fi
  bash -c "$run" >>"$log" 2>&1
  local rc=$?
  read -r p f < <($counter "$log")
  if [ "$rc" -ne 0 ]; then
    [ "$f" -eq 0 ] && f=1
    grep -E 'ERROR|FAILED|not ok|Error:|error:|failed' "$log" | head -n 40
  fi
  record "$name" "$p" "$f" "$([ "$rc" -eq 0 ] && echo ok || echo FAILED)" $((SECONDS - start))
}

cli_counts() {  # doctest cases + the CLI script's "N passed, M failed" line
  read -r p f < <(doctest_counts "$1")
  # ctest -V prefixes each line with the test number ("2: cli: 101 passed, 0 failed").
  read -r cp cf < <(awk 'match($0, /cli: [0-9]+ passed, [0-9]+ failed/) {
      split(substr($0, RSTART, RLENGTH), w, " "); p = w[2]; f = w[4]; found = 1 }
    END { if (found) print p, f; else print 0, 1 }' "$1")
  echo $((p + cp)) $((f + cf))
}
schema_counts() {
  awk '/^schema: [0-9]+ passed, [0-9]+ failed/ { print $2, $4; found=1 } END { if (!found) print 0, 1 }' "$1"
}
tap_counts() {
  awk '/^# pass / { p=$3 } /^# fail / { f=$3 } END { printf "%d %d", p, f }' "$1"
}

run_suite native "make -s native" \
  "MEND_EXPORT_DIR=$PWD/$exports ctest --test-dir build/native --output-on-failure -V" cli_counts
run_suite asan "make -s asan" "ctest --test-dir build/asan --output-on-failure -V" cli_counts
run_suite wasm "make -s wasm-tests" "ctest --test-dir build/web --output-on-failure -V" doctest_counts
run_suite schema "true" "node tests/schema/check-schema.mjs $exports" schema_counts
run_suite e2e "make -s web" "node --test tests/e2e/" tap_counts

echo
echo "Mend test summary:"
printf '%s\n' "${lines[@]}"
echo "summary: $total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
