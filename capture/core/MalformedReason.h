// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>

/** Why a packet (or part of one) could not be used. Keys are a stable JSON contract. */
enum class MalformedReason : std::uint8_t
{
    LinkTruncated,
    LinkTypeUnsupported,
    Ipv4Truncated,
    Ipv4BadHeader,
    Ipv4BadTotalLength,
    Ipv6Truncated,
    Ipv6BadPayloadLength,
    Ipv6ExtensionTruncated,
    Ipv6ExtensionChainTooLong,
    FragmentOverlap,
    FragmentTooLarge,
    FragmentBeyondEnd,
    FragmentTooMany,
    FragmentEmpty,
    UdpTruncated,
    UdpBadLength,
    NatTTruncatedMarker,
    IkeTruncatedHeader,
    IkeBadVersion,
    IkeLengthTooSmall,
    IkeLengthExceedsDatagram,
    IkeTrailingData,
    IkePayloadTruncated,
    IkePayloadBadLength,
    IkePayloadChainTooLong,
    IkeBadExchangeType,
    Count
};

constexpr std::size_t kMalformedReasonCount = static_cast<std::size_t>(MalformedReason::Count);

/** Stable machine key, e.g. "ipv4-truncated". */
QString malformedReasonKey(MalformedReason reason);

/** Per-reason counters; a plain value type, cheap to copy into snapshots. */
struct MalformedCounters
{
    std::array<std::uint64_t, kMalformedReasonCount> counts{};

    void add(MalformedReason reason) { ++counts[static_cast<std::size_t>(reason)]; }
    std::uint64_t of(MalformedReason reason) const { return counts[static_cast<std::size_t>(reason)]; }
    std::uint64_t total() const;
    /** One "key<separator>count" per reason seen, in enum order: "ike-truncated: 2". */
    QStringList summary(QLatin1String separator) const;
};
