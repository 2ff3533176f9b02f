// SPDX-License-Identifier: GPL-3.0-or-later
#include "IkeParser.h"

#include "AuthMethod.h"
#include "ByteReader.h"

#include <algorithm>
#include <array>

namespace {

constexpr std::size_t kIkeHeaderLength = 28;
constexpr int kMaxPayloads = 64;
constexpr std::size_t kMaxRecordedPayloadTypes = 32;

// IKEv1 payload types (RFC 2408, RFC 3947, MS-IKEE)
constexpr std::uint8_t kV1Sa = 1, kV1Ke = 4, kV1Id = 5, kV1Cert = 6, kV1Cr = 7, kV1Hash = 8, kV1Sig = 9,
                       kV1Nonce = 10, kV1Notify = 11, kV1Delete = 12, kV1Vendor = 13, kV1NatD = 20,
                       kV1NatDDraft = 130, kV1Fragment = 132;
// IKEv2 payload types (RFC 7296, RFC 7383)
constexpr std::uint8_t kV2Sa = 33, kV2Ke = 34, kV2IdI = 35, kV2IdR = 36, kV2Cert = 37, kV2CertReq = 38,
                       kV2Auth = 39, kV2Nonce = 40, kV2Notify = 41, kV2Delete = 42, kV2Vendor = 43,
                       kV2Encrypted = 46, kV2EncryptedFragment = 53;
constexpr std::uint16_t kV2NotifyFragmentationSupported = 16430;
constexpr std::uint16_t kV2NotifyNatDetectionSource = 16388;
constexpr std::uint16_t kV2NotifyNatDetectionDestination = 16389;

using Vid = std::array<std::uint8_t, 16>;
constexpr Vid kVidRfc3947{0x4a, 0x13, 0x1c, 0x81, 0x07, 0x03, 0x58, 0x45,
                          0x5c, 0x57, 0x28, 0xf2, 0x0e, 0x95, 0x45, 0x2f};
constexpr std::array<Vid, 4> kVidNatTDrafts{{
    {0x4d, 0xf3, 0x79, 0x28, 0xe9, 0xfc, 0x4f, 0xd1, 0xb3, 0x26, 0x21, 0x70, 0xd5, 0x15, 0xc6,
     0x62}, // draft-00
    {0xcd, 0x60, 0x46, 0x43, 0x35, 0xdf, 0x21, 0xf8, 0x7c, 0xfd, 0xb2, 0xfc, 0x68, 0xb6, 0xa4,
     0x48}, // draft-02
    {0x90, 0xcb, 0x80, 0x91, 0x3e, 0xbb, 0x69, 0x6e, 0x08, 0x63, 0x81, 0xb5, 0xec, 0x42, 0x7b,
     0x1f}, // draft-02\n
    {0x7d, 0x94, 0x19, 0xa6, 0x53, 0x10, 0xca, 0x6f, 0x2c, 0x17, 0x9d, 0x92, 0x15, 0x52, 0x9d,
     0x56}, // draft-03
}};
constexpr Vid kVidFragmentation{0x40, 0x48, 0xb7, 0xd5, 0x6e, 0xbc, 0xe8, 0x85,
                                0x25, 0xe7, 0xde, 0x7f, 0x00, 0xd6, 0xc2, 0xd3};
constexpr Vid kVidMsNt5{0x1e, 0x2b, 0x51, 0x69, 0x05, 0x99, 0x1c, 0x7d,
                        0x7c, 0x96, 0xfc, 0xbf, 0xb5, 0x87, 0xe4, 0x61};

bool startsWith(std::span<const std::uint8_t> body, const Vid& vid)
{
    return body.size() >= vid.size() && std::equal(vid.begin(), vid.end(), body.begin());
}

void inspectVendorId(std::span<const std::uint8_t> body, IkeMessage& m)
{
    // Vendor IDs are matched by prefix: Cisco-style fragmentation and MS NT5 append 4 bytes.
    if (startsWith(body, kVidRfc3947) || std::any_of(kVidNatTDrafts.begin(), kVidNatTDrafts.end(),
                                                     [&](const Vid& v) { return startsWith(body, v); }))
        m.vendorNatT = true;
    if (startsWith(body, kVidFragmentation))
        m.vendorMsFragmentation = true;
    if (startsWith(body, kVidMsNt5))
        m.vendorMicrosoft = true;
}

void noteNotify(std::uint16_t type, IkeMessage& m)
{
    if (type < 16384 && !m.firstErrorNotify)
        m.firstErrorNotify = type;
}

/** Looks inside one payload body; returns true when the walk must stop (encrypted data follows). */
bool inspectPayload(std::uint8_t type, std::span<const std::uint8_t> body, IkeMessage& m)
{
    if (m.version == IkeVersion::V1) {
        switch (type) {
        case kV1Sa:
            m.hasSa = true;
            m.authMethods = AuthMethod::fromSaPayload(body);
            break;
        case kV1Ke:
            m.hasKeyExchange = true;
            break;
        case kV1Id:
            m.hasIdentification = true;
            break;
        case kV1Cert:
            m.hasCertificate = true;
            break;
        case kV1Cr:
            m.hasCertificateRequest = true;
            break;
        case kV1Hash:
            m.hasHash = true;
            break;
        case kV1Sig:
            m.hasSignature = true;
            break;
        case kV1Nonce:
            m.hasNonce = true;
            break;
        case kV1Notify: {
            m.hasNotify = true;
            std::uint16_t notifyType = 0;
            if (ByteReader::peekU16(body, 6, notifyType))
                noteNotify(notifyType, m);
            break;
        }
        case kV1Delete:
            m.hasDelete = true;
            break;
        case kV1Vendor:
            inspectVendorId(body, m);
            break;
        case kV1NatD:
        case kV1NatDDraft:
            m.hasNatDetection = true;
            break;
        case kV1Fragment:
            if (body.size() >= 4) {
                IkeV1FragmentInfo f;
                f.fragmentId = std::uint16_t((body[0] << 8) | body[1]);
                f.number = body[2];
                f.last = (body[3] & 0x01) != 0;
                m.v1Fragment = f;
            }
            // The rest of the fragment is a slice of an encrypted message.
            m.encrypted = true;
            return true;
        default:
            break;
        }
        return false;
    }
    switch (type) {
    case kV2Sa:
        m.hasSa = true;
        break;
    case kV2Ke:
        m.hasKeyExchange = true;
        break;
    case kV2IdI:
    case kV2IdR:
        m.hasIdentification = true;
        break;
    case kV2Cert:
        m.hasCertificate = true;
        break;
    case kV2CertReq:
        m.hasCertificateRequest = true;
        break;
    case kV2Auth:
        m.hasSignature = true;
        break;
    case kV2Nonce:
        m.hasNonce = true;
        break;
    case kV2Notify: {
        m.hasNotify = true;
        std::uint16_t notifyType = 0;
        if (ByteReader::peekU16(body, 2, notifyType)) {
            if (notifyType == kV2NotifyFragmentationSupported)
                m.v2FragmentationSupported = true;
            else if (notifyType == kV2NotifyNatDetectionSource ||
                     notifyType == kV2NotifyNatDetectionDestination)
                m.hasNatDetection = true;
            noteNotify(notifyType, m);
        }
        break;
    }
    case kV2Delete:
        m.hasDelete = true;
        break;
    case kV2Vendor:
        inspectVendorId(body, m);
        break;
    case kV2Encrypted:
        m.encrypted = true;
        return true;
    case kV2EncryptedFragment:
        m.encrypted = true;
        if (body.size() >= 4) {
            IkeV2FragmentInfo f;
            f.number = std::uint16_t((body[0] << 8) | body[1]);
            f.total = std::uint16_t((body[2] << 8) | body[3]);
            m.v2Fragment = f;
        }
        return true;
    default:
        break;
    }
    return false;
}

/** @p cutShort: the datagram is shorter than the IKE header says (cut by the capture, or lying). */
void walkPayloads(std::span<const std::uint8_t> region, IkeMessage& m, bool cutShort)
{
    std::uint8_t next = m.header.firstPayload;
    ByteReader reader(region);
    for (int i = 0; next != 0; ++i) {
        if (i >= kMaxPayloads) {
            m.anomalies.push_back(MalformedReason::IkePayloadChainTooLong);
            return;
        }
        const std::uint8_t type = next;
        std::uint8_t critical = 0;
        std::uint16_t length = 0;
        if (!reader.readU8(next) || !reader.readU8(critical) || !reader.readU16(length)) {
            m.anomalies.push_back(MalformedReason::IkePayloadTruncated);
            return;
        }
        if (length < 4) {
            m.anomalies.push_back(MalformedReason::IkePayloadBadLength);
            return;
        }
        std::span<const std::uint8_t> body;
        if (!reader.readBytes(length - 4u, body)) {
            m.anomalies.push_back(MalformedReason::IkePayloadTruncated);
            if (cutShort) {
                // Its generic header survived the cut: the payload is there, its body unread
                // (so MM3 is still told from MM1 by its KE payload).
                if (m.payloadTypes.size() < kMaxRecordedPayloadTypes)
                    m.payloadTypes.push_back(type);
                std::span<const std::uint8_t> partial;
                reader.readBytes(reader.remaining(), partial);
                inspectPayload(type, partial, m);
            }
            return;
        }
        if (m.payloadTypes.size() < kMaxRecordedPayloadTypes)
            m.payloadTypes.push_back(type);
        if (inspectPayload(type, body, m))
            return;
    }
}

} // namespace

