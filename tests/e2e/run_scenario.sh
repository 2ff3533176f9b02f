#!/bin/bash
# frag792 end-to-end scenario driver.
#
# usage: run_scenario.sh SCENARIO [FRAG792_BINARY]
#        run_scenario.sh wizard-live FRAG792_BINARY TEST_BINARY
#        run_scenario.sh --list
#
# Builds a client - router - server lab out of network namespaces, runs
# strongSwan on client and server, captures on the client (c0) and on the
# server (s0) at the same time, lets the client initiate, then checks
#   1. the lab itself (tshark on the written captures, nft drop counters,
#      charon logs) - always, so a broken lab cannot produce a false pass;
#   2. frag792's live-capture JSON (verdict, vantage, stalled message,
#      counters compared with tshark) and `frag792 analyze` on the written file.
#
# wizard-live: the server-blocks lab, but instead of `frag792 capture` the wizard
# test TestWizardLiveCapture (TEST_BINARY, or $WIZARD_LIVE_TEST) runs offscreen in
# the server namespace and drives the capture page through a live capture on s0
# (with frag792-capture-helper from beside FRAG792_BINARY). It prints READY once
# capturing; the client initiates then; once the client has given up this script
# creates $FRAG792_LIVE_DONE_FILE and the test stops, checks the verdict and the
# page that follows. Not in --list (run_all.sh): it needs the extra binary.
#
# Environment:
#   FRAG792=PATH            frag792 binary (alternative to the 2nd argument)
#   E2E_CAPTURE_TOOL=auto|frag792|tcpdump
#                           auto (default): frag792 if a binary is given and exists,
#                           otherwise tcpdump (lab-only validation, frag792 checks skipped)
#   E2E_LIVE_VANTAGE_HINT=1 also pass --vantage server|client to the live `frag792 capture`
#   E2E_KEEP=1              keep the work dir (captures, JSON, charon logs); it is
#                           always kept on failure unless E2E_NO_KEEP_ON_FAIL=1
#   E2E_SAVE_SAMPLES=DIR    write trimmed (IKE + fragments only) captures to DIR
#   E2E_RESULTS=FILE        append one TSV result line per vantage to FILE
# Exit: 0 pass, 1 fail, 77 skip (not root / tools missing).
set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib.sh
. "$HERE/lib.sh"

SCENARIOS="frag-pass server-blocks router-drops client-drops psk natt-server-blocks natt-pass ikev2-fragmentation ikev2-nofrag-server-blocks ipv6-server-blocks libreswan-router-drops libreswan-server-blocks"
WIZARD_SCENARIOS="wizard-live"

