// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MalformedReason.h"

#include <QString>

#include <cstdint>
#include <span>

/** Link types frag792 decodes; libpcap DLT values map onto these in one place. */
enum class LinkType : std::uint8_t
{
    Ethernet,
    LinuxCooked,
    LinuxCooked2,
    RawIp,
    RawIpv4,
    RawIpv6,
    BsdNull,
    BsdLoop,
    Unknown
};

/** Maps a libpcap DLT_* value (as returned by pcap_datalink) to a LinkType. */
LinkType linkTypeFromDlt(int dlt);
/** The DLT / LINKTYPE value to write in a capture file for @p type (Unknown maps to raw IP). */
int dltFromLinkType(LinkType type);
QString linkTypeName(LinkType type);

/** Where the network layer starts inside a captured frame. */
struct LinkDecodeResult
{
    enum class Status : std::uint8_t
    {
        Ip,        ///< network points at an IPv4 or IPv6 header
        NotIp,     ///< a valid frame carrying something else (ARP, LLC, ...)
        Malformed, ///< reason says why
    };
    Status status = Status::NotIp;
    MalformedReason reason = MalformedReason::LinkTruncated;
    std::span<const std::uint8_t> network;
    std::uint8_t vlanTags = 0;
};

/** Strips the link-layer header of @p frame. Pure; never reads outside @p frame. */
LinkDecodeResult decodeLinkLayer(LinkType type, std::span<const std::uint8_t> frame);
