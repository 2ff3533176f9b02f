// SPDX-License-Identifier: GPL-3.0-or-later
#include "PacketDecoder.h"

#include "ByteReader.h"

namespace {

constexpr int kMaxIpv6ExtensionHeaders = 16;

IpDecodeResult fail(IpDecodeResult r, MalformedReason reason)
{
    r.status = IpDecodeResult::Status::Malformed;
    r.reason = reason;
    return r;
}

bool isIpv6Extension(std::uint8_t type)
{
    switch (type) {
    case 0:   // hop-by-hop
    case 43:  // routing
    case 44:  // fragment
    case 51:  // AH
    case 60:  // destination options
    case 135: // mobility
    case 139: // HIP
    case 140: // shim6
        return true;
    default:
        return false;
    }
}

IpDecodeResult decodeIpv4(std::span<const std::uint8_t> data)
{
    IpDecodeResult r;
    if (data.size() < 20)
        return fail(r, MalformedReason::Ipv4Truncated);
    const std::size_t headerLength = std::size_t(data[0] & 0x0F) * 4;
    std::uint16_t totalLength = 0;
    std::uint16_t id = 0;
    std::uint16_t flagsOffset = 0;
    ByteReader::peekU16(data, 2, totalLength);
    ByteReader::peekU16(data, 4, id);
    ByteReader::peekU16(data, 6, flagsOffset);
    const bool more = (flagsOffset & 0x2000) != 0;
    const std::uint32_t offset = std::uint32_t(flagsOffset & 0x1FFF) * 8;
    r.ipv4FragmentFlag = more || offset != 0;

    if (headerLength < 20)
        return fail(r, MalformedReason::Ipv4BadHeader);
    if (data.size() < headerLength)
        return fail(r, MalformedReason::Ipv4Truncated);
    if (totalLength < headerLength)
        return fail(r, MalformedReason::Ipv4BadTotalLength);

    IpPacket& p = r.packet;
    p.version = 4;
    p.ttl = data[8];
    p.protocol = data[9];
    p.source = IpAddress::fromV4(data.subspan<12, 4>());
    p.destination = IpAddress::fromV4(data.subspan<16, 4>());
    p.isFragment = r.ipv4FragmentFlag;
    p.moreFragments = more;
    p.fragmentOffset = offset;
    p.fragmentId = id;
    p.wireLength = totalLength;
    const std::size_t available = std::min<std::size_t>(data.size(), totalLength);
    p.truncated = data.size() < totalLength;
    p.payload = data.subspan(headerLength, available - headerLength);
    p.payloadWireLength = totalLength - std::uint32_t(headerLength);
    r.status = IpDecodeResult::Status::Ok;
    return r;
}

IpDecodeResult decodeIpv6(std::span<const std::uint8_t> data)
{
    IpDecodeResult r;
    if (data.size() < 40)
        return fail(r, MalformedReason::Ipv6Truncated);
    std::uint16_t payloadLength = 0;
    ByteReader::peekU16(data, 4, payloadLength);
    IpPacket& p = r.packet;
    p.version = 6;
    p.ttl = data[7];
    p.source = IpAddress::fromV6(data.subspan<8, 16>());
    p.destination = IpAddress::fromV6(data.subspan<24, 16>());
    p.wireLength = 40u + payloadLength;
    if (payloadLength == 0) // jumbograms (RFC 2675) never carry IKE; treat as unusable
        return fail(r, MalformedReason::Ipv6BadPayloadLength);
    p.truncated = data.size() < p.wireLength;
    const std::size_t available = std::min<std::size_t>(data.size(), p.wireLength);
    std::span<const std::uint8_t> rest = data.subspan(40, available - 40);

    std::uint8_t next = data[6];
    for (int depth = 0; isIpv6Extension(next); ++depth) {
        if (depth >= kMaxIpv6ExtensionHeaders)
            return fail(r, MalformedReason::Ipv6ExtensionChainTooLong);
        if (next == 44) {
            if (rest.size() < 8)
                return fail(r, MalformedReason::Ipv6ExtensionTruncated);
            std::uint16_t offsetFlags = 0;
            ByteReader::peekU16(rest, 2, offsetFlags);
            const std::uint32_t id = (std::uint32_t(rest[4]) << 24) | (std::uint32_t(rest[5]) << 16) |
                                     (std::uint32_t(rest[6]) << 8) | rest[7];
            const std::uint32_t offset = std::uint32_t(offsetFlags & 0xFFF8);
            const bool more = (offsetFlags & 0x0001) != 0;
            // An atomic fragment (offset 0, M=0, RFC 6946) is a whole packet: keep walking.
            if (offset != 0 || more) {
                r.ipv6FragmentFlag = true;
                p.isFragment = true;
                p.moreFragments = more;
                p.fragmentOffset = offset;
                p.fragmentId = id;
                p.protocol = rest[0];
                p.payload = rest.subspan(8);
                p.payloadWireLength = p.wireLength - std::uint32_t(p.payload.data() - data.data());
                r.status = IpDecodeResult::Status::Ok;
                return r;
            }
            next = rest[0];
            rest = rest.subspan(8);
            continue;
        }
        if (rest.size() < 2)
            return fail(r, MalformedReason::Ipv6ExtensionTruncated);
        const std::size_t length =
            next == 51 ? (std::size_t(rest[1]) + 2) * 4 : (std::size_t(rest[1]) + 1) * 8;
        if (rest.size() < length)
            return fail(r, MalformedReason::Ipv6ExtensionTruncated);
        next = rest[0];
        rest = rest.subspan(length);
    }
    p.protocol = next;
    p.payload = rest;
    p.payloadWireLength = p.wireLength - std::uint32_t(rest.data() - data.data());
    r.status = IpDecodeResult::Status::Ok;
    return r;
}

} // namespace

