// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerdictEngine.h"

#include "AuthMethod.h"

#include <algorithm>

namespace {

StalledMessage describe(const IkeSession& s, std::int32_t index)
{
    StalledMessage st;
    const SessionMessage& m = s.messages[std::size_t(index)];
    st.name = messageRoleName(m.role, m.exchange);
    st.index = index;
    st.fromInitiator = m.fromInitiator;
    st.ikeLength = m.ikeLength;
    for (std::int32_t c : copiesOf(s, index)) {
        st.fragmentCount = std::max(st.fragmentCount, s.messages[std::size_t(c)].origin.fragmentCount);
        if (c != index)
            ++st.retransmissions;
    }
    st.answered = m.answered.value_or(false);
    return st;
}

std::vector<FindingArgument> peers(const IkeSession& s)
{
    return {FindingArgument::address(s.initiator.toString()),
            FindingArgument::address(s.responder.toString())};
}

FindingArgument message(const QString& name)
{
    return FindingArgument::message(name);
}

/** Why @p due is expected to carry certificates, in the order of the signs' strength. */
std::optional<Finding> certificatesDue(const IkeSession& s, const QString& due)
{
    if (s.sawCertificate || s.sawCertificateRequest)
        return Finding(FindingCode::CertificatesMakeMessageLarge, {message(due)});
    if (s.version == IkeVersion::V1 && s.authMethod && AuthMethod::initiatorSendsCertificate(*s.authMethod))
        return Finding(FindingCode::AuthMethodMakesMessageLarge,
                       {message(due), FindingArgument::text(AuthMethod::code(*s.authMethod))});
    if (s.version == IkeVersion::V1 && !s.authMethod && s.initiatorCertificateExpected) {
        QStringList codes;
        for (std::uint16_t m : s.authMethodsOffered)
            if (!codes.contains(AuthMethod::code(m)))
                codes << AuthMethod::code(m);
        return Finding(FindingCode::AuthMethodsOfferedMakeMessageLarge,
                       {message(due), FindingArgument::text(codes.join(QStringLiteral(", ")))});
    }
    if (s.sawLargeIkeAuth)
        return Finding(FindingCode::IkeAuthSizeShowsCertificates, {message(due)});
    return std::nullopt;
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
        if (d.origin.source == from && d.origin.destination == to && d.origin.timestampUs >= sinceUs)
            ++n;
    return n;
}

SessionVerdict VerdictEngine::evaluate(const IkeSession& s) const
{
    SessionVerdict v;
    v.vantage = decideVantage(s, m_hints);
    const SessionOutcome o = sessionOutcome(s);
    std::optional<Stall> stall;
    if (o.completed || o.stalledIndex < 0) {
        completed(s, o, v);
    } else {
        stall = examine(s, o);
        v.stalled = stall->message;
        StallFacts facts = stall->facts;
        facts.where = v.vantage.point;
        v.code = verdictForStall(facts);
        v.outcome = stall->due.isEmpty()
                        ? Finding(FindingCode::OutcomeStalledAt, {message(stall->message.name)})
                        : Finding(FindingCode::OutcomeStalledAfter,
                                  {message(stall->message.name), message(stall->due)});
        v.evidence = stallEvidence(s, *stall, v.vantage.point);
        // Where the fragments died depends on where the capture was taken: say how that was decided.
        if (v.vantage.how)
            v.evidence.emplace_back(FindingCode::CapturePoint,
                                    std::vector{FindingArgument::vantageWord(v.vantage.point),
                                                FindingArgument::nested(*v.vantage.how)});
    }
    v.vantage.conflict = conflict(s, v.vantage, stall);
    return v;
}

void VerdictEngine::completed(const IkeSession& s, const SessionOutcome& o, SessionVerdict& v) const
{
    v.code = VerdictCode::NegotiationCompleted;
    v.completed = true;
    v.outcome = Finding(o.establishedBeforeCapture ? FindingCode::OutcomeEstablishedBeforeCapture
                                                   : FindingCode::OutcomeCompleted);
    v.phase2Note = o.phase2Note;
    v.evidence.emplace_back(o.establishedBeforeCapture ? FindingCode::SaEstablishedBeforeCapture
                                                       : FindingCode::SaCompleted,
                            peers(s));
    const auto fragmented = std::count_if(s.messages.begin(), s.messages.end(),
                                          [](const SessionMessage& m) { return m.origin.fragmented(); });
    if (fragmented > 0)
        v.evidence.push_back(
            Finding::counted(FindingCode::FragmentedMessagesAnswered, std::uint64_t(fragmented)));
    if (s.ikeFragmentsUsed)
        v.evidence.emplace_back(FindingCode::IkeFragmentationUsed);
    if (o.phase2Note)
        v.evidence.emplace_back(FindingCode::AfterPhase1,
                                std::vector{FindingArgument::nested(*o.phase2Note)});
}

VerdictEngine::Stall VerdictEngine::examine(const IkeSession& s, const SessionOutcome& o) const
{
    Stall st;
    st.message = describe(s, o.stalledIndex);
    st.first = &s.messages[std::size_t(o.stalledIndex)];
    st.lastCopyUs = s.messages[std::size_t(copiesOf(s, o.stalledIndex).back())].origin.timestampUs;
    const IpAddress& sender = st.first->fromInitiator ? s.initiator : s.responder;
    const IpAddress& receiver = st.first->fromInitiator ? s.responder : s.initiator;
    st.message.incompleteDatagrams = incompleteBetween(sender, receiver, s.firstSeenUs);
    if (o.answerIndex >= 0) {
        const StalledMessage answer = describe(s, o.answerIndex);
        st.message.answerName = answer.name;
        st.message.answerFragmentCount = answer.fragmentCount;
        st.message.answered = true;
    }
    st.facts.answeredThenRepeated = o.repeatedAfterAnswer;
    st.facts.answerFragmented = st.message.answerFragmentCount > 1;
    st.facts.fromInitiator = st.first->fromInitiator;
    st.facts.fragmented = st.message.fragmentCount > 1;
    st.facts.senderDatagramsIncomplete = st.message.incompleteDatagrams > 0;
    if (!o.repeatedAfterAnswer && !st.first->fromInitiator) {
        // Stuck after the responder spoke: the initiator's next message never showed up here.
        st.initiatorIncomplete = incompleteBetween(s.initiator, s.responder, s.firstSeenUs);
        st.facts.initiatorDatagramsIncomplete = st.initiatorIncomplete > 0;
        // IKEv1 carries its CERT inside the encrypted MM5, so the method negotiated in MM1/MM2 and any
        // CR say whether MM5 is large; IKEv2 has CERTREQ in IKE_SA_INIT and the IKE_AUTH sizes.
        const bool certificatesDue =
            s.version == IkeVersion::V1 ? s.initiatorCertificateExpected : s.certificatesExpected;
        st.facts.largeMessageDue = certificatesDue || st.initiatorIncomplete > 0;
        st.due = s.version == IkeVersion::V1 ? QStringLiteral("MM5") : QStringLiteral("IKE_AUTH request");
    }
    return st;
}

Findings VerdictEngine::stallEvidence(const IkeSession& s, const Stall& stall, VantagePoint where) const
{
    const StalledMessage& st = stall.message;
    const SessionMessage& first = *stall.first;
    Findings e;
    std::vector<FindingArgument> head = peers(s);
    head.insert(head.end(), {message(st.name), FindingArgument::bytes(st.ikeLength)});
    e.emplace_back(first.fromInitiator ? FindingCode::SaStalledSentByInitiator
                                       : FindingCode::SaStalledSentByResponder,
                   std::move(head));
    // At the capture point a message from this host "left"; anything else "arrived".
    const bool sentHere = (where == VantagePoint::Client && first.fromInitiator) ||
                          (where == VantagePoint::Server && !first.fromInitiator);
    if (st.fragmentCount > 1)
        e.emplace_back(sentHere ? FindingCode::MessageLeftInFragments
                                : FindingCode::MessageArrivedInFragments,
                       std::vector{message(st.name), FindingArgument::count(st.fragmentCount),
                                   FindingArgument::bytes(first.origin.largestFragmentWireLength)});
    else
        e.emplace_back(FindingCode::MessageNotFragmented, std::vector{message(st.name)});
    if (st.retransmissions > 0)
        e.push_back(Finding::counted(
            FindingCode::MessageRetransmitted, st.retransmissions,
            {message(st.name), FindingArgument::seconds(stall.lastCopyUs - first.origin.timestampUs)}));
    else
        e.emplace_back(
            FindingCode::MessageNotRetransmitted,
            std::vector{message(st.name), FindingArgument::seconds(std::max(s.lastSeenUs, m_captureEndUs) -
                                                                   first.origin.timestampUs)});
    if (st.incompleteDatagrams > 0) {
        const IpAddress& sender = first.fromInitiator ? s.initiator : s.responder;
        const IpAddress& receiver = first.fromInitiator ? s.responder : s.initiator;
        e.push_back(Finding::counted(
            FindingCode::DatagramsNeverCompleted, st.incompleteDatagrams,
            {FindingArgument::address(sender.toString()), FindingArgument::address(receiver.toString())}));
    }
    const Findings after = afterStallEvidence(s, stall, where);
    e.insert(e.end(), after.begin(), after.end());
    return e;
}

Findings VerdictEngine::afterStallEvidence(const IkeSession& s, const Stall& stall, VantagePoint where) const
{
    const StalledMessage& st = stall.message;
    Findings e;
    if (stall.facts.answeredThenRepeated) {
        e.push_back(Finding::counted(where == VantagePoint::Client ? FindingCode::AnswerArrivedYetRepeated
                                                                   : FindingCode::AnswerSentYetRepeated,
                                     st.answerFragmentCount, {message(st.answerName), message(st.name)}));
    } else if (stall.facts.fromInitiator) {
        e.emplace_back(FindingCode::NoAnswerSeen, std::vector{message(st.name)});
    } else {
        e.emplace_back(FindingCode::NextMessageNeverArrived, std::vector{message(stall.due)});
        if (stall.facts.largeMessageDue)
            if (const std::optional<Finding> why = certificatesDue(s, stall.due))
                e.push_back(*why);
        if (stall.initiatorIncomplete > 0)
            e.push_back(
                Finding::counted(FindingCode::InitiatorDatagramsIncomplete, stall.initiatorIncomplete));
    }
    return e;
}

std::optional<Finding> VerdictEngine::conflict(const IkeSession& s, const VantageDecision& decided,
                                               const std::optional<Stall>& stall) const
{
    if (decided.basis != VantageBasis::Stated && decided.basis != VantageBasis::LocalAddresses)
        return std::nullopt;
    const VantageDecision ttl = inferVantageFromTtl(s);
    if (ttl.basis != VantageBasis::Ttl || ttl.point == decided.point)
        return std::nullopt;
    VerdictCode assumed = VerdictCode::NegotiationCompleted;
    VerdictCode alternative = VerdictCode::NegotiationCompleted;
    if (stall) {
        StallFacts facts = stall->facts;
        facts.where = decided.point;
        assumed = verdictForStall(facts);
        facts.where = ttl.point;
        alternative = verdictForStall(facts);
    }
    const Finding consequence = alternative == assumed ? Finding(FindingCode::ConflictSameVerdict)
                                                       : Finding(FindingCode::ConflictChangesVerdict,
                                                                 {FindingArgument::verdict(alternative)});
    return vantageConflict(s, decided, ttl.point, consequence);
}

Verdict VerdictEngine::overall(const std::vector<IkeSession>& sessions,
                               const std::vector<SessionVerdict>& verdicts,
                               std::uint64_t incompleteIkeDatagrams) const
{
    Verdict overall;
    if (sessions.empty()) {
        overall.code = VerdictCode::NoIkeTraffic;
        overall.evidence.emplace_back(FindingCode::NoIkeDecoded);
        if (incompleteIkeDatagrams > 0)
            overall.evidence.push_back(
                Finding::counted(FindingCode::IkeDatagramsNeverCompleted, incompleteIkeDatagrams));
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
        const auto failed = std::count_if(verdicts.begin(), verdicts.end(),
                                          [](const SessionVerdict& v) { return !v.completed; });
        overall.evidence.insert(overall.evidence.begin(),
                                Finding::counted(FindingCode::SeveralSas, std::uint64_t(failed),
                                                 {FindingArgument::count(sessions.size())}));
    }
    return overall;
}
