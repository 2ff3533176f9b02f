// SPDX-License-Identifier: GPL-3.0-or-later
#include "PcapngWriter.h"

#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace {

void appendU16(QByteArray& b, std::uint16_t v)
{
    char raw[2];
    qToLittleEndian(v, raw);
    b.append(raw, 2);
}

void appendU32(QByteArray& b, std::uint32_t v)
{
    char raw[4];
    qToLittleEndian(v, raw);
    b.append(raw, 4);
}

void pad4(QByteArray& b)
{
    while (b.size() % 4 != 0)
        b.append('\0');
}

void appendOption(QByteArray& b, std::uint16_t code, const QByteArray& value)
{
    appendU16(b, code);
    appendU16(b, static_cast<std::uint16_t>(value.size()));
    b.append(value);
    pad4(b);
}

/** Wraps a block body with its type and both length fields. */
QByteArray block(std::uint32_t type, const QByteArray& body)
{
    QByteArray b;
    const auto total = static_cast<std::uint32_t>(12 + body.size());
    appendU32(b, type);
    appendU32(b, total);
    b.append(body);
    appendU32(b, total);
    return b;
}

} // namespace

PcapngWriter::~PcapngWriter()
{
    close();
}

bool PcapngWriter::open(const QString& path, LinkType linkType, std::uint32_t snapLength,
                        const QString& interfaceName)
{
    m_file.setFileName(path);
    // Unbuffered: every block is one write(2), so a failure is seen at the block that caused
    // it (with its errno) and the file can be cut back exactly.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        m_error = m_file.errorString();
        return false;
    }
    QByteArray shb;
    appendU32(shb, 0x1A2B3C4D); // byte-order magic
    appendU16(shb, 1);
    appendU16(shb, 0);
    appendU32(shb, 0xFFFFFFFF); // section length unknown
    appendU32(shb, 0xFFFFFFFF);
    appendOption(shb, 4, QByteArrayLiteral("frag792")); // shb_userappl
    appendU32(shb, 0);                                  // opt_endofopt
    m_goodSize = 0;
    m_interfaces.clear();
    m_snapLength = snapLength;
    m_interfaceName = interfaceName;
    m_defaultLinkType = linkType;
    // A reader whose link types come per record (Unknown here) gets its interfaces on first use.
    if (writeBlock(block(0x0A0D0D0A, shb)) && (linkType == LinkType::Unknown || addInterface(linkType) >= 0))
        return true;
    // Without its header blocks the file is not a capture at all: leave nothing behind.
    QFile::remove(path);
    return false;
}

int PcapngWriter::addInterface(LinkType linkType)
{
    QByteArray idb;
    appendU16(idb, static_cast<std::uint16_t>(dltFromLinkType(linkType)));
    appendU16(idb, 0);
    appendU32(idb, m_snapLength);
    if (!m_interfaceName.isEmpty()) {
        // One interface per link type: the name says which, so Wireshark's list is readable.
        const QString name = m_interfaces.empty()
                                 ? m_interfaceName
                                 : QStringLiteral("%1 (%2)").arg(m_interfaceName, linkTypeName(linkType));
        appendOption(idb, 2, name.toUtf8()); // if_name
    }
    appendU32(idb, 0);
    if (!writeBlock(block(0x00000001, idb)))
        return -1;
    m_interfaces.push_back(linkType);
    return int(m_interfaces.size()) - 1;
}

bool PcapngWriter::writePacket(std::int64_t timestampUs, std::span<const std::uint8_t> data,
                               std::uint32_t originalLength)
{
    return writePacket(timestampUs, m_defaultLinkType, data, originalLength);
}

bool PcapngWriter::writePacket(std::int64_t timestampUs, LinkType linkType,
                               std::span<const std::uint8_t> data, std::uint32_t originalLength)
{
    if (!m_file.isOpen())
        return false;
    // pcapng allows an Interface Description Block anywhere before the first packet that uses it.
    int interfaceId = -1;
    for (std::size_t i = 0; i < m_interfaces.size(); ++i)
        if (m_interfaces[i] == linkType)
            interfaceId = int(i);
    if (interfaceId < 0 && (interfaceId = addInterface(linkType)) < 0)
        return false;
    QByteArray epb;
    const auto ts = static_cast<std::uint64_t>(timestampUs);
    appendU32(epb, std::uint32_t(interfaceId));
    appendU32(epb, static_cast<std::uint32_t>(ts >> 32));
    appendU32(epb, static_cast<std::uint32_t>(ts & 0xFFFFFFFFu));
    appendU32(epb, static_cast<std::uint32_t>(data.size()));
    appendU32(epb, originalLength);
    epb.append(reinterpret_cast<const char*>(data.data()), static_cast<qsizetype>(data.size()));
    pad4(epb);
    if (!writeBlock(block(0x00000006, epb)))
        return false;
    ++m_packets;
    return true;
}

bool PcapngWriter::writeBlock(const QByteArray& b)
{
    errno = 0;
    if (m_file.write(b) != b.size()) {
        const int cause = errno;
        m_error = cause != 0 ? QString::fromLocal8Bit(std::strerror(cause)) : m_file.errorString();
        // A full disk may have taken part of the block: cut back to the last whole block so
        // the evidence stays a valid pcapng (truncating needs no new space).
        if (m_file.handle() >= 0) [[maybe_unused]]
            const int cut = ::ftruncate(m_file.handle(), m_goodSize);
        m_file.close();
        return false;
    }
    m_goodSize += b.size();
    return true;
}

void PcapngWriter::close()
{
    if (m_file.isOpen())
        m_file.close();
}
