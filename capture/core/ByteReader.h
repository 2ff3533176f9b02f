// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

/**
 * Bounds-checked, big-endian cursor over an untrusted byte span.
 *
 * Every read reports success; on failure the cursor does not move and the
 * value is left untouched, so callers validate before they use anything.
 * Never casts structs onto the buffer (alignment and padding are not ours to trust).
 */
class ByteReader
{
public:
    explicit ByteReader(std::span<const std::uint8_t> data) : m_data(data) {}

    std::size_t position() const { return m_pos; }
    std::size_t remaining() const { return m_data.size() - m_pos; }
    bool atEnd() const { return m_pos >= m_data.size(); }

    bool readU8(std::uint8_t& out)
    {
        if (remaining() < 1)
            return false;
        out = m_data[m_pos++];
        return true;
    }
    bool readU16(std::uint16_t& out)
    {
        if (remaining() < 2)
            return false;
        out = static_cast<std::uint16_t>((m_data[m_pos] << 8) | m_data[m_pos + 1]);
        m_pos += 2;
        return true;
    }
    bool readU32(std::uint32_t& out)
    {
        if (remaining() < 4)
            return false;
        out = (std::uint32_t(m_data[m_pos]) << 24) | (std::uint32_t(m_data[m_pos + 1]) << 16) |
              (std::uint32_t(m_data[m_pos + 2]) << 8) | std::uint32_t(m_data[m_pos + 3]);
        m_pos += 4;
        return true;
    }
    bool readU64(std::uint64_t& out)
    {
        std::uint32_t hi = 0;
        std::uint32_t lo = 0;
        if (remaining() < 8)
            return false;
        readU32(hi);
        readU32(lo);
        out = (std::uint64_t(hi) << 32) | lo;
        return true;
    }
    bool readBytes(std::size_t count, std::span<const std::uint8_t>& out)
    {
        if (remaining() < count)
            return false;
        out = m_data.subspan(m_pos, count);
        m_pos += count;
        return true;
    }
    bool skip(std::size_t count)
    {
        if (remaining() < count)
            return false;
        m_pos += count;
        return true;
    }
    std::span<const std::uint8_t> rest() const { return m_data.subspan(m_pos); }

    /** Reads without a cursor: value at @p offset, or false when out of range. */
    static bool peekU16(std::span<const std::uint8_t> data, std::size_t offset, std::uint16_t& out)
    {
        if (offset > data.size() || data.size() - offset < 2)
            return false;
        out = static_cast<std::uint16_t>((data[offset] << 8) | data[offset + 1]);
        return true;
    }

private:
    std::span<const std::uint8_t> m_data;
    std::size_t m_pos = 0;
};
