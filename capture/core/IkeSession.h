// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DatagramOrigin.h"
#include "IkeMessage.h"
#include "IpAddress.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

/** The step a message plays in its exchange, inferred from direction and payloads. */
enum class MessageRole : std::uint8_t
{
    Unknown,
    MainMode1,
    MainMode2,
    MainMode3,
    MainMode4,
    MainMode5,
    MainMode6,
    Aggressive1,
    Aggressive2,
    Aggressive3,
    QuickMode1,
    QuickMode2,
    QuickMode3,
    V1Informational,
    V2Request,
    V2Response,
};

/** Short stable name: "MM5", "QM1", "IKE_AUTH request", ... */
QString messageRoleName(MessageRole role, IkeExchange exchange);

/** What says that certificates travel in this negotiation (the first sign seen wins). */
enum class CertificateSign : std::uint8_t
{
    None,
    CertificatePayload, ///< a CERT payload in the clear
    CertificateRequest, ///< CR (IKEv1) / CERTREQ (IKEv2, in IKE_SA_INIT)
    AuthMethodChosen,   ///< IKEv1: the responder chose a certificate-bearing method in MM2/AM2
    AuthMethodsOffered, ///< IKEv1: every method the initiator offered bears certificates (no MM2 seen)
    IkeAuthSize,        ///< IKEv2: an IKE_AUTH too large for pre-shared-key authentication
};

/** Stable English code for JSON: "certificate", "certificate-request", "auth-method", ... */
QString certificateSignCode(CertificateSign sign);

/** One IKE datagram in a session's timeline. */
struct SessionMessage
{
    DatagramOrigin origin; ///< time, ends, ports, TTL, fragments, truncation
    bool fromInitiator = true;
    MessageRole role = MessageRole::Unknown;
    IkeExchange exchange = IkeExchange::Unknown;
    std::uint8_t exchangeType = 0;
    std::uint32_t messageId = 0;
    std::uint32_t ikeLength = 0; ///< bytes of IKE in the datagram
    bool encrypted = false;
    bool natT = false;                  ///< carried on UDP 4500
    std::int32_t retransmissionOf = -1; ///< index of the first copy, or -1
    std::optional<bool> answered;       ///< unset where no answer is expected (final messages)
    std::optional<IkeV1FragmentInfo> v1Fragment;
    std::optional<IkeV2FragmentInfo> v2Fragment;
    std::optional<std::uint16_t> errorNotify;

    bool isRetransmission() const { return retransmissionOf >= 0; }
};

/** An IKE SA as seen on the wire: both ends, the timeline and what was offered. */
struct IkeSession
{
    IkeVersion version = IkeVersion::V1;
    std::uint64_t initiatorSpi = 0;
    std::uint64_t responderSpi = 0;
    IpAddress initiator;
    IpAddress responder;
    bool rolesCertain = true; ///< false when the capture started after the first message
    std::int64_t firstSeenUs = 0;
    std::int64_t lastSeenUs = 0;

    bool natT = false;         ///< IKE moved to UDP 4500
    bool natDetection = false; ///< NAT-D payloads / notifies exchanged
    bool vendorNatT = false;
    bool ikeFragmentationOffered = false; ///< MS/Cisco FRAGMENTATION VID or IKEv2 notify 16430
    bool ikeFragmentsUsed = false;        ///< fragment payload 132 or SKF seen
    bool certificatesExpected = false;    ///< see certificateSign
    CertificateSign certificateSign = CertificateSign::None;
    /** IKEv1: the initiator's next large message (MM5) carries a certificate, as far as the capture says. */
    bool initiatorCertificateExpected = false;
    bool sawCertificate = false;                   ///< CERT payload in the clear
    bool sawCertificateRequest = false;            ///< CR / CERTREQ
    bool sawLargeIkeAuth = false;                  ///< IKEv2 IKE_AUTH above kLargeIkeAuthBytes or fragmented
    std::vector<std::uint16_t> authMethodsOffered; ///< IKEv1: the initiator's SA (MM1/AM1)
    std::optional<std::uint16_t> authMethod;       ///< IKEv1: the responder's chosen transform (MM2/AM2)
    bool windowsPeer = false;

    std::vector<SessionMessage> messages; ///< capped; see droppedMessages
    std::uint32_t droppedMessages = 0;
    std::vector<std::uint8_t> initiatorTtls; ///< distinct values, capped
    std::vector<std::uint8_t> responderTtls;
};
