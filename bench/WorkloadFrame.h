// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Part of frag792-bench-generate (bench/GenerateWorkload.cpp).

#include "IpAddress.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <vector>

namespace Workload {

// ---------------------------------------------------------------------------------------
// Fast in-place frame building for the background (network byte order, real checksums).

struct Addr
{
    bool v6 = false;
    std::array<std::uint8_t, 16> b{};
};

inline Addr v4(std::uint8_t a, std::uint8_t b, std::uint8_t c, std::uint8_t d)
{
    Addr x;
    x.b[0] = a;
    x.b[1] = b;
    x.b[2] = c;
    x.b[3] = d;
    return x;
}

inline Addr v6(std::uint16_t prefix2, std::uint16_t prefix3, std::uint32_t host)
{
    Addr x;
    x.v6 = true;
    const std::uint16_t words[8] = {
        0x2001, 0x0db8, prefix2, prefix3, 0, 0, std::uint16_t(host >> 16), std::uint16_t(host & 0xFFFF)};
    for (int i = 0; i < 8; ++i) {
        x.b[std::size_t(2 * i)] = std::uint8_t(words[i] >> 8);
        x.b[std::size_t(2 * i + 1)] = std::uint8_t(words[i] & 0xFF);
    }
    return x;
}

inline IpAddress toIp(const Addr& a)
{
    if (a.v6)
        return IpAddress::fromV6(std::span<const std::uint8_t, 16>(a.b.data(), 16));
    return IpAddress::fromV4(std::span<const std::uint8_t, 4>(a.b.data(), 4));
}

class Frame
{
public:
    Frame() { m_b.reserve(2048); }
    void clear() { m_b.clear(); }
    const std::uint8_t* data() const { return m_b.data(); }
    std::uint32_t size() const { return std::uint32_t(m_b.size()); }

    void u8(std::uint8_t v) { m_b.push_back(v); }
    void u16(std::uint16_t v)
    {
        m_b.push_back(std::uint8_t(v >> 8));
        m_b.push_back(std::uint8_t(v & 0xFF));
    }
    void u32(std::uint32_t v)
    {
        u16(std::uint16_t(v >> 16));
        u16(std::uint16_t(v & 0xFFFF));
    }
    void bytes(const std::uint8_t* p, std::size_t n) { m_b.insert(m_b.end(), p, p + n); }
    void zeros(std::size_t n) { m_b.insert(m_b.end(), n, 0); }
    std::size_t mark() const { return m_b.size(); }
    void put16At(std::size_t at, std::uint16_t v)
    {
        m_b[at] = std::uint8_t(v >> 8);
        m_b[at + 1] = std::uint8_t(v & 0xFF);
    }

    /** Ethernet header; @p vlan adds one 802.1Q tag. */
    void ethernet(std::uint32_t srcHost, std::uint32_t dstHost, std::uint16_t etherType, int vlan = 0)
    {
        const std::uint8_t dst[6] = {0x02,
                                     0x10,
                                     std::uint8_t(dstHost >> 24),
                                     std::uint8_t(dstHost >> 16),
                                     std::uint8_t(dstHost >> 8),
                                     std::uint8_t(dstHost)};
        const std::uint8_t src[6] = {0x02,
                                     0x20,
                                     std::uint8_t(srcHost >> 24),
                                     std::uint8_t(srcHost >> 16),
                                     std::uint8_t(srcHost >> 8),
                                     std::uint8_t(srcHost)};
        bytes(dst, 6);
        bytes(src, 6);
        if (vlan) {
            u16(0x8100);
            u16(std::uint16_t(vlan));
        }
        u16(etherType);
    }

    /** IP header for @p payloadLength bytes of @p protocol; returns where the header starts. */
    std::size_t ip(const Addr& src, const Addr& dst, std::uint8_t protocol, std::size_t payloadLength,
                   std::uint16_t id, std::uint8_t ttl)
    {
        const std::size_t at = mark();
        if (src.v6) {
            (void)id; // no identification in IPv6; flow label 0
            u32(0x60000000u);
            u16(std::uint16_t(payloadLength));
            u8(protocol);
            u8(ttl);
            bytes(src.b.data(), 16);
            bytes(dst.b.data(), 16);
            return at;
        }
        u8(0x45);
        u8(0);
        u16(std::uint16_t(20 + payloadLength));
        u16(id);
        u16(0x4000); // DF, as every modern TCP stack sets it
        u8(ttl);
        u8(protocol);
        u16(0);
        bytes(src.b.data(), 4);
        bytes(dst.b.data(), 4);
        std::uint32_t sum = 0;
        for (std::size_t i = at; i < at + 20; i += 2)
            sum += std::uint32_t(m_b[i] << 8 | m_b[i + 1]);
        while (sum >> 16)
            sum = (sum & 0xFFFF) + (sum >> 16);
        put16At(at + 10, std::uint16_t(~sum));
        return at;
    }

private:
    std::vector<std::uint8_t> m_b;
};

} // namespace Workload
