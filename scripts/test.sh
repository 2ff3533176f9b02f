#!/usr/bin/env bash
# One command: install what is missing, check the formatting, build, and pass every test.
#   unit + CLI + wizard + report tests, tshark agreement (corpus in ../shared/corpus when present),
#   the screenshots regenerated and checked (CTest "screenshots": scripts/screenshots.sh into the build tree),
#   hardening (floods, bad files), end-to-end strongSwan lab and privilege/fault tests (as root),
#   the Debian package (lintian; as root installed, used and purged: tests/package/check_installed.sh),
#   the headless suite again under ASan+UBSan (clang), and each fuzzer for a bounded time.
# Environment: FUZZ_SECONDS (default 60), SKIP_SANITIZE=1, SKIP_FUZZ=1 to shorten a local run.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
started=$(date +%s)
bash "$root/scripts/install-deps.sh"
echo "== check: clang-format over the tracked C++ files =="
bash "$root/scripts/check-format.sh"
bash "$root/scripts/build.sh" -DFRAG792_BUILD_WIZARD=ON

echo "== test: unit, CLI, wizard, report, hardening, tshark agreement, end-to-end =="
if [ "$(id -u)" -ne 0 ]; then
    echo "test: not root: tests that need network namespaces or capture privileges will print SKIP"
fi
# Unit, CLI, wizard and report tests two at a time; the lab and root tests share namespaces and
# interfaces, so they run one after another.
ctest --test-dir "$root/build" --output-on-failure --timeout 900 -j2 -LE "e2e|root"

# The lab spends most of its minutes waiting on IKE timeouts: compile the sanitized build (clang,
# ASan+UBSan, shared by .ci/sanitize.sh and .ci/fuzz.sh) meanwhile, at the lowest priority.
san_pid=""
san_log="$root/build/sanitized-build.log"
if { [ "${SKIP_SANITIZE:-0}" != 1 ] || [ "${SKIP_FUZZ:-0}" != 1 ]; } && [ -f "$root/.ci/sanitized-build.sh" ]; then
    echo "== build: sanitized tree in the background (log: $san_log) =="
    nice -n 19 bash "$root/.ci/sanitized-build.sh" build-hard-san 2 >"$san_log" 2>&1 &
    san_pid=$!
fi
ctest --test-dir "$root/build" --output-on-failure --timeout 900 -L "e2e|root"

echo "== test: Debian package: cpack from build/, lintian, then install, use and purge it =="
deb=$(bash "$root/scripts/package.sh" | tail -1)
if [ "$(id -u)" -eq 0 ]; then
    bash "$root/tests/package/check_installed.sh" "$deb"
else
    echo "test: SKIP installing $deb (needs root: apt-get install, a test user, network namespaces)"
fi

if [ -n "$san_pid" ] && ! wait "$san_pid"; then
    tail -n 40 "$san_log"
    echo "test: the sanitized build failed"
    exit 1
fi
if [ "${SKIP_SANITIZE:-0}" != 1 ] && [ -f "$root/.ci/sanitize.sh" ]; then
    echo "== test: headless suite under AddressSanitizer + UndefinedBehaviorSanitizer =="
    bash "$root/.ci/sanitize.sh"
fi
if [ "${SKIP_FUZZ:-0}" != 1 ] && [ -f "$root/.ci/fuzz.sh" ]; then
    echo "== test: fuzzing (${FUZZ_SECONDS:-60} s per target) =="
    bash "$root/.ci/fuzz.sh"
fi
echo "test: all passed in $(( $(date +%s) - started )) s"
