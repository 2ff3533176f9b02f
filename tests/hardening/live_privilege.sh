#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Least privilege, proven on a real capture: frag792 runs as an unprivileged user with no
# capability at all, frag792-capture-helper (file capabilities) is what opens the
# interface, and the analysis still sees the traffic. Without the capability the CLI
# exits 4 with the exact setcap command for the helper.
#   live_privilege.sh FRAG792_BIN
FRAG792_BIN=$1
source "$(dirname "$0")/netns_lib.sh"
HELPER_BIN="$(dirname "$FRAG792_BIN")/frag792-capture-helper"
[[ -x $HELPER_BIN ]] || { echo "FAIL: no helper next to $FRAG792_BIN"; exit 1; }
command -v setcap >/dev/null || { echo "SKIP: setcap not installed"; exit 77; }

setup_lab 1500 || { echo "FAIL: cannot build the namespace lab"; exit 1; }

# Copies an unprivileged user can reach; the helper copy gets the two file capabilities.
install -d -m 755 "$WORK/bin" "$WORK/nocap"
install -m 755 "$FRAG792_BIN" "$HELPER_BIN" "$WORK/bin/"
install -m 755 "$FRAG792_BIN" "$HELPER_BIN" "$WORK/nocap/"
setcap cap_net_raw,cap_net_admin=eip "$WORK/bin/frag792-capture-helper" || { echo "SKIP: setcap refused here"; exit 77; }
install -d -m 777 "$WORK/out"
as_nobody=(setpriv --reuid=65534 --regid=65534 --clear-groups --inh-caps=-all)

echo "# 1. unprivileged frag792, helper with file capabilities"
ip netns exec "$NS_CAP" "${as_nobody[@]}" "$WORK/bin/frag792" capture --interface "$IF_CAP" --duration 5 \
    --format json --write "$WORK/out/evidence.pcapng" >"$WORK/out/live.json" 2>"$WORK/out/live.err" &
FPID=$!
BG_PIDS+=("$FPID")
HPID=$(wait_for_helper "$FPID")
check "the helper was started by frag792" test -n "$HPID"
MAIN_CAPS=$(cap_eff "$FPID")
HELPER_CAPS=$(cap_eff "$HPID")
HELPER_PRM=$(awk '/^CapPrm:/ {print $2}' "/proc/$HPID/status" 2>/dev/null)
echo "     frag792 pid $FPID CapEff=$MAIN_CAPS; helper pid $HPID CapEff=$HELPER_CAPS CapPrm=$HELPER_PRM"
check "frag792 (GUI/CLI process) holds no capability" test "$MAIN_CAPS" = 0000000000000000
check "frag792 runs as the unprivileged user" test "$(stat -c %u "/proc/$FPID")" = 65534
check "the helper dropped its capabilities once the interface was open" test "$HELPER_CAPS" = 0000000000000000
check "the helper holds the packet socket" bash -c "ls -l /proc/$HPID/fd 2>/dev/null | grep -q socket"
check "the helper has no_new_privs" grep -q '^NoNewPrivs:[[:space:]]*1' "/proc/$HPID/status"
send_ike 5 300
send_ike 3 3000 # fragmented on the 1500-byte link
wait "$FPID"
RC=$?
echo "     exit $RC; stderr: $(head -c 300 "$WORK/out/live.err")"
check "capture exit code 0" test "$RC" = 0
PACKETS=$(json_field "$WORK/out/live.json" 'd["packets"]')
REASSEMBLED=$(json_field "$WORK/out/live.json" 'd["datagrams_reassembled"]')
RECEIVED=$(json_field "$WORK/out/live.json" 'd["kernel"]["received"]')
echo "     packets $PACKETS, reassembled $REASSEMBLED, kernel received $RECEIVED"
check "the analysis saw the 5 small and 3 fragmented datagrams" test "${PACKETS:-0}" -ge 11
check "the fragmented datagrams were reassembled" test "${REASSEMBLED:-0}" -ge 3
check "kernel statistics came back from the helper" test -n "$RECEIVED"
check "evidence pcapng readable by tshark" bash -c "tshark -r '$WORK/out/evidence.pcapng' 2>/dev/null | wc -l | grep -qx '${PACKETS:-x}'"