define_scenario() {
    # defaults
    IKE_VERSION=1 AUTH=cert IKE_FRAG=no FAMILY=4 NAT=0 BLOCK=none
    # the responder's IKE daemon (strongswan | libreswan); the client's certificate requests (yes | no)
    SERVER_IMPL=strongswan SEND_CERTREQ=yes
    # auth_method expected in frag792's session (IKEv1, libreswan scenarios); "" = not checked
    AUTH_METHOD_EXPECTED=""
    EXPECT_SERVER=negotiation-completed EXPECT_CLIENT=negotiation-completed
    # message names ('|'-separated) that must show up in frag792's sessions as
    # IP-fragmented (>=2 fragments); message that must be flagged retransmission
    FRAG_MSG_SERVER="" RETX_MSG_SERVER="" FRAG_MSG_CLIENT="" RETX_MSG_CLIENT=""
    # verdict.stalled.message expected at each vantage point ("" = no stall)
    STALL_SERVER="" STALL_CLIENT=""
    DESCRIPTION=""
    case $1 in
    frag-pass)   # scenario 1
        DESCRIPTION="IKEv1 Main Mode, RSA-4096 certs, MM5/MM6 IP-fragmented, nothing blocks fragments"
        FRAG_MSG_SERVER="MM5|MM6" FRAG_MSG_CLIENT="MM5|MM6" ;;
    server-blocks)   # scenario 2
        STALL_SERVER=MM5 STALL_CLIENT=MM5
        DESCRIPTION="IKEv1 certs, server netns drops IP fragments (nft prerouting -450)"
        BLOCK=server
        EXPECT_SERVER=fragments-dropped-at-server EXPECT_CLIENT=fragments-unanswered
        FRAG_MSG_SERVER=MM5 RETX_MSG_SERVER=MM5 FRAG_MSG_CLIENT=MM5 RETX_MSG_CLIENT=MM5 ;;
    router-drops)    # scenario 3
        STALL_SERVER=MM4 STALL_CLIENT=MM5
        DESCRIPTION="IKEv1 certs, router drops IP fragments on the forward path"
        BLOCK=router
        EXPECT_SERVER=fragments-lost-before-server EXPECT_CLIENT=fragments-unanswered
        FRAG_MSG_CLIENT=MM5 RETX_MSG_CLIENT=MM5 ;;
    client-drops)    # scenario 4
        STALL_SERVER=MM5 STALL_CLIENT=MM5
        DESCRIPTION="IKEv1 certs, client netns drops incoming IP fragments (MM6 lost)"
        BLOCK=client
        EXPECT_SERVER=fragments-lost-after-server EXPECT_CLIENT=fragments-dropped-at-client
        FRAG_MSG_SERVER="MM5|MM6" RETX_MSG_SERVER=MM5 FRAG_MSG_CLIENT="MM5|MM6" RETX_MSG_CLIENT=MM5 ;;
    psk)             # scenario 5
        DESCRIPTION="IKEv1 Main Mode with pre-shared key: small messages, no fragmentation"
        AUTH=psk ;;
    natt-server-blocks)   # scenario 6a
        STALL_SERVER=MM5 STALL_CLIENT=MM5
        DESCRIPTION="IKEv1 certs through a masquerading router (NAT-T, UDP 4500), server drops fragments"
        NAT=1 BLOCK=server
        EXPECT_SERVER=fragments-dropped-at-server EXPECT_CLIENT=fragments-unanswered
        FRAG_MSG_SERVER=MM5 RETX_MSG_SERVER=MM5 FRAG_MSG_CLIENT=MM5 RETX_MSG_CLIENT=MM5 ;;
    natt-pass)       # scenario 6b
        DESCRIPTION="IKEv1 certs through a masquerading router (NAT-T, UDP 4500), nothing blocked"
        NAT=1
        FRAG_MSG_SERVER="MM5|MM6" FRAG_MSG_CLIENT="MM5|MM6" ;;
    ikev2-fragmentation)   # scenario 7a
        DESCRIPTION="IKEv2 certs with RFC 7383 fragmentation=yes, server drops IP fragments"
        IKE_VERSION=2 IKE_FRAG=yes BLOCK=server ;;
    ikev2-nofrag-server-blocks)   # scenario 7b
        STALL_SERVER="IKE_AUTH request" STALL_CLIENT="IKE_AUTH request"
        DESCRIPTION="IKEv2 certs with fragmentation=no, server drops IP fragments"
        IKE_VERSION=2 BLOCK=server
        EXPECT_SERVER=fragments-dropped-at-server EXPECT_CLIENT=fragments-unanswered
        FRAG_MSG_SERVER="IKE_AUTH request" RETX_MSG_SERVER="IKE_AUTH request"
        FRAG_MSG_CLIENT="IKE_AUTH request" RETX_MSG_CLIENT="IKE_AUTH request" ;;
    ipv6-server-blocks)   # scenario 8
        STALL_SERVER=MM5 STALL_CLIENT=MM5
        DESCRIPTION="IKEv1 certs over IPv6, server drops IPv6 fragments"
        FAMILY=6 BLOCK=server
        EXPECT_SERVER=fragments-dropped-at-server EXPECT_CLIENT=fragments-unanswered
        FRAG_MSG_SERVER=MM5 RETX_MSG_SERVER=MM5 FRAG_MSG_CLIENT=MM5 RETX_MSG_CLIENT=MM5 ;;
    libreswan-router-drops)   # scenario 9: a responder that retransmits MM4 while it waits
        STALL_SERVER=MM4 STALL_CLIENT=MM5
        DESCRIPTION="IKEv1 RSA signatures, libreswan responder (retransmits MM4), no certificate requests, router drops IP fragments"
        BLOCK=router SERVER_IMPL=libreswan SEND_CERTREQ=no AUTH_METHOD_EXPECTED=rsa-signatures
        EXPECT_SERVER=fragments-lost-before-server EXPECT_CLIENT=fragments-unanswered
        RETX_MSG_SERVER=MM4 FRAG_MSG_CLIENT=MM5 RETX_MSG_CLIENT=MM5 ;;
    libreswan-server-blocks)  # scenario 9: the same responder, the server drops the fragments
        STALL_SERVER=MM5 STALL_CLIENT=MM5
        DESCRIPTION="IKEv1 RSA signatures, libreswan responder (retransmits MM4), no certificate requests, server netns drops IP fragments"
        BLOCK=server SERVER_IMPL=libreswan SEND_CERTREQ=no AUTH_METHOD_EXPECTED=rsa-signatures
        EXPECT_SERVER=fragments-dropped-at-server EXPECT_CLIENT=fragments-unanswered
        FRAG_MSG_SERVER=MM5 RETX_MSG_SERVER=MM5 FRAG_MSG_CLIENT=MM5 RETX_MSG_CLIENT=MM5 ;;
    wizard-live)     # scenario 2's lab, captured by the wizard (the test checks MM5 itself)
        DESCRIPTION="wizard capture page, live at the server; IKEv1 certs, server netns drops IP fragments"
        BLOCK=server
        EXPECT_SERVER=fragments-dropped-at-server EXPECT_CLIENT=fragments-unanswered ;;
    *) return 1 ;;
    esac
    if [[ $FAMILY == 4 ]]; then SERVER_ADDR=$S4; else SERVER_ADDR=$S6; fi
    if [[ $EXPECT_SERVER == negotiation-completed ]]; then EXPECT_ESTABLISHED=1; else EXPECT_ESTABLISHED=0; fi
}

