// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionTracker.h"

#include "AuthMethod.h"
#include "IkeParser.h"

#include <algorithm>
#include <cstring>

namespace {

constexpr std::size_t kMaxTtlSamples = 8;
constexpr std::size_t kTimelineReserve = 8;
/**
 * An IKEv2 IKE_AUTH with pre-shared-key authentication (IDs, AUTH, SA, traffic selectors) is a few
 * hundred bytes; one that carries a certificate of even RSA-2048 is well over this.
 */
constexpr std::uint32_t kLargeIkeAuthBytes = 1200;

/** What the message says about authentication (what travels in the clear). */
void noteAuthentication(IkeSession& s, const IkeMessage& m, bool fromInitiator, std::uint32_t ipFragments,
                        std::uint32_t ikeLength)
{
    const bool phase1 = m.exchange == IkeExchange::V1MainMode || m.exchange == IkeExchange::V1Aggressive;
    if (phase1 && !m.authMethods.empty()) {
        if (fromInitiator && s.authMethodsOffered.empty())
            s.authMethodsOffered = m.authMethods;
        else if (!fromInitiator && !s.authMethod)
            s.authMethod = m.authMethods.front(); // the answer holds exactly the chosen transform
    }
    s.sawCertificate = s.sawCertificate || m.hasCertificate;
    s.sawCertificateRequest = s.sawCertificateRequest || m.hasCertificateRequest;
    if (m.exchange == IkeExchange::V2IkeAuth &&
        (ipFragments > 1 || ikeLength > kLargeIkeAuthBytes || (m.v2Fragment && m.v2Fragment->total > 1)))
        s.sawLargeIkeAuth = true;
    deriveCertificateExpectation(s);
}

/**
 * 64-bit hash of a datagram (retransmission detection runs on every IKE datagram, and an MM5
 * with a certificate is 2 to 4 KB). Four independent lanes of eight bytes: with one lane every
 * multiply waited for the previous one, and perf put most of SessionTracker::add here.
 */
std::uint64_t fingerprintOf(std::span<const std::uint8_t> bytes)
{
    constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ULL;
    auto mix = [](std::uint64_t h, std::uint64_t word) {
        h = (h ^ word) * kMultiplier;
        return h ^ (h >> 29);
    };
    std::uint64_t lane[4] = {0xCBF29CE484222325ULL ^ (bytes.size() * kMultiplier), 0x84222325CBF29CE4ULL,
                             0x243F6A8885A308D3ULL, 0x13198A2E03707344ULL};
    std::size_t i = 0;
    for (; i + 32 <= bytes.size(); i += 32) {
        std::uint64_t words[4];
        std::memcpy(words, bytes.data() + i, 32);
        for (int k = 0; k < 4; ++k)
            lane[k] = mix(lane[k], words[k]);
    }
    std::uint64_t h = lane[0];
    for (int k = 1; k < 4; ++k)
        h = mix(h, lane[k]);
    for (; i + 8 <= bytes.size(); i += 8) {
        std::uint64_t word = 0;
        std::memcpy(&word, bytes.data() + i, 8);
        h = mix(h, word);
    }
    std::uint64_t tail = 0;
    std::memcpy(&tail, bytes.data() + i, bytes.size() - i);
    h = (h ^ tail) * kMultiplier;
    return h ^ (h >> 32);
}

void noteTtl(std::vector<std::uint8_t>& ttls, std::uint8_t ttl)
{
    if (ttls.size() < kMaxTtlSamples && std::find(ttls.begin(), ttls.end(), ttl) == ttls.end())
        ttls.push_back(ttl);
}

/** The message that answers @p m, if one is expected: its role and whether it comes from the initiator. */
struct ExpectedAnswer
{
    MessageRole role = MessageRole::Unknown;
    bool fromInitiator = false;
    bool sameMessageId = false;
};

std::optional<ExpectedAnswer> expectedAnswer(const SessionMessage& m)
{
    switch (m.role) {
    case MessageRole::MainMode1:
        return ExpectedAnswer{MessageRole::MainMode2, false, false};
    case MessageRole::MainMode2:
        return ExpectedAnswer{MessageRole::MainMode3, true, false};
    case MessageRole::MainMode3:
        return ExpectedAnswer{MessageRole::MainMode4, false, false};
    case MessageRole::MainMode4:
        return ExpectedAnswer{MessageRole::MainMode5, true, false};
    case MessageRole::MainMode5:
        return ExpectedAnswer{MessageRole::MainMode6, false, false};
    case MessageRole::Aggressive1:
        return ExpectedAnswer{MessageRole::Aggressive2, false, false};
    case MessageRole::Aggressive2:
        return ExpectedAnswer{MessageRole::Aggressive3, true, false};
    case MessageRole::QuickMode1:
        return ExpectedAnswer{MessageRole::QuickMode2, !m.fromInitiator, true};
    case MessageRole::QuickMode2:
        return ExpectedAnswer{MessageRole::QuickMode3, !m.fromInitiator, true};
    case MessageRole::V2Request:
        return ExpectedAnswer{MessageRole::V2Response, !m.fromInitiator, true};
    default:
        return std::nullopt;
    }
}

} // namespace