IpDecodeResult decodeIpPacket(std::span<const std::uint8_t> network)
{
    if (network.empty())
        return fail(IpDecodeResult{}, MalformedReason::Ipv4Truncated);
    const int version = network[0] >> 4;
    if (version == 4)
        return decodeIpv4(network);
    if (version == 6)
        return decodeIpv6(network);
    return fail(IpDecodeResult{}, MalformedReason::Ipv4BadHeader);
}

Ipv6ChainResult walkIpv6Extensions(std::uint8_t nextHeader, std::span<const std::uint8_t> data)
{
    Ipv6ChainResult r;
    for (int depth = 0; isIpv6Extension(nextHeader); ++depth) {
        if (depth >= kMaxIpv6ExtensionHeaders) {
            r.reason = MalformedReason::Ipv6ExtensionChainTooLong;
            return r;
        }
        if (nextHeader == 44) { // a second Fragment header inside a reassembled payload: not usable
            r.reason = MalformedReason::Ipv6ExtensionTruncated;
            return r;
        }
        if (data.size() < 2)
            return r;
        const std::size_t length =
            nextHeader == 51 ? (std::size_t(data[1]) + 2) * 4 : (std::size_t(data[1]) + 1) * 8;
        if (data.size() < length)
            return r;
        nextHeader = data[0];
        data = data.subspan(length);
    }
    r.ok = true;
    r.protocol = nextHeader;
    r.payload = data;
    return r;
}

UdpDecodeResult decodeUdp(std::span<const std::uint8_t> data, bool truncatedBelow)
{
    UdpDecodeResult r;
    ByteReader reader(data);
    std::uint16_t length = 0;
    std::uint16_t checksum = 0;
    if (!reader.readU16(r.datagram.sourcePort) || !reader.readU16(r.datagram.destinationPort) ||
        !reader.readU16(length) || !reader.readU16(checksum)) {
        r.reason = MalformedReason::UdpTruncated;
        return r;
    }
    if (length < 8) {
        r.reason = MalformedReason::UdpBadLength;
        return r;
    }
    if (length > data.size()) {
        if (!truncatedBelow) {
            r.reason = MalformedReason::UdpBadLength;
            return r;
        }
        r.datagram.truncated = true;
        r.datagram.payload = data.subspan(8);
    } else {
        r.datagram.payload = data.subspan(8, length - 8u);
    }
    r.ok = true;
    return r;
}