if [[ ${1:-} == --list ]]; then echo "$SCENARIOS" | tr ' ' '\n'; exit 0; fi
SCENARIO=${1:-}
define_scenario "$SCENARIO" ||
    { echo "usage: $0 SCENARIO [FRAG792_BINARY]; scenarios: $SCENARIOS $WIZARD_SCENARIOS" >&2; exit 2; }
require_root
if [[ $SERVER_IMPL == libreswan ]]; then
    # shellcheck source=libreswan.sh
    . "$HERE/libreswan.sh"
    libreswan_available > /tmp/f792e2e-$$-libreswan.why 2>&1 ||
        { echo "SKIP: libreswan not available: $(cat /tmp/f792e2e-$$-libreswan.why)"; rm -f /tmp/f792e2e-$$-libreswan.why; exit 77; }
    rm -f /tmp/f792e2e-$$-libreswan.why
fi
PKI_DIR="$E2E_DIR/pki"
[[ -s $PKI_DIR/server.key ]] || die "PKI missing in $PKI_DIR (run tests/e2e/make_pki.sh)"

FRAG792_SRC=${2:-${FRAG792:-}}
CAPTURE_TOOL=${E2E_CAPTURE_TOOL:-auto}
CAPTURE_MAX=120          # safety cap; captures are normally stopped with SIGINT
CAPTURE_STOP_PROBLEMS=""
if [[ $CAPTURE_TOOL == auto ]]; then
    if [[ -n $FRAG792_SRC && -x $FRAG792_SRC ]]; then CAPTURE_TOOL=frag792; else CAPTURE_TOOL=tcpdump; fi
fi
if [[ $CAPTURE_TOOL == frag792 && ! -x ${FRAG792_SRC:-/nonexistent} ]]; then
    die "frag792 binary '${FRAG792_SRC:-}' not found/executable (set E2E_CAPTURE_TOOL=tcpdump for a lab-only run)"
fi
if [[ $CAPTURE_TOOL == tcpdump ]] && ! command -v tcpdump >/dev/null; then
    echo "SKIP: tcpdump not installed and no frag792 binary"; exit 77
fi
if [[ $SCENARIO == wizard-live ]]; then
    WIZARD_TEST_SRC=${3:-${WIZARD_LIVE_TEST:-}}
    [[ -x ${WIZARD_TEST_SRC:-/nonexistent} ]] ||
        die "wizard-live: test binary '${WIZARD_TEST_SRC:-}' not found/executable (3rd argument or WIZARD_LIVE_TEST)"
    [[ $CAPTURE_TOOL == frag792 ]] ||
        die "wizard-live: needs FRAG792_BINARY (frag792-capture-helper is looked up beside it)"
fi

reap_stale
setup_traps
WORK=$(mktemp -d "/tmp/f792e2e-$$-${SCENARIO}.XXXX")
T_START=$(date +%s.%N)
log "scenario $SCENARIO: $DESCRIPTION"
log "capture tool: $CAPTURE_TOOL; namespaces ${NS_PREFIX}{c,r,s}; work dir $WORK"
if [[ $CAPTURE_TOOL == frag792 ]]; then
    # the developer rebuilds the binary at any time: run a private copy
    FRAG792_BIN="$WORK/frag792"
    cp "$FRAG792_SRC" "$FRAG792_BIN" || die "cannot copy $FRAG792_SRC"
    # live capture runs through frag792-capture-helper, looked up beside the
    # executable or via FRAG792_CAPTURE_HELPER
    helper_src=${FRAG792_CAPTURE_HELPER:-$(dirname "$FRAG792_SRC")/frag792-capture-helper}
    if [[ -x $helper_src ]]; then
        cp "$helper_src" "$WORK/frag792-capture-helper" || die "cannot copy $helper_src"
        export FRAG792_CAPTURE_HELPER="$WORK/frag792-capture-helper"
    else
        # the wizard test is not beside the helper: its own lookup cannot find it
        [[ $SCENARIO == wizard-live ]] && die "wizard-live: no frag792-capture-helper at $helper_src"
        log "note: no frag792-capture-helper beside $FRAG792_SRC; frag792 uses its own lookup"
    fi
fi
if [[ $SCENARIO == wizard-live ]]; then
    WIZARD_TEST="$WORK/$(basename "$WIZARD_TEST_SRC")"
    cp "$WIZARD_TEST_SRC" "$WIZARD_TEST" || die "cannot copy $WIZARD_TEST_SRC"
fi

