#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# frag792 benchmark (issue 2): `frag792 analyze FILE --format json` against a plain libpcap
# read loop, on two generated workloads of different sizes.
#
#   bench/run_benchmark.sh [PACKETS_SMALL=100000] [PACKETS_LARGE=1000000]
#
# Builds nothing. Binaries come from the environment, defaulting to build-bench/:
#   FRAG792=.../app/frag792
#   GENERATE=.../bench/frag792-bench-generate
#   READLOOP=.../bench/frag792-bench-readloop
#   PHASES=.../bench/frag792-bench-phases     (optional; a per-phase breakdown is printed if present)
# Other knobs: ROUNDS=5, SEED=792, WORKDIR=(mktemp -d), KEEP=1 keeps the generated files.
#
# For each file the read loop and the analysis run ROUNDS times, interleaved with the order
# alternating each round; the table shows medians of wall time, CPU time (user+system) and
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
TARGET_RATIO=2.0
TARGET_MEMORY_GROWTH=1.3

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
check("IKE sessions", expected["ike_sessions"], len(got["sessions"]))
check("sessions evicted", 0, got["sessions_evicted"])
check("per-session verdicts", dict(sorted(expected["expected_verdicts"].items())),
      dict(sorted(Counter(s["verdict"] for s in got["sessions"]).items())))
check("overall verdict", expected["expected_overall"], got["verdict"]["code"])
check("NAT-T sessions", expected["nat_t_sessions"], sum(1 for s in got["sessions"] if s["nat_t"]))
check("IPv6 sessions", expected["ipv6_sessions"], sum(1 for s in got["sessions"] if ":" in s["initiator"]))
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
for size in "$SMALL" "$LARGE"; do
    file=$WORKDIR/workload-$size.pcapng
    start=$(date +%s%N)
    "$GENERATE" "$file" "$size" "$SEED" >"$file.summary.json"
    end=$(date +%s%N)
    printf 'generated %s packets (%s MiB) in %.2f s\n' "$size" "$(( $(stat -c %s "$file") / 1048576 ))" \
        "$(awk -v d="$(( end - start ))" 'BEGIN { print d / 1e9 }')"
    # One untimed run of each: warms the page cache and gives the output to check.
    "$READLOOP" "$file" >"$file.readloop.txt"
    "$FRAG792" analyze "$file" --format json >"$file.analysis.json"
    echo "analysis of $size packets:"
    if ! check_analysis "$file.summary.json" "$file.analysis.json" "$file.readloop.txt"; then
        status=1
    fi
    : >"$file.readloop.times"
    : >"$file.analyze.times"
    for (( round = 1; round <= ROUNDS; ++round )); do
        if (( round % 2 )); then
            run_timed "$file.readloop.times" "$READLOOP" "$file"
            run_timed "$file.analyze.times" "$FRAG792" analyze "$file" --format json
        else
            run_timed "$file.analyze.times" "$FRAG792" analyze "$file" --format json
            run_timed "$file.readloop.times" "$READLOOP" "$file"
        fi
    done
    RESULT[$size]="$(median "$file.readloop.times" 1) $(median "$file.analyze.times" 1) $(median "$file.readloop.times" 2) $(median "$file.analyze.times" 2) $(median "$file.readloop.times" 3) $(median "$file.analyze.times" 3)"
    echo
done

echo "results (medians of $ROUNDS interleaved runs; time in s, RSS in MiB)"
printf '%10s | %9s %9s %6s | %9s %9s %6s | %9s %9s\n' packets "readloop" "analyze" ratio "readl cpu" "anlz cpu" ratio "RSS readl" "RSS anlz"
printf '%s\n' "-----------+------------------------------+------------------------------+--------------------"
for size in "$SMALL" "$LARGE"; do
    read -r rw aw rc ac rm am <<<"${RESULT[$size]}"
    awk -v n="$size" -v rw="$rw" -v aw="$aw" -v rc="$rc" -v ac="$ac" -v rm="$rm" -v am="$am" 'BEGIN {
        printf "%10d | %9.3f %9.3f %6.2f | %9.3f %9.3f %6.2f | %9.1f %9.1f\n", n, rw, aw, aw / rw, rc, ac, ac / rc, rm / 1024, am / 1024 }'
done
read -r _ aws _ acs _ ams <<<"${RESULT[$SMALL]}"
read -r rwl awl rcl acl _ aml <<<"${RESULT[$LARGE]}"
echo
awk -v aws="$aws" -v awl="$awl" -v rwl="$rwl" -v rcl="$rcl" -v acl="$acl" -v ams="$ams" -v aml="$aml" \
    -v tr="$TARGET_RATIO" -v tm="$TARGET_MEMORY_GROWTH" -v small="$SMALL" -v large="$LARGE" 'BEGIN {
    growth = aml / ams
    printf "analyze peak RSS growth %d -> %d packets: %.2fx (target <= %.1fx): %s\n", small, large, growth, tm, growth <= tm ? "met" : "NOT met"
    printf "analyze/readloop at %d packets: %.2fx wall, %.2fx CPU (target <= %.1fx): %s\n", large, awl / rwl, acl / rcl, tr,
           (awl / rwl <= tr) ? "met" : ((acl / rcl <= tr) ? "met in CPU time only (shared machine?)" : "NOT met")
    printf "analyze throughput at %d packets: %.0f packets/s wall\n", large, large / awl
}'

if [[ -x $PHASES ]]; then
    echo
    echo "where analyze spends its time and memory ($PHASES, $LARGE packets):"
    "$PHASES" "$WORKDIR/workload-$LARGE.pcapng" | sed 's/^/  /'
fi
exit "$status"
