// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cstdint>
#include <vector>

/**
 * Writes Network Monitor 2.x capture files for tests, from the published layout (Network
 * Monitor 3.x help, "Capture File Format", as Wireshark's wiretap/netmon.c reads it):
 * 128-byte file header ("GMBU", minor and major version, media type, SYSTEMTIME start, frame
 * table offset and length), records (u64 microseconds since start, original length, included
 * length, frame bytes, then from 2.1 on a per-frame trailer: media type; 2.2 adds a process
 * index; 2.3 a UTC FILETIME and a time-zone index), and the frame table (one u32 offset per
 * record). Field by field, little-endian; nothing shared with frag792's readers.
 *
 * editcap writes 1.x and 2.0 (the tests use it for those); this covers 2.1 to 2.3, per-frame
 * media types and NetEvent (ETW) records, which no tool here writes.
 */
namespace NetmonWriter {

/** NetMon per-frame media types. */
enum Media : std::uint16_t
{
    Ethernet = 1,
    Wifi80211 = 6,
    TunnelRawIp = 7,
    WwanRawIp = 8,
    RawIp = 9,
    PcapBase = 0xE000, ///< | a pcap LINKTYPE: a frame converted from pcap
    NetEvent = 0xFFE0,
};

struct Frame
{
    std::int64_t timestampUs = 0; ///< absolute, UTC
    std::uint16_t media = Ethernet;
    QByteArray data;
    std::uint32_t originalLength = 0; ///< 0: data.size()
};

/** A whole file of @p minorVersion (0 to 3); the start time is written as SYSTEMTIME in UTC. */
QByteArray file(int minorVersion, const std::vector<Frame>& frames);

/**
 * One NetEvent record of Microsoft-Windows-NDIS-PacketCapture event 1001 carrying @p piece
 * (EVENT_HEADER, buffer context, counts, user data MiniportIfIndex/LowerIfIndex/FragmentSize/
 * Fragment), with the PacketStart / PacketEnd keywords as given and the medium keyword
 * @p mediumKeyword (0x1 Ethernet, 0x200 WWAN, 0x8000 tunnel).
 */
QByteArray ndisEvent(const QByteArray& piece, bool start, bool end, std::int64_t timestampUs,
                     std::uint64_t mediumKeyword = 0x1, std::uint32_t ifIndex = 7,
                     std::uint16_t eventId = 1001, bool otherProvider = false);

/** @p frame split into @p pieces NetEvent records (first flagged start, last flagged end). */
std::vector<QByteArray> ndisEvents(const QByteArray& frame, int pieces, std::int64_t timestampUs,
                                   std::uint64_t mediumKeyword = 0x1);

} // namespace NetmonWriter