# run_wizard_live: the rest of the wizard-live scenario, after the lab is up; exits.
run_wizard_live() {
    local out="$WORK/wizard.log" done_file="$WORK/client-gave-up" pid rc
    log "wizard: $(basename "$WIZARD_TEST") offscreen in $NS_S, live capture on s0"
    # a private runtime dir: Qt wants one (0700), and nothing of it outlives the work dir
    mkdir -m 700 "$WORK/xdg-runtime"
    # ip netns exec and env exec in place, so $! is the test itself
    ip netns exec "$NS_S" env QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 XDG_RUNTIME_DIR="$WORK/xdg-runtime" \
        FRAG792_LIVE_INTERFACE=s0 FRAG792_CAPTURE_HELPER="$FRAG792_CAPTURE_HELPER" \
        FRAG792_LIVE_DONE_FILE="$done_file" \
        "$WIZARD_TEST" > "$out" 2>&1 &
    pid=$!
    BG_PIDS+=("$pid")
    # walking the pages and opening the interface takes a second or two; 60 s for a loaded machine
    for _ in $(seq 1 600); do
        grep -qx READY "$out" 2>/dev/null && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if ! grep -qx READY "$out" 2>/dev/null; then
        sed 's/^/    /' "$out"
        die "wizard test did not report READY (capture not started)"
    fi
    log "wizard capturing; client initiates (IKEv$IKE_VERSION, auth=$AUTH, fragments blocked at: $BLOCK)"
    T_INIT=$(date +%s.%N)
    swanctl_side client --initiate --child l2tp --timeout 75 > "$WORK/initiate.log" 2>&1 &
    INIT_PID=$!
    BG_PIDS+=("$INIT_PID")
    wait "$INIT_PID"
    INIT_RC=$?
    log "initiate returned $INIT_RC after $(awk -v a="$T_INIT" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s"
    sleep 1   # let late retransmissions hit the wire, as for the other scenarios
    touch "$done_file"
    # Stop, analysis and the page change take well under a second; 60 s for a loaded machine.
    for _ in $(seq 1 600); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        log "wizard test still running 60 s after the client gave up, terminating it"
        kill -TERM "$pid" 2>/dev/null; sleep 2; kill -KILL "$pid" 2>/dev/null
    fi
    wait "$pid" 2>/dev/null
    rc=$?
    DROPPED=$(blocked_count "$NS_S")

    echo
    echo "== lab checks =="
    check "client: IKE_SA NOT established" bash -c "! grep -q 'IKE_SA lab\[[0-9]*\] established' '$WORK/client/charon.log'"
    check "client: charon gave up after retransmits" grep -q "giving up after [0-9]* retransmits" "$WORK/client/charon.log"
    check_ge "nft drop rule at server hit" "$DROPPED" 1
    echo
    echo "== wizard (TestWizardLiveCapture output) =="
    sed 's/^/    /' "$out"
    check_eq "TestWizardLiveCapture exit code" "$rc" 0
    # exit code 0 with no test run (e.g. a filtered run) would be a false pass
    check "the live test function ran and passed" \
        grep -q '^PASS   : TestWizardLiveCapture::liveCaptureAtTheServerReachesResolution()' "$out"
    local verdict
    verdict=$(sed -n 's/.*verdict: \([a-z-]*\).*/\1/p' "$out" | head -1)

    local elapsed result=PASS
    elapsed=$(awk -v a="$T_START" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
    (( FAILURES )) && result=FAIL
    if [[ -n ${E2E_RESULTS:-} ]]; then
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$SCENARIO" server "${verdict:-(none)}" "$EXPECT_SERVER" "$result" \
            "$elapsed" wizard >> "$E2E_RESULTS"
    fi
    echo
    log "scenario $SCENARIO: $result ($CHECKS checks, $FAILURES failed) in ${elapsed} s"
    (( FAILURES )) && exit 1
    exit 0
}

# ---------------------------------------------------------------- lab
setup_network "$FAMILY"
warm_up "$FAMILY"
case $BLOCK in
    server) block_fragments "$NS_S" ;;
    router) block_fragments "$NS_R" ;;
    client) block_fragments "$NS_C" ;;
esac
[[ $NAT == 1 ]] && setup_masquerade

if [[ $SERVER_IMPL == libreswan ]]; then
    write_libreswan_config server
    start_pluto server "$NS_S"
    log "server: libreswan $(cat "$LIBRESWAN_ROOT/VERSION" 2>/dev/null) from $LIBRESWAN_ROOT"
else
    write_side_config server
    start_charon server "$NS_S"
fi
write_side_config client
start_charon client "$NS_C"
wait_vici client
if [[ $SERVER_IMPL == libreswan ]]; then load_pluto server "$NS_S"; else wait_vici server; load_side server; fi
load_side client
[[ $SCENARIO == wizard-live ]] && run_wizard_live

start_capture server "$NS_S" s0
start_capture client "$NS_C" c0
wait_capture_ready server; wait_capture_ready client

log "client initiates (IKEv$IKE_VERSION, auth=$AUTH, ike fragmentation=$IKE_FRAG, IPv$FAMILY, nat=$NAT, fragments blocked at: $BLOCK)"
T_INIT=$(date +%s.%N)
# in the background + wait, so SIGINT/SIGTERM reach the trap at once
swanctl_side client --initiate --child l2tp --timeout 75 > "$WORK/initiate.log" 2>&1 &
INIT_PID=$!
BG_PIDS+=("$INIT_PID")
wait "$INIT_PID"
INIT_RC=$?
T_DONE=$(date +%s.%N)
log "initiate returned $INIT_RC after $(awk -v a="$T_INIT" -v b="$T_DONE" 'BEGIN { printf "%.1f", b - a }') s"
sleep 1   # let late responses/retransmissions hit the wire
stop_captures server client
log "captures stopped"
swanctl_side client --list-sas > "$WORK/client-sas.txt" 2>&1
[[ $SERVER_IMPL == strongswan ]] && swanctl_side server --list-sas > "$WORK/server-sas.txt" 2>&1
[[ $BLOCK != none ]] && DROPPED=$(blocked_count "$( [[ $BLOCK == server ]] && echo "$NS_S" || { [[ $BLOCK == router ]] && echo "$NS_R" || echo "$NS_C"; } )") || DROPPED=0