QString messageRoleName(MessageRole role, IkeExchange exchange)
{
    switch (role) {
    case MessageRole::MainMode1:
        return QStringLiteral("MM1");
    case MessageRole::MainMode2:
        return QStringLiteral("MM2");
    case MessageRole::MainMode3:
        return QStringLiteral("MM3");
    case MessageRole::MainMode4:
        return QStringLiteral("MM4");
    case MessageRole::MainMode5:
        return QStringLiteral("MM5");
    case MessageRole::MainMode6:
        return QStringLiteral("MM6");
    case MessageRole::Aggressive1:
        return QStringLiteral("AM1");
    case MessageRole::Aggressive2:
        return QStringLiteral("AM2");
    case MessageRole::Aggressive3:
        return QStringLiteral("AM3");
    case MessageRole::QuickMode1:
        return QStringLiteral("QM1");
    case MessageRole::QuickMode2:
        return QStringLiteral("QM2");
    case MessageRole::QuickMode3:
        return QStringLiteral("QM3");
    case MessageRole::V1Informational:
        return QStringLiteral("Informational");
    case MessageRole::V2Request:
        return ikeExchangeName(exchange, 0) + QStringLiteral(" request");
    case MessageRole::V2Response:
        return ikeExchangeName(exchange, 0) + QStringLiteral(" response");
    case MessageRole::Unknown:
        break;
    }
    return ikeExchangeName(exchange, 0);
}

std::size_t SessionTracker::KeyHash::operator()(const Key& k) const noexcept
{
    std::size_t h = std::hash<std::uint64_t>{}(k.initiatorSpi);
    h ^= k.low.hash() + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    h ^= k.high.hash() + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h;
}

SessionTracker::SessionTracker(SessionTrackerLimits limits) : m_limits(limits)
{
    m_limits.maxSessions = std::max<std::size_t>(1, m_limits.maxSessions);
    m_limits.maxMessagesPerSession = std::max<std::size_t>(8, m_limits.maxMessagesPerSession);
    // Sized once for the cap: with thousands of SAs the index would otherwise rehash as it fills.
    m_index.reserve(std::min<std::size_t>(m_limits.maxSessions, 65536));
}

