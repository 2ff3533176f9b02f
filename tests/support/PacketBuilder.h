// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IpAddress.h"

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

/**
 * Builds packets byte by byte for tests, fuzz seeds, samples and the benchmark.
 * Everything is written field by field in network order, the way a real stack does;
 * nothing here is shared with the decoder, so a misunderstanding in one does not hide
 * in the other.
 */
namespace PacketBuilder {

inline std::span<const std::uint8_t> bytes(const QByteArray& b)
{
    return {reinterpret_cast<const std::uint8_t*>(b.constData()), std::size_t(b.size())};
}

struct IkePayload
{
    std::uint8_t type = 0;
    QByteArray body;
};

/**
 * The body of an IKEv1 SA payload (DOI IPsec, identity only) with one ISAKMP proposal whose
 * transforms (AES-256, SHA-256, MODP-2048) carry the given Authentication Method values.
 */
QByteArray ikeV1SaBody(const std::vector<std::uint16_t>& authMethods);

/** A full ISAKMP/IKE message; @p encryptedBody follows the header when non-empty (v1 E flag set by caller).
 */
QByteArray ikeMessage(std::uint8_t version, std::uint64_t initiatorSpi, std::uint64_t responderSpi,
                      std::uint8_t exchangeType, std::uint8_t flags, std::uint32_t messageId,
                      const std::vector<IkePayload>& payloads, const QByteArray& encryptedBody = {},
                      std::uint8_t firstPayloadOverride = 0,
                      std::optional<std::uint32_t> lengthOverride = {});

QByteArray udp(std::uint16_t sourcePort, std::uint16_t destinationPort, const QByteArray& payload,
               std::optional<std::uint16_t> lengthOverride = {});
QByteArray ipv4(const IpAddress& source, const IpAddress& destination, std::uint8_t protocol,
                const QByteArray& payload, std::uint16_t id = 1, std::uint8_t ttl = 64,
                std::uint16_t flagsAndOffset = 0, const QByteArray& options = {});
/** Splits @p payload (the bytes after the IP header) into IPv4 fragments that fit @p mtu. */
std::vector<QByteArray> ipv4Fragments(const IpAddress& source, const IpAddress& destination,
                                      std::uint8_t protocol, const QByteArray& payload, std::uint16_t id,
                                      std::uint8_t ttl, int mtu);
QByteArray ipv6(const IpAddress& source, const IpAddress& destination, std::uint8_t nextHeader,
                const QByteArray& payload, std::uint8_t hopLimit = 64);
/** An extension header of @p type (0, 43, 60) carrying @p next, padded to 8 bytes. */
QByteArray ipv6Extension(std::uint8_t next, int lengthUnits = 0);
/** IPv6 fragments; @p unfragmentable (already-chained extension headers) is repeated in each. */
std::vector<QByteArray> ipv6Fragments(const IpAddress& source, const IpAddress& destination,
                                      std::uint8_t nextHeader, const QByteArray& payload, std::uint32_t id,
                                      std::uint8_t hopLimit, int mtu);
QByteArray ethernet(const QByteArray& ipPacket, int vlanTags = 0);
QByteArray ikeOverUdp(const QByteArray& ike, std::uint16_t sourcePort, std::uint16_t destinationPort);

IpAddress v4(const char* text);
IpAddress v6(const char* text);

/** A frame with its capture time. */
struct TimedFrame
{
    std::int64_t timestampUs = 0;
    QByteArray frame; ///< Ethernet
};

/** An IKEv1 Main Mode negotiation with certificates, shaped by what happens to MM5 and MM6. */
struct MainModeScenario
{
    IpAddress client = v4("192.0.2.10");
    IpAddress server = v4("198.51.100.1");
    std::uint64_t initiatorSpi = 0x1122334455667788ULL;
    std::uint8_t clientTtl = 128; ///< as seen at the capture point
    std::uint8_t serverTtl = 63;
    int certificateBytes = 2800; ///< MM5/MM6 size; above the MTU they are fragmented
    int mtu = 1500;
    bool natT = false;          ///< MM5 onwards on UDP 4500 with the non-ESP marker
    bool mm5Reaches = true;     ///< MM5 fragments appear in the capture
    bool mm5Incomplete = false; ///< only the first fragment of each MM5 appears
    bool mm6Sent = true;        ///< the server answers MM5
    bool mm6Delivered = true;   ///< the client stops retransmitting (MM6 got through)
    bool quickMode = true;      ///< QM1..QM3 after MM6
    int retransmissions = 5;    ///< MM5 copies after the first when it is not answered
    bool ipv6 = false;
    /** Real SA payloads with this Authentication Method in MM1/MM2 (else an opaque SA body). */
    std::optional<std::uint16_t> authMethod;
    bool certificateRequests = true; ///< CR payloads in MM3/MM4
    int mm4Retransmissions = 0; ///< the responder repeats MM4 while MM5 does not come (libreswan, Windows)
    std::int64_t startUs = 1'700'000'000'000'000;
};
std::vector<TimedFrame> mainMode(const MainModeScenario& scenario);

/** Writes @p content to @p directory/@p name; the path, or empty when it could not. */
QString writeFile(const QString& directory, const QString& name, const QByteArray& content);

/** A classic pcap file (little-endian, microseconds, snap length 65535) of @p frames; @p dlt in its header.
 */
QByteArray pcapFile(const std::vector<TimedFrame>& frames, std::uint32_t dlt = 1);

} // namespace PacketBuilder
