// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerdictEngine.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

int mainModeRank(MessageRole role)
{
    switch (role) {
    case MessageRole::MainMode1:
        return 1;
    case MessageRole::MainMode2:
        return 2;
    case MessageRole::MainMode3:
        return 3;
    case MessageRole::MainMode4:
        return 4;
    case MessageRole::MainMode5:
        return 5;
    case MessageRole::MainMode6:
        return 6;
    case MessageRole::Aggressive1:
        return 11;
    case MessageRole::Aggressive2:
        return 12;
    case MessageRole::Aggressive3:
        return 13;
    default:
        return 0;
    }
}

QString seconds(std::int64_t us)
{
    return QString::number(double(us) / 1e6, 'f', 1);
}

/** Where a session ended up, before the vantage point is taken into account. */
struct Outcome
{
    bool completed = false;
    bool establishedBeforeCapture = false;
    std::int32_t stalledIndex = -1;
    std::int32_t answerIndex = -1;
    bool repeatedAfterAnswer = false;
    QString phase2Note;
};

std::vector<std::int32_t> copiesOf(const IkeSession& s, std::int32_t index)
{
    std::vector<std::int32_t> out{index};
    for (std::size_t i = 0; i < s.messages.size(); ++i)
        if (s.messages[i].retransmissionOf == index)
            out.push_back(std::int32_t(i));
    return out;
}

bool repeatedAfter(const IkeSession& s, std::int32_t request, std::int32_t after)
{
    for (std::size_t i = std::size_t(after) + 1; i < s.messages.size(); ++i)
        if (s.messages[i].retransmissionOf == request)
            return true;
    return false;
}

std::int32_t firstAnswer(const IkeSession& s, std::int32_t request)
{
    const SessionMessage& r = s.messages[std::size_t(request)];
    for (std::size_t i = std::size_t(request) + 1; i < s.messages.size(); ++i) {
        const SessionMessage& a = s.messages[i];
        if (a.fromInitiator == r.fromInitiator)
            continue;
        if (r.role == MessageRole::V2Request) {
            if (a.role == MessageRole::V2Response && a.messageId == r.messageId && a.exchange == r.exchange)
                return std::int32_t(i);
        } else if (mainModeRank(a.role) == mainModeRank(r.role) + 1 && mainModeRank(r.role) != 0) {
            return std::int32_t(i);
        }
    }
    return -1;
}

QString phase2Trouble(const IkeSession& s)
{
    for (std::size_t i = 0; i < s.messages.size(); ++i) {
        const SessionMessage& m = s.messages[i];
        const bool phase2Request =
            m.role == MessageRole::QuickMode1 ||
            (m.role == MessageRole::V2Request && m.exchange == IkeExchange::V2CreateChildSa);
        if (phase2Request && !m.isRetransmission() && m.answered == false)
            return m.role == MessageRole::QuickMode1
                       ? QCoreApplication::translate(
                             "Evidence",
                             "Quick Mode (phase 2) was started but never answered: an IPsec policy or "
                             "ESP problem, not a fragment problem")
                       : QCoreApplication::translate(
                             "Evidence", "CREATE_CHILD_SA was never answered: a child SA problem, not a "
                                         "fragment problem");
        if (m.errorNotify &&
            (m.exchange == IkeExchange::V1QuickMode || m.exchange == IkeExchange::V1Informational ||
             m.exchange == IkeExchange::V2CreateChildSa || m.exchange == IkeExchange::V2IkeAuth))
            return QCoreApplication::translate(
                       "Evidence", "an error notification (type %1) followed the completed phase 1")
                .arg(*m.errorNotify);
    }
    return {};
}

Outcome evaluateV1(const IkeSession& s)
{
    Outcome o;
    std::int32_t highest = -1;
    int highestRank = 0;
    bool phase2Seen = false;
    for (std::size_t i = 0; i < s.messages.size(); ++i) {
        const SessionMessage& m = s.messages[i];
        if (m.exchange == IkeExchange::V1QuickMode)
            phase2Seen = true;
        const int rank = mainModeRank(m.role);
        if (rank > highestRank && !m.isRetransmission()) {
            highestRank = rank;
            highest = std::int32_t(i);
        }
    }
    if (highest < 0) {
        o.completed = phase2Seen || !s.messages.empty();
        o.establishedBeforeCapture = o.completed;
        o.phase2Note = phase2Trouble(s);
        return o;
    }
    const SessionMessage& top = s.messages[std::size_t(highest)];
    if (top.role == MessageRole::MainMode6 || top.role == MessageRole::Aggressive3 ||
        top.role == MessageRole::Aggressive2) {
        // The final answer was sent; it only counts if the initiator stopped repeating its request.
        const MessageRole requestRole =
            top.role == MessageRole::MainMode6 ? MessageRole::MainMode5 : MessageRole::Aggressive1;
        std::int32_t request = -1;
        for (std::size_t i = 0; i < s.messages.size(); ++i)
            if (s.messages[i].role == requestRole && !s.messages[i].isRetransmission())
                request = std::int32_t(i);
        const bool aggressiveDone = top.role == MessageRole::Aggressive3;
        if (aggressiveDone || request < 0 || !repeatedAfter(s, request, highest)) {
            o.completed = true;
            o.phase2Note = phase2Trouble(s);
            return o;
        }
        o.stalledIndex = request;
        o.answerIndex = highest;
        o.repeatedAfterAnswer = true;
        return o;
    }
    o.stalledIndex = highest;
    return o;
}

