#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The one sanitized build shared by .ci/sanitize.sh (the headless suite under ASan+UBSan) and
# .ci/fuzz.sh (libFuzzer targets): clang, AddressSanitizer + UndefinedBehaviorSanitizer, fuzz
# targets included, wizard excluded. One build instead of two keeps CI well inside its hour; the
# wizard's widgets run unsanitized in the main suite, the engine, readers, reports and CLI run in both.
#   .ci/sanitized-build.sh BUILD_DIR JOBS [ninja targets...]
set -euo pipefail
cd "$(dirname "$0")/.."
build=$1
jobs=$2
shift 2
if [[ ! -f $build/build.ninja ]]; then
    # -O1 with line tables: what ASan reports need, at a fraction of -O2 -g's compile time.
    CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
        -DFRAG792_SANITIZE=ON -DFRAG792_FUZZ=ON -DFRAG792_BUILD_WIZARD=OFF ${CMAKE_CXX_COMPILER_LAUNCHER:+-DCMAKE_CXX_COMPILER_LAUNCHER=$CMAKE_CXX_COMPILER_LAUNCHER} >/dev/null
fi
ninja -C "$build" -j"$jobs" "$@"
