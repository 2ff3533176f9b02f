#!/bin/bash
# Offline check (no root needed): `frag792 analyze` on every lab capture in
# resources/samples/ must give the verdict recorded when it was made.
# usage: check_samples.sh FRAG792_BINARY [--snap N]...
# --snap N: also cut every frame to N bytes (editcap -s N, as nmcap /MaxFrameLength or a snap
# length does) and require the same verdict and vantage, the same IP fragment and IKE counts,
# no malformed counts, and a `truncation` object that says the capture was cut.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SAMPLES=$(cd "$HERE/../.." && pwd)/resources/samples
bin=${1:-${FRAG792:-}}
[[ -n $bin && -x $bin ]] || { echo "usage: $0 FRAG792_BINARY [--snap N]..."; exit 2; }
shift || true
SNAPS=()
while [[ $# -gt 0 ]]; do
    case $1 in
    --snap) SNAPS+=("$2"); shift 2 ;;
    *) echo "unknown argument $1"; exit 2 ;;
    esac
done
command -v jq >/dev/null || { echo "SKIP: jq missing"; exit 77; }
if ((${#SNAPS[@]})); then
    command -v editcap >/dev/null || { echo "SKIP: editcap (wireshark-common) missing"; exit 77; }
    CUT=$(mktemp -d)
    trap 'rm -rf "$CUT"' EXIT
fi

# file  expected verdict  expected vantage (inferred from the file alone)
MAP="sample-fragments-pass.pcapng negotiation-completed server
sample-blocked-at-server.pcapng fragments-dropped-at-server server
lab-server-blocks-client.pcapng fragments-unanswered client
lab-router-drops-server.pcapng fragments-lost-before-server server
lab-router-drops-client.pcapng fragments-unanswered client
lab-client-drops-server.pcapng fragments-lost-after-server server
lab-client-drops-client.pcapng fragments-dropped-at-client client
lab-psk-server.pcapng negotiation-completed server
lab-natt-server-blocks-server.pcapng fragments-dropped-at-server server
lab-natt-server-blocks-client.pcapng fragments-unanswered client
lab-natt-pass-server.pcapng negotiation-completed server
lab-ikev2-fragmentation-server.pcapng negotiation-completed server
lab-ikev2-nofrag-server-blocks-server.pcapng fragments-dropped-at-server server
lab-ipv6-server-blocks-server.pcapng fragments-dropped-at-server server"

fail=0 n=0
while read -r f want vp; do
    [[ -f $SAMPLES/$f ]] || { echo "  MISSING $f"; fail=1; continue; }
    n=$((n + 1))
    out=$("$bin" analyze "$SAMPLES/$f" --format json 2>/dev/null)
    got=$(jq -r '.verdict.code' <<< "$out" 2>/dev/null)
    gotvp=$(jq -r '.vantage.point' <<< "$out" 2>/dev/null)
    if [[ $got == "$want" && $gotvp == "$vp" ]]; then
        printf '  PASS  %-45s %s (%s)\n' "$f" "$got" "$gotvp"
    else
        printf '  FAIL  %-45s got %s (%s), expected %s (%s)\n' "$f" "${got:-<none>}" "${gotvp:-?}" "$want" "$vp"
        fail=1
    fi
    counts='[.ipv4_fragments, .ipv6_fragments, .ike_messages.v1, .ike_messages.v2, .datagrams_reassembled, .datagrams_incomplete, .retransmissions] | map(tostring) | join(" ")'
    full_counts=$(jq -r "$counts" <<< "$out" 2>/dev/null)
    for snap in "${SNAPS[@]}"; do
        editcap -s "$snap" "$SAMPLES/$f" "$CUT/$snap-$f" 2>/dev/null || { echo "  FAIL  editcap -s $snap $f"; fail=1; continue; }
        cutout=$("$bin" analyze "$CUT/$snap-$f" --format json 2>/dev/null)
        cgot=$(jq -r '.verdict.code' <<< "$cutout" 2>/dev/null)
        cvp=$(jq -r '.vantage.point' <<< "$cutout" 2>/dev/null)
        ccounts=$(jq -r "$counts" <<< "$cutout" 2>/dev/null)
        cmal=$(jq -r '.malformed | [.[]] | add // 0' <<< "$cutout" 2>/dev/null)
        ctr=$(jq -r '.truncation | "\(.truncated) \(.snap_length) \(.frames_cut)"' <<< "$cutout" 2>/dev/null)
        read -r ctrunc csnap cframes <<< "$ctr"
        # a sample whose frames all fit in the snap length is not truncated at all
        maxlen=$(tshark -r "$SAMPLES/$f" -T fields -e frame.len 2>/dev/null | sort -n | tail -1)
        if ((maxlen > snap)); then wanttr="true $snap"; else wanttr="false null"; fi
        if [[ $cgot == "$want" && $cvp == "$vp" && $ccounts == "$full_counts" && $cmal == 0 &&
              "$ctrunc $csnap" == "$wanttr" ]]; then
            printf '  PASS  %-45s cut to %4s: %s (%s), counts as full, %s frames cut, not malformed\n' \
                "$f" "$snap" "$cgot" "$cvp" "$cframes"
        else
            printf '  FAIL  %-45s cut to %4s: got %s (%s) counts [%s] malformed %s truncation [%s]; expected %s (%s) counts [%s] malformed 0 truncation [%s]\n' \
                "$f" "$snap" "${cgot:-<none>}" "${cvp:-?}" "$ccounts" "$cmal" "$ctr" "$want" "$vp" "$full_counts" "$wanttr"
            fail=1
        fi
    done
done <<< "$MAP"
echo "$n samples checked"
exit $fail
