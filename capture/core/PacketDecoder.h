// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IpAddress.h"
#include "MalformedReason.h"

#include <cstdint>
#include <span>

/**
 * IPv4 / IPv6 / UDP decoding over untrusted bytes.
 *
 * IPv4 (RFC 791): header length and total length are validated before use; Ethernet
 * padding beyond the total length is dropped; a frame cut short by the snap length is
 * marked truncated and never used for reassembly. IPv6 (RFC 8200): the extension-header
 * chain (hop-by-hop, routing, destination options, AH, mobility, HIP, shim6, fragment)
 * is walked up to a fixed depth. A Fragment header's offset, M flag and identification
 * are reported; the bytes after it are the fragmentable part.
 */
struct IpPacket
{
    std::uint8_t version = 0;
    IpAddress source;
    IpAddress destination;
    std::uint8_t ttl = 0; ///< IPv4 TTL or IPv6 hop limit
    /** Upper-layer protocol; for a fragment, the protocol of the fragmented payload. */
    std::uint8_t protocol = 0;
    bool isFragment = false;
    bool moreFragments = false;
    std::uint32_t fragmentOffset = 0; ///< in bytes
    std::uint32_t fragmentId = 0;
    /** Length of the IP packet as its header claims (headers + payload). */
    std::uint32_t wireLength = 0;
    /** Bytes after all IP headers (for a fragment: the fragment's data), as captured. */
    std::span<const std::uint8_t> payload;
    /** Bytes after all IP headers as the header claims; more than payload.size() when truncated. */
    std::uint32_t payloadWireLength = 0;
    bool truncated = false; ///< fewer bytes captured than the header claims
};

struct IpDecodeResult
{
    enum class Status : std::uint8_t
    {
        Ok,
        Malformed
    };
    Status status = Status::Malformed;
    MalformedReason reason = MalformedReason::Ipv4Truncated;
    IpPacket packet;
    /** Header flags say fragment (MF=1 or offset>0); known even when the rest is malformed. */
    bool ipv4FragmentFlag = false;
    bool ipv6FragmentFlag = false;
};

struct UdpDatagram
{
    std::uint16_t sourcePort = 0;
    std::uint16_t destinationPort = 0;
    std::span<const std::uint8_t> payload;
    bool truncated = false;
};

struct UdpDecodeResult
{
    bool ok = false;
    MalformedReason reason = MalformedReason::UdpTruncated;
    UdpDatagram datagram;
};

/** Result of walking IPv6 extension headers that follow a reassembled Fragment header. */
struct Ipv6ChainResult
{
    bool ok = false;
    MalformedReason reason = MalformedReason::Ipv6ExtensionTruncated;
    std::uint8_t protocol = 0;
    std::span<const std::uint8_t> payload;
};

constexpr std::uint8_t kIpProtocolUdp = 17;

/** Decodes an IPv4 or IPv6 packet starting at @p network. Pure function. */
IpDecodeResult decodeIpPacket(std::span<const std::uint8_t> network);

/** Walks the extension headers of @p data starting with header type @p nextHeader. */
Ipv6ChainResult walkIpv6Extensions(std::uint8_t nextHeader, std::span<const std::uint8_t> data);

/**
 * Decodes a UDP header. @p truncatedBelow says the IP layer was cut by the snap length,
 * in which case a UDP length beyond the captured bytes is "truncated", not malformed.
 */
UdpDecodeResult decodeUdp(std::span<const std::uint8_t> data, bool truncatedBelow);
