// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LinkLayer.h"

#include <cstdint>
#include <map>
#include <span>
#include <utility>
#include <vector>

/**
 * Turns NetMon NetEvent records (see NetEvent.h) back into packets: events 1001 of the NDIS
 * packet-capture provider carry a frame, possibly split over several events flagged
 * PacketStart / PacketEnd. Everything else is refused with a reason, never dropped silently.
 * Pure state machine over byte spans: no file, no library; the fuzzer drives it directly.
 */
class NetEventAssembler
{
public:
    /** A packet larger than this is not a frame, it is a crafted or damaged trace. */
    static constexpr std::size_t kMaxPacketBytes = 256 * 1024;
    /** Interfaces with a packet in progress at once; more means damaged flags. */
    static constexpr std::size_t kMaxPending = 64;

    struct Result
    {
        enum class Kind : std::uint8_t
        {
            Packet,  ///< linkType + packet are set; packet stays valid until the next add()
            Pending, ///< a piece of a packet not finished yet
            Refused, ///< refusal says what the record was
        };
        Kind kind = Kind::Refused;
        LinkType linkType = LinkType::Unknown;
        std::span<const std::uint8_t> packet;
        const char* refusal = nullptr; ///< English, stable: a key of the refused-records count
        /** Unfinished packets this record abandoned (a new start on the same interface). */
        std::uint32_t abandoned = 0;
    };

    Result add(std::span<const std::uint8_t> record);
    /** Packets whose end never came (call after the last record). */
    std::uint64_t unfinishedPackets() const;

private:
    using Key = std::pair<std::uint32_t, std::uint32_t>; ///< MiniportIfIndex, LowerIfIndex
    struct Pending
    {
        LinkType linkType = LinkType::Unknown;
        std::vector<std::uint8_t> bytes;
    };
    std::map<Key, Pending> m_pending;
    std::vector<std::uint8_t> m_out;
};
