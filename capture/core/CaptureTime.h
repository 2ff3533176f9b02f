// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <limits>

/**
 * Packet timestamps come from the capture file, so they are untrusted: a pcapng block can
 * claim any 64-bit time in any resolution. The engine subtracts timestamps everywhere
 * (reassembly timeouts, durations, chart buckets), so every timestamp is brought into a
 * range where any difference of two fits comfortably in 64 bits.
 */
namespace CaptureTime {

/** 9999-12-31T23:59:59.999999Z: later than any real capture, far below INT64_MAX / 2. */
inline constexpr std::int64_t kMaxUs = 253'402'300'799LL * 1'000'000 + 999'999;

/** seconds * 1e6 + micros without signed overflow: saturates at the int64 limits. */
constexpr std::int64_t fromSecondsAndMicros(std::int64_t seconds, std::int64_t micros)
{
    constexpr std::int64_t kLimitSeconds = std::numeric_limits<std::int64_t>::max() / 1'000'000 - 1;
    if (seconds > kLimitSeconds)
        return std::numeric_limits<std::int64_t>::max();
    if (seconds < -kLimitSeconds)
        return std::numeric_limits<std::int64_t>::min();
    // |seconds * 1e6| <= INT64_MAX - 2e6, so any micros within one second cannot overflow;
    // clamp micros to that so a nonsense value cannot either.
    if (micros > 1'000'000)
        micros = 1'000'000;
    if (micros < -1'000'000)
        micros = -1'000'000;
    return seconds * 1'000'000 + micros;
}

constexpr bool inRange(std::int64_t us)
{
    return us >= 0 && us <= kMaxUs;
}

constexpr std::int64_t clamp(std::int64_t us)
{
    return us < 0 ? 0 : (us > kMaxUs ? kMaxUs : us);
}

} // namespace CaptureTime
