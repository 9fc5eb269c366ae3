#!/usr/bin/env bash
# `make lint`: clang-tidy (.clang-tidy at the root) over Mend's own C++, each
# file with the compile command of the build it belongs to:
#   src/core, src/app, src/cli      build/native's compile database (g++ flags)
#   src/ui, src/platform/web        build/web's (em++ flags)
# em++ is a wrapper around clang: given the flags it adds itself (`em++
# --cflags`: the wasm32-emscripten target, Emscripten's sysroot and libc++),
# clang-tidy parses the web sources exactly as em++ compiles them.
# Prints only findings; exits 1 when there is any.
set -uo pipefail
cd "$(dirname "$0")/.."
jobs=${JOBS:-2}
export NODE_PATH=/usr/share/nodejs  # Debian's em++ runs node, which needs Debian's modules

# GCC-only warning flags (-Wno-restrict) are unknown to clang.
native_args=(--extra-arg=-Wno-unknown-warning-option)
web_args=()
for flag in $(em++ --cflags); do web_args+=("--extra-arg=$flag"); done

tidy() {  # build folder, extra args..., then the files on stdin
  local build=$1
  shift
  xargs -r -n 1 -P "$jobs" clang-tidy -quiet -p "$build" "$@" 2> >(grep -v -E \
    '^[0-9]+ warnings? generated|^Suppressed [0-9]+ warnings|^Use -header-filter|^[0-9]+ warnings? treated as errors|^Error while processing' >&2)
}

status=0
find src/core src/app src/cli -name '*.cpp' | sort | tidy build/native "${native_args[@]}" || status=1
find src/ui src/platform/web -name '*.cpp' | sort | tidy build/web "${web_args[@]}" || status=1
[ "$status" -eq 0 ] && echo "lint: clean" || echo "lint: findings above"
exit "$status"