SessionTracker::List::iterator SessionTracker::findOrCreate(const IkeObservation& o)
{
    const IkeMessage& m = *o.message;
    Key key;
    key.initiatorSpi = m.header.initiatorSpi;
    key.low = std::min(o.origin.source, o.origin.destination);
    key.high = std::max(o.origin.source, o.origin.destination);
    if (auto found = m_index.find(key); found != m_index.end()) {
        // Most recently active goes last, so eviction takes the stalest session.
        m_sessions.splice(m_sessions.end(), m_sessions, found->second);
        return found->second;
    }
    if (m_sessions.size() >= m_limits.maxSessions) {
        m_index.erase(m_sessions.front().key);
        m_sessions.pop_front();
        ++m_evicted;
    }
    Tracked t;
    t.key = key;
    IkeSession& s = t.session;
    s.version = m.version;
    s.initiatorSpi = m.header.initiatorSpi;
    s.firstSeenUs = o.origin.timestampUs;
    // A Main Mode SA has six messages before retransmissions and Quick Mode: room for them at
    // once instead of four reallocations (perf showed the growth with thousands of SAs).
    s.messages.reserve(kTimelineReserve);
    t.fingerprints.reserve(kTimelineReserve);
    bool senderIsInitiator = true;
    if (m.version == IkeVersion::V2) {
        senderIsInitiator = m.isV2FromOriginalInitiator();
    } else if (m.header.responderSpi != 0) {
        // Capture began mid-exchange. An unencrypted Main/Aggressive message with an SA
        // payload and a responder cookie can only be the responder's reply.
        const bool responderReply =
            !m.encrypted && m.hasSa &&
            (m.exchange == IkeExchange::V1MainMode || m.exchange == IkeExchange::V1Aggressive);
        senderIsInitiator = !responderReply;
        s.rolesCertain = responderReply;
    }
    s.initiator = senderIsInitiator ? o.origin.source : o.origin.destination;
    s.responder = senderIsInitiator ? o.origin.destination : o.origin.source;
    m_sessions.push_back(std::move(t));
    auto it = std::prev(m_sessions.end());
    m_index.emplace(key, it);
    return it;
}

MessageRole SessionTracker::classify(Tracked& t, const IkeObservation& o, bool fromInitiator)
{
    const IkeMessage& m = *o.message;
    switch (m.exchange) {
    case IkeExchange::V1MainMode:
        if (m.encrypted || m.v1Fragment)
            return fromInitiator ? MessageRole::MainMode5 : MessageRole::MainMode6;
        if (m.hasKeyExchange || m.hasNonce)
            return fromInitiator ? MessageRole::MainMode3 : MessageRole::MainMode4;
        return fromInitiator ? MessageRole::MainMode1 : MessageRole::MainMode2;
    case IkeExchange::V1Aggressive:
        if (!fromInitiator)
            return MessageRole::Aggressive2;
        return (m.encrypted || m.hasHash || m.hasSignature) ? MessageRole::Aggressive3
                                                            : MessageRole::Aggressive1;
    case IkeExchange::V1QuickMode: {
        auto starter = std::find_if(t.exchangeStarters.begin(), t.exchangeStarters.end(),
                                    [&](const auto& p) { return p.first == m.header.messageId; });
        if (starter == t.exchangeStarters.end()) {
            if (t.exchangeStarters.size() < 64)
                t.exchangeStarters.emplace_back(m.header.messageId, fromInitiator);
            return MessageRole::QuickMode1;
        }
        if (starter->second != fromInitiator)
            return MessageRole::QuickMode2;
        const bool sentBefore =
            std::any_of(t.session.messages.begin(), t.session.messages.end(), [&](const SessionMessage& s) {
                return s.exchange == IkeExchange::V1QuickMode && s.messageId == m.header.messageId &&
                       s.fromInitiator == fromInitiator && !s.isRetransmission();
            });
        return sentBefore ? MessageRole::QuickMode3 : MessageRole::QuickMode1;
    }
    case IkeExchange::V1Informational:
        return MessageRole::V1Informational;
    default:
        break;
    }
    if (m.version == IkeVersion::V2 && m.exchange != IkeExchange::Unknown)
        return m.isV2Response() ? MessageRole::V2Response : MessageRole::V2Request;
    return MessageRole::Unknown;
}

