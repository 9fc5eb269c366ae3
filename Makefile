# Mend: the two commands a user needs are `make run` and `make test`.
# Everything else here is what they are made of.
SHELL := /bin/bash
PORT ?= 8080
JOBS ?= 2
# Debian's emcc runs its JS optimiser with node; Debian's node modules (acorn)
# live in /usr/share/nodejs, which a node from elsewhere does not search.
EMENV := NODE_PATH=/usr/share/nodejs

.PHONY: run test deps deps-run native asan web dist-check clean format

run: deps-run web
	@node scripts/serve.mjs --port $(PORT)

test: deps
	@scripts/test-all.sh

deps:
	@scripts/install-deps.sh
deps-run:
	@scripts/install-deps.sh --run

# ---- builds (each in its own folder, all incremental) --------------------------
build/native/CMakeCache.txt:
	cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null
native: build/native/CMakeCache.txt
	cmake --build build/native -j$(JOBS)

build/asan/CMakeCache.txt:
	cmake -S . -B build/asan -DCMAKE_BUILD_TYPE=Debug -DMEND_SANITIZE=ON >/dev/null
asan: build/asan/CMakeCache.txt
	cmake --build build/asan -j$(JOBS)

build/web/CMakeCache.txt:
	$(EMENV) emcmake cmake -S . -B build/web -DCMAKE_BUILD_TYPE=Release >/dev/null
web: build/web/CMakeCache.txt
	$(EMENV) cmake --build build/web -j$(JOBS) --target mend_web

wasm-tests: build/web/CMakeCache.txt
	$(EMENV) cmake --build build/web -j$(JOBS) --target mend_tests

format:
	clang-format -i $$(git ls-files 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp')

clean:
	rm -rf build/native build/asan build/web dist