Outcome evaluateV2(const IkeSession& s)
{
    Outcome o;
    bool sawInitOrAuth = false;
    std::int32_t authResponse = -1;
    for (std::size_t i = 0; i < s.messages.size(); ++i) {
        const SessionMessage& m = s.messages[i];
        if (m.exchange == IkeExchange::V2IkeSaInit || m.exchange == IkeExchange::V2IkeAuth)
            sawInitOrAuth = true;
        if (m.role == MessageRole::V2Response && m.exchange == IkeExchange::V2IkeAuth && authResponse < 0)
            authResponse = std::int32_t(i);
    }
    if (!sawInitOrAuth) {
        o.completed = true;
        o.establishedBeforeCapture = true;
        o.phase2Note = phase2Trouble(s);
        return o;
    }
    // Walk the phase-1 requests in order; the first one unanswered, or repeated after its answer, is the
    // stall.
    std::int32_t lastAnswered = -1;
    for (std::size_t i = 0; i < s.messages.size(); ++i) {
        const SessionMessage& m = s.messages[i];
        if (m.role != MessageRole::V2Request || m.isRetransmission() ||
            (m.exchange != IkeExchange::V2IkeSaInit && m.exchange != IkeExchange::V2IkeAuth &&
             m.exchange != IkeExchange::V2IkeIntermediate))
            continue;
        const std::int32_t answer = firstAnswer(s, std::int32_t(i));
        if (answer < 0) {
            o.stalledIndex = std::int32_t(i);
            return o;
        }
        if (repeatedAfter(s, std::int32_t(i), answer)) {
            o.stalledIndex = std::int32_t(i);
            o.answerIndex = answer;
            o.repeatedAfterAnswer = true;
            return o;
        }
        lastAnswered = answer;
    }
    if (authResponse >= 0) {
        o.completed = true;
        o.phase2Note = phase2Trouble(s);
        return o;
    }
    // Every request seen was answered but IKE_AUTH never completed: stuck on the last answer.
    o.stalledIndex = lastAnswered;
    return o;
}

StalledMessage describe(const IkeSession& s, std::int32_t index)
{
    StalledMessage st;
    const SessionMessage& m = s.messages[std::size_t(index)];
    st.name = messageRoleName(m.role, m.exchange);
    st.index = index;
    st.fromInitiator = m.fromInitiator;
    st.ikeLength = m.ikeLength;
    for (std::int32_t c : copiesOf(s, index)) {
        st.ipFragments = std::max(st.ipFragments, s.messages[std::size_t(c)].ipFragments);
        if (c != index)
            ++st.retransmissions;
    }
    st.answered = m.answered.value_or(false);
    return st;
}

} // namespace

VerdictEngine::VerdictEngine(VantageHints hints, const std::vector<IncompleteDatagram>* incomplete,
                             std::int64_t captureEndUs)
    : m_hints(std::move(hints)), m_incomplete(incomplete), m_captureEndUs(captureEndUs)
{
}

std::uint32_t VerdictEngine::incompleteBetween(const IpAddress& from, const IpAddress& to,
                                               std::int64_t sinceUs) const
{
    if (!m_incomplete)
        return 0;
    std::uint32_t n = 0;
    for (const IncompleteDatagram& d : *m_incomplete)
        if (d.source == from && d.destination == to && d.lastSeenUs >= sinceUs)
            ++n;
    return n;
}

