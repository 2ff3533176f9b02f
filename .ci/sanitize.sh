#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the headless tree with AddressSanitizer + UndefinedBehaviorSanitizer (.ci/sanitized-build.sh,
# shared with the fuzzers) and runs its ctest suite, with two e2e lab scenarios when run as root
# (strongSwan talks to the sanitized frag792). Leak reports from
# Qt/fontconfig process-lifetime caches are suppressed by .ci/lsan.supp (documented there);
# frag792 code is never suppressed.
# The flood test runs a smaller flood under ASan (FRAG792_FLOOD_FRAGMENTS).
#   SANITIZE_BUILD_DIR=build-san SANITIZE_JOBS=2 .ci/sanitize.sh [extra ctest args]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${SANITIZE_BUILD_DIR:-build-hard-san}
JOBS=${SANITIZE_JOBS:-2}
bash .ci/sanitized-build.sh "$BUILD" "$JOBS"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/.ci/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export FRAG792_FLOOD_FRAGMENTS=${FRAG792_FLOOD_FRAGMENTS:-100000}
export FRAG792_BURST_PACKETS=${FRAG792_BURST_PACKETS:-50000}
cd "$BUILD"
# Everything but the lab two at a time; then, one at a time, the root tests and two lab scenarios
# (a plain blocked exchange and NAT-T): the other lab scenarios replay the same code paths the
# unit and CLI tests already run here, and the whole lab under ASan would cost CI five minutes.
ctest --output-on-failure -j"$JOBS" -LE "e2e|root" "$@"
ctest --output-on-failure -L "e2e|root" -E "^e2e_" "$@"
ctest --output-on-failure -R "^e2e_(server-blocks|natt-server-blocks)$" "$@"
