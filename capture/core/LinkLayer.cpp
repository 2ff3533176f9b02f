// SPDX-License-Identifier: GPL-3.0-or-later
#include "LinkLayer.h"

#include "ByteReader.h"

namespace {

constexpr std::uint16_t kEtherTypeIpv4 = 0x0800;
constexpr std::uint16_t kEtherTypeIpv6 = 0x86DD;
constexpr std::uint16_t kEtherTypeVlan = 0x8100;
constexpr std::uint16_t kEtherTypeQinQ = 0x88A8;
constexpr std::uint16_t kEtherTypeQinQOld = 0x9100;
// More tags than this is not a real network, it is a crafted frame.
constexpr int kMaxVlanTags = 8;

LinkDecodeResult malformed(MalformedReason reason)
{
    LinkDecodeResult r;
    r.status = LinkDecodeResult::Status::Malformed;
    r.reason = reason;
    return r;
}

/** Follows 802.1Q/802.1ad tags from @p etherType; @p reader sits right after the type field. */
LinkDecodeResult decodeEtherPayload(std::uint16_t etherType, ByteReader& reader)
{
    LinkDecodeResult r;
    while (etherType == kEtherTypeVlan || etherType == kEtherTypeQinQ || etherType == kEtherTypeQinQOld) {
        if (r.vlanTags >= kMaxVlanTags)
            return malformed(MalformedReason::LinkTruncated);
        std::uint16_t tci = 0;
        if (!reader.readU16(tci) || !reader.readU16(etherType))
            return malformed(MalformedReason::LinkTruncated);
        ++r.vlanTags;
    }
    if (etherType == kEtherTypeIpv4 || etherType == kEtherTypeIpv6) {
        r.status = LinkDecodeResult::Status::Ip;
        r.network = reader.rest();
        return r;
    }
    r.status = LinkDecodeResult::Status::NotIp;
    return r;
}

LinkDecodeResult rawIp(std::span<const std::uint8_t> data)
{
    if (data.empty())
        return malformed(MalformedReason::LinkTruncated);
    const int version = data[0] >> 4;
    LinkDecodeResult r;
    r.status =
        (version == 4 || version == 6) ? LinkDecodeResult::Status::Ip : LinkDecodeResult::Status::NotIp;
    r.network = data;
    return r;
}

bool isBsdInet6Family(std::uint32_t family)
{
    // AF_INET6 differs per OS: Linux 10, FreeBSD 28, OpenBSD/NetBSD 24, macOS 30.
    return family == 10 || family == 24 || family == 28 || family == 30;
}

} // namespace

LinkType linkTypeFromDlt(int dlt)
{
    switch (dlt) {
    case 0:
        return LinkType::BsdNull;
    case 1:
        return LinkType::Ethernet;
    case 12:
    case 14:
    case 101:
        return LinkType::RawIp;
    case 108:
        return LinkType::BsdLoop;
    case 113:
        return LinkType::LinuxCooked;
    case 228:
        return LinkType::RawIpv4;
    case 229:
        return LinkType::RawIpv6;
    case 276:
        return LinkType::LinuxCooked2;
    default:
        return LinkType::Unknown;
    }
}

int dltFromLinkType(LinkType type)
{
    switch (type) {
    case LinkType::Ethernet:
        return 1;
    case LinkType::LinuxCooked:
        return 113;
    case LinkType::LinuxCooked2:
        return 276;
    case LinkType::RawIpv4:
        return 228;
    case LinkType::RawIpv6:
        return 229;
    case LinkType::BsdNull:
        return 0;
    case LinkType::BsdLoop:
        return 108;
    case LinkType::RawIp:
    case LinkType::Unknown:
        break;
    }
    return 101; // LINKTYPE_RAW as written in files
}

QString linkTypeName(LinkType type)
{
    switch (type) {
    case LinkType::Ethernet:
        return QStringLiteral("Ethernet");
    case LinkType::LinuxCooked:
        return QStringLiteral("Linux cooked v1");
    case LinkType::LinuxCooked2:
        return QStringLiteral("Linux cooked v2");
    case LinkType::RawIp:
        return QStringLiteral("raw IP");
    case LinkType::RawIpv4:
        return QStringLiteral("raw IPv4");
    case LinkType::RawIpv6:
        return QStringLiteral("raw IPv6");
    case LinkType::BsdNull:
        return QStringLiteral("BSD loopback (null)");
    case LinkType::BsdLoop:
        return QStringLiteral("OpenBSD loopback");
    case LinkType::Unknown:
        break;
    }
    return QStringLiteral("unsupported");
}

LinkDecodeResult decodeLinkLayer(LinkType type, std::span<const std::uint8_t> frame)
{
    ByteReader reader(frame);
    switch (type) {
    case LinkType::Ethernet: {
        std::uint16_t etherType = 0;
        if (!reader.skip(12) || !reader.readU16(etherType))
            return malformed(MalformedReason::LinkTruncated);
        if (etherType < 0x0600) // IEEE 802.3 length field: LLC/SNAP frame, not IP for us
            return LinkDecodeResult{};
        return decodeEtherPayload(etherType, reader);
    }
    case LinkType::LinuxCooked: {
        std::uint16_t protocol = 0;
        if (!reader.skip(14) || !reader.readU16(protocol))
            return malformed(MalformedReason::LinkTruncated);
        return decodeEtherPayload(protocol, reader);
    }
    case LinkType::LinuxCooked2: {
        std::uint16_t protocol = 0;
        if (!reader.readU16(protocol) || !reader.skip(18))
            return malformed(MalformedReason::LinkTruncated);
        return decodeEtherPayload(protocol, reader);
    }
    case LinkType::RawIp:
        return rawIp(frame);
    case LinkType::RawIpv4:
    case LinkType::RawIpv6:
        return rawIp(frame);
    case LinkType::BsdNull:
    case LinkType::BsdLoop: {
        if (frame.size() < 4)
            return malformed(MalformedReason::LinkTruncated);
        // DLT_NULL stores the family in the capturing host's byte order: accept both.
        const std::uint32_t be = (std::uint32_t(frame[0]) << 24) | (std::uint32_t(frame[1]) << 16) |
                                 (std::uint32_t(frame[2]) << 8) | frame[3];
        const std::uint32_t le = (std::uint32_t(frame[3]) << 24) | (std::uint32_t(frame[2]) << 16) |
                                 (std::uint32_t(frame[1]) << 8) | frame[0];
        const bool inet = be == 2 || le == 2;
        const bool inet6 = isBsdInet6Family(be) || isBsdInet6Family(le);
        if (!inet && !inet6)
            return LinkDecodeResult{};
        return rawIp(frame.subspan(4));
    }
    case LinkType::Unknown:
        break;
    }
    return malformed(MalformedReason::LinkTypeUnsupported);
}