SessionVerdict VerdictEngine::evaluate(const IkeSession& s) const
{
    SessionVerdict v;
    v.vantage = decideVantage(s, m_hints);
    const Outcome o = s.version == IkeVersion::V1 ? evaluateV1(s) : evaluateV2(s);
    const QString peers = QCoreApplication::translate("Evidence", "%1 (initiator) and %2 (responder)")
                              .arg(s.initiator.toString(), s.responder.toString());

    if (o.completed || o.stalledIndex < 0) {
        v.code = VerdictCode::NegotiationCompleted;
        v.completed = true;
        v.outcome = o.establishedBeforeCapture
                        ? QCoreApplication::translate("Evidence", "established before the capture started")
                        : QCoreApplication::translate("Evidence", "completed");
        v.phase2Note = o.phase2Note;
        std::uint32_t fragmented = 0;
        for (const SessionMessage& m : s.messages)
            if (m.ipFragments > 1)
                ++fragmented;
        v.evidence << (o.establishedBeforeCapture
                           ? QCoreApplication::translate(
                                 "Evidence", "IKE SA between %1 was established before the capture started.")
                           : QCoreApplication::translate("Evidence", "IKE SA between %1 completed."))
                          .arg(peers);
        if (fragmented > 0)
            v.evidence
                << QCoreApplication::translate(
                       "Evidence",
                       "%1 IKE message(s) arrived in IP fragments and were answered: fragments get through.")
                       .arg(fragmented);
        if (s.ikeFragmentsUsed)
            v.evidence << QCoreApplication::translate(
                "Evidence", "The peers used IKE-level fragmentation, so no IP fragments were needed.");
        if (!o.phase2Note.isEmpty())
            v.evidence << QCoreApplication::translate("Evidence", "After phase 1: %1.").arg(o.phase2Note);
        return v;
    }

    StalledMessage st = describe(s, o.stalledIndex);
    const SessionMessage& stalled = s.messages[std::size_t(o.stalledIndex)];
    const IpAddress& sender = stalled.fromInitiator ? s.initiator : s.responder;
    const IpAddress& receiver = stalled.fromInitiator ? s.responder : s.initiator;
    st.incompleteDatagrams = incompleteBetween(sender, receiver, s.firstSeenUs);
    if (o.answerIndex >= 0) {
        const StalledMessage answer = describe(s, o.answerIndex);
        st.answerName = answer.name;
        st.answerIpFragments = answer.ipFragments;
        st.answered = true;
    }
    v.stalled = st;
    v.outcome = QCoreApplication::translate("Evidence", "stalled at %1").arg(st.name);
    const bool stalledFragmented = st.ipFragments > 1;
    const VantagePoint where = v.vantage.point;

    v.evidence << (stalled.fromInitiator
                       ? QCoreApplication::translate(
                             "Evidence",
                             "IKE SA between %1 stalled at %2 (%3 bytes of IKE, sent by the initiator).")
                       : QCoreApplication::translate(
                             "Evidence",
                             "IKE SA between %1 stalled at %2 (%3 bytes of IKE, sent by the responder)."))
                      .arg(peers, st.name)
                      .arg(st.ikeLength);
    // At the capture point a message from this host "left"; anything else "arrived".
    const bool sentHere = (where == VantagePoint::Client && stalled.fromInitiator) ||
                          (where == VantagePoint::Server && !stalled.fromInitiator);
    if (stalledFragmented)
        v.evidence << (sentHere ? QCoreApplication::translate(
                                      "Evidence",
                                      "%1 left complete in %2 IP fragments (largest fragment %3 bytes).")
                                : QCoreApplication::translate(
                                      "Evidence",
                                      "%1 arrived complete in %2 IP fragments (largest fragment %3 bytes)."))
                          .arg(st.name)
                          .arg(st.ipFragments)
                          .arg(stalled.largestFragmentWireLength);
    else
        v.evidence << QCoreApplication::translate("Evidence", "%1 fitted in one packet (not IP-fragmented).")
                          .arg(st.name);
    if (st.retransmissions > 0) {
        const SessionMessage& lastCopy = s.messages[std::size_t(copiesOf(s, o.stalledIndex).back())];
        v.evidence << QCoreApplication::translate("Evidence", "%1 was retransmitted %2 time(s) over %3 s.")
                          .arg(st.name)
                          .arg(st.retransmissions)
                          .arg(seconds(lastCopy.timestampUs - stalled.timestampUs));
    } else {
        v.evidence << QCoreApplication::translate(
                          "Evidence",
                          "%1 was not retransmitted before the capture ended (%2 s later); a longer capture "
                          "makes the verdict firmer.")
                          .arg(st.name,
                               seconds(std::max(s.lastSeenUs, m_captureEndUs) - stalled.timestampUs));
    }
    if (st.incompleteDatagrams > 0)
        v.evidence
            << QCoreApplication::translate(
                   "Evidence",
                   "%1 datagram(s) from %2 to %3 never completed: some of their fragments never arrived.")
                   .arg(st.incompleteDatagrams)
                   .arg(sender.toString(), receiver.toString());

    if (o.repeatedAfterAnswer) {
        v.evidence << (where == VantagePoint::Client
                           ? QCoreApplication::translate(
                                 "Evidence",
                                 "The answer %1 arrived complete in %2 IP fragment(s), yet the initiator "
                                 "kept repeating %3.")
                           : QCoreApplication::translate(
                                 "Evidence",
                                 "The answer %1 was sent in %2 IP fragment(s), yet the initiator kept "
                                 "repeating %3."))
                          .arg(st.answerName)
                          .arg(st.answerIpFragments)
                          .arg(st.name);
        if (st.answerIpFragments > 1)
            v.code = where == VantagePoint::Client ? VerdictCode::FragmentsDroppedAtClient
                                                   : VerdictCode::FragmentsLostAfterServer;
        else
            v.code = VerdictCode::StalledWithoutFragmentation;
    } else if (stalled.fromInitiator) {
        if (stalledFragmented)
            v.code = where == VantagePoint::Server ? VerdictCode::FragmentsDroppedAtServer
                                                   : VerdictCode::FragmentsUnanswered;
        else if (st.incompleteDatagrams > 0)
            v.code = where == VantagePoint::Client ? VerdictCode::FragmentsUnanswered
                                                   : VerdictCode::FragmentsLostBeforeServer;
        else
            v.code = VerdictCode::StalledWithoutFragmentation;
        v.evidence << QCoreApplication::translate("Evidence", "No answer to %1 was seen.").arg(st.name);
    } else {
        // Stuck after the responder spoke: the initiator's next message never showed up here.
        const std::uint32_t incompleteFromInitiator =
            incompleteBetween(s.initiator, s.responder, s.firstSeenUs);
        const bool largeMessageDue = s.certificatesExpected || incompleteFromInitiator > 0;
        const QString due = s.version == IkeVersion::V1 ? QString::fromLatin1("MM5")
                                                        : QString::fromLatin1("IKE_AUTH request");
        v.outcome =
            QCoreApplication::translate("Evidence", "stalled after %1: %2 never arrived").arg(st.name, due);
        v.evidence << QCoreApplication::translate("Evidence",
                                                  "The initiator's next message (%1) never arrived here.")
                          .arg(due);
        if (s.certificatesExpected)
            v.evidence << QCoreApplication::translate(
                              "Evidence",
                              "A certificate request was exchanged, so %1 carries certificates and is "
                              "expected to exceed the MTU.")
                              .arg(due);
        if (incompleteFromInitiator > 0)
            v.evidence << QCoreApplication::translate(
                              "Evidence", "%1 datagram(s) from the initiator arrived with fragments missing.")
                              .arg(incompleteFromInitiator);
        if (largeMessageDue && (where == VantagePoint::Server || incompleteFromInitiator > 0))
            v.code = VerdictCode::FragmentsLostBeforeServer;
        else
            v.code = VerdictCode::StalledWithoutFragmentation;
    }
    v.evidence << QCoreApplication::translate("Evidence", "Capture point: %1, %2.")
                      .arg(vantagePointKey(where), v.vantage.how);
    return v;
}