echo "# 2. unprivileged frag792, helper without capabilities"
ip netns exec "$NS_CAP" "${as_nobody[@]}" "$WORK/nocap/frag792" capture --interface "$IF_CAP" --duration 2 \
    >"$WORK/out/denied.out" 2>"$WORK/out/denied.err"
RC=$?
echo "     exit $RC; stderr:"
sed 's/^/       /' "$WORK/out/denied.err"
check "exit code 4 without the capability" test "$RC" = 4
check "the message gives the exact setcap command for the helper" \
    grep -qF "setcap cap_net_raw,cap_net_admin=eip $WORK/nocap/frag792-capture-helper" "$WORK/out/denied.err"

echo "# 3. the helper refuses anything but an interface and a filter"
check "extra argument refused (exit 2)" bash -c "'$WORK/bin/frag792-capture-helper' --interface lo --filter udp --write /tmp/x 2>&1 >/dev/null | grep -q '^error usage'; test \${PIPESTATUS[0]} -eq 2"
check "path-like interface refused" bash -c "'$WORK/bin/frag792-capture-helper' --interface ../../x --filter udp 2>&1 | grep -q '^error usage'"
check "unknown interface refused" bash -c "ip netns exec '$NS_CAP' '$WORK/bin/frag792-capture-helper' --interface nosuch0 --filter udp 2>&1 | grep -q '^error nosuchif'"
check "non-interface libpcap devices refused" bash -c "ip netns exec '$NS_CAP' '$WORK/bin/frag792-capture-helper' --interface nflog --filter udp 2>&1 | grep -q '^error nosuchif'"
check "bad filter refused by libpcap" bash -c "ip netns exec '$NS_CAP' '$WORK/bin/frag792-capture-helper' --interface '$IF_CAP' --filter 'udp port' 2>&1 | grep -q '^error badfilter'"
check "control characters in the filter refused" bash -c "'$WORK/bin/frag792-capture-helper' --interface lo --filter \$'udp\\n' 2>&1 | grep -q '^error usage'"

echo "# 4. started by root, the helper becomes nobody once the interface is open"
ip netns exec "$NS_CAP" "$WORK/bin/frag792" capture --interface "$IF_CAP" --duration 4 --format json \
    >"$WORK/out/root.json" 2>"$WORK/out/root.err" &
FPID=$!
BG_PIDS+=("$FPID")
HPID=$(wait_for_helper "$FPID")
sleep 0.5 # wait_for_helper returns once it exists; the drop follows the interface opening
HELPER_UIDS=$(awk '/^Uid:/ {print $2, $3, $4, $5}' "/proc/$HPID/status" 2>/dev/null)
HELPER_GIDS=$(awk '/^Gid:/ {print $2, $3, $4, $5}' "/proc/$HPID/status" 2>/dev/null)
HELPER_GROUPS=$(awk '/^Groups:/ {print $2}' "/proc/$HPID/status" 2>/dev/null)
echo "     helper pid $HPID Uid=($HELPER_UIDS) Gid=($HELPER_GIDS) Groups=(${HELPER_GROUPS}) CapEff=$(cap_eff "$HPID")"
check "the helper left root: every uid is nobody" test "$HELPER_UIDS" = "65534 65534 65534 65534"
check "and every gid nogroup, no supplementary groups" bash -c "test '$HELPER_GIDS' = '65534 65534 65534 65534' && test -z '$HELPER_GROUPS'"
check "and holds no capability" test "$(cap_eff "$HPID")" = 0000000000000000
send_ike 3 3000
wait "$FPID"
RC=$?
check "the capture still ran to the end (exit 0)" test "$RC" = 0
check "and saw the fragmented datagrams" test "$(json_field "$WORK/out/root.json" 'd["datagrams_reassembled"]')" -ge 3
finish
