// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>

#include <cstdint>

/**
 * Cumulative counters at one moment of a capture: a value type handed from the capture
 * thread to the GUI at a fixed interval (never one signal per packet).
 */
struct LiveStatistics
{
    std::int64_t captureTimeUs = 0; ///< timestamp of the newest packet, relative to the first
    std::uint64_t packets = 0;
    std::uint64_t bytes = 0;
    std::uint64_t ipFragments = 0;
    std::uint64_t datagramsReassembled = 0;
    std::uint64_t datagramsIncomplete = 0;
    std::uint64_t ikeMessages = 0;
    std::uint64_t ikeFromFragments = 0;
    std::uint64_t retransmissions = 0;
    std::uint64_t answered = 0; ///< IKE messages that answer an earlier request
    std::uint64_t malformed = 0;
    std::uint64_t kernelDrops = 0;
    /** Capture times (us, relative) of retransmissions since the previous snapshot; bounded. */
    QList<std::int64_t> newRetransmissionTimesUs;
};

Q_DECLARE_METATYPE(LiveStatistics)
