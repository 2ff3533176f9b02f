// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <functional>
#include <span>

/** A compact IPv4 or IPv6 address, cheap to copy and hash on the packet path. */
class IpAddress
{
public:
    IpAddress() = default;
    static IpAddress fromV4(std::span<const std::uint8_t, 4> bytes);
    static IpAddress fromV6(std::span<const std::uint8_t, 16> bytes);
    /** Parses dotted IPv4 or IPv6 text; an invalid address when @p text is neither. */
    static IpAddress fromString(const QString& text);

    bool isValid() const { return m_family != 0; }
    bool isV4() const { return m_family == 4; }
    bool isV6() const { return m_family == 6; }
    QString toString() const;

    const std::array<std::uint8_t, 16>& bytes() const { return m_bytes; }
    std::size_t hash() const;

    friend bool operator==(const IpAddress& a, const IpAddress& b) = default;
    friend bool operator<(const IpAddress& a, const IpAddress& b)
    {
        return a.m_family != b.m_family ? a.m_family < b.m_family : a.m_bytes < b.m_bytes;
    }

private:
    std::array<std::uint8_t, 16> m_bytes{};
    std::uint8_t m_family = 0;
};

template <> struct std::hash<IpAddress>
{
    std::size_t operator()(const IpAddress& a) const noexcept { return a.hash(); }
};