IkeExchange ikeExchangeFromType(std::uint8_t majorVersion, std::uint8_t exchangeType)
{
    if (majorVersion == 1) {
        switch (exchangeType) {
        case 1:
            return IkeExchange::V1Base;
        case 2:
            return IkeExchange::V1MainMode;
        case 3:
            return IkeExchange::V1AuthOnly;
        case 4:
            return IkeExchange::V1Aggressive;
        case 5:
            return IkeExchange::V1Informational;
        case 32:
            return IkeExchange::V1QuickMode;
        case 33:
            return IkeExchange::V1NewGroup;
        default:
            return IkeExchange::Unknown;
        }
    }
    if (majorVersion == 2) {
        switch (exchangeType) {
        case 34:
            return IkeExchange::V2IkeSaInit;
        case 35:
            return IkeExchange::V2IkeAuth;
        case 36:
            return IkeExchange::V2CreateChildSa;
        case 37:
            return IkeExchange::V2Informational;
        case 43:
            return IkeExchange::V2IkeIntermediate;
        default:
            return IkeExchange::Unknown;
        }
    }
    return IkeExchange::Unknown;
}

QString ikeExchangeName(IkeExchange exchange, std::uint8_t rawType)
{
    switch (exchange) {
    case IkeExchange::V1Base:
        return QStringLiteral("Base");
    case IkeExchange::V1MainMode:
        return QStringLiteral("Main Mode");
    case IkeExchange::V1AuthOnly:
        return QStringLiteral("Authentication Only");
    case IkeExchange::V1Aggressive:
        return QStringLiteral("Aggressive Mode");
    case IkeExchange::V1Informational:
        return QStringLiteral("Informational");
    case IkeExchange::V1QuickMode:
        return QStringLiteral("Quick Mode");
    case IkeExchange::V1NewGroup:
        return QStringLiteral("New Group Mode");
    case IkeExchange::V2IkeSaInit:
        return QStringLiteral("IKE_SA_INIT");
    case IkeExchange::V2IkeAuth:
        return QStringLiteral("IKE_AUTH");
    case IkeExchange::V2CreateChildSa:
        return QStringLiteral("CREATE_CHILD_SA");
    case IkeExchange::V2Informational:
        return QStringLiteral("INFORMATIONAL");
    case IkeExchange::V2IkeIntermediate:
        return QStringLiteral("IKE_INTERMEDIATE");
    case IkeExchange::Unknown:
        break;
    }
    return QStringLiteral("exchange %1").arg(rawType);
}

