#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Faults during a live capture, each in its own namespace lab:
#   1. the interface disappears mid-capture   2. the capture helper is killed
#   3. the evidence folder is read-only        4. the disk fills up (tiny tmpfs)
#   5. standard output is a full device (/dev/full)
# Each: a clear message on stderr, what arrived is analysed (stdout), the evidence pcapng
# that was written stays readable, and no half-written file is left behind.
#   live_faults.sh FRAG792_BIN
FRAG792_BIN=$1
source "$(dirname "$0")/netns_lib.sh"

start_capture() { # start_capture NAME [extra frag792 args...] -> FPID
    local name=$1
    shift
    ip netns exec "$NS_CAP" "$FRAG792_BIN" capture --interface "$IF_CAP" --duration 20 --format json "$@" \
        >"$WORK/$name.json" 2>"$WORK/$name.err" &
    FPID=$!
    BG_PIDS+=("$FPID")
    HPID=$(wait_for_helper "$FPID")
}

wait_exit() { # wait_exit PID SECONDS -> RC (124 on timeout)
    local pid=$1 limit=$2 i
    for i in $(seq 1 $((limit * 10))); do
        if ! kill -0 "$pid" 2>/dev/null; then
            wait "$pid"
            RC=$?
            return
        fi
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null
    RC=124
}

tshark_count() {
    tshark -r "$1" 2>/dev/null | wc -l
}

echo "# 1. the interface disappears mid-capture"
setup_lab 1500 || exit 1
start_capture gone --write "$WORK/gone.pcapng"
send_ike 4 300
send_ike 2 3000
ip -n "$NS_PEER" link del "$IF_PEER" # deleting one end removes both
wait_exit "$FPID" 10
echo "     exit $RC; stderr: $(cat "$WORK/gone.err" | tr '\n' '|')"
check "ends on its own (no hang), exit 3" test "$RC" = 3
check "clear message naming the interface" grep -qE "$IF_CAP: .*(went down|disappeared|No such device)" "$WORK/gone.err"
check "analysis of what arrived printed" test "$(json_field "$WORK/gone.json" 'd["packets"]')" -ge 8
check "the analysis says where it stopped" grep -q '"stopped_early": "' "$WORK/gone.json"
check "evidence pcapng kept and readable (tshark)" test "$(tshark_count "$WORK/gone.pcapng")" -ge 8
check "tshark reads it without error" bash -c "tshark -r '$WORK/gone.pcapng' 2>&1 >/dev/null | grep -qiE 'cut short|damaged|corrupt'; test \${PIPESTATUS[0]} = 0 -a \${PIPESTATUS[1]} = 1"
ip netns del "$NS_CAP"
ip netns del "$NS_PEER"

echo "# 2. the capture helper is killed"
setup_lab 1500 || exit 1
start_capture killed --write "$WORK/killed.pcapng"
send_ike 4 300
kill -KILL "$HPID"
wait_exit "$FPID" 10
echo "     exit $RC; stderr: $(cat "$WORK/killed.err" | tr '\n' '|')"
check "ends on its own, exit 3" test "$RC" = 3
check "clear message: helper killed by signal 9" grep -q "capture helper was killed by signal 9" "$WORK/killed.err"
check "analysis of what arrived printed" test "$(json_field "$WORK/killed.json" 'd["packets"]')" -ge 4
check "evidence pcapng kept and readable" test "$(tshark_count "$WORK/killed.pcapng")" -ge 4

echo "# 3. the evidence folder is read-only (private mount namespace)"
install -d "$WORK/ro"
ip netns exec "$NS_CAP" unshare --mount --propagation private -- bash -c "
    mount -t tmpfs -o ro,size=64k tmpfs '$WORK/ro' &&
    exec '$FRAG792_BIN' capture --interface '$IF_CAP' --duration 3 --format json --write '$WORK/ro/evidence.pcapng'