SessionTracker::AddOutcome SessionTracker::add(const IkeObservation& o)
{
    if (!o.message)
        return {};
    const IkeMessage& m = *o.message;
    auto it = findOrCreate(o);
    Tracked& t = *it;
    IkeSession& s = t.session;
    s.lastSeenUs = std::max(s.lastSeenUs, o.origin.timestampUs);
    if (s.responderSpi == 0 && m.header.responderSpi != 0)
        s.responderSpi = m.header.responderSpi;

    const bool fromInitiator =
        m.version == IkeVersion::V2 ? m.isV2FromOriginalInitiator() : o.origin.source == s.initiator;
    noteTtl(fromInitiator ? s.initiatorTtls : s.responderTtls, o.origin.ttl);
    s.natT = s.natT || o.viaNatTPort;
    s.natDetection = s.natDetection || m.hasNatDetection;
    s.vendorNatT = s.vendorNatT || m.vendorNatT;
    s.ikeFragmentationOffered =
        s.ikeFragmentationOffered || m.vendorMsFragmentation || m.v2FragmentationSupported;
    s.ikeFragmentsUsed = s.ikeFragmentsUsed || m.v1Fragment || m.v2Fragment;
    const auto length = o.ikeLength ? o.ikeLength : static_cast<std::uint32_t>(o.ikeBytes.size());
    noteAuthentication(s, m, fromInitiator, o.origin.fragmentCount, length);
    s.windowsPeer = s.windowsPeer || m.vendorMicrosoft;

    const std::uint64_t hash = fingerprintOf(o.ikeBytes);
    std::int32_t retransmissionOf = -1;
    for (const Fingerprint& f : t.fingerprints) {
        if (f.hash == hash && f.length == length && f.fromInitiator == fromInitiator) {
            retransmissionOf = f.index;
            break;
        }
    }
    if (retransmissionOf >= 0)
        ++m_retransmissions;

    if (s.messages.size() >= m_limits.maxMessagesPerSession) {
        ++s.droppedMessages;
        return AddOutcome{retransmissionOf >= 0, MessageRole::Unknown};
    }
    SessionMessage sm;
    sm.origin = o.origin;
    sm.origin.fragmentCount = std::max<std::uint32_t>(1, o.origin.fragmentCount);
    sm.fromInitiator = fromInitiator;
    sm.role = retransmissionOf >= 0 ? s.messages[std::size_t(retransmissionOf)].role
                                    : classify(t, o, fromInitiator);
    sm.exchange = m.exchange;
    sm.exchangeType = m.header.exchangeType;
    sm.messageId = m.header.messageId;
    sm.ikeLength = length;
    sm.encrypted = m.encrypted;
    sm.natT = o.viaNatTPort;
    sm.retransmissionOf = retransmissionOf;
    sm.v1Fragment = m.v1Fragment;
    sm.v2Fragment = m.v2Fragment;
    sm.errorNotify = m.firstErrorNotify;
    if (retransmissionOf < 0)
        t.fingerprints.push_back(Fingerprint{hash, length, fromInitiator, std::int32_t(s.messages.size())});
    // Grow by half, not double (8, 12, 18, ...): a timeline of 9 or 10 fits in 12, not 16.
    if (s.messages.size() == s.messages.capacity())
        s.messages.reserve(
            std::max<std::size_t>(kTimelineReserve, s.messages.size() + s.messages.size() / 2));
    s.messages.push_back(sm);
    return AddOutcome{retransmissionOf >= 0, sm.role};
}