IkeParseResult parseIkeDatagram(std::span<const std::uint8_t> udpPayload, bool natTPort)
{
    IkeParseResult r;
    r.viaNatTPort = natTPort;
    std::span<const std::uint8_t> ike = udpPayload;
    if (natTPort) {
        if (udpPayload.size() == 1 && udpPayload[0] == 0xFF) {
            r.status = IkeParseResult::Status::NatKeepAlive;
            return r;
        }
        if (udpPayload.size() < 4) {
            r.reason = MalformedReason::NatTTruncatedMarker;
            return r;
        }
        if (udpPayload[0] || udpPayload[1] || udpPayload[2] || udpPayload[3]) {
            r.status = IkeParseResult::Status::EspInUdp;
            return r;
        }
        ike = udpPayload.subspan(4);
    }
    r.ikeBytes = ike;

    ByteReader reader(ike);
    IkeHeader& h = r.message.header;
    std::uint8_t version = 0;
    if (!reader.readU64(h.initiatorSpi) || !reader.readU64(h.responderSpi) ||
        !reader.readU8(h.firstPayload) || !reader.readU8(version) || !reader.readU8(h.exchangeType) ||
        !reader.readU8(h.flags) || !reader.readU32(h.messageId) || !reader.readU32(h.length)) {
        r.reason = MalformedReason::IkeTruncatedHeader;
        return r;
    }
    h.majorVersion = version >> 4;
    h.minorVersion = version & 0x0F;
    if (h.majorVersion != 1 && h.majorVersion != 2) {
        r.reason = MalformedReason::IkeBadVersion;
        return r;
    }

    if (h.length < kIkeHeaderLength) {
        // A length shorter than the header itself is not ISAKMP at all (tshark agrees).
        r.reason = MalformedReason::IkeLengthTooSmall;
        return r;
    }

    IkeMessage& m = r.message;
    m.version = h.majorVersion == 1 ? IkeVersion::V1 : IkeVersion::V2;
    m.exchange = ikeExchangeFromType(h.majorVersion, h.exchangeType);
    m.datagramLength = static_cast<std::uint32_t>(ike.size());
    r.status = IkeParseResult::Status::Ike;

    if (m.version == IkeVersion::V2 && m.exchange == IkeExchange::Unknown)
        m.anomalies.push_back(MalformedReason::IkeBadExchangeType);
    std::size_t claimed = h.length;
    const bool cutShort = claimed > ike.size();
    if (cutShort) {
        m.anomalies.push_back(MalformedReason::IkeLengthExceedsDatagram);
        claimed = ike.size();
    } else if (claimed < ike.size()) {
        m.anomalies.push_back(MalformedReason::IkeTrailingData);
    }
    if (m.version == IkeVersion::V1 && (h.flags & 0x01) != 0) {
        m.encrypted = true; // everything after the header is ciphertext
        return r;
    }
    walkPayloads(ike.subspan(kIkeHeaderLength, claimed - kIkeHeaderLength), m, cutShort);
    return r;
}
