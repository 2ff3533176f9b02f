#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Kernel drops under a burst: tcpreplay --topspeed replays a generated pcap (IKE on UDP 500
# and IP fragments) into the capture namespace; frag792 reports received vs dropped from
# the helper's pcap_stats. Prints the numbers; checks they came back and add up.
#   kernel_drops.sh FRAG792_BIN [PACKETS]
FRAG792_BIN=$1
COUNT=${2:-${FRAG792_BURST_PACKETS:-200000}}
source "$(dirname "$0")/netns_lib.sh"
command -v tcpreplay >/dev/null || { echo "SKIP: tcpreplay not installed"; exit 77; }
setup_lab 1500 || exit 1

# The burst: COUNT frames, half IKE datagrams to UDP 500, half non-first IP fragments.
"$PYTHON" - "$WORK/burst.pcap" "$COUNT" <<'PY'
import struct, sys
path, count = sys.argv[1], int(sys.argv[2])
def csum(h):
    s = sum(struct.unpack("!10H", h))
    s = (s >> 16) + (s & 0xFFFF); s += s >> 16
    return (~s) & 0xFFFF
eth = bytes.fromhex("ffffffffffff020000000002") + b"\x08\x00"
with open(path, "wb") as f:
    f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
    for i in range(count):
        if i % 2 == 0:
            ike = struct.pack("!QQBBBBII", 0x5500000000000000 + i, 0, 1, 0x10, 2, 0, 0, 28 + 8) + struct.pack("!BBH", 0, 0, 8) + b"\0" * 4
            payload = struct.pack("!HHHH", 500, 500, 8 + len(ike), 0) + ike
            frag = 0
        else:
            payload = b"\xAB" * 200
            frag = 0x2000 | 185
        h = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), i & 0xFFFF, frag, 64, 17, 0,
                        bytes([10, 79, 0, 2]), bytes([10, 79, 0, 1]))
        h = h[:10] + struct.pack("!H", csum(h)) + h[12:]
        frame = eth + h + payload
        f.write(struct.pack("<IIII", 1700000000 + i // 100000, i % 100000, len(frame), len(frame)) + frame)
PY

ip netns exec "$NS_CAP" "$FRAG792_BIN" capture --interface "$IF_CAP" --duration 30 --format json \
    >"$WORK/burst.json" 2>"$WORK/burst.err" &
FPID=$!
BG_PIDS+=("$FPID")
HPID=$(wait_for_helper "$FPID")
START=$(date +%s.%N)
ip netns exec "$NS_PEER" tcpreplay --topspeed -i "$IF_PEER" "$WORK/burst.pcap" >"$WORK/tcpreplay.log" 2>&1
END=$(date +%s.%N)
sleep 2
kill -INT "$FPID"
wait "$FPID"
RC=$?
SENT=$(grep -Eo 'Actual: [0-9]+ packets' "$WORK/tcpreplay.log" | grep -Eo '[0-9]+' | head -1)
RATE=$(grep -Eo 'Rated: [0-9.]+ Bps, [0-9.]+ Mbps, [0-9.]+ pps' "$WORK/tcpreplay.log" | head -1)
PACKETS=$(json_field "$WORK/burst.json" 'd["packets"]')
RECEIVED=$(json_field "$WORK/burst.json" 'd["kernel"]["received"]')
DROPPED=$(json_field "$WORK/burst.json" 'd["kernel"]["dropped"]')
echo "burst: tcpreplay sent ${SENT:-?} packets ($RATE) in $(echo "$END - $START" | bc) s"
echo "burst: kernel received ${RECEIVED:-?}, dropped ${DROPPED:-?}; frag792 analysed ${PACKETS:-?} packets; exit $RC"
check "capture exit 0 after SIGINT" test "$RC" = 0
check "kernel counters reported" test -n "$RECEIVED" -a -n "$DROPPED"
check "analysed + dropped accounts for what was sent" \
    test "$((${PACKETS:-0} + ${DROPPED:-0}))" -ge "$((${SENT:-1} * 99 / 100))"
finish