# ---------------------------------------------------------------- lab checks (tshark)
# tshark_dump FILE -> FILE.off (one line per frame, IP reassembly off) and
# FILE.on (one line per frame, reassembly on); the two tshark runs per capture
# are all the lab checks and counter comparisons need
TSHARK_ON_FIELDS=(-e ip.src -e ipv6.src -e udp.srcport -e isakmp.version -e isakmp.exchangetype
    -e isakmp.flags -e isakmp.rspi -e isakmp.length -e ip.fragment.count -e ipv6.fragment.count
    -e isakmp.nextpayload)
tshark_dump() {
    local f=$1
    tshark -r "$f" -o ip.defragment:FALSE -o ipv6.defragment:FALSE -T fields -E separator=/t \
        -E occurrence=f -e frame.number -e ip.flags.mf -e ip.frag_offset -e ipv6.fraghdr.ident \
        > "$f.off" 2>/dev/null
    tshark -r "$f" -o ip.defragment:TRUE -o ipv6.defragment:TRUE -T fields -E separator=/t \
        -E occurrence=f "${TSHARK_ON_FIELDS[@]}" > "$f.on" 2>/dev/null
}
# ike_table FILE -> one line per IKE message (IP reassembly on):
#   name  src  sport  bytes  ipfrags  ikefrag
ike_table() {
    awk -F'\t' '
    function hex(s,   i, c, v) {
        s = tolower(s); sub(/^0x/, "", s); v = 0
        for (i = 1; i <= length(s); i++) { c = index("0123456789abcdef", substr(s, i, 1)); if (c == 0) break; v = v * 16 + c - 1 }
        return v
    }
    function bit(v, b) { return int(v / b) % 2 }
    $4 != "" {
        src = ($1 != "" ? $1 : $2); ver = $4; ex = $5 + 0; fl = hex($6)
        if (init == "" && $7 ~ /^0+$/) init = src
        frags = ($9 != "" ? $9 : ($10 != "" ? $10 : 1))
        fromi = (src == init)
        name = "other"
        if (ver == "0x10") {
            if (ex == 2) {
                if (bit(fl, 1)) name = fromi ? "MM5" : "MM6"
                else name = fromi ? "MM1/3" : "MM2/4"
            } else if (ex == 32) name = "QM"
            else if (ex == 5) name = "INFO"
        } else {
            resp = bit(fl, 32)
            if (ex == 34) name = resp ? "IKE_SA_INIT response" : "IKE_SA_INIT request"
            else if (ex == 35) name = resp ? "IKE_AUTH response" : "IKE_AUTH request"
            else if (ex == 37) name = resp ? "INFORMATIONAL response" : "INFORMATIONAL request"
        }
        ikefrag = ($11 == "53") ? "SKF" : "-"
        printf "%s\t%s\t%s\t%s\t%s\t%s\n", name, src, $3, $8, frags, ikefrag
    }' "$1.on"
}
# stats from an ike_table: count of NAME, max ipfrags of NAME
count_msg()   { awk -F'\t' -v n="$2" '$1 == n { c++ } END { print c + 0 }' "$1"; }
maxfrag_msg() { awk -F'\t' -v n="$2" '$1 == n && $5 > m { m = $5 } END { print m + 0 }' "$1"; }
count_skf()   { awk -F'\t' '$6 == "SKF" { c++ } END { print c + 0 }' "$1"; }
# tshark_stats FILE -> "key value" lines:
#   frames frag4 frag6 (reassembly off); ike_v1 ike_v2 ike_from_frags reassembled (on)
tshark_stats() {
    local f=$1
    awk -F'\t' '{ n++ } ($2 == "1" || ($3 != "" && $3 + 0 > 0)) { f4++ } $4 != "" { f6++ }
        END { printf "frames %d\nfrag4 %d\nfrag6 %d\n", n, f4, f6 }' "$f.off"
    awk -F'\t' '$4 == "0x10" { v1++ } $4 == "0x20" { v2++ }
        ($9 != "" || $10 != "") { r++; if ($4 != "") ff++ }
        END { printf "ike_v1 %d\nike_v2 %d\nike_from_frags %d\nreassembled %d\n", v1, v2, ff, r }' "$f.on"
}
stat_of() { tshark_stats "$1" | awk -v k="$2" '$1 == k { print $2 }'; }
json_true() { local f=$1; shift; jq -e "$@" "$f" >/dev/null 2>&1; }

