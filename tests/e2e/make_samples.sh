#!/bin/bash
# Regenerates the lab sample captures in resources/samples/ from the e2e lab.
#
# usage: make_samples.sh [FRAG792_BINARY]
#   With a frag792 binary the captures are the files `frag792 capture --write`
#   produced (default BPF: IKE + fragments); without one tcpdump is used.
#   Every capture is trimmed to IKE (UDP 500/4500) + IP fragments by tshark and
#   gets a pcapng capture comment naming the scenario and vantage point.
# Needs root (see README.md). Takes ~4 minutes.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
DEST=$(cd "$HERE/../.." && pwd)/resources/samples
[[ $(id -u) -eq 0 ]] || { echo "SKIP: needs root (network namespaces)"; exit 77; }
bin=${1:-${FRAG792:-}}
[[ -n $bin && -x $bin ]] || export E2E_CAPTURE_TOOL=tcpdump
tmp=$(mktemp -d /tmp/f792e2e-samples.XXXX)
trap 'rm -rf "$tmp"' EXIT

# scenario  vantage  file name in resources/samples
MAP="frag-pass server sample-fragments-pass.pcapng
server-blocks server sample-blocked-at-server.pcapng
server-blocks client lab-server-blocks-client.pcapng
router-drops server lab-router-drops-server.pcapng
router-drops client lab-router-drops-client.pcapng
client-drops server lab-client-drops-server.pcapng
client-drops client lab-client-drops-client.pcapng
psk server lab-psk-server.pcapng
natt-server-blocks server lab-natt-server-blocks-server.pcapng
natt-server-blocks client lab-natt-server-blocks-client.pcapng
natt-pass server lab-natt-pass-server.pcapng
ikev2-fragmentation server lab-ikev2-fragmentation-server.pcapng
ikev2-nofrag-server-blocks server lab-ikev2-nofrag-server-blocks-server.pcapng
ipv6-server-blocks server lab-ipv6-server-blocks-server.pcapng"

rc=0
for s in $(echo "$MAP" | awk '{print $1}' | uniq); do
    echo "== $s"
    E2E_SAVE_SAMPLES=$tmp "$HERE/run_scenario.sh" "$s" ${bin:+"$bin"} > "$tmp/$s.log" 2>&1 ||
        { echo "   scenario failed, see below; samples from it are not copied"; tail -20 "$tmp/$s.log"; rc=1; continue; }
    echo "$MAP" | while read -r sc v name; do
        [[ $sc == "$s" ]] || continue
        cp "$tmp/$s-$v.pcapng" "$DEST/$name" && echo "   $DEST/$name ($(stat -c %s "$DEST/$name") bytes)"
    done
done
exit $rc
