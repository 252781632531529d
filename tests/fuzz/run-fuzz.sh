#!/bin/sh
# run-fuzz.sh [SECONDS]: fuzz the protocol parsers and the server's HTTP
# request reader for a bounded time each.
#
# Builds with clang, libFuzzer, AddressSanitizer and UndefinedBehaviorSanitizer
# in _fuzz/, starting from the seed messages in tests/fuzz/corpus/, and stops
# after SECONDS (default 60). Exits non-zero on any crash or sanitizer report.
#
# Copyright 2026 Jobspor developers
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu

seconds=${1:-60}
cd "$(dirname "$0")/../.."

missing=""
for package in clang libclang-rt-14-dev; do
  if [ "$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)" != installed ]; then
    missing="$missing $package"
  fi
done
if [ -n "$missing" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Fuzzing needs:$missing. Install with: apt-get install -y$missing" >&2
    exit 1
  fi
  apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing
fi
sh build-aux/install-deps.sh

if [ ! -f _fuzz/build.ninja ]; then
  CC=clang meson setup _fuzz -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false \
    -Dc_args=-fsanitize=fuzzer-no-link
fi
meson compile -C _fuzz tests/fuzz/fuzz-protocol tests/fuzz/fuzz-http

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp tests/fuzz/corpus/* "$work/"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1 \
  _fuzz/tests/fuzz/fuzz-protocol -max_total_time="$seconds" -max_len=65536 -timeout=10 \
  -print_final_stats=1 "$work"

http=$(mktemp -d)
trap 'rm -rf "$work" "$http"' EXIT
cp tests/fuzz/corpus-http/* "$http/"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1 \
  _fuzz/tests/fuzz/fuzz-http -max_total_time="$seconds" -max_len=8192 -timeout=10 \
  -print_final_stats=1 "$http"