lab_checks() {
    local v=$1 f="$WORK/$1.pcapng" t="$WORK/$1.ike.tsv"
    echo "lab checks, $v capture ($f):"
    if [[ ! -s $f ]]; then check "capture file written" false; return; fi
    ike_table "$f" > "$t"
    local nfrag4 nfrag6
    nfrag4=$(stat_of "$f" frag4)
    nfrag6=$(stat_of "$f" frag6)
    echo "    IKE messages seen: $(cut -f1 "$t" | sort | uniq -c | awk '{n=$1; $1=""; printf "%s x%s, ", substr($0,2), n}')ip fragments: v4=$nfrag4 v6=$nfrag6"
    local frags=$((nfrag4 + nfrag6))
    local ini resp
    if [[ $IKE_VERSION == 1 ]]; then ini=MM5 resp=MM6; else ini="IKE_AUTH request" resp="IKE_AUTH response"; fi
    if [[ $NAT == 1 ]]; then
        check_ge "NAT-T: $ini sent on UDP 4500" "$(awk -F'\t' -v n="$ini" '$1 == n && $3 == 4500 { c++ } END { print c + 0 }' "$t")" 1
    fi
    case "$SCENARIO" in
    frag-pass|natt-pass)
        check_ge "$ini seen" "$(count_msg "$t" "$ini")" 1
        check_ge "$resp seen" "$(count_msg "$t" "$resp")" 1
        check_ge "$ini IP-fragmented" "$(maxfrag_msg "$t" "$ini")" 2
        check_ge "$resp IP-fragmented" "$(maxfrag_msg "$t" "$resp")" 2
        check_ge "Quick Mode seen" "$(count_msg "$t" QM)" 1 ;;
    psk)
        check_ge "$ini seen" "$(count_msg "$t" "$ini")" 1
        check_ge "$resp seen" "$(count_msg "$t" "$resp")" 1
        check_eq "no IP fragments" "$frags" 0 ;;
    ikev2-fragmentation)
        check_ge "$ini seen" "$(count_msg "$t" "$ini")" 1
        check_ge "$resp seen" "$(count_msg "$t" "$resp")" 1
        check_ge "RFC 7383 IKE fragments (SKF) seen" "$(count_skf "$t")" 2
        check_eq "no IP fragments" "$frags" 0 ;;
    server-blocks|natt-server-blocks|ikev2-nofrag-server-blocks|ipv6-server-blocks|libreswan-server-blocks)
        check_ge "$ini IP-fragmented" "$(maxfrag_msg "$t" "$ini")" 2
        check_ge "$ini retransmitted (copies)" "$(count_msg "$t" "$ini")" 2
        check_eq "no $resp" "$(count_msg "$t" "$resp")" 0 ;;
    router-drops|libreswan-router-drops)
        if [[ $v == server ]]; then
            check_eq "no IP fragments reach the server" "$frags" 0
            check_eq "no $ini at the server" "$(count_msg "$t" "$ini")" 0
            check_ge "MM4 sent by server" "$(count_msg "$t" "MM2/4")" 2
        else
            check_ge "$ini IP-fragmented" "$(maxfrag_msg "$t" "$ini")" 2
            check_ge "$ini retransmitted (copies)" "$(count_msg "$t" "$ini")" 2
            check_eq "no $resp" "$(count_msg "$t" "$resp")" 0
        fi ;;
    client-drops)
        check_ge "$ini IP-fragmented" "$(maxfrag_msg "$t" "$ini")" 2
        check_ge "$ini retransmitted (copies)" "$(count_msg "$t" "$ini")" 2
        check_ge "$resp IP-fragmented" "$(maxfrag_msg "$t" "$resp")" 2
        check_ge "$resp sent again" "$(count_msg "$t" "$resp")" 2 ;;
    esac
    if [[ $SERVER_IMPL == libreswan ]]; then
        # the point of these scenarios: the responder repeats MM4 while it waits, and nobody asks
        # for certificates, so only the authentication method says that MM5 is large
        check_ge "MM4 retransmitted by the responder" "$(count_msg "$t" "MM2/4")" 3
        check_eq "no certificate request payload (tshark)" \
            "$(tshark -r "$f" -Y "isakmp.typepayload == 7" 2>/dev/null | wc -l)" 0
    fi
}

DUMP_PIDS=()
for v in server client; do
    if [[ -s $WORK/$v.pcapng ]]; then tshark_dump "$WORK/$v.pcapng" & DUMP_PIDS+=($!); fi
done
for p in "${DUMP_PIDS[@]}"; do wait "$p"; done
echo
echo "== lab checks =="
if (( EXPECT_ESTABLISHED )); then
    check "client: IKE_SA established (charon log)" grep -q "IKE_SA lab\[[0-9]*\] established" "$WORK/client/charon.log"
    check "server: IKE_SA established (charon log)" grep -q "IKE_SA lab\[[0-9]*\] established" "$WORK/server/charon.log"
    if grep -q "CHILD_SA l2tp{[0-9]*} established" "$WORK/client/charon.log"; then
        echo "  info  CHILD_SA (Quick Mode / transport ESP) established"
    else
        echo "  info  CHILD_SA not established (kernel without ESP/XFRM?) - not a fragmentation failure"
    fi
