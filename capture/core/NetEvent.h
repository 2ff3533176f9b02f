// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <span>

/**
 * One Network Monitor "NetEvent" record: an ETW event that NetMon 3.4 (or Message Analyzer)
 * wrote into a .cap when it saved a trace opened from an .etl (media type 0xFFE0; libwiretap
 * hands these over unparsed as WTAP_ENCAP_NETMON_NET_NETEVENT).
 *
 * Layout (little-endian), as Wireshark's netmon_event dissector reads it: EVENT_HEADER
 * (size, header type, flags, event property, thread and process id, FILETIME, provider GUID,
 * event descriptor id/version/channel/level/opcode/task/keyword, CPU times, activity GUID:
 * 80 bytes), ETW_BUFFER_CONTEXT (4), extended data count (2), user data length (2), one
 * "reassembled" byte, the extended data items (each 8 header bytes + size), then user data.
 */
struct NetEvent
{
    enum class Status : std::uint8_t
    {
        Ok,
        Truncated,     ///< the record ends inside the header or an extended data item
        UserDataShort, ///< the user data length says more than the record holds
    };
    Status status = Status::Truncated;
    std::array<std::uint8_t, 16> providerGuid{}; ///< as stored: Data1-3 little-endian
    std::uint16_t eventId = 0;
    std::uint64_t keyword = 0;
    std::uint64_t timestampFiletime = 0;
    std::span<const std::uint8_t> userData;
};

/** Parses @p record. Pure; never reads outside @p record. */
NetEvent parseNetEvent(std::span<const std::uint8_t> record);

/**
 * The user data of Microsoft-Windows-NDIS-PacketCapture {2ED6006E-4729-4609-B423-3EE7BCD678EF}
 * event 1001 (a packet fragment): MiniportIfIndex u32, LowerIfIndex u32, FragmentSize u32,
 * Fragment bytes. The keyword says the medium and whether this piece starts or ends a packet.
 */
struct NdisPacketFragment
{
    bool ok = false;
    std::uint32_t miniportIfIndex = 0;
    std::uint32_t lowerIfIndex = 0;
    std::span<const std::uint8_t> fragment; ///< FragmentSize bytes, bounds-checked
};

namespace NdisPacketCapture {
constexpr std::uint16_t kPacketFragmentEvent = 1001;
// Keyword bits of the provider (Wireshark's etw.ndis fields, etl2pcapng's KW_* constants).
constexpr std::uint64_t kMedia8023 = 0x1;
constexpr std::uint64_t kMediaWirelessWan = 0x200;
constexpr std::uint64_t kMediaTunnel = 0x8000;
constexpr std::uint64_t kMediaNative80211 = 0x10000;
constexpr std::uint64_t kPacketStart = 0x40000000;
constexpr std::uint64_t kPacketEnd = 0x80000000;

/** Whether @p event comes from the NDIS packet-capture provider. */
bool isNdisProvider(const NetEvent& event);
/** Parses event 1001's user data. Pure; bounds-checked. */
NdisPacketFragment parseFragment(std::span<const std::uint8_t> userData);
} // namespace NdisPacketCapture
