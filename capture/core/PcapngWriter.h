// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LinkLayer.h"

#include <QFile>
#include <QString>

#include <cstdint>
#include <span>
#include <vector>

/**
 * Writes the evidence capture as pcapng (Section Header, one Interface Description per link
 * type, Enhanced Packet Blocks; microsecond timestamps). libpcap itself only writes classic
 * pcap, and pcapng is what Wireshark users and the task ask for. Every block is flushed
 * as it is written, so a crash leaves a readable file up to that packet; a failed write
 * (full disk) cuts the file back to its last whole block.
 */
class PcapngWriter
{
public:
    PcapngWriter() = default;
    ~PcapngWriter();
    PcapngWriter(const PcapngWriter&) = delete;
    PcapngWriter& operator=(const PcapngWriter&) = delete;

    /** @p linkType Unknown: no interface yet, each link type gets one when its first packet comes. */
    bool open(const QString& path, LinkType linkType, std::uint32_t snapLength, const QString& interfaceName);
    /** A packet of the link type given to open(). */
    bool writePacket(std::int64_t timestampUs, std::span<const std::uint8_t> data,
                     std::uint32_t originalLength);
    /** A packet with its own link type (a NetMon 2.1+ source holds several). */
    bool writePacket(std::int64_t timestampUs, LinkType linkType, std::span<const std::uint8_t> data,
                     std::uint32_t originalLength);
    void close();

    bool isOpen() const { return m_file.isOpen(); }
    QString errorString() const { return m_error; }
    std::uint64_t packetsWritten() const { return m_packets; }

private:
    bool writeBlock(const QByteArray& block);
    /** Writes an Interface Description Block; its index, or -1 when the write failed. */
    int addInterface(LinkType linkType);

    QFile m_file;
    QString m_error;
    std::uint64_t m_packets = 0;
    qint64 m_goodSize = 0;              ///< bytes of whole blocks on disk
    std::vector<LinkType> m_interfaces; ///< link type of each interface, by interface id
    LinkType m_defaultLinkType = LinkType::Unknown;
    std::uint32_t m_snapLength = 0;
    QString m_interfaceName;
};
