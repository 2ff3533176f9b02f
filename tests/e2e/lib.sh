# shellcheck shell=bash
# Shared helpers for the frag792 end-to-end lab (sourced by run_scenario.sh).
#
# Topology (all inside network namespaces created here, removed on exit):
#
#   client ns            router ns                    server ns
#   c0 192.0.2.2/24 ---- r0 192.0.2.1    r1 198.51.100.1 ---- s0 198.51.100.2/24
#      2001:db8:1::2/64     2001:db8:1::1  2001:db8:2::1        2001:db8:2::2/64
#
# Every veth has MTU 1500. strongSwan's charon runs in the client and the server
# namespace, each in its own mount namespace (private /run for charon.pid) with
# its own strongswan.conf (STRONGSWAN_CONF) and swanctl dir (SWANCTL_DIR).

E2E_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CHARON=${CHARON:-/usr/lib/ipsec/charon}

NS_PREFIX="f792e2e-$$-"
NS_C="${NS_PREFIX}c"
NS_R="${NS_PREFIX}r"
NS_S="${NS_PREFIX}s"
WORK=""
BG_PIDS=()          # background processes started by us (charon, captures)
FAILURES=0
CHECKS=0

C4=192.0.2.2; R4C=192.0.2.1; R4S=198.51.100.1; S4=198.51.100.2
C6=2001:db8:1::2; R6C=2001:db8:1::1; R6S=2001:db8:2::1; S6=2001:db8:2::2

log()  { printf '[%s] %s\n' "$(date +%T)" "$*"; }
die()  { printf '[%s] ERROR: %s\n' "$(date +%T)" "$*" >&2; exit 1; }

# check DESCRIPTION COMMAND...   -> prints PASS/FAIL, counts failures
check() {
    local what=$1; shift
    CHECKS=$((CHECKS + 1))
    if "$@"; then
        printf '  PASS  %s\n' "$what"
    else
        printf '  FAIL  %s\n' "$what"
        FAILURES=$((FAILURES + 1))
    fi
}
# check_eq DESCRIPTION GOT WANT
check_eq() {
    local what=$1 got=$2 want=$3
    CHECKS=$((CHECKS + 1))
    if [[ "$got" == "$want" ]]; then
        printf '  PASS  %s: %s\n' "$what" "$got"
    else
        printf '  FAIL  %s: got %s, expected %s\n' "$what" "$got" "$want"
        FAILURES=$((FAILURES + 1))
    fi
}
# check_ge DESCRIPTION GOT MIN
check_ge() {
    local what=$1 got=$2 min=$3
    CHECKS=$((CHECKS + 1))
    if [[ "$got" =~ ^[0-9]+$ ]] && (( got >= min )); then
        printf '  PASS  %s: %s (>= %s)\n' "$what" "$got" "$min"
    else
        printf '  FAIL  %s: got %s, expected >= %s\n' "$what" "${got:-<none>}" "$min"
        FAILURES=$((FAILURES + 1))
    fi
}

require_root() {
    if [[ $(id -u) -ne 0 ]]; then
        echo "SKIP: needs root (network namespaces)"
        exit 77
    fi
    local t
    for t in ip nft tshark "$CHARON" swanctl unshare nsenter jq; do
        command -v "$t" >/dev/null 2>&1 || { echo "SKIP: missing tool $t"; exit 77; }
    done
}

# ---------------------------------------------------------------- cleanup
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    local p ns
    for p in "${BG_PIDS[@]}"; do kill -TERM "$p" 2>/dev/null; done
    # anything else still living in our namespaces (we started all of it)
    for ns in "$NS_C" "$NS_R" "$NS_S"; do
        for p in $(ip netns pids "$ns" 2>/dev/null); do kill -TERM "$p" 2>/dev/null; done
    done
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        local alive=0
        for p in "${BG_PIDS[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
        ((alive)) || break
        sleep 0.2
    done
    for p in "${BG_PIDS[@]}"; do kill -KILL "$p" 2>/dev/null; done
    for ns in "$NS_C" "$NS_R" "$NS_S"; do
        for p in $(ip netns pids "$ns" 2>/dev/null); do kill -KILL "$p" 2>/dev/null; done
        ip netns del "$ns" 2>/dev/null
    done
    if [[ -n "$WORK" && -d "$WORK" ]]; then
        if [[ -n "${E2E_KEEP:-}" || ( $rc -ne 0 && $rc -ne 77 && $rc -ne 130 && $rc -ne 143 &&
              -z "${E2E_NO_KEEP_ON_FAIL:-}" ) ]]; then
            rm -f "$WORK/frag792" "$WORK/frag792-capture-helper" "$WORK/TestWizardLiveCapture"   # 10 MB copies
            echo "artifacts kept in $WORK"
        else
            rm -rf "$WORK"
        fi
    fi
    exit "$rc"
}

