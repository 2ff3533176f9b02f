# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by the root-only hardening tests: two network namespaces joined by a veth pair,
# created per test run and always removed (trap). Traffic never leaves them.
#   NS_CAP / IF_CAP  (10.79.0.1/24)  where frag792 captures
#   NS_PEER / IF_PEER (10.79.0.2/24) where test traffic comes from
# Sourced with FRAG792_BIN set; defines fail/pass helpers and send_ike.

set -uo pipefail

if [[ $(id -u) -ne 0 ]]; then
    echo "SKIP: needs root (creates network namespaces and a veth pair)"
    exit 77
fi
for tool in ip unshare setpriv tshark; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool not installed"
        exit 77
    fi
done

PYTHON=/usr/bin/python3
[[ -x $PYTHON ]] || PYTHON=python3
TAG="f792h-$$"
NS_CAP="$TAG-cap"
NS_PEER="$TAG-peer"
IF_CAP="fh$$c"
IF_PEER="fh$$p"
WORK=$(mktemp -d "/tmp/$TAG.XXXXXX")
chmod 755 "$WORK"
FAILURES=0
BG_PIDS=()

cleanup() {
    local pid
    for pid in "${BG_PIDS[@]}"; do
        kill "$pid" 2>/dev/null
    done
    ip netns del "$NS_CAP" 2>/dev/null
    ip netns del "$NS_PEER" 2>/dev/null
    if [[ -n ${KEEP_WORK:-} ]]; then
        echo "work directory kept: $WORK"
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT
trap 'exit 1' INT TERM

setup_lab() {
    local mtu=${1:-1500}
    ip netns add "$NS_CAP" || return 1
    ip netns add "$NS_PEER" || return 1
    ip link add "$IF_CAP" netns "$NS_CAP" type veth peer name "$IF_PEER" netns "$NS_PEER" || return 1
    ip -n "$NS_CAP" addr add 10.79.0.1/24 dev "$IF_CAP"
    ip -n "$NS_PEER" addr add 10.79.0.2/24 dev "$IF_PEER"
    ip -n "$NS_CAP" link set "$IF_CAP" mtu "$mtu" up
    ip -n "$NS_PEER" link set "$IF_PEER" mtu "$mtu" up
    ip -n "$NS_CAP" link set lo up
    ip -n "$NS_PEER" link set lo up
}

check() {
    local what=$1
    shift
    if "$@"; then
        echo "ok   - $what"
    else
        echo "FAIL - $what"
        FAILURES=$((FAILURES + 1))
    fi
}

# send_ike COUNT BYTES [DELAY]: IKEv1 Main Mode-shaped datagrams from the peer to UDP 500;
# BYTES above the MTU make the peer's kernel fragment them (like MM5 with certificates).
send_ike() {
    local count=$1 size=$2 delay=${3:-0.02}
    ip netns exec "$NS_PEER" "$PYTHON" - "$count" "$size" "$delay" <<'PY'
import socket, struct, sys, time
count, size, delay = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.setsockopt(socket.IPPROTO_IP, 10, 0)  # IP_MTU_DISCOVER = IP_PMTUDISC_DONT: let it fragment
s.bind(("10.79.0.2", 500))
for i in range(count):
    data = bytes((i + k) & 0xFF for k in range(max(0, size - 28 - 4)))
    sa = struct.pack("!BBH", 0, 0, 4 + len(data)) + data  # one SA payload, no next payload
    hdr = struct.pack("!QQBBBBII", 0x1122334455660000 + i, 0, 1, 0x10, 2, 0, 0, 28 + len(sa))
    s.sendto(hdr + sa, ("10.79.0.1", 500))
    time.sleep(delay)
PY
}

# json_field FILE EXPR: a value from frag792's JSON output (python, no jq dependency).
json_field() {
    "$PYTHON" -c 'import json,sys
d=json.load(open(sys.argv[1]))
print(eval(sys.argv[2], {}, {"d": d}))' "$1" "$2" 2>/dev/null
}

# wait_for_helper PID: the capture helper child of frag792 PID once it reports ready.
wait_for_helper() {
    local parent=$1 i child
    for i in $(seq 1 100); do
        child=$(pgrep -P "$parent" -f frag792-capture-helper 2>/dev/null | head -1)
        if [[ -n $child ]]; then
            sleep 0.3 # the interface is open well within this
            echo "$child"
            return 0
        fi
        sleep 0.1
    done
    return 1
}

cap_eff() {
    awk '/^CapEff:/ {print $2}' "/proc/$1/status" 2>/dev/null
}

finish() {
    if [[ $FAILURES -gt 0 ]]; then
        echo "$FAILURES check(s) failed"
        exit 1
    fi
    echo "all checks passed"
    exit 0
}
