// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthMethod.h"

#include "ByteReader.h"

namespace {

// Values and their sources:
//   1 pre-shared key, 2 DSS signatures, 3 RSA signatures, 4 encryption with RSA,
//   5 revised encryption with RSA                        RFC 2409 Appendix A
//   6/7 (revised) encryption with El-Gamal, 8 ECDSA      IANA "IPSEC Authentication Method" registry
//   9/10/11 ECDSA with SHA-256/384/512 on P-256/384/521  RFC 4754
//   64221..64224 HybridInitRSA, HybridRespRSA, HybridInitDSS, HybridRespDSS
//                                                        draft-ietf-ipsec-isakmp-hybrid-auth-05
//   65001..65010 XAUTHInit/RespPreShared, DSS, RSA, RSAEncryption, RSARevisedEncryption
//                                                        draft-ietf-ipsec-isakmp-xauth-06 (private range)
// Who carries a CERT in MM5/MM6:
// - signatures (DSS, RSA, ECDSA) and the XAUTH variants of them: both sides (RFC 2409 5.1).
// - encryption with RSA/El-Gamal: nobody; MM5/MM6 are a bare HASH, the public keys must be known
//   before (RFC 2409 5.2/5.3; at most a certificate hash travels in MM3). Their MM5 is small.
// - Hybrid "Init" (the initiator is the XAUTH user, the gateway signs): only MM6;
//   Hybrid "Resp": only MM5 (hybrid-auth draft, section 3.2).
// - pre-shared key and XAUTH on pre-shared key: nobody.
enum : std::uint16_t
{
    kPreSharedKey = 1,
    kDss = 2,
    kRsa = 3,
    kRsaEncryption = 4,
    kRsaRevisedEncryption = 5,
    kElGamal = 6,
    kElGamalRevised = 7,
    kEcdsa = 8,
    kEcdsaP256 = 9,
    kEcdsaP384 = 10,
    kEcdsaP521 = 11,
    kHybridInitRsa = 64221,
    kHybridRespRsa = 64222,
    kHybridInitDss = 64223,
    kHybridRespDss = 64224,
    kXauthInitPsk = 65001,
    kXauthRespPsk = 65002,
    kXauthInitDss = 65003,
    kXauthRespDss = 65004,
    kXauthInitRsa = 65005,
    kXauthRespRsa = 65006,
    kXauthInitRsaEnc = 65007,
    kXauthRespRsaEnc = 65008,
    kXauthInitRsaRevEnc = 65009,
    kXauthRespRsaRevEnc = 65010,
};

constexpr std::uint32_t kDoiIpsec = 1;
constexpr std::uint32_t kSituationIdentityOnly = 1;
constexpr std::uint8_t kProtoIsakmp = 1;
constexpr std::uint8_t kPayloadProposal = 2;
constexpr std::uint8_t kPayloadTransform = 3;
constexpr std::uint16_t kAttributeAuthMethod = 3;
constexpr std::size_t kMaxMethods = 16;
constexpr int kMaxStructures = 64;

bool signatureBoth(std::uint16_t m)
{
    switch (m) {
    case kDss:
    case kRsa:
    case kEcdsa:
    case kEcdsaP256:
    case kEcdsaP384:
    case kEcdsaP521:
    case kXauthInitDss:
    case kXauthRespDss:
    case kXauthInitRsa:
    case kXauthRespRsa:
        return true;
    default:
        return false;
    }
}

/** Auth method attributes of one transform's attribute list. */
void readAttributes(std::span<const std::uint8_t> attrs, std::vector<std::uint16_t>& out)
{
    ByteReader r(attrs);
    for (int i = 0; i < kMaxStructures && !r.atEnd(); ++i) {
        std::uint16_t typeField = 0;
        std::uint16_t lengthOrValue = 0;
        if (!r.readU16(typeField) || !r.readU16(lengthOrValue))
            return;
        const bool basic = (typeField & 0x8000) != 0;
        if (basic) {
            if ((typeField & 0x7FFF) == kAttributeAuthMethod && out.size() < kMaxMethods)
                out.push_back(lengthOrValue);
            continue;
        }
        std::span<const std::uint8_t> skipped;
        if (!r.readBytes(lengthOrValue, skipped))
            return;
    }
}

} // namespace