# reap_stale: a run killed with SIGKILL (e.g. a CTest timeout) cannot run its
# trap; remove namespaces of such runs (prefix f792e2e-<pid>-, <pid> no longer a
# run_scenario.sh) and stop what the lab started inside them.
reap_stale() {
    local ns pid p
    for ns in $(ip netns list 2>/dev/null | awk '{print $1}' | grep -E '^f792e2e-[0-9]+-[crs]$'); do
        pid=${ns#f792e2e-}; pid=${pid%%-*}
        if [[ -r /proc/$pid/cmdline ]] && tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q run_scenario; then
            continue   # still running (parallel run)
        fi
        echo "removing stale lab namespace $ns (run $pid is gone)"
        for p in $(ip netns pids "$ns" 2>/dev/null); do kill -KILL "$p" 2>/dev/null; done
        ip netns del "$ns" 2>/dev/null
    done
}

setup_traps() {
    trap cleanup EXIT
    trap 'echo "interrupted"; exit 130' INT
    trap 'echo "terminated"; exit 143' TERM
}

# ---------------------------------------------------------------- network
nsx() { local ns=$1; shift; ip netns exec "$ns" "$@"; }

setup_network() {
    local family=$1   # 4 or 6
    local ns
    for ns in "$NS_C" "$NS_R" "$NS_S"; do
        ip netns add "$ns" || die "cannot create namespace $ns"
        ip -n "$ns" link set lo up
        # no duplicate address detection: interfaces are usable at once
        nsx "$ns" sysctl -qw net.ipv6.conf.all.accept_dad=0 net.ipv6.conf.default.accept_dad=0
        if [[ $family == 4 ]]; then
            # no IPv6 chatter (RS/MLD) in IPv4 captures
            nsx "$ns" sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
        fi
    done
    ip -n "$NS_C" link add c0 type veth peer name r0 netns "$NS_R" || die "veth c0/r0"
    ip -n "$NS_S" link add s0 type veth peer name r1 netns "$NS_R" || die "veth s0/r1"
    local pair
    for pair in "$NS_C c0" "$NS_R r0" "$NS_R r1" "$NS_S s0"; do
        set -- $pair
        ip -n "$1" link set "$2" mtu 1500
        # software checksums: captures then carry correct UDP checksums
        if command -v ethtool >/dev/null 2>&1; then
            nsx "$1" ethtool -K "$2" tx off rx off >/dev/null 2>&1 || true
        fi
        ip -n "$1" link set "$2" up
    done
    if [[ $family == 4 ]]; then
        ip -n "$NS_C" addr add $C4/24 dev c0
        ip -n "$NS_R" addr add $R4C/24 dev r0
        ip -n "$NS_R" addr add $R4S/24 dev r1
        ip -n "$NS_S" addr add $S4/24 dev s0
        ip -n "$NS_C" route add default via $R4C
        ip -n "$NS_S" route add default via $R4S
        nsx "$NS_R" sysctl -qw net.ipv4.ip_forward=1
    else
        ip -n "$NS_C" addr add $C6/64 dev c0 nodad
        ip -n "$NS_R" addr add $R6C/64 dev r0 nodad
        ip -n "$NS_R" addr add $R6S/64 dev r1 nodad
        ip -n "$NS_S" addr add $S6/64 dev s0 nodad
        ip -n "$NS_C" -6 route add default via $R6C
        ip -n "$NS_S" -6 route add default via $R6S
        nsx "$NS_R" sysctl -qw net.ipv6.conf.all.forwarding=1
    fi
}

# warm_up FAMILY : resolve neighbours (ARP/ND) on every hop before the captures
# start, so the first IKE packet is not delayed into a spurious retransmission.
# Uses bash /dev/udp (UDP to the discard port; no ping needed).
warm_up() {
    local dst=$S4 src=$C4
    [[ $1 == 6 ]] && { dst=$S6; src=$C6; }
    local i
    for i in 1 2; do
        nsx "$NS_C" bash -c "echo warm-up > /dev/udp/$dst/9" 2>/dev/null
        nsx "$NS_S" bash -c "echo warm-up > /dev/udp/$src/9" 2>/dev/null
        sleep 0.3
    done
    local gw=$R4C; [[ $1 == 6 ]] && gw=$R6C
    ip -n "$NS_C" neigh show "$gw" | grep -qE "REACHABLE|STALE|DELAY" ||
        die "lab broken: client has no neighbour entry for the router"
}

# block_fragments NS : drop every IPv4/IPv6 fragment before conntrack defrag
block_fragments() {
    local ns=$1
    nsx "$ns" nft -f - <<'EOF' || die "nft block rule failed in $1"
table inet f792block {
    chain prerouting {
        type filter hook prerouting priority -450; policy accept;
        ip frag-off & 0x3fff != 0 counter drop comment "ipv4 fragments"
        meta nfproto ipv6 exthdr frag exists counter drop comment "ipv6 fragments"
    }
}
EOF
}

# blocked_count NS : number of packets dropped by the block rules
blocked_count() {
    nsx "$1" nft list table inet f792block 2>/dev/null |
        awk '/counter packets/ { for (i = 1; i <= NF; i++) if ($i == "packets") s += $(i + 1) } END { print s + 0 }'
}

setup_masquerade() {
    nsx "$NS_R" nft -f - <<'EOF' || die "nft masquerade failed"
table ip f792nat {
    chain postrouting {
        type nat hook postrouting priority srcnat; policy accept;
        oifname "r1" masquerade
    }
}
EOF
}

# ---------------------------------------------------------------- strongSwan
# write_side_config SIDE   (uses scenario variables IKE_VERSION AUTH IKE_FRAG FAMILY)
write_side_config() {
    local side=$1 dir="$WORK/$1"
    mkdir -p "$dir"/swanctl/{x509,x509ca,private,conf.d} "$dir/run"
    cat > "$dir/strongswan.conf" <<EOF
# generated by tests/e2e/lib.sh for the $side side
charon {
    load = random nonce x509 revocation constraints pubkey pkcs1 pkcs7 pkcs8 pem openssl gmp aes sha1 sha2 hmac kdf kernel-netlink socket-default vici
    # short retransmissions: a blocked negotiation gives up after ~26 s
    # (sends at 0, 2, 5, 9.5, 16.3 s; gives up at 26.4 s)
    retransmit_tries = 4
    retransmit_timeout = 2.0
    retransmit_base = 1.5
    retransmit_jitter = 0
    install_routes = no
    install_virtual_ip = no
    # no DNS lookups, no syslog
    plugins {
        vici {
            socket = unix://$dir/run/charon.vici
        }
    }
    filelog {
        $side {
            path = $dir/charon.log
            time_format = %T
            flush_line = yes
            default = 1
            ike = 2
            net = 2
            enc = 1
            cfg = 1
        }
    }
    syslog {
        daemon {
            default = -1
        }
    }
}
swanctl {
    load = pem pkcs1 x509 revocation constraints pubkey openssl random
    socket = unix://$dir/run/charon.vici
}
EOF
    local me peer myaddr peeraddr
    if [[ $side == client ]]; then me=client; peer=server; else me=server; peer=client; fi
    if [[ $FAMILY == 4 ]]; then
        [[ $side == client ]] && { myaddr=$C4; peeraddr=$S4; } || { myaddr=$S4; peeraddr=%any; }
    else
        [[ $side == client ]] && { myaddr=$C6; peeraddr=$S6; } || { myaddr=$S6; peeraddr=%any; }
    fi
    local localauth remoteauth secrets=""
    if [[ $AUTH == cert ]]; then
        cp "$PKI_DIR/root.crt" "$PKI_DIR/inter.crt" "$dir/swanctl/x509ca/"
        cp "$PKI_DIR/$me.crt" "$dir/swanctl/x509/"
        cp "$PKI_DIR/$me.key" "$dir/swanctl/private/"
        localauth="auth = pubkey
            certs = $me.crt
            id = \"C=XX, O=frag792 test, CN=$me.frag792.test\""
        remoteauth="auth = pubkey
            id = \"C=XX, O=frag792 test, CN=$peer.frag792.test\""
    else
        localauth="auth = psk"
        remoteauth="auth = psk"
        secrets='secrets {
    ike-lab {
        secret = "frag792-e2e-not-a-secret"
    }
}'
    fi
    cat > "$dir/swanctl/swanctl.conf" <<EOF
# generated by tests/e2e/lib.sh for the $side side
connections {
    lab {
        version = $IKE_VERSION
        local_addrs = $myaddr
        remote_addrs = $peeraddr
        proposals = aes256-sha256-modp2048
        fragmentation = $IKE_FRAG
        send_cert = always
        send_certreq = ${SEND_CERTREQ:-yes}
        rekey_time = 0
        dpd_delay = 0
        local {
            $localauth
        }
        remote {
            $remoteauth
        }
        children {
            l2tp {
                mode = transport
                local_ts = dynamic[udp/1701]
                remote_ts = dynamic[udp/1701]
                esp_proposals = aes256-sha256
                rekey_time = 0
            }
        }
    }
}
$secrets
EOF
}

