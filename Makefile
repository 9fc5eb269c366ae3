# Mend: the two commands a user needs are `make run` and `make test`.
# Everything else here is what they are made of.
SHELL := /bin/bash
PORT ?= 8080
JOBS ?= 2
# Debian's emcc runs its JS optimiser with node; Debian's node modules (acorn)
# live in /usr/share/nodejs, which a node from elsewhere does not search.
EMENV := NODE_PATH=/usr/share/nodejs

.PHONY: run test soak deps deps-run deps-lint deps-fuzz native asan web wasm-tests lint bench fuzz clean format

run: deps-run web
	@node scripts/serve.mjs --port $(PORT)

test: deps
	@scripts/test-all.sh

# The long random-action soak: 1,000 actions by real input in Chromium, with
# reloads and a second tab, checked against the test's own model through an
# export (tests/e2e/soak.test.mjs; a 100-action run is part of `make test`).
# SOAK_SEED=N repeats a run. Needs the CLI (it makes the books imported) and
# the web build.
SOAK_ACTIONS ?= 1000
soak: deps native web
	SOAK_ACTIONS=$(SOAK_ACTIONS) node --test tests/e2e/soak.test.mjs

deps:
	@scripts/install-deps.sh
deps-run:
	@scripts/install-deps.sh --run
deps-lint:
	@scripts/install-deps.sh --lint
deps-fuzz:
	@scripts/install-deps.sh --fuzz

# ---- builds (each in its own folder, all incremental) --------------------------
build/native/CMakeCache.txt:
	cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
native: build/native/CMakeCache.txt
	cmake --build build/native -j$(JOBS)

build/asan/CMakeCache.txt:
	cmake -S . -B build/asan -DCMAKE_BUILD_TYPE=Debug -DMEND_SANITIZE=ON >/dev/null
asan: build/asan/CMakeCache.txt
	cmake --build build/asan -j$(JOBS)

build/web/CMakeCache.txt:
	$(EMENV) emcmake cmake -S . -B build/web -DCMAKE_BUILD_TYPE=Release -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
# Two steps: building mend_web first regenerates a build folder made before
# mend_dist existed; mend_dist then assembles dist/ (page, service worker).
web: build/web/CMakeCache.txt
	$(EMENV) cmake --build build/web -j$(JOBS) --target mend_web
	$(EMENV) cmake --build build/web -j$(JOBS) --target mend_dist

wasm-tests: build/web/CMakeCache.txt
	$(EMENV) cmake --build build/web -j$(JOBS) --target mend_tests

# ---- house checks ----------------------------------------------------------------
# clang-tidy (.clang-tidy) over core, app and CLI with build/native's compile
# database and over the views and the web platform with build/web's (parsed with
# em++'s own target and sysroot: see scripts/lint.sh). Needs the databases
# only, not the builds. Not part of `make test`: it takes minutes, not seconds.
lint: deps-lint build/native/compile_commands.json build/web/compile_commands.json
	@JOBS=$(JOBS) scripts/lint.sh
# A build folder configured before compile databases were turned on gets one.
build/native/compile_commands.json: build/native/CMakeCache.txt
	cmake -S . -B build/native -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
build/web/compile_commands.json: build/web/CMakeCache.txt
	$(EMENV) emcmake cmake -S . -B build/web -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null

# ---- the benchmark: figures against baselines measured in the same run -----------
# The release app against a bare Dear ImGui page built alike (tests/bench/hello:
# first-load bytes, start, idle CPU), against IndexedDB and JSON in the same page
# (opening 1k/10k/100k cases, saving one event, export and import), and at
# 100,000 cases against 100 (frame times). One table: build/bench/bench.md and
# bench.json (tests/bench/run.mjs). About half an hour; BENCH_RUNS=N runs per
# timing (default 5). Never part of `make test`; a missed goal is reported.
bench: deps native web
	$(EMENV) cmake --build build/web -j$(JOBS) --target mend_hello
	node tests/bench/run.mjs

# ---- fuzzing: libFuzzer with ASan+UBSan, FUZZ_SECONDS (default 60) per target --------
# Not part of `make test`; the inputs it ever crashed on are, through the replay test.
fuzz: deps-fuzz
	@JOBS=$(JOBS) scripts/fuzz.sh

format:
	clang-format -i $$(git ls-files 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp')

clean:
	rm -rf build/native build/asan build/web build/fuzz dist
