#!/bin/bash
# Runs every e2e scenario (or the ones named) one after the other and prints a
# result table with timings.
#
# usage: run_all.sh [FRAG792_BINARY] [SCENARIO...]
#   FRAG792_BINARY defaults to $FRAG792, then <repo>/build/app/frag792.
#   E2E_CAPTURE_TOOL=tcpdump runs the lab without frag792.
#   E2E_SAVE_SAMPLES=DIR also writes trimmed captures (see run_scenario.sh).
# Per-scenario logs go to ${E2E_LOG_DIR:-/tmp/f792e2e-logs}/SCENARIO.log
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
[[ $(id -u) -eq 0 ]] || { echo "SKIP: needs root (network namespaces)"; exit 77; }

bin=${FRAG792:-$HERE/../../build/app/frag792}
if [[ ${1:-} == */* || -x ${1:-/nonexistent} ]]; then bin=$1; shift; fi
scenarios=("$@")
(( ${#scenarios[@]} )) || mapfile -t scenarios < <("$HERE/run_scenario.sh" --list)

logdir=${E2E_LOG_DIR:-/tmp/f792e2e-logs}
mkdir -p "$logdir"
results=$(mktemp /tmp/f792e2e-results.XXXX)
export E2E_RESULTS=$results
t0=$(date +%s)
rcs=0
for s in "${scenarios[@]}"; do
    printf '%-28s ... ' "$s"
    ts=$(date +%s)
    "$HERE/run_scenario.sh" "$s" "$bin" > "$logdir/$s.log" 2>&1
    rc=$?
    case $rc in 0) r=PASS ;; 77) r=SKIP ;; *) r=FAIL; rcs=1 ;; esac
    grep -q "^$s	" "$results" ||
        printf '%s\t-\t(no result: exit %s)\t-\t%s\t%s\t-\n' "$s" "$rc" "$r" "$(( $(date +%s) - ts ))" >> "$results"
    echo "$r ($(( $(date +%s) - ts )) s)  log: $logdir/$s.log"
done
echo
printf '%-28s %-7s %-30s %-30s %-5s %6s\n' SCENARIO VANTAGE "FRAG792 VERDICT" EXPECTED RESULT SECONDS
while IFS=$'\t' read -r sc v got want res secs tool; do
    printf '%-28s %-7s %-30s %-30s %-5s %6s\n' "$sc" "$v" "$got" "$want" "$res" "$secs"
done < "$results"
echo "total: $(( $(date +%s) - t0 )) s"
rm -f "$results"
exit $rcs