else
    check "client: IKE_SA NOT established" bash -c "! grep -q 'IKE_SA lab\[[0-9]*\] established' '$WORK/client/charon.log'"
    check "client: charon gave up after retransmits" grep -q "giving up after [0-9]* retransmits" "$WORK/client/charon.log"
    check_ge "nft drop rule at $BLOCK hit" "$DROPPED" 1
fi
lab_checks server
lab_checks client
log "lab checks done"

# ---------------------------------------------------------------- frag792 checks
declare -A VERDICT_GOT=()
frag792_checks() {
    local v=$1 want=$2 fragmsg=$3 retxmsg=$4 stall=$5
    local j="$WORK/$v.json" f="$WORK/$v.pcapng"
    echo "frag792 checks, $v capture:"
    if ! jq -e . "$j" >/dev/null 2>&1; then
        check "frag792 capture printed valid JSON" false
        echo "    stdout: $(head -c 400 "$j")"; echo "    stderr: $(head -c 400 "$WORK/$v.stderr")"
        VERDICT_GOT[$v]="<no-json>"
        return
    fi
    local rcvar="CAP_RC_${v^^}"
    check_eq "frag792 capture exit code after SIGINT" "${!rcvar}" 0
    local code vp
    code=$(jq -r '.verdict.code' "$j"); vp=$(jq -r '.vantage.point' "$j")
    VERDICT_GOT[$v]=${code:-<none>}
    echo "    verdict: $code - $(jq -r '.verdict.title' "$j")"
    echo "    vantage: $vp ($(jq -r '.vantage.how' "$j"))"
    check_eq "verdict.code" "$code" "$want"
    check_eq "vantage.point" "$vp" "$v"
    check_eq "verdict.stalled.message" "$(jq -r '.verdict.stalled.message // "(none)"' "$j")" "${stall:-(none)}"
    # counters vs tshark on the same written file
    check_eq "packets == tshark frames" "$(jq -r '.packets' "$j")" "$(stat_of "$f" frames)"
    check_eq "ipv4_fragments == tshark" "$(jq -r '.ipv4_fragments' "$j")" "$(stat_of "$f" frag4)"
    check_eq "ipv6_fragments == tshark" "$(jq -r '.ipv6_fragments' "$j")" "$(stat_of "$f" frag6)"
    check_eq "ike_messages.v1 == tshark" "$(jq -r '.ike_messages.v1' "$j")" "$(stat_of "$f" ike_v1)"
    check_eq "ike_messages.v2 == tshark" "$(jq -r '.ike_messages.v2' "$j")" "$(stat_of "$f" ike_v2)"
    check_eq "ike_messages_from_fragments == tshark" "$(jq -r '.ike_messages_from_fragments' "$j")" "$(stat_of "$f" ike_from_frags)"
    check_eq "datagrams_reassembled == tshark" "$(jq -r '.datagrams_reassembled' "$j")" "$(stat_of "$f" reassembled)"
    if [[ $NAT == 1 && $v == server && $want != negotiation-completed ]]; then
        check_eq "session nat_t" "$(jq -r '[.sessions[].nat_t] | any' "$j")" true
    fi
    if [[ -n $AUTH_METHOD_EXPECTED ]]; then
        # tshark's reading of the responder's chosen transform is the independent check
        local tauth
        tauth=$(tshark -r "$f" -Y "isakmp.exchangetype == 2 && isakmp.rspi != 00:00:00:00:00:00:00:00 && isakmp.ike.attr.authentication_method" \
            -T fields -e isakmp.ike.attr.authentication_method 2>/dev/null | head -1)
        check_eq "tshark: authentication method chosen in MM2" "$tauth" 3
        check_eq "session auth_method" "$(jq -r '[.sessions[].auth_method] | first' "$j")" "$AUTH_METHOD_EXPECTED"
        check_eq "session certificates_expected_from" \
            "$(jq -r '[.sessions[].certificates_expected_from] | first' "$j")" auth-method
    fi
    local m
    local -a fragmsgs=()
    [[ -n $fragmsg ]] && IFS='|' read -r -a fragmsgs <<< "$fragmsg"
    for m in "${fragmsgs[@]}"; do
        check_ge "$m: fragments" "$(jq -r --arg n "$m" '[.sessions[].messages[] | select(.name == $n) | (.fragments // .ip_fragments // 0)] | max // 0' "$j")" 2
    done
    if [[ -n $retxmsg ]]; then
        check_ge "$retxmsg: retransmissions" "$(jq -r --arg n "$retxmsg" '[.sessions[].messages[] | select(.name == $n and .retransmission == true)] | length' "$j")" 1
        check "verdict.evidence mentions ${retxmsg%% *}" json_true "$j" --arg n "${retxmsg%% *}" '.verdict.evidence | tostring | contains($n)'
    fi
    # offline re-analysis of the written capture must agree
    # (first without hints; if that differs, with the hint a user would give:
    # --server ADDR for a server-side file, --vantage client for a client-side one)
    local a="$WORK/$v.analyze.json" code2 how="no hint" hint
    "$FRAG792_BIN" analyze "$f" --format json > "$a" 2> "$WORK/$v.analyze.stderr"
    code2=$(jq -r '.verdict.code' "$a" 2>/dev/null)
    echo "    analyze FILE (no hint): $code2, vantage $(jq -r '.vantage.point + " (" + .vantage.how + ")"' "$a" 2>/dev/null)"
    if [[ $code2 != "$code" ]]; then
        if [[ $v == server ]]; then hint=(--server "$SERVER_ADDR"); else hint=(--vantage client); fi
        "$FRAG792_BIN" analyze "$f" "${hint[@]}" --format json > "$a" 2>> "$WORK/$v.analyze.stderr"
        code2=$(jq -r '.verdict.code' "$a" 2>/dev/null); how="with ${hint[*]}"
        echo "    analyze FILE ($how): $code2"
    fi
    check_eq "frag792 analyze FILE ($how) verdict == live verdict" "$code2" "$code"
    # Issue 9.3: the same capture cut to 512 and 128 bytes per frame (editcap -s, as nmcap
    # /MaxFrameLength or a snap length does) gives the same verdict, nothing malformed
    local snap cutf cutj maxlen
    local -a cuthint=()
    maxlen=$(tshark -r "$f" -T fields -e frame.len 2>/dev/null | sort -n | tail -1)
    [[ $how != "no hint" ]] && cuthint=("${hint[@]}")
    for snap in 512 128; do
        cutf="$WORK/$v.cut$snap.pcapng" cutj="$WORK/$v.cut$snap.json"
        editcap -s "$snap" "$f" "$cutf" 2>/dev/null || { check "editcap -s $snap" false; continue; }
        "$FRAG792_BIN" analyze "$cutf" "${cuthint[@]}" --format json > "$cutj" 2>> "$WORK/$v.analyze.stderr"
        check_eq "cut to $snap bytes ($how): verdict" "$(jq -r '.verdict.code' "$cutj" 2>/dev/null)" "$code"
        check_eq "cut to $snap bytes: nothing malformed" "$(jq -r '.malformed | [.[]] | add // 0' "$cutj" 2>/dev/null)" 0
        check_eq "cut to $snap bytes: truncation.truncated" "$(jq -r '.truncation.truncated' "$cutj" 2>/dev/null)" \
            "$( ((maxlen > snap)) && echo true || echo false)"
    done
}

