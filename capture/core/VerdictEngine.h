// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FragmentReassembler.h"
#include "IkeSession.h"
#include "SessionOutcome.h"
#include "Verdict.h"

#include <vector>

/**
 * Turns sessions and incomplete datagrams into verdicts with evidence.
 *
 * Per SA: where did it end up (SessionOutcome)? If it stalled, which message is it stuck on,
 * did that message (or its answer) travel in IP fragments, did every fragment arrive, and did
 * the sender retransmit? Those facts and the vantage point pick the verdict from the verdict
 * table (verdictForStall). When the user's statement and the TTLs disagree about the vantage
 * point, the statement decides and the verdict carries the conflict, with the verdict the TTLs
 * would give. The overall verdict is the most specific failure over all SAs.
 */
class VerdictEngine
{
public:
    /** @p captureEndUs: timestamp of the last packet, to say how long a stall was watched. */
    VerdictEngine(VantageHints hints, const std::vector<IncompleteDatagram>* incomplete,
                  std::int64_t captureEndUs);

    SessionVerdict evaluate(const IkeSession& session) const;
    Verdict overall(const std::vector<IkeSession>& sessions, const std::vector<SessionVerdict>& verdicts,
                    std::uint64_t incompleteIkeDatagrams) const;

private:
    /** A stalled negotiation: the message it is stuck on and the facts the verdict rules read. */
    struct Stall
    {
        StalledMessage message;
        const SessionMessage* first = nullptr; ///< first copy of the stuck message
        std::int64_t lastCopyUs = 0;
        StallFacts facts; ///< facts.where is set per vantage point
        std::uint32_t initiatorIncomplete = 0;
        QString due; ///< stuck after the responder spoke: the initiator message that never came
    };

    Stall examine(const IkeSession& s, const SessionOutcome& o) const;
    void completed(const IkeSession& s, const SessionOutcome& o, SessionVerdict& v) const;
    Findings stallEvidence(const IkeSession& s, const Stall& stall, VantagePoint where) const;
    Findings afterStallEvidence(const IkeSession& s, const Stall& stall, VantagePoint where) const;
    /** The conflict between the deciding statement and the TTLs, if they disagree. */
    std::optional<Finding> conflict(const IkeSession& s, const VantageDecision& decided,
                                    const std::optional<Stall>& stall) const;
    std::uint32_t incompleteBetween(const IpAddress& from, const IpAddress& to, std::int64_t sinceUs) const;

    VantageHints m_hints;
    const std::vector<IncompleteDatagram>* m_incomplete;
    std::int64_t m_captureEndUs = 0;
};