# start_charon SIDE NS   (its pid joins BG_PIDS, ended by the cleanup trap)
start_charon() {
    local ns=$2 dir="$WORK/$1"
    # ip netns exec -> unshare -> sh -> charon all exec() in place, so $! is charon
    ip netns exec "$ns" unshare --mount --propagation private \
        env STRONGSWAN_CONF="$dir/strongswan.conf" \
        sh -c 'mount --bind "$1" /run && exec "$2" --use-syslog >/dev/null 2>"$3"' \
        charon-wrapper "$dir/run" "$CHARON" "$dir/charon.stderr" &
    local pid=$!
    BG_PIDS+=("$pid")
}

# swanctl_side SIDE ARGS...
swanctl_side() {
    local side=$1; shift
    local dir="$WORK/$side" ns
    [[ $side == client ]] && ns=$NS_C || ns=$NS_S
    ip netns exec "$ns" env STRONGSWAN_CONF="$dir/strongswan.conf" SWANCTL_DIR="$dir/swanctl" \
        swanctl "$@" --uri "unix://$dir/run/charon.vici"
}

wait_vici() {
    local side=$1 i
    for i in $(seq 1 100); do
        [[ -S "$WORK/$side/run/charon.vici" ]] && return 0
        sleep 0.1
    done
    cat "$WORK/$side/charon.stderr" "$WORK/$side/charon.log" 2>/dev/null | tail -20
    die "charon ($side) did not create its vici socket"
}