Verdict VerdictEngine::overall(const std::vector<IkeSession>& sessions,
                               const std::vector<SessionVerdict>& verdicts,
                               std::uint64_t incompleteIkeDatagrams) const
{
    Verdict overall;
    if (sessions.empty()) {
        overall.code = VerdictCode::NoIkeTraffic;
        overall.evidence << QCoreApplication::translate("Evidence",
                                                        "No IKE message on UDP 500 or 4500 was decoded.");
        if (incompleteIkeDatagrams > 0)
            overall.evidence << QCoreApplication::translate(
                                    "Evidence",
                                    "%1 fragmented datagram(s) to or from UDP 500/4500 never completed.")
                                    .arg(incompleteIkeDatagrams);
        return overall;
    }
    std::size_t best = 0;
    for (std::size_t i = 1; i < verdicts.size(); ++i)
        if (verdictSpecificity(verdicts[i].code) > verdictSpecificity(verdicts[best].code))
            best = i;
    overall.code = verdicts[best].code;
    overall.sessionIndex = std::int32_t(best);
    overall.vantage = verdicts[best].vantage;
    overall.stalled = verdicts[best].stalled;
    overall.evidence = verdicts[best].evidence;
    if (sessions.size() > 1) {
        std::size_t failed = 0;
        for (const SessionVerdict& v : verdicts)
            failed += v.completed ? 0 : 1;
        overall.evidence.prepend(
            QCoreApplication::translate(
                "Evidence", "%1 IKE SAs seen, %2 did not complete; the most specific finding is shown.")
                .arg(sessions.size())
                .arg(failed));
    }
    return overall;
}
