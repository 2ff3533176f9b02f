#!/bin/bash
# Offline check (no root needed): `frag792 analyze` on every lab capture in
# resources/samples/ must give the verdict recorded when it was made.
# usage: check_samples.sh FRAG792_BINARY
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SAMPLES=$(cd "$HERE/../.." && pwd)/resources/samples
bin=${1:-${FRAG792:-}}
[[ -n $bin && -x $bin ]] || { echo "usage: $0 FRAG792_BINARY"; exit 2; }
command -v jq >/dev/null || { echo "SKIP: jq missing"; exit 77; }

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
done <<< "$MAP"
echo "$n samples checked"
exit $fail
