#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# frag792 benchmark (issues 2 and 11): `frag792 analyze FILE --format json` (and `--format text`)
# against a plain libpcap read loop, on generated workloads: the mixed one at two sizes, and one
# with thousands of IKE SAs (FRAG792_BENCH_IKE_SHARE=$MANY_SAS_SHARE) at the large size.
#
#   bench/run_benchmark.sh [PACKETS_SMALL=100000] [PACKETS_LARGE=1000000]
#
# Builds nothing. Binaries come from the environment, defaulting to build-bench/:
#   FRAG792=.../app/frag792
#   GENERATE=.../bench/frag792-bench-generate
#   READLOOP=.../bench/frag792-bench-readloop
#   PHASES=.../bench/frag792-bench-phases     (optional; a per-phase breakdown is printed if present)
# Other knobs: ROUNDS=5, SEED=792, WORKDIR=(mktemp -d), KEEP=1 keeps the generated files,
# MANY_SAS_SHARE=0.1 (IKE share of the many-SAs workload; 0 leaves that workload out).
#
# For each file the read loop and the analysis run ROUNDS times, interleaved with the order
# alternating each round; so does the strict read loop (the same loop given frag792's own 256 KiB
# stdio buffer, READLOOP_BUFFER), whose ratio says how close to bare reading the engine is; the table shows medians of wall time, CPU time (user+system) and
# peak RSS (GNU time %M). On a shared machine trust the CPU columns more than the
# wall ones. Before timing, the analysis of each file is checked against what the generator
# says it put in (packets, sessions, per-session verdicts, the overall verdict).
#
# Exit status: 0 when the checks pass (the performance targets are reported, not enforced),
# 1 when a check fails, 2 on a usage or environment problem.

set -euo pipefail

SMALL=${1:-100000}
LARGE=${2:-1000000}
ROUNDS=${ROUNDS:-5}
SEED=${SEED:-792}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BUILD=${BUILD:-$HERE/../build-bench}
FRAG792=${FRAG792:-$BUILD/app/frag792}
GENERATE=${GENERATE:-$BUILD/bench/frag792-bench-generate}
READLOOP=${READLOOP:-$BUILD/bench/frag792-bench-readloop}
PHASES=${PHASES:-$BUILD/bench/frag792-bench-phases}
MANY_SAS_SHARE=${MANY_SAS_SHARE:-0.1}
READLOOP_BUFFER=${READLOOP_BUFFER:-262144}
TARGET_RATIO=1.5
TARGET_MEMORY_GROWTH=1.5
TARGET_PEAK_MIB=32

die() { echo "run_benchmark.sh: $*" >&2; exit 2; }

for bin in "$FRAG792" "$GENERATE" "$READLOOP"; do
    [[ -x $bin ]] || die "$bin missing; build it first: cmake -S . -B build-bench -G Ninja -DFRAG792_BUILD_WIZARD=OFF && ninja -C build-bench -j2 frag792 frag792-bench-generate frag792-bench-readloop frag792-bench-phases"
done
if [[ ! -x /usr/bin/time ]] || ! /usr/bin/time -f '%e' true >/dev/null 2>&1; then
    die "GNU time (/usr/bin/time) is needed for peak RSS; install it with: apt-get install -y time"
fi
command -v python3 >/dev/null || die "python3 is needed to check the analysis; install it with: apt-get install -y python3"
[[ $SMALL =~ ^[0-9]+$ && $LARGE =~ ^[0-9]+$ && $ROUNDS =~ ^[0-9]+$ && $ROUNDS -ge 1 ]] || die "usage: $0 [PACKETS_SMALL] [PACKETS_LARGE]"

if [[ -n ${WORKDIR:-} ]]; then
    mkdir -p "$WORKDIR"
else
    WORKDIR=$(mktemp -d "${TMPDIR:-/tmp}/frag792-bench.XXXXXX")
fi
cleanup() { [[ ${KEEP:-0} == 1 ]] && echo "kept $WORKDIR" || rm -rf "$WORKDIR"; }
trap cleanup EXIT

