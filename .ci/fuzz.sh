#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (clang, ASan+UBSan) in the sanitized build (.ci/sanitized-build.sh), writes the
# seed corpora (PacketBuilder scenarios, resources/samples, ../shared/corpus when present) and runs each
# target for FUZZ_SECONDS (default 60). Exits non-zero on any finding; crash inputs are left
# in $BUILD/findings/ -- copy them to tests/fuzz/regressions/ (packet-* or file-*) once fixed.
#
#   FUZZ_SECONDS=300 FUZZ_BUILD_DIR=build-fuzz FUZZ_JOBS=2 .ci/fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${FUZZ_SECONDS:-60}
BUILD=${FUZZ_BUILD_DIR:-build-hard-san}
JOBS=${FUZZ_JOBS:-2}
CAPTURES=${FUZZ_CAPTURE_DIR:-../shared/corpus}

bash .ci/sanitized-build.sh "$BUILD" "$JOBS" fuzz_packet_stream fuzz_capture_file fuzz_evidence_file frag792_fuzz_seeds

CORPUS=$BUILD/corpus
FINDINGS=$BUILD/findings
mkdir -p "$CORPUS/packet" "$CORPUS/file" "$CORPUS/evidence" "$CORPUS/evidence-seeds" "$FINDINGS"
# Evidence seeds: every constructed fixture (all formats, EVTX included).
cp tests/evidence/fixtures/* "$CORPUS/evidence-seeds/"
seed_args=("$CORPUS/packet-seeds" "$CORPUS/file-seeds" resources/samples)
[[ -d $CAPTURES ]] && seed_args+=("$CAPTURES")
"$BUILD/tests/fuzz/frag792_fuzz_seeds" "${seed_args[@]}"
# NetMon 1.x and 2.0 seeds for the libwiretap path, written by Wireshark's own editcap (the seed
# writer adds NetMon 2.1 and 2.3 files with per-frame media types and NetEvent records).
if command -v editcap >/dev/null; then
    for f in resources/samples/*.pcapng; do
        editcap -F netmon1 "$f" "$CORPUS/file-seeds/$(basename "$f" .pcapng)-netmon1.cap"
        editcap -F netmon2 "$f" "$CORPUS/file-seeds/$(basename "$f" .pcapng)-netmon2.cap"
    done
fi
# Regression inputs are seeds too: every fixed crash stays in the search.
for f in tests/fuzz/regressions/*; do
    [[ -f $f ]] || continue
    case $(basename "$f") in
        packet-*) cp "$f" "$CORPUS/packet-seeds/" ;;
        file-*) cp "$f" "$CORPUS/file-seeds/" ;;
        evidence-*) cp "$f" "$CORPUS/evidence-seeds/" ;;
    esac
done

# The fuzz targets load the instrumented reader modules of this build (capture/modules/ReaderModule.h).
FRAG792_MODULE_DIR=$(sed -n 's/^FRAG792_MODULE_BUILD_DIR:INTERNAL=//p' "$BUILD/CMakeCache.txt")
export FRAG792_MODULE_DIR
# Without them the NetMon and EVTX paths would quietly go unfuzzed: stop instead.
for module in frag792-wiretap.so frag792-eventlog.so; do
    [[ -f $FRAG792_MODULE_DIR/$module ]] || { echo "fuzz: $module missing in '$FRAG792_MODULE_DIR'" >&2; exit 2; }
done
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=0:detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
status=0
run() {
    local target=$1 kind=$2 max_len=${3:-65536}
    local log=$BUILD/fuzz-$target.log
    echo "== $target: ${SECONDS_EACH}s"
    set +e
    "$BUILD/tests/fuzz/$target" -max_total_time="$SECONDS_EACH" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$FINDINGS/$target-" \
        "$CORPUS/$kind" "$CORPUS/$kind-seeds" >"$log" 2>&1
    local rc=$?
    set -e
    local execs
    execs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}')
    echo "   executions: ${execs:-?}  corpus: $(ls "$CORPUS/$kind" | wc -l) units  exit: $rc"
    if [[ $rc -ne 0 ]]; then
        echo "   FINDING (see $log):"
        grep -E 'ERROR: |SUMMARY: |runtime error|Test unit written' "$log" | head -5 | sed 's/^/   /'
        status=1
    fi
}
run fuzz_packet_stream packet
run fuzz_capture_file file
# EVTX files are 4 KiB + 64 KiB chunks: let inputs reach two chunks.
run fuzz_evidence_file evidence 139264
exit $status