namespace AuthMethod {

QString code(std::uint16_t method)
{
    switch (method) {
    case kPreSharedKey:
        return QStringLiteral("pre-shared-key");
    case kDss:
        return QStringLiteral("dss-signatures");
    case kRsa:
        return QStringLiteral("rsa-signatures");
    case kRsaEncryption:
        return QStringLiteral("rsa-encryption");
    case kRsaRevisedEncryption:
        return QStringLiteral("rsa-revised-encryption");
    case kElGamal:
        return QStringLiteral("elgamal-encryption");
    case kElGamalRevised:
        return QStringLiteral("elgamal-revised-encryption");
    case kEcdsa:
        return QStringLiteral("ecdsa-signatures");
    case kEcdsaP256:
        return QStringLiteral("ecdsa-sha256-p256");
    case kEcdsaP384:
        return QStringLiteral("ecdsa-sha384-p384");
    case kEcdsaP521:
        return QStringLiteral("ecdsa-sha512-p521");
    case kHybridInitRsa:
        return QStringLiteral("hybrid-init-rsa");
    case kHybridRespRsa:
        return QStringLiteral("hybrid-resp-rsa");
    case kHybridInitDss:
        return QStringLiteral("hybrid-init-dss");
    case kHybridRespDss:
        return QStringLiteral("hybrid-resp-dss");
    case kXauthInitPsk:
        return QStringLiteral("xauth-init-pre-shared-key");
    case kXauthRespPsk:
        return QStringLiteral("xauth-resp-pre-shared-key");
    case kXauthInitDss:
        return QStringLiteral("xauth-init-dss");
    case kXauthRespDss:
        return QStringLiteral("xauth-resp-dss");
    case kXauthInitRsa:
        return QStringLiteral("xauth-init-rsa");
    case kXauthRespRsa:
        return QStringLiteral("xauth-resp-rsa");
    case kXauthInitRsaEnc:
        return QStringLiteral("xauth-init-rsa-encryption");
    case kXauthRespRsaEnc:
        return QStringLiteral("xauth-resp-rsa-encryption");
    case kXauthInitRsaRevEnc:
        return QStringLiteral("xauth-init-rsa-revised-encryption");
    case kXauthRespRsaRevEnc:
        return QStringLiteral("xauth-resp-rsa-revised-encryption");
    default:
        return QStringLiteral("unknown-%1").arg(method);
    }
}

bool initiatorSendsCertificate(std::uint16_t method)
{
    return signatureBoth(method) || method == kHybridRespRsa || method == kHybridRespDss;
}

bool responderSendsCertificate(std::uint16_t method)
{
    return signatureBoth(method) || method == kHybridInitRsa || method == kHybridInitDss;
}

std::vector<std::uint16_t> fromSaPayload(std::span<const std::uint8_t> body)
{
    std::vector<std::uint16_t> out;
    ByteReader r(body);
    std::uint32_t doi = 0;
    std::uint32_t situation = 0;
    // Other situations (secrecy, integrity) add labelled-domain fields; nobody uses them for IKE.
    if (!r.readU32(doi) || !r.readU32(situation) || doi != kDoiIpsec || situation != kSituationIdentityOnly)
        return out;
    std::uint8_t nextProposal = kPayloadProposal;
    for (int p = 0; p < kMaxStructures && nextProposal == kPayloadProposal; ++p) {
        std::uint8_t reserved = 0;
        std::uint16_t length = 0;
        std::span<const std::uint8_t> proposal;
        if (!r.readU8(nextProposal) || !r.readU8(reserved) || !r.readU16(length) || length < 8)
            return out;
        // A body cut short (by a capture's snap length) still yields the transforms before the cut.
        const bool cut = !r.readBytes(length - 4u, proposal);
        if (cut)
            r.readBytes(r.remaining(), proposal);
        ByteReader pr(proposal);
        std::uint8_t number = 0, protocol = 0, spiSize = 0, transforms = 0;
        std::span<const std::uint8_t> spi;
        if (!pr.readU8(number) || !pr.readU8(protocol) || !pr.readU8(spiSize) || !pr.readU8(transforms) ||
            !pr.readBytes(spiSize, spi) || protocol != kProtoIsakmp)
            continue;
        std::uint8_t nextTransform = kPayloadTransform;
        for (int t = 0; t < transforms && nextTransform == kPayloadTransform; ++t) {
            std::uint16_t tLength = 0;
            std::span<const std::uint8_t> transform;
            if (!pr.readU8(nextTransform) || !pr.readU8(reserved) || !pr.readU16(tLength) || tLength < 8)
                break;
            const bool transformCut = !pr.readBytes(tLength - 4u, transform);
            if (transformCut && !pr.readBytes(pr.remaining(), transform))
                break;
            // transform number, transform id, 2 reserved bytes, then the attributes (whole ones only)
            if (transform.size() >= 4)
                readAttributes(transform.subspan(4), out);
            if (transformCut)
                return out;
        }
        if (cut)
            return out;
    }
    return out;
}

} // namespace AuthMethod
