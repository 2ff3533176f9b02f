// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MalformedReason.h"

#include <cstdint>
#include <optional>
#include <vector>

/** ISAKMP (RFC 2408) / IKEv2 (RFC 7296) fixed header, as read from the wire. */
struct IkeHeader
{
    std::uint64_t initiatorSpi = 0;
    std::uint64_t responderSpi = 0;
    std::uint8_t firstPayload = 0;
    std::uint8_t majorVersion = 0;
    std::uint8_t minorVersion = 0;
    std::uint8_t exchangeType = 0;
    std::uint8_t flags = 0;
    std::uint32_t messageId = 0;
    std::uint32_t length = 0;
};

enum class IkeVersion : std::uint8_t
{
    V1,
    V2
};

/** Exchange types we name; anything else stays Unknown with its raw number in the header. */
enum class IkeExchange : std::uint8_t
{
    Unknown,
    V1Base,
    V1MainMode, ///< Identity Protection
    V1AuthOnly,
    V1Aggressive,
    V1Informational,
    V1QuickMode,
    V1NewGroup,
    V2IkeSaInit,
    V2IkeAuth,
    V2CreateChildSa,
    V2Informational,
    V2IkeIntermediate
};

/** IKEv1 fragment payload (type 132, Cisco/Microsoft MS-IKEE). */
struct IkeV1FragmentInfo
{
    std::uint16_t fragmentId = 0;
    std::uint8_t number = 0;
    bool last = false;
};

/** IKEv2 Encrypted Fragment payload (SKF, type 53, RFC 7383). */
struct IkeV2FragmentInfo
{
    std::uint16_t number = 0;
    std::uint16_t total = 0;
};

/** What one IKE datagram says about itself, decoded up to the first encrypted payload. */
struct IkeMessage
{
    IkeHeader header;
    IkeVersion version = IkeVersion::V1;
    IkeExchange exchange = IkeExchange::Unknown;
    std::uint32_t datagramLength = 0; ///< bytes of IKE in the datagram (after any non-ESP marker)

    bool encrypted = false; ///< v1 E flag, or a v2 SK/SKF payload
    bool hasSa = false;
    bool hasKeyExchange = false;
    bool hasNonce = false;
    bool hasIdentification = false;
    bool hasCertificate = false;
    bool hasCertificateRequest = false;
    bool hasSignature = false; ///< v1 SIG or v2 AUTH
    bool hasHash = false;
    bool hasNatDetection = false;
    bool hasDelete = false;
    bool hasNotify = false;

    bool vendorNatT = false;                       ///< RFC 3947 or one of the NAT-T drafts
    bool vendorMsFragmentation = false;            ///< "FRAGMENTATION" VID (MS-IKEE / Cisco)
    bool vendorMicrosoft = false;                  ///< MS NT5 ISAKMPOAKLEY (a Windows peer)
    bool v2FragmentationSupported = false;         ///< notify 16430
    std::optional<std::uint16_t> firstErrorNotify; ///< first notify type < 16384

    std::optional<IkeV1FragmentInfo> v1Fragment;
    std::optional<IkeV2FragmentInfo> v2Fragment;

    /** IKEv1 SA payload: Authentication Method of each ISAKMP transform, in order (see AuthMethod.h). */
    std::vector<std::uint16_t> authMethods;
    std::vector<std::uint8_t> payloadTypes; ///< in order, capped
    std::vector<MalformedReason> anomalies; ///< header ok, something later was not

    bool isV2Response() const { return version == IkeVersion::V2 && (header.flags & 0x20) != 0; }
    bool isV2FromOriginalInitiator() const { return version == IkeVersion::V2 && (header.flags & 0x08) != 0; }
};
