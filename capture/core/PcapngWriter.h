// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LinkLayer.h"

#include <QFile>
#include <QString>

#include <cstdint>
#include <span>

/**
 * Writes the evidence capture as pcapng (Section Header, one Interface Description,
 * Enhanced Packet Blocks; microsecond timestamps). libpcap itself only writes classic
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

    bool open(const QString& path, LinkType linkType, std::uint32_t snapLength, const QString& interfaceName);
    bool writePacket(std::int64_t timestampUs, std::span<const std::uint8_t> data,
                     std::uint32_t originalLength);
    void close();

    bool isOpen() const { return m_file.isOpen(); }
    QString errorString() const { return m_error; }
    std::uint64_t packetsWritten() const { return m_packets; }

private:
    bool writeBlock(const QByteArray& block);

    QFile m_file;
    QString m_error;
    std::uint64_t m_packets = 0;
    qint64 m_goodSize = 0; ///< bytes of whole blocks on disk
};
