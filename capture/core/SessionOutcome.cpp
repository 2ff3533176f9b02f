// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionOutcome.h"

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

std::optional<Finding> phase2Trouble(const IkeSession& s)
{
    for (const SessionMessage& m : s.messages) {
        const bool phase2Request =
            m.role == MessageRole::QuickMode1 ||
            (m.role == MessageRole::V2Request && m.exchange == IkeExchange::V2CreateChildSa);
        if (phase2Request && !m.isRetransmission() && m.answered == false)
            return Finding(m.role == MessageRole::QuickMode1 ? FindingCode::QuickModeUnanswered
                                                             : FindingCode::CreateChildSaUnanswered);
        if (m.errorNotify &&
            (m.exchange == IkeExchange::V1QuickMode || m.exchange == IkeExchange::V1Informational ||
             m.exchange == IkeExchange::V2CreateChildSa || m.exchange == IkeExchange::V2IkeAuth))
            return Finding(FindingCode::ErrorNotifyAfterPhase1,
                           {FindingArgument::text(QString::number(*m.errorNotify))});
    }
    return std::nullopt;
}

SessionOutcome completedOutcome(const IkeSession& s, bool beforeCapture)
{
    SessionOutcome o;
    o.completed = true;
    o.establishedBeforeCapture = beforeCapture;
    o.phase2Note = phase2Trouble(s);
    return o;
}

SessionOutcome outcomeV1(const IkeSession& s)
{
    std::int32_t highest = -1;
    int highestRank = 0;
    for (std::size_t i = 0; i < s.messages.size(); ++i) {
        const int rank = mainModeRank(s.messages[i].role);
        if (rank > highestRank && !s.messages[i].isRetransmission()) {
            highestRank = rank;
            highest = std::int32_t(i);
        }
    }
    // No Main or Aggressive Mode in the capture: phase 1 was done before it started.
    if (highest < 0)
        return s.messages.empty() ? SessionOutcome{} : completedOutcome(s, true);
    SessionOutcome o;
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
        if (aggressiveDone || request < 0 || !repeatedAfter(s, request, highest))
            return completedOutcome(s, false);
        o.stalledIndex = request;
        o.answerIndex = highest;
        o.repeatedAfterAnswer = true;
        return o;
    }
    o.stalledIndex = highest;
    return o;
}

bool isPhase1Request(const SessionMessage& m)
{
    return m.role == MessageRole::V2Request && !m.isRetransmission() &&
           (m.exchange == IkeExchange::V2IkeSaInit || m.exchange == IkeExchange::V2IkeAuth ||
            m.exchange == IkeExchange::V2IkeIntermediate);
}

SessionOutcome outcomeV2(const IkeSession& s)
{
    bool sawInitOrAuth = false;
    bool authAnswered = false;
    for (const SessionMessage& m : s.messages) {
        sawInitOrAuth =
            sawInitOrAuth || m.exchange == IkeExchange::V2IkeSaInit || m.exchange == IkeExchange::V2IkeAuth;
        authAnswered =
            authAnswered || (m.role == MessageRole::V2Response && m.exchange == IkeExchange::V2IkeAuth);
    }
    if (!sawInitOrAuth)
        return completedOutcome(s, true);
    // Walk the phase-1 requests in order; the first one unanswered, or repeated after its answer, is the
    // stall.
    SessionOutcome o;
    std::int32_t lastAnswered = -1;
    for (std::size_t i = 0; i < s.messages.size(); ++i) {
        if (!isPhase1Request(s.messages[i]))
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
    if (authAnswered)
        return completedOutcome(s, false);
    // Every request seen was answered but IKE_AUTH never completed: stuck on the last answer.
    o.stalledIndex = lastAnswered;
    return o;
}

} // namespace

SessionOutcome sessionOutcome(const IkeSession& session)
{
    return session.version == IkeVersion::V1 ? outcomeV1(session) : outcomeV2(session);
}

std::vector<std::int32_t> copiesOf(const IkeSession& s, std::int32_t index)
{
    std::vector<std::int32_t> out{index};
    for (std::size_t i = 0; i < s.messages.size(); ++i)
        if (s.messages[i].retransmissionOf == index)
            out.push_back(std::int32_t(i));
    return out;
}
