#!/usr/bin/env bash
# make fuzz: every libFuzzer target of tests/fuzz for FUZZ_SECONDS each (60 by
# default), under ASan+UBSan, from the committed seeds (and, for the importer,
# the JSONTestSuite files in tests/data), with the book format's dictionary.
# The corpus each run grows is kept in build/fuzz/corpus; an input that
# crashes is copied to tests/fuzz/regressions/<target>/, which `make test`
# replays from then on, and the run fails. Prints executions and coverage.
set -uo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
seconds=${FUZZ_SECONDS:-60}
jobs=${JOBS:-2}
build=build/fuzz
targets=(importer merge coach_text coach_rules iso_time csv_export store_load)

if [ ! -f "$build/CMakeCache.txt" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMEND_FUZZ=ON \
    >/dev/null || exit 1
fi
cmake --build "$build" -j"$jobs" --target "${targets[@]/#/fuzz_}" >"$build.log" 2>&1 \
  || { tail -30 "$build.log"; echo "fuzz: build failed (log: $build.log)"; exit 1; }

# A known, harmless overflow check in Debian's RapidJSON is the one thing
# suppressed (see the file); everything else aborts the run.
export UBSAN_OPTIONS="suppressions=$here/tests/fuzz/ubsan.supp:halt_on_error=1:print_stacktrace=1"

failed=0
printf '%-12s %12s %10s %8s  %s\n' target executions "exec/s" cov result
for t in "${targets[@]}"; do
  corpus=$build/corpus/$t
  crashes=$build/crashes/$t
  mkdir -p "$corpus" "$crashes"
  extra=()
  [ "$t" = importer ] && extra+=(tests/data/JSONTestSuite/test_parsing)
  log=$build/$t.log
  "$build/fuzz_$t" -max_total_time="$seconds" -dict=tests/fuzz/book.dict -print_final_stats=1 \
    -timeout=10 -rss_limit_mb=4096 -max_len=65536 -artifact_prefix="$crashes/" \
    "$corpus" "tests/fuzz/corpus/$t" "${extra[@]}" >"$log" 2>&1
  status=$?
  runs=$(awk '/stat::number_of_executed_units/ {print $2}' "$log")
  speed=$(awk '/stat::average_exec_per_sec/ {print $2}' "$log")
  cov=$(grep -Eo 'cov: [0-9]+' "$log" | tail -1 | awk '{print $2}')
  result=clean
  if [ "$status" -ne 0 ]; then
    result="CRASH (log: $log)"
    failed=1
    mkdir -p "tests/fuzz/regressions/$t"
    for f in "$crashes"/*; do [ -f "$f" ] && cp "$f" "tests/fuzz/regressions/$t/"; done
  fi
  printf '%-12s %12s %10s %8s  %s\n' "$t" "${runs:-?}" "${speed:-?}" "${cov:-?}" "$result"
done
[ "$failed" -eq 0 ] && echo "fuzz: all targets clean for ${seconds}s each" \
  || echo "fuzz: crashes copied to tests/fuzz/regressions/ (make test replays them): fix them"
exit "$failed"