" >"$WORK/ro.json" 2>"$WORK/ro.err" &
FPID=$!
BG_PIDS+=("$FPID")
sleep 1
send_ike 3 300
wait_exit "$FPID" 15
echo "     exit $RC; stderr: $(cat "$WORK/ro.err" | tr '\n' '|')"
check "exit 3 with a clear message" bash -c "test $RC = 3 && grep -q 'cannot write $WORK/ro/evidence.pcapng: ' '$WORK/ro.err'"
check "the analysis still ran" test "$(json_field "$WORK/ro.json" 'd["packets"]')" -ge 3

echo "# 4. the disk fills up while writing the evidence (64 KiB tmpfs)"
install -d "$WORK/full"
ip netns exec "$NS_CAP" unshare --mount --propagation private -- bash -c "
    mount -t tmpfs -o size=64k tmpfs '$WORK/full' &&
    '$FRAG792_BIN' capture --interface '$IF_CAP' --duration 4 --format json --write '$WORK/full/evidence.pcapng'
    rc=\$?
    cp '$WORK/full/evidence.pcapng' '$WORK/full-copy.pcapng'
    exit \$rc
" >"$WORK/full.json" 2>"$WORK/full.err" &
FPID=$!
BG_PIDS+=("$FPID")
sleep 1
send_ike 80 1400 0.005
wait_exit "$FPID" 15
echo "     exit $RC; stderr: $(cat "$WORK/full.err" | tr '\n' '|')"
check "exit 3 with a clear message" bash -c "test $RC = 3 && grep -q 'writing $WORK/full/evidence.pcapng failed after [0-9]* packets: .*No space left' '$WORK/full.err'"
check "every packet still analysed" test "$(json_field "$WORK/full.json" 'd["packets"]')" -ge 80
check "the evidence file ends on a whole block (tshark reads it cleanly)" \
    bash -c "tshark -r '$WORK/full-copy.pcapng' >/dev/null 2>'$WORK/full.tshark' && ! grep -qiE 'cut short|damaged|corrupt' '$WORK/full.tshark'"
echo "     evidence kept: $(tshark_count "$WORK/full-copy.pcapng") packets in $(stat -c %s "$WORK/full-copy.pcapng") bytes"

echo "# 5. standard output is full, report folder read-only"
"$FRAG792_BIN" analyze "$WORK/killed.pcapng" --format json >/dev/full 2>"$WORK/devfull.err"
RC=$?
echo "     exit $RC; stderr: $(cat "$WORK/devfull.err")"
check "exit 5 and a clear message when stdout is full" bash -c "test $RC = 5 && grep -q 'cannot write the analysis to standard output: No space left' '$WORK/devfull.err'"
install -d "$WORK/rorep"
unshare --mount --propagation private -- bash -c "
    mount -t tmpfs -o size=64k tmpfs '$WORK/rorep' &&
    dd if=/dev/zero of='$WORK/rorep/filler' bs=4k count=100 2>/dev/null
    '$FRAG792_BIN' analyze '$WORK/gone.pcapng' --report '$WORK/rorep/report.html' >/dev/null
    rc=\$?; ls -A '$WORK/rorep' | tr '\n' ' ' > '$WORK/rorep.list'; exit \$rc
" 2>"$WORK/rorep.err"
RC=$?
echo "     report on a full disk: exit $RC; stderr: $(cat "$WORK/rorep.err" | tr '\n' '|'); left: $(cat "$WORK/rorep.list")"
check "a report that does not fit fails clearly (exit 5) and leaves no file" \
    bash -c "test $RC = 5 && test -s '$WORK/rorep.err' && test \"\$(cat '$WORK/rorep.list')\" = 'filler '"
unshare --mount --propagation private -- bash -c "
    mount -t tmpfs -o ro,size=64k tmpfs '$WORK/rorep' &&
    '$FRAG792_BIN' analyze '$WORK/gone.pcapng' --report '$WORK/rorep/report.json' >/dev/null
" 2>"$WORK/rorep-ro.err"
RC=$?
echo "     report in a read-only folder: exit $RC; stderr: $(cat "$WORK/rorep-ro.err" | tr '\n' '|')"
check "a report in a read-only folder fails clearly (exit 5)" bash -c "test $RC = 5 && grep -q 'report.json' '$WORK/rorep-ro.err'"
finish