echo "frag792 benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPU(s), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "frag792: $FRAG792 ($(git -C "$HERE" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$HERE" diff --quiet HEAD -- ../capture ../app 2>/dev/null || echo ', engine has uncommitted changes'))"
echo "rounds: $ROUNDS, seed: $SEED, files in $WORKDIR"
echo

# run_timed OUTFILE CMD...: one run under GNU time; appends "wall_s cpu_s peak_rss_kib" to OUTFILE.
# Peak RSS is GNU time's %M. Wall and CPU (user + system, from wait4) are taken around it by
# python3 with microsecond resolution: GNU time's %e/%U/%S round to 10 ms, too coarse for the
# small file.
run_timed() {
    python3 - "$1" "$WORKDIR/time.txt" "${@:2}" <<'PY'
import os, subprocess, sys, time
out, timefile, cmd = sys.argv[1], sys.argv[2], sys.argv[3:]
with open(os.devnull, "wb") as null:
    start = time.perf_counter()
    child = subprocess.Popen(["/usr/bin/time", "-f", "%e %M", "-o", timefile] + cmd, stdout=null)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
if child.returncode != 0:
    sys.exit(f"run_benchmark.sh: failed ({child.returncode}): {' '.join(cmd)}")
rss_kib = open(timefile).read().split()[-1]
with open(out, "a") as f:
    f.write(f"{wall:.4f} {usage.ru_utime + usage.ru_stime:.4f} {rss_kib}\n")
PY
}

# median FILE COLUMN
median() {
    sort -g -k"$2","$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

check_analysis() { # check_analysis SUMMARY.json ANALYSIS.json READLOOP_OUTPUT
    python3 - "$1" "$2" "$3" <<'EOF'
import json, sys
from collections import Counter
expected = json.load(open(sys.argv[1]))
got = json.load(open(sys.argv[2]))
readloop = open(sys.argv[3]).read().split()
problems = []
def check(what, want, have):
    if want != have:
        problems.append(f"{what}: expected {want}, analysis says {have}")
check("packets", expected["packets"], got["packets"])
check("packets (read loop)", str(expected["packets"]), readloop[1])
if got["sessions_evicted"] == 0:
    check("IKE sessions", expected["ike_sessions"], len(got["sessions"]))
    check("per-session verdicts", dict(sorted(expected["expected_verdicts"].items())),
          dict(sorted(Counter(s["verdict"] for s in got["sessions"]).items())))
    check("NAT-T sessions", expected["nat_t_sessions"], sum(1 for s in got["sessions"] if s["nat_t"]))
    check("IPv6 sessions", expected["ipv6_sessions"], sum(1 for s in got["sessions"] if ":" in s["initiator"]))
else:
    # More SAs than the session cap: the least recently active were dropped and counted, so
    # only the total can be checked, not which verdicts the kept ones have.
    check("IKE sessions kept + evicted", expected["ike_sessions"], len(got["sessions"]) + got["sessions_evicted"])
    print(f"  {got['sessions_evicted']} SAs evicted by the session cap: per-session checks skipped")
check("overall verdict", expected["expected_overall"], got["verdict"]["code"])
check("non-IP packets", expected["background"]["non_ip"], got["non_ip_packets"])
check("NAT-T keepalives", expected["background"]["nat_keepalives"], got["nat_keepalives"])
check("ESP in UDP", expected["background"]["esp_in_udp"], got["esp_in_udp"])
check("malformed", {}, got["malformed"])
check("vantage", "server", got["vantage"]["point"])
v = got["verdict"]
print(f"  {got['packets']} packets, {len(got['sessions'])} IKE sessions "
      f"({expected['nat_t_sessions']} NAT-T, {expected['ipv6_sessions']} IPv6), "
      f"{got['ike_messages']['v1']} IKEv1 messages ({got['ike_messages_from_fragments']} from IP fragments), "
      f"{got['retransmissions']} retransmissions")
print(f"  {got['ipv4_fragments']} IPv4 + {got['ipv6_fragments']} IPv6 fragments, "
      f"{got['datagrams_reassembled']} datagrams reassembled, {got['datagrams_incomplete']} incomplete, "
      f"reassembly peak {got['reassembly']['peak_bytes_held']} bytes / {got['reassembly']['peak_datagrams_in_flight']} datagrams")
print("  sessions by verdict: " + ", ".join(f"{k} {n}" for k, n in sorted(Counter(s['verdict'] for s in got['sessions']).items())))
print(f"  overall verdict: {v['code']} (vantage {got['vantage']['point']}; stalled at "
      f"{(v.get('stalled') or {}).get('message')}, session {v['session']})")
if problems:
    print("  CHECK FAILED:")
    for p in problems:
        print("    " + p)
    sys.exit(1)
print("  check: matches the generator's summary")
EOF
}

status=0
declare -A RESULT
WORKLOADS=("mixed:$SMALL" "mixed:$LARGE")
[[ $MANY_SAS_SHARE != 0 ]] && WORKLOADS+=("many-sas:$LARGE")
for workload in "${WORKLOADS[@]}"; do
    kind=${workload%%:*}
    size=${workload##*:}
    file=$WORKDIR/$kind-$size.pcapng
    share=
    [[ $kind == many-sas ]] && share=$MANY_SAS_SHARE
    start=$(date +%s%N)
    FRAG792_BENCH_IKE_SHARE=$share "$GENERATE" "$file" "$size" "$SEED" >"$file.summary.json"
    end=$(date +%s%N)
    printf 'generated %s: %s packets (%s MiB) in %.2f s\n' "$kind" "$size" "$(( $(stat -c %s "$file") / 1048576 ))" \
        "$(awk -v d="$(( end - start ))" 'BEGIN { print d / 1e9 }')"
    # One untimed run of each: warms the page cache and gives the output to check.
    "$READLOOP" "$file" >"$file.readloop.txt"
    "$FRAG792" analyze "$file" --format json >"$file.analysis.json"
    echo "analysis of $kind, $size packets:"
    if ! check_analysis "$file.summary.json" "$file.analysis.json" "$file.readloop.txt"; then
        status=1
    fi
    : >"$file.readloop.times"
    : >"$file.analyze.times"
    : >"$file.text.times"
    : >"$file.strict.times"
    for (( round = 1; round <= ROUNDS; ++round )); do
        if (( round % 2 )); then
            run_timed "$file.readloop.times" "$READLOOP" "$file"
            run_timed "$file.analyze.times" "$FRAG792" analyze "$file" --format json
            run_timed "$file.text.times" "$FRAG792" analyze "$file" --format text
            run_timed "$file.strict.times" "$READLOOP" "$file" "$READLOOP_BUFFER"
        else
            run_timed "$file.strict.times" "$READLOOP" "$file" "$READLOOP_BUFFER"
            run_timed "$file.text.times" "$FRAG792" analyze "$file" --format text
            run_timed "$file.analyze.times" "$FRAG792" analyze "$file" --format json
            run_timed "$file.readloop.times" "$READLOOP" "$file"
        fi
    done
    # Ratios per round (the two ran back to back), then the median: steadier than a ratio of medians.
    RESULT[$workload]="$(median "$file.readloop.times" 1) $(median "$file.analyze.times" 1) $(median "$file.readloop.times" 2) $(median "$file.analyze.times" 2) $(median "$file.readloop.times" 3) $(median "$file.analyze.times" 3) $(median "$file.text.times" 3) $(paste -d' ' "$file.readloop.times" "$file.analyze.times" "$file.text.times" | awk '{ print $4 / $1, $5 / $2, $8 / $2 }' >"$file.ratios"; median "$file.ratios" 1) $(median "$file.ratios" 2) $(median "$file.ratios" 3) $(paste -d' ' "$file.strict.times" "$file.analyze.times" | awk '{ print $5 / $2 }' >"$file.strict.ratios"; median "$file.strict.ratios" 1)"
    echo
done

echo "results (medians of $ROUNDS interleaved runs; time in s, RSS in MiB; ratios are medians of per-round ratios)"
printf '%-9s %8s | %8s %8s %6s | %8s %8s %6s %6s | %6s %6s %6s\n' workload packets "readloop" "analyze" ratio "rl cpu" "an cpu" ratio "text r" "RSS rl" "json" "text"
printf '%s\n' "-------------------+--------------------------+--------------------------------+---------------------"
for workload in "${WORKLOADS[@]}"; do
    read -r rw aw rc ac rm am at rwall rcpu rtext _ <<<"${RESULT[$workload]}"
    awk -v k="${workload%%:*}" -v n="${workload##*:}" -v rw="$rw" -v aw="$aw" -v rc="$rc" -v ac="$ac" -v rm="$rm" -v am="$am" -v at="$at" \
        -v rwall="$rwall" -v rcpu="$rcpu" -v rtext="$rtext" 'BEGIN {
        printf "%-9s %8d | %8.3f %8.3f %6.2f | %8.3f %8.3f %6.2f %6.2f | %6.1f %6.1f %6.1f\n", k, n, rw, aw, rwall, rc, ac, rcpu, rtext, rm / 1024, am / 1024, at / 1024 }'
done
read -r _ _ _ _ _ ams _ _ _ _ _ <<<"${RESULT[mixed:$SMALL]}"
read -r _ _ _ _ _ aml _ _ _ _ _ <<<"${RESULT[mixed:$LARGE]}"
echo
awk -v ams="$ams" -v aml="$aml" -v tm="$TARGET_MEMORY_GROWTH" -v small="$SMALL" -v large="$LARGE" 'BEGIN {
    growth = aml / ams
    printf "analyze peak RSS growth %d -> %d packets (mixed): %.2fx (target <= %.1fx): %s\n", small, large, growth, tm, growth <= tm ? "met" : "NOT met"
}'
for workload in "${WORKLOADS[@]}"; do
    read -r _ _ _ _ _ am at rwall rcpu rtext rstrict <<<"${RESULT[$workload]}"
    awk -v w="$workload" -v rwall="$rwall" -v rcpu="$rcpu" -v am="$am" -v at="$at" -v tr="$TARGET_RATIO" -v tp="$TARGET_PEAK_MIB" 'BEGIN {
        printf "%s: analyze/readloop %.2fx wall, %.2fx CPU (target <= %.1fx): %s; peak RSS json %.1f, text %.1f MiB (target <= %d): %s\n",
               w, rwall, rcpu, tr, (rwall <= tr) ? "met" : ((rcpu <= tr) ? "met in CPU time only (shared machine?)" : "NOT met"),
               am / 1024, at / 1024, tp, (am / 1024 <= tp && at / 1024 <= tp) ? "met" : "NOT met"
    }'
    awk -v w="$workload" -v r="$rstrict" -v b="$READLOOP_BUFFER" 'BEGIN {
        printf "%s: analyze/strict readloop (same %d-byte stdio buffer as frag792) %.2fx CPU (reported, not a target)\n", w, b, r }'
done

if [[ -x $PHASES ]]; then
    echo
    echo "where analyze spends its time and memory ($PHASES, $LARGE packets):"
    "$PHASES" "$WORKDIR/mixed-$LARGE.pcapng" | sed 's/^/  /'
fi
exit "$status"
