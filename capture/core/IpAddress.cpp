// SPDX-License-Identifier: GPL-3.0-or-later
#include "IpAddress.h"

#include <QHostAddress>

#include <algorithm>
#include <cstring>

IpAddress IpAddress::fromV4(std::span<const std::uint8_t, 4> bytes)
{
    IpAddress a;
    std::copy(bytes.begin(), bytes.end(), a.m_bytes.begin());
    a.m_family = 4;
    return a;
}

IpAddress IpAddress::fromV6(std::span<const std::uint8_t, 16> bytes)
{
    IpAddress a;
    std::copy(bytes.begin(), bytes.end(), a.m_bytes.begin());
    a.m_family = 6;
    return a;
}

IpAddress IpAddress::fromString(const QString& text)
{
    QHostAddress host;
    if (!host.setAddress(text.trimmed()))
        return {};
    if (host.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v = host.toIPv4Address();
        const std::array<std::uint8_t, 4> b{std::uint8_t(v >> 24), std::uint8_t(v >> 16),
                                            std::uint8_t(v >> 8), std::uint8_t(v)};
        return fromV4(b);
    }
    const Q_IPV6ADDR v6 = host.toIPv6Address();
    std::array<std::uint8_t, 16> b{};
    std::memcpy(b.data(), v6.c, 16);
    return fromV6(b);
}

QString IpAddress::toString() const
{
    if (m_family == 4)
        return QHostAddress(quint32((m_bytes[0] << 24) | (m_bytes[1] << 16) | (m_bytes[2] << 8) | m_bytes[3]))
            .toString();
    if (m_family == 6)
        return QHostAddress(m_bytes.data()).toString();
    return QStringLiteral("?");
}

std::size_t IpAddress::hash() const
{
    // FNV-1a: enough spread for hash tables keyed by addresses, and cheap.
    std::uint64_t h = 1469598103934665603ULL ^ m_family;
    const std::size_t n = m_family == 4 ? 4 : 16;
    for (std::size_t i = 0; i < n; ++i) {
        h ^= m_bytes[i];
        h *= 1099511628211ULL;
    }
    return static_cast<std::size_t>(h);
}
