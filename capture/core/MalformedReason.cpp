// SPDX-License-Identifier: GPL-3.0-or-later
#include "MalformedReason.h"

#include <numeric>

QString malformedReasonKey(MalformedReason reason)
{
    switch (reason) {
    case MalformedReason::LinkTruncated:
        return QStringLiteral("link-truncated");
    case MalformedReason::LinkTypeUnsupported:
        return QStringLiteral("link-type-unsupported");
    case MalformedReason::Ipv4Truncated:
        return QStringLiteral("ipv4-truncated");
    case MalformedReason::Ipv4BadHeader:
        return QStringLiteral("ipv4-bad-header");
    case MalformedReason::Ipv4BadTotalLength:
        return QStringLiteral("ipv4-bad-total-length");
    case MalformedReason::Ipv6Truncated:
        return QStringLiteral("ipv6-truncated");
    case MalformedReason::Ipv6BadPayloadLength:
        return QStringLiteral("ipv6-bad-payload-length");
    case MalformedReason::Ipv6ExtensionTruncated:
        return QStringLiteral("ipv6-extension-truncated");
    case MalformedReason::Ipv6ExtensionChainTooLong:
        return QStringLiteral("ipv6-extension-chain-too-long");
    case MalformedReason::FragmentOverlap:
        return QStringLiteral("fragment-overlap");
    case MalformedReason::FragmentTooLarge:
        return QStringLiteral("fragment-too-large");
    case MalformedReason::FragmentBeyondEnd:
        return QStringLiteral("fragment-beyond-end");
    case MalformedReason::FragmentTooMany:
        return QStringLiteral("fragment-too-many");
    case MalformedReason::FragmentEmpty:
        return QStringLiteral("fragment-empty");
    case MalformedReason::UdpTruncated:
        return QStringLiteral("udp-truncated");
    case MalformedReason::UdpBadLength:
        return QStringLiteral("udp-bad-length");
    case MalformedReason::NatTTruncatedMarker:
        return QStringLiteral("nat-t-truncated-marker");
    case MalformedReason::IkeTruncatedHeader:
        return QStringLiteral("ike-truncated-header");
    case MalformedReason::IkeBadVersion:
        return QStringLiteral("ike-bad-version");
    case MalformedReason::IkeLengthTooSmall:
        return QStringLiteral("ike-length-too-small");
    case MalformedReason::IkeLengthExceedsDatagram:
        return QStringLiteral("ike-length-exceeds-datagram");
    case MalformedReason::IkeTrailingData:
        return QStringLiteral("ike-trailing-data");
    case MalformedReason::IkePayloadTruncated:
        return QStringLiteral("ike-payload-truncated");
    case MalformedReason::IkePayloadBadLength:
        return QStringLiteral("ike-payload-bad-length");
    case MalformedReason::IkePayloadChainTooLong:
        return QStringLiteral("ike-payload-chain-too-long");
    case MalformedReason::IkeBadExchangeType:
        return QStringLiteral("ike-bad-exchange-type");
    case MalformedReason::Count:
        break;
    }
    return QStringLiteral("unknown");
}

std::uint64_t MalformedCounters::total() const
{
    return std::accumulate(counts.begin(), counts.end(), std::uint64_t{0});
}

QStringList MalformedCounters::summary(QLatin1String separator) const
{
    QStringList parts;
    for (std::size_t i = 0; i < kMalformedReasonCount; ++i)
        if (counts[i] > 0)
            parts << malformedReasonKey(static_cast<MalformedReason>(i)) + separator +
                         QString::number(counts[i]);
    return parts;
}