void deriveCertificateExpectation(IkeSession& s)
{
    const bool chosenBears = s.authMethod && (AuthMethod::initiatorSendsCertificate(*s.authMethod) ||
                                              AuthMethod::responderSendsCertificate(*s.authMethod));
    const auto& offered = s.authMethodsOffered;
    const bool offeredInitiatorCert = !offered.empty() && std::all_of(offered.begin(), offered.end(),
                                                                      &AuthMethod::initiatorSendsCertificate);
    const bool offeredBear =
        !offered.empty() && std::all_of(offered.begin(), offered.end(), [](std::uint16_t a) {
            return AuthMethod::initiatorSendsCertificate(a) || AuthMethod::responderSendsCertificate(a);
        });
    if (s.sawCertificate)
        s.certificateSign = CertificateSign::CertificatePayload;
    else if (s.sawCertificateRequest)
        s.certificateSign = CertificateSign::CertificateRequest;
    else if (chosenBears)
        s.certificateSign = CertificateSign::AuthMethodChosen;
    else if (!s.authMethod && offeredBear)
        s.certificateSign = CertificateSign::AuthMethodsOffered;
    else if (s.sawLargeIkeAuth)
        s.certificateSign = CertificateSign::IkeAuthSize;
    else
        s.certificateSign = CertificateSign::None;
    s.certificatesExpected = s.certificateSign != CertificateSign::None;
    // The method decides MM5 when it is known: hybrid "init" has the gateway sign, not the client.
    const bool methodSays =
        s.authMethod ? AuthMethod::initiatorSendsCertificate(*s.authMethod) : offeredInitiatorCert;
    s.initiatorCertificateExpected = s.sawCertificate || s.sawCertificateRequest || methodSays;
}

QString certificateSignCode(CertificateSign sign)
{
    switch (sign) {
    case CertificateSign::CertificatePayload:
        return QStringLiteral("certificate");
    case CertificateSign::CertificateRequest:
        return QStringLiteral("certificate-request");
    case CertificateSign::AuthMethodChosen:
        return QStringLiteral("auth-method");
    case CertificateSign::AuthMethodsOffered:
        return QStringLiteral("auth-methods-offered");
    case CertificateSign::IkeAuthSize:
        return QStringLiteral("ike-auth-size");
    case CertificateSign::None:
        break;
    }
    return {};
}

void computeAnswers(IkeSession& session)
{
    auto& msgs = session.messages;
    for (std::size_t i = 0; i < msgs.size(); ++i) {
        const auto expected = expectedAnswer(msgs[i]);
        if (!expected) {
            msgs[i].answered.reset();
            continue;
        }
        bool found = false;
        for (std::size_t j = i + 1; j < msgs.size() && !found; ++j) {
            const SessionMessage& a = msgs[j];
            found = a.role == expected->role && a.fromInitiator == expected->fromInitiator &&
                    (!expected->sameMessageId ||
                     (a.messageId == msgs[i].messageId && a.exchange == msgs[i].exchange));
        }
        msgs[i].answered = found;
    }
}

void SessionTracker::finalize()
{
    for (Tracked& t : m_sessions)
        computeAnswers(t.session);
}

std::vector<IkeSession> SessionTracker::takeSessions()
{
    // The verdicts are built next, beside these sessions: that is the analysis's peak memory.
    // Release the index, the fingerprints and each list node as soon as its session has moved,
    // and trim every timeline to its length (growth left up to half of it unused), so the
    // verdicts reuse that memory instead of growing the heap.
    m_index = {};
    std::vector<IkeSession> out;
    out.reserve(m_sessions.size());
    while (!m_sessions.empty()) {
        IkeSession& s = m_sessions.front().session;
        s.messages.shrink_to_fit();
        out.push_back(std::move(s));
        m_sessions.pop_front();
    }
    std::sort(out.begin(), out.end(),
              [](const IkeSession& a, const IkeSession& b) { return a.firstSeenUs < b.firstSeenUs; });
    return out;
}

std::vector<IkeSession> SessionTracker::sessions() const
{
    std::vector<IkeSession> out;
    out.reserve(m_sessions.size());
    for (const Tracked& t : m_sessions)
        out.push_back(t.session);
    std::sort(out.begin(), out.end(),
              [](const IkeSession& a, const IkeSession& b) { return a.firstSeenUs < b.firstSeenUs; });
    return out;
}