load_side() {
    local side=$1
    swanctl_side "$side" --load-all --file "$WORK/$side/swanctl/swanctl.conf" \
        > "$WORK/$side/swanctl-load.log" 2>&1 ||
        { cat "$WORK/$side/swanctl-load.log"; die "swanctl --load-all failed on $side"; }
}

# ---------------------------------------------------------------- captures
# start_capture NAME NS IFACE       -> CAP_PID_<NAME>; files $WORK/NAME.pcapng (+ .json)
start_capture() {
    local name=$1 ns=$2 ifc=$3
    local out="$WORK/$name"
    if [[ $CAPTURE_TOOL == frag792 ]]; then
        local extra=()
        # vantage hint for the live capture only on request: by default frag792
        # must work it out itself (from the interface addresses)
        [[ -n "${E2E_LIVE_VANTAGE_HINT:-}" ]] && extra=(--vantage "$name")
        ip netns exec "$ns" "$FRAG792_BIN" capture --interface "$ifc" --duration "$CAPTURE_MAX" \
            --format json --write "$out.pcapng" "${extra[@]}" > "$out.json" 2> "$out.stderr" &
    else
        ip netns exec "$ns" tcpdump -i "$ifc" -n -s 0 -U -w "$out.pcapng" \
            --time-stamp-precision=micro 2> "$out.stderr" &
    fi
    local pid=$!
    BG_PIDS+=("$pid")
    printf -v "CAP_PID_${name^^}" '%s' "$pid"
}

wait_capture_ready() {
    local name=$1 i pidvar="CAP_PID_${1^^}"
    for i in $(seq 1 50); do
        if ! kill -0 "${!pidvar}" 2>/dev/null; then
            cat "$WORK/$name.stderr" >&2
            die "capture $name ($CAPTURE_TOOL) exited at start"
        fi
        if [[ $CAPTURE_TOOL == tcpdump ]]; then
            grep -q "listening on" "$WORK/$name.stderr" 2>/dev/null && return 0
        else
            # frag792 gives no readiness signal we rely on; the pcapng file
            # header appears once the capture handle is open
            [[ -s "$WORK/$name.pcapng" ]] && { sleep 0.3; return 0; }
        fi
        sleep 0.1
    done
    [[ $CAPTURE_TOOL == frag792 ]] && { log "note: no sign of readiness from frag792 ($name), continuing"; return 0; }
    cat "$WORK/$name.stderr"
    die "capture $name did not start"
}

# stop_captures NAME... : SIGINT all at once, then wait (frag792 prints its
# analysis on SIGINT); sets CAP_RC_<NAME>
stop_captures() {
    local name pidvar pid i
    for name in "$@"; do
        pidvar="CAP_PID_${name^^}"; kill -INT "${!pidvar}" 2>/dev/null
    done
    for name in "$@"; do
        pidvar="CAP_PID_${name^^}"; pid=${!pidvar}
        for i in $(seq 1 100); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$pid" 2>/dev/null; then
            log "capture $name did not stop on SIGINT within 10 s, sending SIGTERM"
            kill -TERM "$pid" 2>/dev/null; sleep 2; kill -KILL "$pid" 2>/dev/null
            CAPTURE_STOP_PROBLEMS+="$name "
        fi
        wait "$pid" 2>/dev/null
        printf -v "CAP_RC_${name^^}" '%s' "$?"
    done
}