if [[ $CAPTURE_TOOL == frag792 ]]; then
    echo
    echo "== frag792 checks =="
    [[ -n $CAPTURE_STOP_PROBLEMS ]] && check "captures stopped on SIGINT ($CAPTURE_STOP_PROBLEMS)" false
    frag792_checks server "$EXPECT_SERVER" "$FRAG_MSG_SERVER" "$RETX_MSG_SERVER" "$STALL_SERVER"
    frag792_checks client "$EXPECT_CLIENT" "$FRAG_MSG_CLIENT" "$RETX_MSG_CLIENT" "$STALL_CLIENT"
else
    echo
    echo "NOTE: frag792 not used (capture tool: tcpdump) - only the lab was validated"
    VERDICT_GOT[server]="(not run)"; VERDICT_GOT[client]="(not run)"
fi

# ---------------------------------------------------------------- samples
if [[ -n ${E2E_SAVE_SAMPLES:-} ]]; then
    mkdir -p "$E2E_SAVE_SAMPLES"
    for v in server client; do
        out="$E2E_SAVE_SAMPLES/$SCENARIO-$v.pcapng"
        tshark -r "$WORK/$v.pcapng" -o ip.defragment:FALSE -o ipv6.defragment:FALSE \
            -Y "udp.port==500 || udp.port==4500 || ip.flags.mf==1 || ip.frag_offset>0 || ipv6.fraghdr" \
            -F pcapng -w "$WORK/$v.trim.pcapng" 2>/dev/null &&
        editcap --capture-comment "frag792 e2e lab, scenario $SCENARIO ($DESCRIPTION); captured at the $v (interface $([[ $v == server ]] && echo s0 || echo c0)); expected verdict $( [[ $v == server ]] && echo "$EXPECT_SERVER" || echo "$EXPECT_CLIENT"); trimmed to IKE + IP fragments" \
            "$WORK/$v.trim.pcapng" "$out" &&
        log "sample written: $out ($(stat -c %s "$out") bytes)"
    done
fi

T_END=$(date +%s.%N)
ELAPSED=$(awk -v a="$T_START" -v b="$T_END" 'BEGIN { printf "%.1f", b - a }')
echo
if (( FAILURES )); then RESULT=FAIL; else RESULT=PASS; fi
if [[ -n ${E2E_RESULTS:-} ]]; then
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$SCENARIO" server "${VERDICT_GOT[server]}" "$EXPECT_SERVER" "$RESULT" "$ELAPSED" "$CAPTURE_TOOL" >> "$E2E_RESULTS"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$SCENARIO" client "${VERDICT_GOT[client]}" "$EXPECT_CLIENT" "$RESULT" "$ELAPSED" "$CAPTURE_TOOL" >> "$E2E_RESULTS"
fi
log "scenario $SCENARIO: $RESULT ($CHECKS checks, $FAILURES failed) in ${ELAPSED} s"
(( FAILURES )) && exit 1
exit 0
