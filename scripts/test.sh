#!/usr/bin/env bash
# One command: install what is missing, build, and pass every test.
#   unit + CLI + wizard + report tests, tshark agreement (corpus in ../shared/corpus when present),
#   the screenshots regenerated and checked (CTest "screenshots": scripts/screenshots.sh into the build tree),
#   hardening (floods, bad files), end-to-end strongSwan lab and privilege/fault tests (as root),
#   the whole suite again under ASan+UBSan, and each fuzzer for a bounded time.
# Environment: FUZZ_SECONDS (default 60), SKIP_SANITIZE=1, SKIP_FUZZ=1 to shorten a local run.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
started=$(date +%s)
bash "$root/scripts/install-deps.sh"
bash "$root/scripts/build.sh" -DFRAG792_BUILD_WIZARD=ON

echo "== test: unit, CLI, wizard, report, hardening, tshark agreement, end-to-end =="
if [ "$(id -u)" -ne 0 ]; then
    echo "test: not root: tests that need network namespaces or capture privileges will print SKIP"
fi
ctest --test-dir "$root/build" --output-on-failure --timeout 900

if [ "${SKIP_SANITIZE:-0}" != 1 ] && [ -f "$root/.ci/sanitize.sh" ]; then
    echo "== test: whole suite under AddressSanitizer + UndefinedBehaviorSanitizer =="
    bash "$root/.ci/sanitize.sh"
fi
if [ "${SKIP_FUZZ:-0}" != 1 ] && [ -f "$root/.ci/fuzz.sh" ]; then
    echo "== test: fuzzing (${FUZZ_SECONDS:-60} s per target) =="
    bash "$root/.ci/fuzz.sh"
fi
echo "test: all passed in $(( $(date +%s) - started )) s"
