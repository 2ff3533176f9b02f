// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Part of frag792-bench-generate (bench/GenerateWorkload.cpp).

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <vector>

namespace Workload {

// ---------------------------------------------------------------------------------------
// Buffered pcapng writer: SHB, one Ethernet IDB (microsecond resolution), EPBs.

class PcapngOut
{
public:
    ~PcapngOut() { close(); }

    bool open(const char* path)
    {
        m_file = std::fopen(path, "wb");
        if (!m_file)
            return false;
        std::setvbuf(m_file, nullptr, _IOFBF, 1 << 20);
        // Section Header Block with shb_userappl
        static const char app[] = "frag792-bench-generate";
        std::vector<std::uint8_t> shb;
        u32(shb, 0x1A2B3C4D);
        u16(shb, 1);
        u16(shb, 0);
        u32(shb, 0xFFFFFFFF);
        u32(shb, 0xFFFFFFFF);
        option(shb, 4, app, sizeof app - 1);
        u32(shb, 0);
        block(0x0A0D0D0A, shb);
        std::vector<std::uint8_t> idb;
        u16(idb, 1); // LINKTYPE_ETHERNET
        u16(idb, 0);
        u32(idb, 262144);
        static const char ifName[] = "span0";
        option(idb, 2, ifName, sizeof ifName - 1);
        u32(idb, 0);
        block(0x00000001, idb);
        return !std::ferror(m_file);
    }

    void write(std::int64_t timestampUs, const std::uint8_t* data, std::uint32_t length)
    {
        const std::uint32_t padded = (length + 3u) & ~3u;
        const std::uint32_t total = 32u + padded;
        std::uint32_t header[7] = {6u,
                                   total,
                                   0u,
                                   std::uint32_t(std::uint64_t(timestampUs) >> 32),
                                   std::uint32_t(std::uint64_t(timestampUs) & 0xFFFFFFFFu),
                                   length,
                                   length};
        std::fwrite(header, sizeof header, 1, m_file); // pcapng is written in host byte order
        std::fwrite(data, 1, length, m_file);
        static const std::uint8_t zeros[4] = {};
        if (padded != length)
            std::fwrite(zeros, 1, padded - length, m_file);
        std::fwrite(&total, sizeof total, 1, m_file);
        ++m_packets;
        m_bytes += length;
        m_lastTimestampUs = timestampUs;
    }

    bool close()
    {
        if (!m_file)
            return true;
        const bool ok = std::fflush(m_file) == 0 && !std::ferror(m_file);
        std::fclose(m_file);
        m_file = nullptr;
        return ok;
    }

    std::uint64_t packets() const { return m_packets; }
    std::uint64_t bytes() const { return m_bytes; }
    std::int64_t lastTimestampUs() const { return m_lastTimestampUs; }

private:
    static void u16(std::vector<std::uint8_t>& b, std::uint16_t v)
    {
        const auto* p = reinterpret_cast<const std::uint8_t*>(&v);
        b.insert(b.end(), p, p + 2);
    }
    static void u32(std::vector<std::uint8_t>& b, std::uint32_t v)
    {
        const auto* p = reinterpret_cast<const std::uint8_t*>(&v);
        b.insert(b.end(), p, p + 4);
    }
    static void option(std::vector<std::uint8_t>& b, std::uint16_t code, const char* value, std::size_t n)
    {
        u16(b, code);
        u16(b, std::uint16_t(n));
        b.insert(b.end(), value, value + n);
        while (b.size() % 4)
            b.push_back(0);
    }
    void block(std::uint32_t type, const std::vector<std::uint8_t>& body)
    {
        const std::uint32_t total = std::uint32_t(12 + body.size());
        std::fwrite(&type, 4, 1, m_file);
        std::fwrite(&total, 4, 1, m_file);
        std::fwrite(body.data(), 1, body.size(), m_file);
        std::fwrite(&total, 4, 1, m_file);
    }

    std::FILE* m_file = nullptr;
    std::uint64_t m_packets = 0;
    std::uint64_t m_bytes = 0;
    std::int64_t m_lastTimestampUs = 0;
};

} // namespace Workload
