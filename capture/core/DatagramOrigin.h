// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IpAddress.h"

#include <cstdint>

/**
 * The facts of one IP datagram as it arrived: filled once where the datagram is known
 * (the decoder for a whole packet, the reassembler for a fragmented one) and carried
 * unchanged to the session timeline, so every stage names a quantity the same way.
 *
 * Lengths count the IP payload (the bytes after all IP headers, for a reassembled
 * datagram the reassembled payload), so a whole packet and a reassembled one compare.
 */
struct DatagramOrigin
{
    /** When the datagram was complete: the packet's time, or its last fragment's. */
    std::int64_t timestampUs = 0;
    IpAddress source;
    IpAddress destination;
    /** From the UDP header; 0 until it has been read (or when there is none). */
    std::uint16_t sourcePort = 0;
    std::uint16_t destinationPort = 0;
    std::uint8_t ipVersion = 4;
    /** IPv4 TTL or IPv6 hop limit; of the first fragment (offset 0) when fragmented. */
    std::uint8_t ttl = 0;
    /** IP fragments it arrived in (1: not fragmented). JSON: "ip_fragments" / "fragments_received". */
    std::uint32_t fragmentCount = 1;
    /** Largest fragment's IP length on the wire; 0 when not fragmented. */
    std::uint32_t largestFragmentWireLength = 0;
    /** Fewer bytes captured than the IP header claims (snap length, or a cut file). */
    bool truncated = false;
    /** IP payload bytes captured; 0 for a datagram that never completed (see bytesReceived). */
    std::uint32_t capturedLength = 0;
    std::uint32_t originalLength = 0; ///< IP payload bytes the header claims (0: unknown)

    bool fragmented() const { return fragmentCount > 1; }
    /** Bytes the capture did not keep; 0 when whole. */
    std::uint32_t bytesCut() const
    {
        return originalLength > capturedLength ? originalLength - capturedLength : 0;
    }
};
