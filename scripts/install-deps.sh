#!/usr/bin/env bash
# Installs everything Mend needs to build, run and test, from Debian's
# packages and the npm registry only. Idempotent: a second run installs
# nothing and takes a few seconds. Runs as root (or through sudo).
#
#   scripts/install-deps.sh            everything (build + tests)
#   scripts/install-deps.sh --run      only what `make run` needs
#   scripts/install-deps.sh --lint     what `make run` needs, and clang-tidy for `make lint`
#   scripts/install-deps.sh --fuzz     what `make run` needs, and clang with libFuzzer for `make fuzz`
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
mode=${1:-all}
say() { printf 'install-deps: %s\n' "$*"; }
die() { printf 'install-deps: ERROR: %s\n' "$*" >&2; exit 1; }

if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then exec sudo -E "$0" "$@"; fi
  die "must run as root to install Debian packages (no sudo found)."
fi
command -v apt-get >/dev/null 2>&1 || die "apt-get not found: Mend's installer supports Debian bookworm only."
export DEBIAN_FRONTEND=noninteractive

# --- Debian packages -----------------------------------------------------------
# g++/cmake build the core and CLI; emscripten builds the web app; rapidjson is
# the JSON library (header-only, streaming reader and writer; "Why RapidJSON"
# in the README); doctest runs unit tests; chromium runs the browser tests; dpkg-dev and
# xz-utils fetch and unpack Dear ImGui's source package; fonts-noto-core gives
# the app's typeface (Noto Sans, SIL Open Font License), which python3-fonttools
# cuts down to the characters the app draws; libssl-dev gives the CLI OpenSSL's
# libcrypto for reading and writing encrypted book files (`make native` needs it).
pkgs=(g++ cmake make emscripten rapidjson-dev dpkg-dev xz-utils ca-certificates python3 python3-fonttools fonts-noto-core libssl-dev)
[ "$mode" = all ] && pkgs+=(doctest-dev chromium)
[ "$mode" = --lint ] && pkgs+=(clang-tidy)
[ "$mode" = --fuzz ] && pkgs+=(clang libclang-rt-14-dev)
# Node.js: keep a newer one that is already installed, else take Debian's.
command -v node >/dev/null 2>&1 || pkgs+=(nodejs)
command -v npm >/dev/null 2>&1 || pkgs+=(npm)

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  apt-get update -qq || die "apt-get update failed: is Debian's package archive reachable?"
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || die "apt-get install ${missing[*]} failed (see the apt output above)."
fi

# --- Dear ImGui 1.86 sources (Debian's source package, pinned by sha256) -------
imgui_tar=imgui_1.86+ds.orig.tar.xz
imgui_sha=$(cat "$here/scripts/imgui.sha256")
third=$here/build/third_party
imgui_dir=$third/imgui
if [ ! -f "$imgui_dir/.unpacked-$imgui_sha" ]; then
  mkdir -p "$third"
  if [ ! -f "$third/$imgui_tar" ]; then
    # apt-get source needs a deb-src entry for the archive this machine uses.
    if ! apt-get source --download-only --print-uris imgui 2>/dev/null | grep -q "$imgui_tar"; then
      say "adding a deb-src entry for Debian's archive (to fetch Dear ImGui's source)"
      "$here/scripts/add-deb-src.sh" || die "could not derive a deb-src entry from /etc/apt sources."
      apt-get update -qq || die "apt-get update failed after adding deb-src."
    fi
    (cd "$third" && apt-get source --download-only imgui >/dev/null 2>&1) \
      || die "apt-get source --download-only imgui failed: Debian's source package for imgui is not reachable."
    [ -f "$third/$imgui_tar" ] || die "Debian's imgui source package did not contain $imgui_tar (expected 1.86)."
  fi
  got=$(sha256sum "$third/$imgui_tar" | cut -d' ' -f1)
  [ "$got" = "$imgui_sha" ] || die "$imgui_tar has sha256 $got, expected $imgui_sha (pinned in scripts/imgui.sha256)."
  rm -rf "$imgui_dir" && mkdir -p "$imgui_dir"
  tar -xJf "$third/$imgui_tar" -C "$imgui_dir" --strip-components=1
  touch "$imgui_dir/.unpacked-$imgui_sha"
  say "Dear ImGui 1.86 unpacked into build/third_party/imgui"
fi

# --- Argon2 reference C sources (PIN hashing; pinned by sha256) ---------------
# Debian's argon2 source package first, like ImGui. Some archive mirrors lack
# its orig tarball; then the same reference implementation (the PHC winner's
# include/ and src/, as vendored by the npm package "argon2") is taken from the
# npm registry. Each tarball's sha256 is pinned in scripts/argon2.sha256; both
# unpack to build/third_party/argon2/{include,src}.
argon2_deb_tar=argon2_0~20171227.orig.tar.gz
argon2_npm_tar=argon2-0.45.1.tgz
argon2_pin() { grep " $1\$" "$here/scripts/argon2.sha256" | cut -d' ' -f1; }
argon2_dir=$third/argon2
argon2_stamp=$argon2_dir/.unpacked-$(sha256sum "$here/scripts/argon2.sha256" | cut -c1-16)
if [ ! -f "$argon2_stamp" ]; then
  mkdir -p "$third"
  if [ ! -f "$third/$argon2_deb_tar" ] && [ ! -f "$third/$argon2_npm_tar" ]; then
    (cd "$third" && apt-get source --download-only argon2 >/dev/null 2>&1) || true
    if [ ! -f "$third/$argon2_deb_tar" ]; then
      say "Debian's argon2 orig tarball is not reachable; taking the reference sources from npm's argon2"
      (cd "$third" && npm pack --silent argon2@0.45.1 >/dev/null) \
        || die "neither Debian's argon2 source package nor npm's argon2 0.45.1 could be fetched."
    fi
  fi
  rm -rf "$argon2_dir" && mkdir -p "$argon2_dir"
  if [ -f "$third/$argon2_deb_tar" ]; then
    tar_file=$third/$argon2_deb_tar
  else
    tar_file=$third/$argon2_npm_tar
  fi
  name=$(basename "$tar_file")
  got=$(sha256sum "$tar_file" | cut -d' ' -f1)
  [ "$got" = "$(argon2_pin "$name")" ] || die "$name has sha256 $got, expected the one pinned in scripts/argon2.sha256."
  tmp=$(mktemp -d)
  tar -xzf "$tar_file" -C "$tmp"
  src_root=$(dirname "$(find "$tmp" -path '*/include/argon2.h' | head -1)")/..
  [ -f "$src_root/src/ref.c" ] || die "$name does not hold Argon2's reference sources (include/, src/ref.c)."
  cp -r "$src_root/include" "$src_root/src" "$argon2_dir/"
  rm -rf "$tmp"
  touch "$argon2_stamp"
  say "Argon2 reference sources unpacked into build/third_party/argon2 (from $name)"
fi

# --- npm test tooling (versions pinned by package-lock.json) -------------------
if [ "$mode" = all ]; then
  lock=$here/package-lock.json
  stamp=$here/node_modules/.mend-lock-$(sha256sum "$lock" | cut -c1-16)
  if [ ! -f "$stamp" ]; then
    say "installing npm test packages (npm ci)"
    (cd "$here" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed: is the npm registry reachable?"
    touch "$stamp"
  fi
fi
say "all dependencies present"
